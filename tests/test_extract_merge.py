"""etl/extract/merge.py: restatements of one figure are one row."""

from etl.extract import extract


def test_restated_figure_is_one_row():
    text = "Ukraine Downs 30 Drones Overnight\nUkraine's air force said it shot down 30 Shahed drones overnight."
    figures = [f for f in extract(text, title="Ukraine Downs 30 Drones Overnight").figures if f.value]
    assert [(f.value, f.weapon_model, f.headline) for f in figures] == [(30, "Shahed", False)]
