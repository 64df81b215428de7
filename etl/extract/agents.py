"""Step 6, continued: who imposed a disruption reports it. "Rosaviatsiya closed Kazan airport", "civil
aviation authorities introduced temporary restrictions", "Aeroflot cancelled 40 flights": the body that closed,
cancelled or delayed is the source of the figure, when the sentence names no other."""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import Lexicon
from ..places import Gazetteer
from .attribution import Attribution, attribution
from .source_phrases import is_source_noun, is_speech_adverb, names_someone, subject_before
from .tokens import Sentence, Token
from .verbs import Trigger

IMPOSED = frozenset({"restrict", "cancel", "delay", "disrupt"})  # verb classes of disruptions someone imposes


def disruption_agent(
    sentence: Sentence, triggers: list[Trigger], lex: Lexicon, gazetteer: Gazetteer
) -> Attribution | None:
    """The body right before the first verb that imposes a disruption, as the figure's source, or None (a
    place, "flights", or nobody stands there)."""
    trigger = next((t for t in triggers if not IMPOSED.isdisjoint(t.classes)), None)
    if trigger is None:
        return None
    tokens = sentence.tokens
    k = imposing_verb_before(tokens, bisect_left([t.start for t in tokens], trigger.start), lex)
    while k and tokens[k - 1].lower not in lex.passive_auxiliaries and is_speech_adverb(tokens[k - 1], lex):
        k -= 1  # "Rosaviatsiya also closed", "authorities briefly grounded", "had closed"
    if not k or tokens[k - 1].lower in lex.passive_auxiliaries:
        return None  # "the airspace was briefly closed": what was closed, not who closed it
    words = subject_before(tokens, k - 1, lex)  # "Russia's aviation agency, Rosaviatsia, introduced"
    if not words or not names_someone(words, lex):
        return None
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    if not any(is_source_noun(t, lex) for t in words) and gazetteer.lookup(text) is not None:
        return None  # "Kazan closed its airport": a place, not who reports
    return attribution(sentence, tokens[k], words, lex)


IMPOSED_MODIFIERS = 2  # "introduced temporary restrictions", "imposed a temporary closure": words between


def imposing_verb_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The token of the verb imposing the disruption named at token k ("Rosaviatsia introduced temporary
    restrictions"), or k itself when none stands a few lower-case words before it."""
    for j in range(k - 1, max(-1, k - IMPOSED_MODIFIERS - 2), -1):
        if tokens[j].lower in lex.imposing_verbs:
            return j
        if not (tokens[j].text.isalpha() and tokens[j].text.islower()):
            break
    return k
