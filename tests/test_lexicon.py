"""etl/lexicon/: the lexicon files loaded into lookup tables (load.py), and broken rows reported."""

import pytest

from etl.lexicon import load_lexicon


@pytest.mark.parametrize(
    "word, classes",
    [
        pytest.param("downs", ("intercept",), id="downs"),
        pytest.param("targeted", ("attack", "launch"), id="targeted-place-or-weapon"),
        pytest.param("wounding", ("injure",), id="wounding"),
        pytest.param("cancellations", ("cancel",), id="noun-plural"),
    ],
)
def test_trigger_classes(word, classes):
    assert load_lexicon().trigger_classes(word) == classes


@pytest.mark.parametrize("verb", ["reporting", "stated", "says", "noting", "citing"])
def test_speech_verbs_inflected(verb):
    assert verb in load_lexicon().speech_verbs


def test_a_row_split_by_an_unquoted_comma_is_a_clear_error(tmp_path):
    import shutil

    from etl import config
    from etl.errors import LexiconError

    folder = tmp_path / "lexicon"
    shutil.copytree(config.LEXICON, folder)
    with (folder / "triggers.csv").open("a", encoding="utf-8") as handle:
        handle.write("{lose:v},? to jamming,suppress\n")
    with pytest.raises(LexiconError, match=r"triggers.csv: row \d+ does not have the header's 2 fields"):
        load_lexicon(folder)


def test_every_bundled_lexicon_row_has_its_header_fields():
    assert load_lexicon().triggers
