"""A lexicon's patterns as one regex alternation that the engine tries by first letter.

Python's regex engine tries an alternation's branches one by one at every position, skipping a branch at a
glance only where it opens with a literal character that is not the text's. A lexicon row is itself an
alternation whose forms mostly open with a group ("(?:strikes|strike|struck) ..."), so a row is tried in full
at every word start. Here each row is spread into branches that each open with one known character, and
neighbouring branches are grouped by that character: the engine's own parser then moves the shared letter out
of each group, so a word is tried only against the branches that open with its first letter. The order in
which the engine tries branches that can match at one position is kept, so every match is the one the plain
alternation would give.
"""

from __future__ import annotations

import re
from functools import cache

SPECIAL = set("\\.^$*+?{}[]|()")  # characters that are not themselves in a pattern
QUANTIFIERS = set("?*+{")
STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]")  # an escape, a class, or a character of structure


def _structure(src: str) -> list[tuple[int, str, int]]:
    """(index, character, depth before it) of each "(", ")" and "|" of ``src`` outside escapes and classes."""
    found, depth = [], 0
    for match in STRUCTURE.finditer(src):
        char = match.group()
        if char in "()|":
            found.append((match.start(), char, depth))
            depth += (char == "(") - (char == ")")
    return found


def top_alternatives(src: str) -> list[str]:
    """The alternatives of ``src`` at its top level ("a|(?:b|c)d" -> ["a", "(?:b|c)d"])."""
    cuts = [at for at, char, depth in _structure(src) if char == "|" and depth == 0]
    starts = [0] + [cut + 1 for cut in cuts]
    ends = cuts + [len(src)]
    return [src[start:end] for start, end in zip(starts, ends, strict=True)]


def _group_end(src: str) -> int:
    """The index of the ")" that closes the group ``src`` opens with."""
    return next(at for at, char, depth in _structure(src) if char == ")" and depth == 1)


@cache
def first_characters(src: str) -> frozenset[str] | None:
    """The characters a match of ``src`` opens with, or None where that is not plain to see (a class, a
    look-around, an optional first part, an empty pattern)."""
    if not src:
        return None
    if src[0] not in SPECIAL:
        return None if src[1:2] and src[1] in QUANTIFIERS else frozenset(src[0])
    if not src.startswith("(?:"):
        return None
    end = _group_end(src)
    if src[end + 1 : end + 2] and src[end + 1] in QUANTIFIERS:
        return None
    found: set[str] = set()
    for alternative in top_alternatives(src[3:end]):
        chars = first_characters(alternative)
        if chars is None:
            return None
        found |= chars
    return frozenset(found)


def spread(src: str) -> list[str]:
    """``src`` as alternatives that the engine tries in the same order, split at a leading group (and an
    optional one) until each opens with one known character where it can: "(?:was|is) hit" -> ["was hit", "is
    hit"], "(?:under )?attack" -> ["under attack", "attack"]."""
    if not src.startswith("(?:"):
        return [src]
    end = _group_end(src)
    alternatives, rest = top_alternatives(src[3:end]), src[end + 1 :]
    if rest.startswith("?") and rest[1:2] not in ("?", "+"):
        alternatives, rest = [*alternatives, ""], rest[1:]  # greedy: with the group first, then without
    elif rest[:1] in QUANTIFIERS or len(first_characters(src) or ()) == 1:
        return [src]
    return [form for alternative in alternatives for form in spread(alternative + rest)]


def by_first_character(branches: list[str]) -> str:
    """The branches as one alternation grouped by first character, each group keeping its branches' order; a
    branch whose first character is not plain stays where it is, between the groups before and after it."""
    parts: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run() -> None:
        parts.extend(group[0] if len(group) == 1 else "(?:" + "|".join(group) + ")" for group in run.values())
        run.clear()

    for branch in branches:
        chars = first_characters(branch)
        if chars is not None and len(chars) == 1:
            run.setdefault(next(iter(chars)), []).append(branch)
        else:
            close_run()
            parts.append(branch)
    close_run()
    return "|".join(parts)


def alternation(patterns: list[str], at_word_start: bool = False) -> str:
    """The patterns as one alternation, tried by first character (matching as "|".join(patterns)). Where the
    alternation is only tried at a word's start (``at_word_start``), a form's leading "\\b" says nothing and
    is dropped ("\\bcollision" is tried as "collision")."""
    return by_first_character([form for p in patterns for form in forms(p, at_word_start)])


def forms(pattern: str, at_word_start: bool = False) -> list[str]:
    """A pattern's alternatives, each spread to open with one known character where it can."""
    tops = top_alternatives(pattern)
    if at_word_start:
        tops = [top[2:] if opens_with_word_boundary(top) else top for top in tops]
    return [form for top in tops for form in spread(top)]


def opens_with_word_boundary(src: str) -> bool:
    """Whether ``src`` opens with "\\b" and then only with letters or digits."""
    chars = first_characters(src[2:]) if src.startswith("\\b") else None
    return chars is not None and all(char.isalnum() for char in chars)


def tagged_rows(patterns: list[str], tag: str, end: str = "") -> str:
    """The rows as one alternation whose match names its row: each form of row 3 ends in ``end`` and an empty
    group "<tag>3_<k>" (``tag`` one letter; row_of reads it back)."""
    return by_first_character(
        [
            f"{form}{end}(?P<{tag}{row}_{index}>)"
            for row, pattern in enumerate(patterns)
            for index, form in enumerate(forms(pattern))
        ]
    )


def row_of(match: re.Match) -> int:
    """The row of tagged_rows whose form made ``match`` (its group "t3_0" names row 3)."""
    name = str(match.lastgroup)
    return int(name[1 : name.index("_")])
