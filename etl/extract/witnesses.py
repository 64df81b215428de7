"""Witnesses as sources: "Reuters witnesses heard 12 explosions", "our correspondent in the Podilskyi district
saw smoke": the one a few words before a perception verb who tells what they saw."""

from __future__ import annotations

import itertools

from ..lexicon import Lexicon
from .source_phrases import noun_phrase_before
from .tokens import Token

WITNESS_REACH = 6  # words between a witness and what they saw: "correspondents working in the city heard"


def witness_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """'Reuters witnesses heard 12 explosions', 'our correspondent in the Podilskyi district saw smoke',
    "FRANCE 24's correspondent Camille Rocher saw": the witness a few words before the perception verb at k who
    tells what they saw (its token's index), else -1."""
    if tokens[k].lower not in lex.perception_verbs:
        return -1
    for j in range(k - 1, max(-1, k - 1 - WITNESS_REACH), -1):
        word = tokens[j].lower
        if word in lex.witnesses:
            return j
        if not word[0].isalnum() or word in lex.speech_verbs or word in lex.pronouns:
            return -1  # "..., the governor said. Residents heard": no witness of theirs
    return -1


def witness_words(tokens: list[Token], j: int, k: int, lex: Lexicon) -> list[Token]:
    """The witness of token j as a source: the phrase naming them ("Suspilne Dnipro correspondents") and the
    name that follows ("correspondent Camille Rocher"), not where they stood."""
    words = noun_phrase_before(tokens, j, lex) or [tokens[j]]
    name = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.text.isalpha(), tokens[j + 1 : k]))
    return [*words, *name]
