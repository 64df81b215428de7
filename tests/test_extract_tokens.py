"""etl/extract/tokens.py: sentences and tokens."""

from etl.extract import segment


def test_segment_keeps_abbreviations_inside_sentences():
    sentences = segment("Gov. Ivan Petrenko said 3 drones fell. Another line.")
    assert [s.text for s in sentences] == ["Gov. Ivan Petrenko said 3 drones fell.", "Another line."]


def test_a_clock_time_before_its_time_zone_ends_no_sentence():
    text = "Drones flew from 10 a.m. Moscow time to 8 a.m. GMT on Monday. The attack began at 4 a.m. Two died."
    assert [s.text for s in segment(text)] == [
        "Drones flew from 10 a.m. Moscow time to 8 a.m. GMT on Monday.",
        "The attack began at 4 a.m.",
        "Two died.",
    ]
