"""Step 6 of the grammar: who reported a figure, as its own sentence says.

"X said", "said X", "X, the governor of Y, said", "X had reported", "according to X", "with reference to
X", "this was reported by X", "Source: X" and "City authorities did not ... and said". Pronouns take the
last source named, roles ("the governor") an earlier source naming them, documents ("according to the
post") whoever issued them. across.py carries sources across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import Lexicon
from .tokens import Sentence, Token, phrase

WORD = re.compile(r"[\w'’]+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
SOURCE_END = {",", ".", ";", "(", ")", ":", "–", "—", '"', "“", "”"}
MAX_SOURCE_WORDS = 12
PREFIX_LINKS = ("from", "of", "on")  # "data from the ministry", "information on the airport's board"
POSSESSIVE = re.compile(r"['’]s$")
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


def find_attributions(sentence: Sentence, lex: Lexicon) -> list[Attribution]:
    """The attributions of a sentence as written (pronouns and roles not yet resolved), outlets last."""
    tokens = sentence.tokens
    found: list[Attribution] = []
    for k, token in enumerate(tokens):
        cue = according_cue(tokens, k, lex) if token.lower in lex.according_starts else 0
        if cue:
            words = source_after(tokens, k + cue, lex)
            if words and names_someone(words, lex):
                cited = attribution(sentence, token, words, lex)
                cue_text = phrase(tokens, k, cue)
                if not cited.outlet and cue_text in lex.citing_cues:
                    cited = replace(cited, cites=True, via=cue_text)
                found.append(cited)
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
        elif token.lower in lex.speech_verbs and not is_noun_use(tokens, k, lex):
            attribution_ = speech_attribution(sentence, k, lex)
            if attribution_ is not None:
                found.append(attribution_)
    if not found:
        label = speaker_label(sentence, lex)
        found = [label] if label is not None else []
    # a cue inside another's source is part of its name: "State" in "according to the State Emergency Service"
    found = [a for a in found if not any(b.source_start <= a.start < b.source_end for b in found if b is not a)]
    if any(a.cites for a in found):  # "UNN reports this with reference to the ministry": UNN passes it on
        outlet = next((a.source for a in found if not a.cites and a.source[:1].isupper()), "")
        found = [
            (replace(a, via=f"{outlet}, {a.via}" if outlet else "") if a.cites else replace(a, outlet=True))
            for a in found
        ]
    return sorted(found, key=lambda a: a.outlet)


def speaker_label(sentence: Sentence, lex: Lexicon) -> Attribution | None:
    """'Moscow Mayor Sergei Sobyanin: two more drones were shot down': a speaker of two or more words opening
    the sentence, then a colon (not a label: "Breaking news:", "Kharkiv region:")."""
    tokens = sentence.tokens
    colon = next((i for i, t in enumerate(tokens[:MAX_SOURCE_WORDS]) if t.text == ":"), 0)
    if colon < 2 or colon + 1 == len(tokens):
        return None
    words = noun_phrase_before(tokens, colon - 1, lex)
    if len(words) != colon or any(t.lower in lex.colon_labels for t in words) or not names_someone(words, lex):
        return None
    return attribution(sentence, tokens[colon], words, lex)


def according_cue(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The length of an 'according to'-like cue starting at token k (the source follows it), else 0."""
    if tokens[k].lower not in lex.according_starts:
        return 0
    for cue in lex.according_cues:
        words = cue.split()
        if [t.lower for t in tokens[k : k + len(words)]] == words:
            return len(words)
    return 0


