"""Step 6 of the grammar: who reported a figure, as its own sentence says.

"X said", "said X", "X, the governor of Y, said", "X had reported", "according to X", "with reference to
X", "this was reported by X", "Source: X" and "City authorities did not ... and said". Pronouns take the
last source named, roles ("the governor") an earlier source naming them, documents ("according to the
post") whoever issued them. across.py carries sources across sentences.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon
from .documents import (
    document_issuer,
    is_credit_line,
    names_document,
    owned_document,
    relayed_document,
    relayed_pronoun,
)
from .scopes import scoped
from .source_phrases import (
    MAX_SOURCE_WORDS,
    POSSESSIVE,
    is_folded_acronym,
    is_source_word,
    is_speech_adverb,
    names_someone,
    noun_phrase_before,
    phrase_text,
    sentence_subject,
    source_after,
    subject_before,
)
from .tokens import Sentence, Token, phrase, thread_marks
from .witnesses import witness_before, witness_words
from .word_order import agent_by, names_after_modifiers, reported_in, speaker_after_listener_verb
from .word_uses import is_name_word, is_noun_use

OWNER = re.compile(r"^(?:the\s+)?(.+?)['’]s\s")  # the owner of a possessive phrase ("Meduza's count")
DEFINITE_END = re.compile(r"\b[Tt]he\s+$")
SIGN_OFF_DASHES = frozenset({"–", "—", "-"})  # '"..." – Russia's Ministry of Defence': who signed a quotation
CLOSING_QUOTES = frozenset({'"', "”"})


@dataclass(frozen=True)
class Attribution:
    start: int  # the verb (or "according to")
    end: int
    source: str
    source_start: int = -1
    source_end: int = -1
    outlet: bool = False  # a news agency passing on what someone else reported ("according to Ukrinform")
    cites: bool = False  # "with reference to X", "citing X": X is the original source
    definite: bool = False  # "the officials": someone named before
    via: str = ""  # for a cited source, the outlet passing it on and its cue: "Tass news agency, quoting"
    scope: tuple[int, int] | None = None  # a parenthesis with its own figure ("(earlier we reported four)"): all
    # it attributes


def find_attributions(sentence: Sentence, lex: Lexicon) -> list[Attribution]:
    """The attributions of a sentence as written (pronouns and roles not yet resolved), outlets last."""
    tokens = sentence.tokens
    found: list[Attribution] = []
    openers = attribution_openers(lex)
    for k, token in enumerate(tokens):
        if token.lower not in openers:  # most words open no attribution
            continue
        cue = according_cue(tokens, k, lex) if token.lower in lex.according_starts else 0
        if cue:
            words = source_after(tokens, k + cue, lex)
            if not words and phrase(tokens, k + cue, 1) in lex.personal_pronouns:
                words = tokens[k + cue : k + cue + 1]  # "According to him": whom the pronoun stands for
            if words and (names_someone(words, lex) or words[0].lower in lex.personal_pronouns):
                cited = attribution(sentence, token, words, lex)
                cue_text = phrase(tokens, k, cue)
                if not cited.outlet and cue_text in lex.citing_cues:
                    cited = replace(cited, cites=True, via=cue_text)
                found.append(cited)
        elif token.lower == "by" and k + 2 < len(tokens) and (document := owned_document(tokens, k + 1, lex)):
            found.append(attribution(sentence, token, document, lex))  # "By Kommersant's count": whoever counted
        elif token.lower == "source" and k + 1 < len(tokens) and tokens[k + 1].lower == ":":
            words = source_after(tokens, k + 2, lex)  # "Source: Serhii Lysak, Head of ...; Air Force"
            if words:
                found.append(attribution(sentence, token, words, lex))
        elif token.lower in SIGN_OFF_DASHES and k and tokens[k - 1].lower in CLOSING_QUOTES:
            words = source_after(tokens, k + 1, lex)  # '"... destroyed 164 UAVs." – Russia's Ministry of Defence'
            if (
                words
                and names_someone(words, lex)
                and all(not t.lower[0].isalnum() for t in tokens[k + 1 + len(words) :])
            ):
                found.append(attribution(sentence, token, words, lex))
        elif token.lower in SIGN_OFF_DASHES and sentence.headline and (words := headline_sign_off(tokens, k, lex)):
            found.append(attribution(sentence, token, words, lex))  # "..., four killed — Dnipropetrovsk OVA"
        elif token.lower in lex.record_verbs and (recorded := body_record(sentence, k, lex)) is not None:
            found.append(recorded)
        elif token.lower in lex.perception_verbs and (witness := witness_before(tokens, k, lex)) >= 0:
            found.append(attribution(sentence, token, witness_words(tokens, witness, k, lex), lex))
        elif (
            (token.lower in lex.speech_verbs or verb_before_that(tokens, k, lex))
            and not is_noun_use(tokens, k, lex)
            and (sentence.headline or not is_name_word(tokens, k))
        ) or states_estimate(tokens, k, lex):
            if found and k and tokens[k - 1].text == "," and token.lower.endswith("ing"):
                found.append(replace(found[-1], start=token.start, end=token.end))  # "X said, adding that": X
                continue
            attribution_ = speech_attribution(sentence, k, lex)
            if attribution_ is not None:
                found.append(attribution_)
    if not found:
        label = speaker_label(sentence, lex) or introduced_document(sentence, lex)
        found = [label] if label is not None else []
    # a cue inside another's source is part of its name: "State" in "according to the State Emergency Service"
    found = [a for a in found if not any(b.source_start <= a.start < b.source_end for b in found if b is not a)]
    if len(found) > 1:  # "X said that, according to preliminary data from the services, ...": X's words
        found = [a for a in found if not (names_document(a.source, lex) and any(b.end <= a.start for b in found))]
    if any(a.cites for a in found):  # "UNN reports this with reference to the ministry": UNN passes it on
        outlet = next((a.source for a in found if not a.cites and a.source[:1].isupper()), "")
        found = [
            (replace(a, via=f"{outlet}, {a.via}" if outlet else "") if a.cites else replace(a, outlet=True))
            for a in found
        ]
    return sorted(scoped(sentence, found, lex), key=lambda a: a.outlet)


CHANNEL_REACH = 4  # words from "in" to the speaker's own document: "in its regular morning report"


def before_own_channel(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """The token before "in its morning report", "on his Telegram channel" ending at token j (a speaker's own
    document between the speaker and the speech verb), else j."""
    if j < 2 or not (tokens[j].lower in lex.documents or tokens[j].lower in lex.own_channels):
        return j
    for k in range(j - 1, max(0, j - CHANNEL_REACH) - 1, -1):
        if tokens[k].lower in lex.owner_determiners:
            return k - 2 if k >= 2 and tokens[k - 1].lower in ("in", "on") else j
    return j


SIGN_OFF_WORDS = 5  # "— Dnipropetrovsk OVA", "- Air Force": the most words of a headline's closing source


def headline_sign_off(tokens: list[Token], k: int, lex: Lexicon) -> list[Token]:
    """The words after the dash at token k that close a headline when they name a body or an office ("— Kharkiv
    OVA", "- Air Force"), not a site ("– Kommersant Voronezh") or more of the headline; else []."""
    rest = tokens[k + 1 :]
    if not 0 < len(rest) <= SIGN_OFF_WORDS or not all(t.text[:1].isupper() for t in rest):
        return []
    words = [t.lower for t in rest]
    office = any(w in lex.source_words or w in lex.person_words or w in lex.acronym_offices for w in words)
    return rest if office else []


@lru_cache(maxsize=4)
def attribution_openers(lex: Lexicon) -> frozenset[str]:
    """Every word at which find_attributions may find an attribution: a quick test before its grammar."""
    return frozenset(
        {*lex.according_starts, "by", "source", *SIGN_OFF_DASHES, *lex.speech_verbs}
        | lex.noun_forms
        | lex.estimate_verbs
        | lex.perception_verbs
        | lex.record_verbs
    )


def speaker_label(sentence: Sentence, lex: Lexicon) -> Attribution | None:
    """'Moscow Mayor Sergei Sobyanin: two more drones were shot down', 'Tymur Tkachenko, head of the city
    administration: ...': a speaker of two or more words opening the sentence, then a colon (not a label:
    "Breaking news:", "Kharkiv region:")."""
    if ":" not in sentence.text:  # most sentences
        return None
    tokens = sentence.tokens
    marks = thread_marks(tokens, lex.repost_marks)
    colon = next((i for i, t in enumerate(tokens[: marks + MAX_SOURCE_WORDS]) if t.text == ":"), 0)
    if colon < 2:
        return None  # (a line ending at the colon hands the lines after it to the speaker: "Ministry of Defence:")
    last = colon - 1
    if tokens[last].text == ")":  # "Tkachenko (Kyiv City Military Administration):": a name and its office
        opening = next((i for i in range(last - 1, 0, -1) if tokens[i].text == "("), 0)
        named = noun_phrase_before(tokens, opening - 1, lex) if opening else []
        office = tokens[opening + 1 : last]
        if named and len(named) == opening - marks and office and names_someone(office, lex):
            if any(t.lower in lex.colon_labels for t in named):
                return None  # "Question (resident of Grayvoron): ...": an interviewer's line
            return attribution(sentence, tokens[colon], named, lex)
        return None
    if tokens[last].lower in lex.documents and last >= 2:  # "Air Force summary: ...": its issuer's
        last -= 1
    words = noun_phrase_before(tokens, last, lex)
    name = words  # (the words a label would be made of: "Kharkiv region:")
    comma = colon - len(words) - 1
    if words and comma >= 1 and tokens[comma].text == "," and words[0].lower in lex.apposition_starts:
        name = noun_phrase_before(tokens, comma - 1, lex)  # "Tymur Tkachenko, head of the ... Administration:"
        words = [*name, tokens[comma], *words] if len(name) == comma - marks else words
    if len(words) != last + 1 - marks or any(t.lower in lex.colon_labels for t in name):
        return None
    if len(words) == 1 and lex.head_class(words[0].lower) is not None:
        return None  # "⚡️ Missiles: 24 Kh-101 cruise missiles ...": what the line counts, no speaker
    return attribution(sentence, tokens[colon], words, lex) if names_someone(words, lex) else None


def introduced_document(sentence: Sentence, lex: Lexicon) -> Attribution | None:
    """The issuer of a document a line hands what follows to (documents.document_issuer), as an attribution."""
    found = document_issuer(sentence, lex)
    return attribution(sentence, found[0], found[1], lex) if found else None


def credit_lines(
    sentences: Sequence[Sentence], sources: Sequence[Sequence[str]], lex: Lexicon
) -> list[tuple[int, str]]:
    """The lines crediting the text below them to someone ("Text of report by X", "Text of Telegram post by X"):
    (sentence index, that line's resolved source from ``sources``), in order."""
    return [
        (index, named[0])
        for index, (sentence, named) in enumerate(zip(sentences, sources, strict=False))
        if named and not sentence.headline and is_credit_line(sentence.tokens, lex)
    ]


def according_cue(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The length of an 'according to'-like cue starting at token k (the source follows it), else 0."""
    if tokens[k].lower not in lex.according_starts:
        return 0
    for cue in lex.according_cues:
        words = cue.split()
        if [t.lower for t in tokens[k : k + len(words)]] == words:
            return len(words)
    return 0


ESTIMATE_REACH = 4  # words between "put" and the toll it states ("put the number of injured at 22")


def verb_before_that(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Kommersant estimates that ...': a speech verb's form that is mostly a noun, used as a verb (not after a
    verb of speech: "said in a series of Telegram posts that")."""
    return (
        tokens[k].lower in lex.noun_forms
        and k + 1 < len(tokens)
        and tokens[k + 1].lower == "that"
        and not any(t.lower in lex.speech_verbs for t in tokens[:k])
    )


def states_estimate(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Officials put the toll at 12', 'had put the number of injured at 22', 'gave a bigger number: 118': a
    figure stated (not 'gave his tally', a document of its own: documents.py)."""
    if tokens[k].lower not in lex.estimate_verbs or phrase(tokens, k + 1, 1) in lex.personal_possessives:
        return False
    return any(t.lower in lex.estimate_objects for t in tokens[k + 1 : k + 1 + ESTIMATE_REACH])


def speech_attribution(sentence: Sentence, k: int, lex: Lexicon) -> Attribution | None:
    """The source of the speech verb at token k: its subject, else the phrase after it ("said Governor X"),
    the agent of a passive ("was reported by X"), or the subject of the sentence ("City authorities did not
    ... and said")."""
    tokens = sentence.tokens
    verb = tokens[k]
    j = k - 1
    passive = False
    while j >= 0 and is_speech_adverb(tokens[j], lex):  # "had also reported", "later told", "traditionally claimed"
        passive = passive or tokens[j].lower in lex.passive_auxiliaries
        j -= 1
    j = before_own_channel(tokens, j, lex)  # "The ministry in its morning report said": the ministry
    if passive and verb.lower not in ("quoted", "cited"):  # "Damage was reported": what, not who ("X was quoted
        # as saying" names its speaker); only "by X" names a source
        by = agent_by(tokens, k, lex) or reported_in(tokens, j, k, lex)
        words = source_after(tokens, by + 1, lex) if by else []
        return attribution(sentence, verb, words, lex) if words else None
    relayed = relayed_document(tokens, k, lex)
    if relayed:  # "Ukrinform publishes the report of the Air Force": the Air Force's words
        return attribution(sentence, verb, relayed, lex)
    if pronoun := relayed_pronoun(tokens, k, lex):  # "Suspilne publishes his message in full": his words
        return Attribution(verb.start, verb.end, pronoun)
    acronym = j >= 0 and is_folded_acronym(tokens[j], lex)  # "WHO had verified": no relative "who"
    if j >= 0 and tokens[j].lower in lex.pronouns and not acronym:
        return Attribution(verb.start, verb.end, tokens[j].lower)
    if j >= 2 and tokens[j].lower in lex.relative_subjects and tokens[j - 1].text == "," and not acronym:
        words = noun_phrase_before(tokens, j - 2, lex)  # "Neither did the Defense Ministry, which reported that"
        return attribution(sentence, verb, words, lex) if words and names_someone(words, lex) else None
    by = agent_by(tokens, k, lex)
    agent = naming_words(source_after(tokens, by + 1, lex), lex) if by else []
    if agent and names_someone(agent, lex):  # "videos published by local Telegram channels": by whom
        return attribution(sentence, verb, agent, lex)
    inverted = verb.lower not in lex.listener_verbs and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
    if j >= 0 and tokens[j].text == "," and inverted:
        after = source_after(tokens, k + 1, lex)  # "..., where a fire broke out, said Mykola Kalashnyk, head of"
        end = k + 1 + len(after)
        if after and names_after_modifiers(after, lex) and (end == len(tokens) or tokens[end].text in ",.;"):
            return attribution(sentence, verb, after, lex)  # the speaker after the verb, not a place before it
    words = subject_before(tokens, j, lex)
    if not words and (after := speaker_after_listener_verb(tokens, j, k, lex)):
        return attribution(sentence, verb, after, lex)  # "..., informed the Air Force.": a translation's order
    if not words and agent:
        words = agent
    if not words and verb.lower not in lex.listener_verbs:  # ("told Reuters": who heard it)
        words = [t for t in source_after(tokens, k + 1, lex) if t.lower not in ("the", "on", "in")]
        words = words if names_after_modifiers(words, lex) and not opens_clause(tokens, words, lex) else []
    if not words:
        words = sentence_subject(tokens[:k], lex)
    return attribution(sentence, verb, words, lex) if words else None


def body_record(sentence: Sentence, k: int, lex: Lexicon) -> Attribution | None:
    """The body whose record the verb at token k tells ("the air force recorded 40 drones"), or None: a place
    or residents record nothing on anyone's behalf (the lexicon's recorders end a body's name), and inside
    another's speech the speaker vouches ("Astra reported that residents had recorded 12 explosions")."""
    if any(t.lower in lex.speech_verbs for t in sentence.tokens):
        return None
    recorded = speech_attribution(sentence, k, lex)
    if recorded is None or recorded.source_end > sentence.tokens[k].start:
        return None
    if recorded.source_start < 0:  # a pronoun: "it" stands for a body named before, "he" for a person
        return None if recorded.source in lex.personal_pronouns else recorded
    last = next(t for t in reversed(sentence.tokens) if t.start < recorded.source_end)
    return recorded if POSSESSIVE.sub("", last.lower) in lex.recorders else None


AGENT_LINKS = frozenset({"of", "the", "and", "in", "(", ")"})  # ("(" and ")" around a short name: "(ATOR)")


def naming_words(words: list[Token], lex: Lexicon) -> list[Token]:
    """The words of ``words`` up to the first that names nobody ("local Telegram channels" of "local Telegram
    channels show two fires"): a name, a source word, or a link between them."""
    kept = list(
        itertools.takewhile(lambda t: t.text[:1].isupper() or is_source_word(t, lex) or t.lower in AGENT_LINKS, words)
    )
    while kept and kept[-1].lower in AGENT_LINKS - {")"}:
        kept.pop()
    return kept


def opens_clause(tokens: list[Token], words: list[Token], lex: Lexicon) -> bool:
    """'said Russia had launched', 'said Russia fired': the words after a speech verb are the subject of what was
    said, not who said it, when a verb follows them or ends them."""
    if any(t.text.islower() and (t.lower in lex.auxiliaries or lex.starts_with_trigger(t.lower)) for t in words[1:]):
        return True
    after = next((i + 1 for i, t in enumerate(tokens) if t is words[-1]), len(tokens))
    return after < len(tokens) and (
        tokens[after].lower in lex.auxiliaries or lex.starts_with_trigger(phrase(tokens, after, 3))
    )


def attribution(sentence: Sentence, cue: Token, words: list[Token], lex: Lexicon) -> Attribution:
    source = phrase_text(sentence, words)
    return Attribution(
        cue.start,
        cue.end,
        source,
        words[0].start,
        words[-1].end,
        outlet=source in lex.wire_agencies or words[-1].lower in lex.relays,
        definite=words[0].lower == "the"
        or DEFINITE_END.search(sentence.text, 0, words[0].start - sentence.start) is not None,
    )


def source_for(attributions: list[Attribution], position: int) -> str:
    """The source of a figure at ``position``: the last attribution before it, else the sentence's first; an
    outlet only when nobody else is named."""
    attributions = [a for a in attributions if a.scope is None or a.scope[0] <= position < a.scope[1]]
    named = [a for a in attributions if not a.outlet] or attributions
    before = [a for a in named if a.end <= position]
    if before:
        return before[-1].source
    return named[0].source if named else ""
