"""A body's short names: an acronym ("RMA", "SES", "MoD"), a short name in brackets after the full one
("the State Emergency Service (SES)"), and the "and" inside one name ("Ministry of Fuel and Energy")."""

from __future__ import annotations

from .tokens import Token


def named_pair(tokens: list[Token], i: int) -> bool:
    """Whether the "and" at token i joins two capitalised words after "of" or "for" inside one name ("Ministry of
    Fuel and Energy", "Centre for Control and Coordination"), not two names ("Zelensky and Syrskyi")."""
    return i >= 2 and tokens[i - 1].text[:1].isupper() and tokens[i - 2].lower in ("of", "for")


def short_name_end(tokens: list[Token], i: int) -> int:
    """'(RMA)', '(Rosaviatsiya)' opening at token i: a short name in brackets (one or two capitalised words)
    after the name it stands for; the index after its closing bracket, else -1."""
    if i >= len(tokens) or tokens[i].text != "(":
        return -1
    for width in (1, 2):
        close = i + width + 1
        inner = tokens[i + 1 : close]
        if close < len(tokens) and tokens[close].text == ")" and all(t.text[:1].isupper() for t in inner):
            return close + 1
    return -1


def short_name_start(tokens: list[Token], j: int) -> int:
    """The opening bracket of a short name whose closing bracket is token j (see short_name_end), else -1."""
    for opening in (j - 2, j - 3):
        if opening >= 1 and short_name_end(tokens, opening) == j + 1:
            return opening
    return -1


def is_acronym(word: str) -> bool:
    """'RMA', 'SES', 'MoD': a short name in capitals (of two to six letters)."""
    return 2 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and sum(c.isupper() for c in word) >= 2