def is_noun_use(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'Early reports indicate', 'first reports of drones', 'media claims': the word names a report."""
    following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return following == "of" or following in lex.speech_verbs


def speech_attribution(sentence: Sentence, k: int, lex: Lexicon) -> Attribution | None:
    """The source of the speech verb at token k: its subject, else the phrase after it ("said Governor X"),
    the agent of a passive ("was reported by X"), or the subject of the sentence ("City authorities did not
    ... and said")."""
    tokens = sentence.tokens
    verb = tokens[k]
    j = k - 1
    passive = False
    while j >= 0 and tokens[j].lower in lex.speech_adverbs:  # "had also reported", "later told"
        passive = passive or tokens[j].lower in lex.passive_auxiliaries
        j -= 1
    if passive and verb.lower not in ("quoted", "cited"):  # "Damage was reported": what, not who ("X was quoted
        # as saying" names its speaker); only "by X" names a source
        words = source_after(tokens, k + 2, lex) if phrase(tokens, k + 1, 1) == "by" else []
        return attribution(sentence, verb, words, lex) if words else None
    if j >= 0 and tokens[j].lower in lex.pronouns:
        return Attribution(verb.start, verb.end, tokens[j].lower)
    words = acronym_subject(tokens, j, lex) or subject_before(tokens, j, lex)
    if not words and k + 1 < len(tokens) and tokens[k + 1].lower == "by":
        words = source_after(tokens, k + 2, lex)
    if not words:
        words = [t for t in source_after(tokens, k + 1, lex) if t.lower not in ("the", "on", "in")]
        words = words if words and is_source_word(words[0], lex) and not opens_clause(tokens, words, lex) else []
    if not words:
        words = sentence_subject(tokens[:k], lex)
    return attribution(sentence, verb, words, lex) if words else None


def opens_clause(tokens: list[Token], words: list[Token], lex: Lexicon) -> bool:
    """'said Russia had launched': the words after a speech verb are the subject of what was said, not who
    said it, when a verb follows them."""
    after = tokens.index(words[-1]) + 1 if words else len(tokens)
    return after < len(tokens) and (
        tokens[after].lower in lex.auxiliaries or lex.starts_with_trigger(phrase(tokens, after, 3))
    )


def acronym_subject(tokens: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """'The Association of Tour Operators of Russia (ATOR) says': a speaker with its short name in brackets."""
    if j < 2 or tokens[j].text != ")":
        return []
    opening = next((i for i in range(j - 1, max(-1, j - 4), -1) if tokens[i].text == "("), -1)
    if opening < 1:
        return []
    name = noun_phrase_before(tokens, opening - 1, lex)
    return [*name, *tokens[opening : j + 1]] if name else []


def subject_before(tokens: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """The noun phrase ending at token j that names a speaker. Between commas before the verb stands either
    a parenthesis, skipped ("the governor, to the north of X, says") or an apposition, kept ("Ivan Fedorov,
    the governor of the region, said"; "The mayor of Kharkiv, Ihor Terekhov, said")."""
    if j < 0 or tokens[j].text != ",":
        return noun_phrase_before(tokens, j, lex)
    opening = next((i for i in range(j - 1, max(-1, j - MAX_SOURCE_WORDS - 1), -1) if tokens[i].text == ","), -1)
    if opening <= 0:
        return []
    inner = tokens[opening + 1 : j]
    if not inner or inner[0].lower in lex.place_prepositions | lex.parenthesis_starts:
        return subject_before(tokens, opening - 1, lex)
    if all(t.lower in lex.not_source_words or t.lower in lex.speech_adverbs for t in inner):
        return subject_before(tokens, opening - 1, lex)  # "The Air Force, meanwhile, said"
    if any(t.lower in lex.speech_verbs or t.lower[:-1] in lex.speech_verbs for t in inner[1:]):
        # "The ministry, the paper notes, reported": an aside
        return subject_before(tokens, opening - 1, lex)
    head = noun_phrase_before(tokens, opening - 1, lex)
    apposition = noun_phrase_before(tokens, j - 1, lex)
    determiners = len(inner) - len(apposition)
    if head and apposition and all(t.lower in ("the", "a", "an") for t in inner[:determiners]):
        return [*head, tokens[opening], *inner]
    return []


def noun_phrase_before(tokens: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """Source-like words ending at token j ("The governor of the neighboring Belgorod region", "Officials in
    the Kursk region"): names, source nouns, sides, 'of', 'the', and adjectives inside a phrase that names a
    source."""
    words: list[Token] = []
    i = j
    while i >= 0 and len(words) < MAX_SOURCE_WORDS:
        token = tokens[i]
        if token.text == "." and words and i and tokens[i - 1].lower in lex.abbreviations:
            words.insert(0, token)  # "Regional Gov. Oleh Syniehubov said"
        elif token.text == ")" and i >= 3 and short_name_at(tokens, i - 2):
            words[:0] = tokens[i - 2 : i + 1]  # "head of the Regional Military Administration (RMA)"
            i -= 3
            continue
        elif is_source_word(token, lex) or (words and token.lower in ("of", "the", "'s", "’s")):
            words.insert(0, token)
        elif words and token.lower in ("in", "from") and i and is_source_noun(tokens[i - 1], lex):
            words.insert(0, token)  # "officials in the Kursk region"
        elif words and token.lower.isalpha() and is_modifier(token, lex):
            words.insert(0, token)  # "neighboring" in "the governor of the neighboring Belgorod region"
        elif words and owner(token):
            words.insert(0, token)  # "the airport's press service"
        else:
            break
        i -= 1
    while words and (words[0].lower in ("of", "the") or not (is_source_word(words[0], lex) or owner(words[0]))):
        words.pop(0)
    return words if any(is_source_noun(t, lex) or t.text[0].isupper() for t in words) else []


def short_name_at(tokens: list[Token], i: int) -> bool:
    """'(RMA)' at token i: a short name in brackets after the name it stands for."""
    if i + 2 >= len(tokens) or tokens[i].text != "(" or tokens[i + 2].text != ")":
        return False
    return is_acronym(tokens[i + 1].text)


def is_acronym(word: str) -> bool:
    """'RMA', 'SES', 'MoD': a short name in capitals (of two to six letters)."""
    return 2 <= len(word) <= 6 and word.isalpha() and word[0].isupper() and sum(c.isupper() for c in word) >= 2


def owner(token: Token) -> bool:
    """'airport's': a possessive word, the owner of the source that follows it."""
    return bool(POSSESSIVE.search(token.lower)) and POSSESSIVE.sub("", token.lower).isalpha()


def is_source_noun(token: Token, lex: Lexicon) -> bool:
    """'officials', "city's": a word of the source lexicon, possessive or not."""
    word = token.lower  # (a token holds no line break, so POSSESSIVE is its last two characters)
    return word in lex.source_words or (word.endswith(("'s", "’s")) and word[:-2] in lex.source_words)


def is_modifier(token: Token, lex: Lexicon) -> bool:
    """A lower-case word that may stand inside a speaker's name: no verb, function word or number."""
    word = token.lower
    return (
        word not in lex.stop_words
        and word not in lex.not_source_words
        and word not in lex.speech_verbs
        and not lex.starts_with_trigger(word)
        and word not in lex.number_words
    )


def source_after(tokens: list[Token], k: int, lex: Lexicon, apposition: bool = True) -> list[Token]:
    """The source phrase starting at token k ("according to [the Southern Defence Forces], ..."), with its
    apposition ("said [Serhiy Lysak, head of the regional administration]")."""
    words: list[Token] = []
    while k + 1 < len(tokens) and tokens[k].lower in lex.source_prefixes and tokens[k + 1].lower in PREFIX_LINKS:
        k += 2  # "according to data from the administration": the administration
    end = k
    for t in tokens[k : k + MAX_SOURCE_WORDS]:
        if t.text == "." and words and words[-1].lower in lex.abbreviations:
            words.append(t)  # "regional Gov. Oleh Syniehubov"
            end += 1
            continue
        if end < len(tokens) and words and short_name_at(tokens, end):
            words.extend(tokens[end : end + 3])  # "the State Emergency Service (SES)"
            end += 3
            break
        speech = t.lower in lex.speech_verbs and not t.text[0].isupper()  # "the State Emergency Service"
        if t.text in SOURCE_END or t.lower in lex.source_stops or speech or ends_source(t, lex):
            break
        words.append(t)
        end += 1
    while words and words[-1].lower in ("of", "the", "and"):
        words.pop()
    if apposition and words and end + 1 < len(tokens) and tokens[end].text == ",":
        named = any(t.text[0].isupper() for t in words)
        office = next((t for t in words if t.lower not in ARTICLES), words[0]).lower in lex.apposition_starts
        role_then_name = (  # "said the governor, Oleh Syniehubov", "the head of the Sumy RMA, Ivan Petrenko"
            (office or not named)  # (not "according to him, Russian troops")
            and tokens[end + 1].text[0].isupper()
            and tokens[end + 1].lower not in lex.sides
        )
        if (tokens[end + 1].lower in lex.apposition_starts and named) or role_then_name:
            renamed = apposition_words(source_after(tokens, end + 1, lex, apposition=False), lex, role_then_name)
            return [*words, tokens[end], *renamed] if renamed else words
    return words


def ends_source(token: Token, lex: Lexicon) -> bool:
    """A word no source phrase runs past: an auxiliary ("claimed by Moscow was 158"), a pronoun ("the channel
    Astra they had heard") or a number."""
    return token.lower in lex.auxiliaries or token.lower in lex.pronouns or token.lower[0].isdigit()


def apposition_words(words: list[Token], lex: Lexicon, name: bool) -> list[Token]:
    """An apposition after a source, up to a verb or number: a name (``name``) or a role ("the governor of
    the region"); else nothing ("According to Gladkov, the region came under attack ...")."""
    kept = []
    for token in words:
        if token.lower in lex.stop_words - {"of", "the", "a", "an"} or token.lower in lex.number_words:
            break
        if token.lower[0].isdigit() or lex.starts_with_trigger(token.lower):
            break
        kept.append(token)
    if name:
        return kept
    return kept if any(t.lower in lex.apposition_starts - ARTICLES for t in kept) else []


ARTICLES = frozenset({"the", "a", "an"})


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
    if is_source_noun(token, lex) or token.lower in lex.sides:
        return True
    return token.text[0].isupper() and token.text[0].isalpha()


def names_someone(words: list[Token], lex: Lexicon) -> bool:
    """Whether a source phrase names someone: a source noun, a document or a name (not "preliminary data")."""
    return any(is_source_noun(t, lex) or t.lower in lex.documents or t.text[0].isupper() for t in words)


def phrase_text(sentence: Sentence, words: list[Token]) -> str:
    """The sentence's text from the first to the last of ``words``, without a leading 'the'."""
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    return LEADING_THE.sub("", text).strip(" ,")


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
        last_named = named[-1] if named else (sources[-1] if sources else "")
        possessor = OWNER.match(source)
        if last_word in lex.documents and possessor:  # "according to Meduza's count", "the ministry's update"
            source = possessor.group(1)
            if source.lower() in lex.roles:
                source = next((s for s in reversed([*sources, *named]) if source.lower() in s.lower()), source)
        elif last_word in lex.documents or lower in lex.pronouns:  # "according to the post", "it said": that one
            source = last_named
        elif lower.startswith(("its ", "their ")):  # "Its spokesperson said": the spokesperson of the one named
            source = f"{last_named} {source.split(maxsplit=1)[1]}" if last_named else ""
        elif attribution_.definite and lower in lex.groups:  # "the officials said": those just named
            source = last_named or source
        elif lower in lex.roles:
            earlier = next((s for s in reversed(named) if lower in s.lower().split()), None)
            if earlier is None:
                earlier = next((s for s in reversed(sources) if lower in s.lower().split()), None)
            source = earlier if earlier is not None else source
        elif source and not attribution_.outlet:
            named.append(source)
        if source and attribution_.cites and attribution_.via:
            source = f"{attribution_.via} {source}"  # "Tass news agency, quoting emergency services"
        if source:
            resolved.append(attribution_ if source == attribution_.source else replace(attribution_, source=source))
    return resolved, named


def source_for(attributions: list[Attribution], position: int) -> str:
    """The source of a figure at ``position``: the last attribution before it, else the sentence's first; an
    outlet only when nobody else is named."""
    named = [a for a in attributions if not a.outlet] or attributions
    before = [a for a in named if a.end <= position]
    if before:
        return before[-1].source
    return named[0].source if named else ""


def source_sides(source: str, lex: Lexicon) -> set[str]:
    """The sides a source's words name ("Russian defence ministry" -> {"russia"})."""
    return {lex.sides[w] for w in WORD.findall(source.lower()) if w in lex.sides}


@lru_cache(maxsize=4096)  # asked of every figure's source, several times
def is_bare_side(source: str, lex: Lexicon) -> bool:
    """'Russia', 'Kyiv', 'Ukraine's': a country or capital named as the speaker."""
    words = [w for w in WORD.findall(source.lower()) if w != "the"]
    return bool(words) and all(w in lex.sides for w in words)
