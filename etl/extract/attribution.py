"""Step 6 of the grammar: who reported a figure.

In a sentence: "X said", "said X", "according to X", "City authorities did not ... and said". Pronouns
take the last source named, roles ("the governor") an earlier source naming them, documents ("according to
the post") whoever issued them. Across sentences (figures without a source of their own): the previous
sentence of the paragraph, else a following sentence that only attributes; a bare country or capital as
speaker ("Russia said") gives way to the nearest named source of that side; a role to its full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from .tokens import Sentence, Token

WORD = re.compile(r"[\w'’]+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")


@dataclass(frozen=True)
class Attribution:
    start: int  # the verb (or "according to")
    end: int
    source: str
    source_start: int = -1


def find_attributions(sentence: Sentence, lex: Lexicon) -> list[Attribution]:
    """The attributions of a sentence as written (pronouns and roles not yet resolved)."""
    tokens = sentence.tokens
    found: list[Attribution] = []
    for k, token in enumerate(tokens):
        if token.lower == "according" and k + 1 < len(tokens) and tokens[k + 1].lower == "to":
            words = []
            for t in tokens[k + 2 : k + 12]:
                if t.text in {",", ".", ";", "(", ")"} or t.lower in {"on", "in", "who", "which", "that"}:
                    break
                words.append(t)
            if words:
                found.append(Attribution(token.start, words[-1].end, source_text(sentence, words), words[0].start))
        elif token.lower in lex.speech_verbs:
            words = []
            for t in reversed(tokens[max(0, k - 8) : k]):
                if is_source_word(t, lex):
                    words.insert(0, t)
                elif t.lower == "of" and words:
                    words.insert(0, t)
                else:
                    break
            while words and words[0].lower in ("of", "the"):
                words.pop(0)
            if not words:
                for t in tokens[k + 1 : k + 9]:
                    if is_source_word(t, lex) and t.lower not in ("the", "on", "in"):
                        words.append(t)
                    elif words or t.lower != "the":
                        break
            if not words:
                words = sentence_subject(tokens[:k], lex)  # "City authorities did not ... and said"
            if k > 0 and tokens[k - 1].lower in lex.pronouns:
                found.append(Attribution(token.start, token.end, tokens[k - 1].lower))
            elif words:
                found.append(Attribution(token.start, token.end, source_text(sentence, words), words[0].start))
    return found


def sentence_subject(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The source-like words opening a sentence, when one of them names a source ("City authorities")."""
    words = []
    for token in tokens:
        if not is_source_word(token, lex) and not (words and token.lower == "of"):
            break
        words.append(token)
    while words and words[-1].lower == "of":
        words.pop()
    return words if any(t.lower in lex.source_words for t in words) else []


def is_source_word(token: Token, lex: Lexicon) -> bool:
    if token.lower in lex.not_source_words:
        return False
    if token.lower in lex.source_words or token.lower in lex.sides:
        return True
    return token.text[0].isupper() and token.text[0].isalpha()


def source_text(sentence: Sentence, words: list[Token]) -> str:
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    return LEADING_THE.sub("", text).strip(" ,")


def resolve_sources(
    attributions: list[Attribution], sources: Sequence[str], lex: Lexicon
) -> tuple[list[Attribution], list[str]]:
    """The attributions with pronouns, roles and documents resolved against ``sources`` (the article's
    sources so far), and the sources they name anew, in order. An unresolved pronoun is dropped."""
    resolved = []
    named: list[str] = []
    for attribution in attributions:
        source = attribution.source
        lower = source.lower()
        last_word = lower.rsplit(maxsplit=1)[-1] if source.strip() else ""
        if last_word in lex.documents:  # "according to the post": whoever issued it
            source = named[-1] if named else (sources[-1] if sources else "")
        elif lower in lex.pronouns:
            source = named[-1] if named else (sources[-1] if sources else "")
        elif lower in lex.roles:
            earlier = next((s for s in reversed(named) if lower in s.lower()), None)
            if earlier is None:
                earlier = next((s for s in reversed(sources) if lower in s.lower()), None)
            source = earlier if earlier is not None else source
        elif source:
            named.append(source)
        if source:
            resolved.append(replace(attribution, source=source))
    return resolved, named


def source_for(attributions: list[Attribution], position: int) -> str:
    """The source of a figure at ``position``: the last attribution before it, else the sentence's first."""
    before = [a for a in attributions if a.end <= position]
    if before:
        return before[-1].source
    return attributions[0].source if attributions else ""


def adjacent_source(
    index: int, sentences: Sequence[Sentence], sources: Sequence[Sequence[str]], has_figures: Sequence[bool]
) -> str:
    """The source an unattributed figure of sentence ``index`` borrows: the previous sentence's of its
    paragraph, else a following sentence's when that one has no figure of its own."""
    before, after = index - 1, index + 1
    if before >= 0 and sources[before] and sentences[before].paragraph == sentences[index].paragraph:
        return sources[before][0]
    if after < len(sentences) and sources[after] and not has_figures[after]:
        return sources[after][0]
    return ""


def article_source(source: str, index: int, sources: Sequence[Sequence[str]], lex: Lexicon) -> str:
    """A source as the article names it best: a bare side ("Russia") gives way to the nearest named source of
    that side, a role ("the governor") to the nearest source naming it in full."""
    if source and is_bare_side(source, lex):
        return named_source(index, source, sources, lex) or source
    if source.lower() in lex.pronouns or source.lower() in lex.roles:
        return full_name(index, source, sources) or source
    return source


def source_sides(source: str, lex: Lexicon) -> set[str]:
    """The sides a source's words name ("Russian defence ministry" -> {"russia"})."""
    return {lex.sides[w] for w in WORD.findall(source.lower()) if w in lex.sides}


def is_bare_side(source: str, lex: Lexicon) -> bool:
    """'Russia', 'Kyiv', 'Ukraine's': a country or capital named as the speaker."""
    words = [w for w in WORD.findall(source.lower()) if w != "the"]
    return bool(words) and all(w in lex.sides for w in words)


def named_source(index: int, bare: str, sources: Sequence[Sequence[str]], lex: Lexicon) -> str:
    """The named source (not a bare side) nearest sentence ``index``: one of the same side, else one of
    no stated side."""
    sides = source_sides(bare, lex)
    named = [s for s in nearest(index, sources) if not is_bare_side(s, lex)]
    same_side = [s for s in named if source_sides(s, lex) == sides]
    sideless = [s for s in named if not source_sides(s, lex)]
    return (same_side or sideless or [""])[0]


def full_name(index: int, role: str, sources: Sequence[Sequence[str]]) -> str:
    """The nearest source that names a role in full ("governor" -> "Kharkiv Governor Oleh Syniehubov")."""
    role = role.lower()
    return next((s for s in nearest(index, sources) if role in s.lower().split() and s.lower() != role), "")


def nearest(index: int, sources: Sequence[Sequence[str]]) -> list[str]:
    """Every source of the article, from the nearest sentence to ``index`` outwards (earlier first on ties)."""
    order = sorted(range(len(sources)), key=lambda k: (abs(k - index), k))
    return [source for k in order for source in sources[k]]
