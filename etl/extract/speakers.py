"""Step 6, continued: sources across sentences, as reporting is written.

A figure without a source in its own sentence takes, in order:
1. the nearest earlier speaker of its paragraph ("Earlier, the governor said ... 5,400 were still without
   power");
2. when its paragraph names nobody, the source of the last attributed figure of the paragraph before, or
   the speaker who opened a list there ("According to the ministry:"); paragraphs that report figures
   without naming anyone, list items and headings pass it on;
3. a following sentence (same or next paragraph) that only attributes and points back ("The air force
   commander reported this on Telegram", "Source: ...") or speaks of the same deed ("Gladkov said one of
   the people killed was a worker");
4. the article's only source, when it names just one.
Headlines and hedged figures ("reportedly") borrow nothing. A bare country or capital as speaker ("Russia
said") then gives way to the nearest named source of that side; a role ("the region's governor") to the
nearest source naming it with a name; a surname ("Fedorov") to the fullest mention of that person.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

from ..lexicon import Lexicon
from .attribution import POSSESSIVE, WORD, is_bare_side, noun_phrase_before, phrase_text, source_after, source_sides
from .figures import Figure
from .tokens import Sentence
from .verbs import find_triggers

MAX_LIST_PARAGRAPHS = 40  # how far a list introduced by "According to X:" can run


@dataclass(frozen=True)
class SentenceSources:
    """What the cross-sentence rules need of one sentence."""

    paragraph: int
    sources: tuple[str, ...]  # resolved, in order
    figure_sources: tuple[str, ...]  # the sources its own figures name
    has_figures: bool
    points_back: bool  # attributes what came before: "reported this", "Source: ..."
    hedged: bool  # "reportedly", "unconfirmed": the text says nobody vouches for it
    headline: bool
    verbs: frozenset[str]  # verb classes of an attribution-only sentence ("kill", "intercept"...)
    text: str


def sentence_sources(
    sentences: Sequence[Sentence], sources: Sequence[Sequence[str]], found: Sequence[Sequence[Figure]], lex: Lexicon
) -> list[SentenceSources]:
    table = []
    for sentence, own, everything in zip(sentences, sources, found, strict=True):
        figures = [f for f in everything if not f.bare]  # what was named without a number attributes nothing
        words = {t.lower for t in sentence.tokens}
        only_attributes = bool(own) and not figures
        verbs = {c for t in find_triggers(sentence, lex) for c in t.classes} if only_attributes else set()
        table.append(
            SentenceSources(
                paragraph=sentence.paragraph,
                sources=tuple(own),
                figure_sources=tuple(f.reported_by for f in figures if f.reported_by),
                has_figures=bool(figures),
                points_back=bool(words & lex.back_references) or sentence.text.lower().startswith("source:"),
                hedged=bool(words & lex.hedges),
                headline=sentence.headline,
                verbs=frozenset(verbs),
                text=sentence.text,
            )
        )
    return table


def borrows(index: int, sentences: Sequence[SentenceSources]) -> bool:
    """Whether an unattributed figure of sentence ``index`` may take a source from elsewhere: not in a
    headline or a teaser (attributed in its story), not when hedged ("reportedly" is nobody's word)."""
    return not (sentences[index].headline or sentences[index].hedged)


def borrowed_source(index: int, sentences: Sequence[SentenceSources], verbs: Set[str]) -> str:
    """The source an unattributed figure of sentence ``index`` borrows ("" when none fits); ``verbs`` are the
    verb classes that give the figure's metric (a following sentence about the same deed may attribute it)."""
    here = sentences[index]
    same_paragraph = [s for s in sentences[:index] if s.paragraph == here.paragraph]
    earlier = next((s.sources[-1] for s in reversed(same_paragraph) if s.sources), "")
    if earlier:
        return earlier
    if not any(s.sources for s in sentences if s.paragraph == here.paragraph):
        carried = previous_paragraph_source(here.paragraph, sentences)
        if carried:
            return carried
    following = [s for s in sentences[index + 1 :] if s.paragraph in (here.paragraph, here.paragraph + 1)]
    if following and following[0].sources and not following[0].has_figures:
        if following[0].points_back or following[0].verbs & verbs:
            return following[0].sources[0]
    return ""


def previous_paragraph_source(paragraph: int, sentences: Sequence[SentenceSources]) -> str:
    """The source of the last attributed figure of the paragraph before ``paragraph``, or the speaker who
    opened a list there ("According to the ministry:"); list items and headings pass it on."""
    by_paragraph: dict[int, list[SentenceSources]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    earlier = sorted((p for p in by_paragraph if p < paragraph), reverse=True)
    for number in earlier[:MAX_LIST_PARAGRAPHS]:
        previous = by_paragraph[number]
        opens_list = previous[-1].text.rstrip().endswith((":", ";"))
        attributed = [source for s in previous for source in (*s.figure_sources, *pointed_back(s))]
        named = [source for s in previous for source in s.sources]
        if attributed:
            return attributed[-1]
        if named:
            return named[-1] if opens_list else ""
        if not (opens_list or is_header(previous) or any(s.has_figures for s in previous)):
            return ""  # a paragraph naming nobody and reporting nothing: the trail ends
    return ""


def pointed_back(sentence: SentenceSources) -> tuple[str, ...]:
    """The sources of a sentence that only attributes what came before ("UNN reports this, citing X")."""
    return sentence.sources if sentence.points_back and not sentence.has_figures else ()


def is_header(paragraph: Sequence[SentenceSources]) -> bool:
    """A section heading ("Donetsk region", "Casualties and Damage"): one short line, no full stop."""
    return len(paragraph) == 1 and len(paragraph[0].text.split()) <= 5 and not paragraph[0].text.endswith(".")


def only_source(sentences: Sequence[SentenceSources], lex: Lexicon) -> str:
    """The article's source when it names exactly one (bare sides aside) and that one reports figures (in
    their sentence, or pointing back at them), else ""."""
    named = {s for sentence in sentences for s in sentence.sources if not is_bare_side(s, lex)}
    reporting = {s for sentence in sentences if sentence.has_figures or sentence.points_back for s in sentence.sources}
    return next(iter(named)) if len(named) == 1 and named <= reporting else ""


def name_mentions(sentences: Sequence[Sentence], lex: Lexicon) -> list[list[str]]:
    """The named people and bodies of each sentence, speaking or not ("President Volodymyr Zelensky",
    "Vyacheslav Gladkov, the governor of the Belgorod region"): what a surname or a role stands for."""
    found = []
    for sentence in sentences:
        tokens = sentence.tokens
        names = []
        for i, token in enumerate(tokens):
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if token.text[:1].isupper() and not following[:1].isupper():
                words = noun_phrase_before(tokens, i, lex)
                if following == "," and i + 2 < len(tokens) and tokens[i + 2].lower in lex.apposition_starts:
                    words = [*words, tokens[i + 1], *source_after(tokens, i + 2, lex, apposition=False)]
                if sum(w.text[:1].isupper() for w in words) >= 2:
                    names.append(phrase_text(sentence, words))
        found.append(names)
    return found


def article_source(
    source: str, index: int, sources: Sequence[Sequence[str]], lex: Lexicon, names: Sequence[Sequence[str]] = ()
) -> str:
    """A source as the article names it best: a bare side ("Russia") gives way to the nearest named source of
    that side, a role ("the governor", "the region's acting governor") to the nearest source naming it with
    a name, a surname ("Fedorov") to the fullest source naming that person."""
    if source and is_bare_side(source, lex):
        return named_source(index, source, sources, lex) or source
    if source.lower() in lex.pronouns or source.lower() in lex.roles or is_role_phrase(source, lex):
        role = role_word(source, lex)
        pool = [*nearest(index, sources), *nearest(index, names)]
        return next((s for s in pool if role in WORD.findall(s.lower()) and has_name(s)), "") or source
    if len(WORD.findall(source)) == 1 and source[:1].isupper():  # a surname
        return full_name(index, source, sources) or full_name(index, source, names) or source
    return source


def is_role_phrase(source: str, lex: Lexicon) -> bool:
    """'the region's acting governor', "city's mayor": a role without a name."""
    return not has_name(source) and bool(role_word(source, lex))


def role_word(source: str, lex: Lexicon) -> str:
    """The last role word of a source ("governor" of "region's acting governor"), or ""."""
    words = [POSSESSIVE.sub("", w) for w in WORD.findall(source.lower())]
    return next((w for w in reversed(words) if w in lex.roles or w == source.lower()), "")


def has_name(source: str) -> bool:
    return any(w[:1].isupper() for w in WORD.findall(source))


def named_source(index: int, bare: str, sources: Sequence[Sequence[str]], lex: Lexicon) -> str:
    """The named source (not a bare side) nearest sentence ``index``: one of the same side, else one of
    no stated side."""
    sides = source_sides(bare, lex)
    named = [s for s in nearest(index, sources) if not is_bare_side(s, lex)]
    same_side = [s for s in named if source_sides(s, lex) == sides]
    sideless = [s for s in named if not source_sides(s, lex)]
    return (same_side or sideless or [""])[0]


def full_name(index: int, surname: str, sources: Sequence[Sequence[str]]) -> str:
    """The longest source naming a surname in full ("Fedorov" -> "Ivan Fedorov, Head of the Zaporizhzhia
    Regional Military Administration"), nearest first on ties."""
    fuller = [s for s in nearest(index, sources) if surname in WORD.findall(s) and s != surname]
    return max(fuller, key=len, default="")


def nearest(index: int, sources: Sequence[Sequence[str]]) -> list[str]:
    """Every source of the article, from the nearest sentence to ``index`` outwards (earlier first on ties)."""
    order = sorted(range(len(sources)), key=lambda k: (abs(k - index), k))
    return [source for k in order for source in sources[k]]
