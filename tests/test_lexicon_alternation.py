"""etl.lexicon.alternation: one alternation tried by first character, matching as the plain one does."""

import re

import pytest

from etl.lexicon import load_lexicon
from etl.lexicon.alternation import (
    alternation,
    by_first_character,
    first_characters,
    row_of,
    spread,
    tagged_rows,
    top_alternatives,
)

FIRST_CHARACTERS = [
    ("word", "strike", {"s"}),
    ("space", " and ", {" "}),
    ("comma", ", while ", {","}),
    ("group of one letter", "(?:strikes|struck) by", {"s"}),
    ("group of two letters", "(?:was|is) hit", {"w", "i"}),
    ("nested groups", "(?:(?:dead|died)|killed)", {"d", "k"}),
    ("optional first letter", "s?trike", None),
    ("optional group", "(?:under )?attack", None),
    ("repeated group", "(?:very )*big", None),
    ("class", "[a-z]+ drones", None),
    ("look-behind", "(?<!multiple )launched", None),
    ("word boundary", r"\bcrash", None),
    ("escape", r"\d+ drones", None),
    ("empty", "", None),
    ("bar inside a class", "(?:a[|]b|c)", {"a", "c"}),
]


@pytest.mark.parametrize("src, expected", [c[1:] for c in FIRST_CHARACTERS], ids=[c[0] for c in FIRST_CHARACTERS])
def test_first_characters(src, expected):
    assert first_characters(src) == (None if expected is None else frozenset(expected))


def test_top_alternatives_split_only_the_top_level():
    assert top_alternatives(r"a|(?:b|c)d|[|]e|\|f") == ["a", "(?:b|c)d", "[|]e", r"\|f"]


SPREAD = [
    ("one letter already", "(?:strikes|struck) by", ["(?:strikes|struck) by"]),
    ("two letters", "(?:was|is) hit", ["was hit", "is hit"]),
    ("optional group, with it first", "(?:under )?attack", ["under attack", "attack"]),
    ("nested", "(?:(?:a|b)c|d)e", ["ace", "bce", "de"]),
    ("repeated group kept", "(?:a|b)*c", ["(?:a|b)*c"]),
    ("lazy optional kept", "(?:a|b)??c", ["(?:a|b)??c"]),
    ("no leading group", "hit (?:a|b)", ["hit (?:a|b)"]),
]


@pytest.mark.parametrize("src, expected", [c[1:] for c in SPREAD], ids=[c[0] for c in SPREAD])
def test_spread(src, expected):
    assert spread(src) == expected


def test_branches_are_grouped_by_first_character_between_barriers():
    branches = ["ab", "cd", "ae", r"\bx", "af", "cg"]
    assert by_first_character(branches) == r"(?:ab|ae)|cd|\bx|af|cg"


# Alternations whose branches overlap: the first that matches at a position must still win.
PATTERNS = [
    ("prefix before longer", ["shot", "shot down", "struck"]),
    ("longer before prefix", ["shot down", "shot", "(?:was|is) hit", "(?:under )?attack"]),
    ("barrier between", ["attack", r"\battacked", "attacked by", "(?:a|b)+ttack"]),
    ("optional groups", ["(?:heavy )?(?:strikes|strike)", "(?:heavy|light) damage", "heavy"]),
]
TEXTS = [
    "the village was shot down and struck, then shot again",
    "drones shot down; a house was hit; under attack, the city is hit again",
    "attacked by drones, the attack failed; baattack and attacked",
    "heavy strikes caused heavy damage and light damage; heavy rain",
]


@pytest.mark.parametrize("patterns", [c[1] for c in PATTERNS], ids=[c[0] for c in PATTERNS])
def test_alternation_matches_as_the_plain_one(patterns):
    plain, grouped = re.compile("|".join(patterns)), re.compile(alternation(patterns))
    for text in TEXTS:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("patterns", [c[1] for c in PATTERNS], ids=[c[0] for c in PATTERNS])
def test_tagged_rows_name_the_row_the_plain_alternation_would(patterns):
    plain = re.compile("|".join(f"(?:{p})(?P<r{i}>)" for i, p in enumerate(patterns)))
    tagged = re.compile(tagged_rows(patterns, "r"))
    for text in TEXTS:
        expected = [(m.span(), int(str(m.lastgroup)[1:])) for m in plain.finditer(text)]
        assert [(m.span(), row_of(m)) for m in tagged.finditer(text)] == expected


def test_at_a_word_start_a_leading_word_boundary_is_dropped_and_the_matches_kept():
    patterns = [r"\bcollision\b", r"\b(?:storm|hurricane)", r"\b\d+ tanks", "crash"]
    assert alternation(patterns, at_word_start=True).startswith("collision")
    word_start = r"(?<!\w)(?=\w)"
    plain = re.compile(word_start + "(?:" + "|".join(patterns) + ")")
    grouped = re.compile(word_start + "(?:" + alternation(patterns, at_word_start=True) + ")")
    text = "a collision, a storm and 3 tanks; acollision, crashes, hurricanes"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_lexicon_triggers_open_by_letter():
    """Nearly every form of triggers.csv is grouped under its first letter (a barrier costs speed, not matches)."""
    lex = load_lexicon()
    top = top_alternatives(lex.any_trigger.pattern[len(r"(?<![\w-])(?=\w)(?:") : -1])
    assert len(top) < 60 and sum(first_characters(branch) is None for branch in top) <= 3
