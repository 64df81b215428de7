"""Step 6, continued: what part of its sentence an attribution speaks for, where that is not all of it.

A parenthesis with a number of its own ("Five were injured (earlier we reported four)"), a clause a speaker
opens after a subordinator ("..., killing three, as Moscow said Ukrainian drones had hit targets"), and the
sentence before a clause the story tells after a closing "X said" ("..., the air force said on Tuesday, as
debris killed two"). A figure outside an attribution's scope does not take its source.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from .source_phrases import ARTICLES, WORD
from .tokens import Sentence
from .verbs import clause_bounds

if TYPE_CHECKING:
    from .attribution import Attribution


def scoped(sentence: Sentence, found: list[Attribution], lex: Lexicon) -> list[Attribution]:
    """The attributions of a sentence, each with the scope it speaks for where that is not the whole sentence."""
    if "(" in sentence.text:  # (most sentences hold no parenthesis)
        found = [replace(a, scope=scope) if (scope := parenthesis_scope(sentence, a, lex)) else a for a in found]
    if len(found) > 1 and ", and " in sentence.text:  # "..., according to X, and ..., Y said"
        found = [replace(a, scope=scope) if (scope := cue_scope(sentence, a, found)) else a for a in found]
    if "," in sentence.text or " as " in sentence.text:  # (a clause of its own opens after a comma or "as")
        found = [
            replace(a, scope=scope)
            if (scope := clause_scope(sentence, a, lex) or narration_scope(sentence, a, lex))
            else a
            for a in found
        ]
    return found


def cue_scope(sentence: Sentence, attribution_: Attribution, found: list[Attribution]) -> tuple[int, int] | None:
    """What "according to X" speaks for when ", and" opens a clause after it that another speaker closes
    ("160,000 consumers lost power, according to DTEK, and one person was killed, the governor said": X's is the
    power, not the death); None for any other."""
    if attribution_.scope is not None or attribution_.source_start <= attribution_.start:
        return None  # ("X said" names its speaker before its verb)
    if not sentence.text.startswith(", and ", attribution_.source_end - sentence.start):
        return None
    cut = attribution_.source_end + len(", ")
    return (sentence.start, cut) if any(other.start > cut for other in found) else None


CONTENT_REACH = 8  # words after a speech verb where the auxiliary of what it says is looked for
OPENER_REACH = len(", whereas the ")  # characters before a speaker where the word opening its clause stands


def clause_scope(sentence: Sentence, attribution_: Attribution, lex: Lexicon) -> tuple[int, int] | None:
    """The clause an attribution speaks for when its speaker opens a clause after the first and says what
    follows ("..., killing three people, as Moscow said Ukrainian drones had hit targets in Russia": Moscow's
    words are the drones, not the three killed); None for any other ("..., as the governor said on Telegram")."""
    if attribution_.scope is not None or attribution_.source_start <= sentence.start:
        return None
    opening = sentence.text[
        max(0, attribution_.source_start - sentence.start - OPENER_REACH) : attribution_.source_start - sentence.start
    ]
    if not lex.subordinators.intersection(opening.lower().split()):
        return None  # (most speakers open no clause: asked first, it is the cheapest)
    if not by_speech_verb(sentence, attribution_, lex):
        return None
    start, _ = clause_bounds(sentence, attribution_.source_start, lex)
    before = WORD.findall(opening.lower())[-1:]
    if start <= sentence.start and before and before[0] in lex.subordinators:  # "Five dead as Zelensky says ..."
        start = attribution_.source_start - len(opening) + opening.lower().rindex(before[0])
    opener = sentence.text[start - sentence.start : attribution_.source_start - sentence.start].lower()
    words = [w for w in WORD.findall(opener) if w not in ARTICLES]
    if start <= sentence.start or len(words) != 1 or words[0] not in lex.subordinators:
        return None
    said = [t.lower for t in sentence.tokens if t.start >= attribution_.end][:CONTENT_REACH]
    if not said or not (said[0] == "that" or not lex.auxiliaries.isdisjoint(said)):
        return None
    return start, sentence.end


CLOSING_WORDS = 4  # "said on Tuesday": what may follow a speech verb that closes its clause


def narration_scope(sentence: Sentence, attribution_: Attribution, lex: Lexicon) -> tuple[int, int] | None:
    """What an attribution closing its clause speaks for when a subordinate clause follows it ("Russia launched 96
    drones, the air force said on Tuesday, as debris killed two people near the capital": the drones, not the
    two killed, which the story tells); None for any other."""
    if attribution_.scope is not None:
        return None
    rest = sentence.text[attribution_.end - sentence.start :]
    comma = rest.find(", ")
    if comma < 0:
        return None
    after = rest[comma + 2 : comma + 2 + OPENER_REACH].lower().split()
    if not after or after[0] not in lex.narration_openers:
        return None
    between = rest[:comma].lower().split()
    if len(between) > CLOSING_WORDS or "that" in between or not lex.auxiliaries.isdisjoint(between):
        return None
    if not by_speech_verb(sentence, attribution_, lex):
        return None
    return sentence.start, attribution_.end + comma


def by_speech_verb(sentence: Sentence, attribution_: Attribution, lex: Lexicon) -> bool:
    """Whether an attribution is made by a speech verb ("said"), not "according to" or a signed quotation."""
    verb = sentence.text[attribution_.start - sentence.start : attribution_.end - sentence.start].lower()
    return verb in lex.speech_verbs


def parenthesis_scope(sentence: Sentence, attribution_: Attribution, lex: Lexicon) -> tuple[int, int] | None:
    """The parenthesis an attribution stands in, when it holds a number of its own: "Five people were injured
    (earlier we reported four)" attributes the four, not the five. None for any other."""
    text, offset = sentence.text, sentence.start
    at = attribution_.start - offset
    opening = text.rfind("(", 0, at)
    closing = text.find(")", at)
    if opening < 0 or closing < 0 or ")" in text[opening:at]:
        return None
    inside = [t for t in sentence.tokens if opening + offset < t.start < closing + offset]
    if not any(t.lower[0].isdigit() or t.lower in lex.number_words for t in inside):
        return None
    return opening + offset, closing + offset
