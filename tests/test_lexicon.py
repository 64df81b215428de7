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


def _opens_with_non_word(items) -> bool:
    """Whether a parsed regex (re._parser items) can consume a non-word character first."""
    from re import _constants as c

    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: "^", a lookaround; the next item opens
            continue
        if op is c.LITERAL:
            return not (chr(av).isalnum() or chr(av) == "_")
        if op is c.IN:
            return not all(
                (kind is c.LITERAL and chr(value).isalnum())
                or (kind is c.RANGE and all(chr(v).isalnum() for v in value))
                or (kind is c.CATEGORY and value in (c.CATEGORY_WORD, c.CATEGORY_DIGIT))
                for kind, value in av
            )
        if op is c.BRANCH:
            return any(_opens_with_non_word(branch) for branch in av[1])
        if op is c.SUBPATTERN:
            return _opens_with_non_word(av[3])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if _opens_with_non_word(av[2]):
                return True
            if av[0] > 0:
                return False
            continue  # optional: what follows may open
        return True  # anything else (a category, any character...) may be a non-word character
    return False


@pytest.mark.parametrize(
    "pattern, opens_with_non_word",
    [
        pytest.param("last night|today", False, id="words"),
        pytest.param("(?:on |in )?that night", False, id="optional-word-then-word"),
        pytest.param(r"^(?:views|likes)", False, id="line-start-then-word"),
        pytest.param(r"^\W*(?:views|likes)", True, id="line-start-then-anything"),
        pytest.param(r"-year-old", True, id="a-dash"),
        pytest.param(r"(?:\s)?today", True, id="optional-space"),
        pytest.param(r"[\d.]+ km", True, id="digit-or-dot"),
    ],
)
def test_the_word_start_check_itself(pattern, opens_with_non_word):
    from re import _parser

    assert _opens_with_non_word(_parser.parse(pattern)) is opens_with_non_word


@pytest.mark.parametrize("table", ["dates.csv", "exclusions.csv"])
def test_bounded_patterns_open_with_a_word_character(table):
    """They are tried only where a word starts (load.WORD_START), which is "\\b" only for such patterns."""
    import csv
    from re import _parser

    from etl import config
    from etl.lexicon.load import expand

    with (config.LEXICON / table).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    assert rows
    assert [r["pattern"] for r in rows if _opens_with_non_word(_parser.parse(expand(r["pattern"])))] == []
