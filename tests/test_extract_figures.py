"""etl/extract/figures.py: a figure's evidence."""

from etl.extract import extract


def test_evidence_span_points_into_the_text():
    text = "Officials said.\nOvernight, Russia launched 33 drones at Odesa."
    (figure,) = extract(text).figures
    assert text[figure.char_start : figure.char_end] == "33 drones"
    assert figure.sentence == "Overnight, Russia launched 33 drones at Odesa."
