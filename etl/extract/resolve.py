"""Step 6, continued: an attribution as written resolved against the sources the article has named so far: a
pronoun ("he said") is the last person named, a role ("the governor") the source that named it, a document
("according to the post") its issuer, a definite name ("the press service") the fuller one said before."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..lexicon import Lexicon
from .attribution import OWNER, Attribution
from .short_names import is_acronym
from .source_phrases import POSSESSIVE, WORD


def resolve_sources(
    attributions: list[Attribution], sources: Sequence[str], lex: Lexicon
) -> tuple[list[Attribution], list[str]]:
    """The attributions with pronouns, roles and documents resolved against ``sources`` (the article's
    sources so far), and the sources they name anew, in order. An unresolved pronoun is dropped."""
    resolved = []
    named: list[str] = []
    for attribution_ in attributions:
        source = attribution_.source
        lower = source.lower()
        last_word = lower.rsplit(maxsplit=1)[-1] if source.strip() else ""
        first_word = lower.split(maxsplit=1)[0] if source.strip() else ""
        last_named = named[-1] if named else (sources[-1] if sources else "")
        possessor = OWNER.match(source)
        if possessor and (last_word in lex.documents or official_channel(possessor.group(1), last_word, lex)):
            # "according to Meduza's count", "the ministry's update", "the governor's Telegram channel"
            source = possessor.group(1)
            if source.lower() in lex.roles:
                source = next((s for s in reversed([*sources, *named]) if source.lower() in s.lower()), source)
        elif lower in lex.personal_pronouns or first_word in lex.personal_possessives:  # "he said", "according to
            # his Telegram channel": the last person named, not the body
            source = next((s for s in reversed([*sources, *named]) if not is_body(s, lex)), last_named)
        elif first_word in lex.addressee_possessives:  # "Your administration says": the guest's, named elsewhere
            source = ""
        elif last_word in lex.documents or lower in lex.pronouns:  # "according to the post", "it said": that one
            source = last_named
        elif lower.startswith(("its ", "their ")):  # "Its spokesperson said": the spokesperson of the one named
            source = f"{last_named} {source.split(maxsplit=1)[1]}" if last_named else ""
        elif attribution_.definite and lower in lex.groups:  # "the officials said": those just named
            source = last_named or source
        elif lower in lex.roles:
            source = holder_before(lower, [*sources, *named], lex) or source
        elif attribution_.definite and (fuller := fuller_before(lower, [*sources, *named], lex)):
            source = fuller  # "the press service" after "the airport's press service"
            named.append(source)  # (who "it said" next stands for)
        elif source and not attribution_.outlet:
            named.append(source)
        if source and attribution_.cites and attribution_.via:
            source = f"{attribution_.via} {source}"  # "Tass news agency, quoting emergency services"
        if source:
            resolved.append(attribution_ if source == attribution_.source else replace(attribution_, source=source))
    return resolved, named


def official_channel(owner_: str, last_word: str, lex: Lexicon) -> bool:
    """'the governor's Telegram channel', "Mayor Ivan Petrenko's page": an official's own channel, their words
    ("Astra's Telegram channel" is the outlet's name)."""
    words = owner_.lower().split()
    return last_word in lex.own_channels and any(w in lex.person_words or w in lex.source_words for w in words)


@lru_cache(maxsize=4096)  # asked of the sources before every "he said"
def is_body(source: str, lex: Lexicon) -> bool:
    """'the air force', 'the State Emergency Service', 'DTEK': a body, which "he" or "she" never stands for; not
    'Yuriy Ihnat, spokesman for the air force', 'regional Gov. Oleksandr Prokudin' or 'Tkachenko'."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in WORD.findall(source.split(",")[0].lower())]
    if not words or any(w in lex.person_words for w in WORD.findall(source.lower())):
        return False
    if words[-1] in lex.source_words or words[-1] in lex.roles or words[-1] in lex.sides:
        return True  # its head names a body ("the Ukrainian air force", "Russia's defence ministry")
    return all(is_acronym(w) for w in WORD.findall(source) if w[:1].isupper())  # "SES", "DTEK"


def fuller_before(lower: str, earlier: Sequence[str], lex: Lexicon) -> str:
    """The last earlier source a definite name stands for, saying more: one ending in its words ("the airport's
    press service" for "press service"), or for a body's one word one holding it ("the National Police in Sumy
    Oblast" for "police"); else ""."""
    if " " in lower:
        return next((s for s in reversed(earlier) if s.lower().endswith(f" {lower}")), "")
    return holder_before(lower, earlier, lex) if lower in lex.source_words else ""


def holder_before(role: str, earlier: Sequence[str], lex: Lexicon) -> str:
    """The last earlier source holding ``role`` as its own ("Governor X" for "governor"), or ""."""
    return next((s for s in reversed(earlier) if holds_role(s, role, lex)), "")


def holds_role(source: str, role: str, lex: Lexicon) -> bool:
    """Whether an earlier source names the ``role`` a later one speaks by ("the governor": "Governor X";
    "prosecutors": "the regional prosecutor's office")."""
    return singular(role) in {singular(w) for w in source.lower().split()} and not modifies(role, source, lex)


def singular(word: str) -> str:
    """A word without its possessive or plural ending, to compare two forms of one noun ("prosecutor's",
    "prosecutors": "prosecutor")."""
    word = POSSESSIVE.sub("", word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def modifies(role: str, source: str, lex: Lexicon) -> bool:
    """Whether a role word only qualifies another in ``source`` ("military" of "the regional military
    administration"): "the military said" does not stand for that administration."""
    words = [w.lower() for w in WORD.findall(source)]
    return any(w == role and following in lex.roles for w, following in zip(words, words[1:], strict=False))
