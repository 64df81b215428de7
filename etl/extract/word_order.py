"""Step 6, continued: speakers where the words are not in the usual order. The agent of a passive ("was
reported on Monday by X", a translation's "This was reported in the Ministry of Defence"), and the speaker
after a verb that usually takes its listener there ("..., informed the Air Force.", "About this informed the
head of the OVA"), as translations from Ukrainian and Russian order them."""

from __future__ import annotations

from ..lexicon import Lexicon
from .source_phrases import is_modifier, is_source_word, names_someone, source_after
from .tokens import Token

AGENT_REACH = 4  # words between a passive verb and its "by" ("was reported in the evening by the administration")


def agent_by(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The "by" that names the agent of the verb at token k, right after it or after a few words of time or
    channel ("reported on Monday by", "announced on Telegram by"); 0 when there is none."""
    for j in range(k + 1, min(k + 2 + AGENT_REACH, len(tokens))):
        if tokens[j].lower == "by":
            return j
        if tokens[j].lower not in lex.agent_gaps and tokens[j].lower not in lex.weekdays:  # "published a
            # breakdown by region": not its agent
            return 0
    return 0


def reported_in(tokens: list[Token], j: int, k: int, lex: Lexicon) -> int:
    """The "in" of a translation's "This was reported in the Ministry of Defence" (who reported it follows):
    after a passive whose subject is only a word pointing back ("this", "it": token ``j``), where a body is named;
    else 0."""
    if j != 0 or tokens[0].lower not in lex.back_references or k + 2 >= len(tokens):
        return 0
    if tokens[k + 1].lower not in ("in", "at"):
        return 0
    return k + 1 if names_someone(source_after(tokens, k + 2, lex), lex) else 0


def subjectless(before: list[Token], lex: Lexicon) -> bool:
    """Whether the words before a verb are only a translation's "About this" (its speaker follows the verb)."""
    return len(before) == 2 and before[0].lower == "about" and before[1].lower in lex.back_references


def speaker_after_listener_verb(tokens: list[Token], j: int, k: int, lex: Lexicon) -> list[Token]:
    """The speaker after the listener verb at token k ("tell", "inform") that has no subject before it: after a
    comma ("..., informed the Air Force.") or a translation's "About this" (``j``: the token before the verb),
    when the speaker's phrase ends the sentence; else []."""
    if tokens[k].lower not in lex.listener_verbs:
        return []
    if not ((j >= 0 and tokens[j].text == ",") or subjectless(tokens[: j + 1], lex)):
        return []
    after = source_after(tokens, k + 1, lex)
    end, after = k + 1 + len(after), after[1:] if after and after[0].lower == "the" else after
    if after and names_after_modifiers(after, lex) and (end == len(tokens) or tokens[end].text in ".;"):
        return after
    return []


TITLE_MODIFIERS = 2  # "says acting mayor Artem Kobzar", "said former deputy mayor X": words before a source word


def names_after_modifiers(words: list[Token], lex: Lexicon) -> bool:
    """Whether ``words`` open with a source word, or with a modifier or two of one ("acting mayor")."""
    for word in words[: TITLE_MODIFIERS + 1]:
        if is_source_word(word, lex):
            return True
        if not (word.text.isalpha() and word.text.islower() and is_modifier(word, lex)):
            return False
    return False
