"""etl/extract/tokens.py: sentences and tokens."""

from etl.extract import segment


def test_segment_keeps_abbreviations_inside_sentences():
    sentences = segment("Gov. Ivan Petrenko said 3 drones fell. Another line.")
    assert [s.text for s in sentences] == ["Gov. Ivan Petrenko said 3 drones fell.", "Another line."]
