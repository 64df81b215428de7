"""etl/extract as a whole: the extractor never raises, whatever the text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import extract


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extractor_never_raises_on_arbitrary_text(text):
    extract(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "launched",
                "12",
                "drones",
                "and",
                "one",
                "of",
                "the",
                "missiles",
                ",",
                "were",
                "shot",
                "down",
                "over",
                "Kyiv",
                "region",
                "all",
                "each",
                "including",
                ".",
                "at least",
                "dozens",
                "2024",
                "aged",
                "said",
                "it",
                "\n",
            ]
        ),
        max_size=60,
    )
)
def test_extractor_never_raises_on_attack_vocabulary(words):
    extract(" ".join(words))


def test_a_figure_restated_in_many_paragraphs_is_one_row():
    """Restatements are merged by what they state (benchmarks/extract_scaling.py times long articles)."""
    paragraph = "Russia launched 40 drones at Kharkiv overnight, and the governor said 35 of them were downed."
    long = extract("\n".join([paragraph] * 600)).figures
    assert {(f.metric, f.value, f.place, f.reported_by) for f in long} == {
        ("launched", 40, "Kharkiv", "governor"),
        ("intercepted", 35, "Kharkiv", "governor"),
    }
