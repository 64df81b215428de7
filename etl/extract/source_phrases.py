"""Step 6, the words: the phrase that names a source around a cue ("Ivan Fedorov, the governor of the region,
said", "according to the State Emergency Service (SES)", "said the governor, Oleh Syniehubov"), and what
kind of word may stand in one. attribution.py finds the cues and resolves what these phrases name.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .short_names import named_pair, short_name_end, short_name_start
from .tokens import Sentence, Token, phrase

WORD = re.compile(r"[\w'’]+")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
SOURCE_END = {",", ".", ";", "(", ")", ":", "–", "—", '"', "“", "”"}
MAX_SOURCE_WORDS = 12
PREFIX_LINKS = ("from", "of", "on", "by")  # "data from the ministry", "information on the airport's board"
POSSESSIVE = re.compile(r"['’]s$")
ADVERB = re.compile(r"[a-z]{3,}ly")  # "traditionally", "briefly" (not "fly", "ally")


PARENTHESIS_REACH = 30  # words a relative clause may run between a speaker and its verb


def subject_before(tokens: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """The noun phrase ending at token j that names a speaker. Between commas before the verb stands either
    a parenthesis, skipped ("the governor, to the north of X, says") or an apposition, kept ("Ivan Fedorov,
    the governor of the region, said"; "The mayor of Kharkiv, Ihor Terekhov, said")."""
    if j < 0 or tokens[j].text != ",":
        return noun_phrase_before(tokens, j, lex)
    opening = next((i for i in range(j - 1, max(-1, j - PARENTHESIS_REACH - 1), -1) if tokens[i].text == ","), -1)
    if opening <= 0:
        return []
    if describes_place(tokens[opening + 1 : j], tokens[opening - 1], lex):  # "the mayor of Kremenchuk, a city on
        # the Dnipro, said"; "X, the governor of Sevastopol, the peninsula's largest city, said": X, the governor
        return subject_before(tokens, opening, lex) or noun_phrase_before(tokens, opening - 1, lex)
    marks = sum(1 for t in tokens[opening + 1 : j] if t.text in QUOTES or t.text in CLOSING_QUOTES)  # 'the "governor"'
    if j - opening - marks > MAX_SOURCE_WORDS and phrase(tokens, opening + 1, 1) not in lex.parenthesis_starts:
        return []  # past a source's length only a relative clause runs ("X, which is run by ..., reported")
    inner = tokens[opening + 1 : j]
    if not inner or inner[0].lower in lex.place_prepositions | lex.parenthesis_starts:
        # "X, the governor of Sevastopol, further down the coast, wrote": the apposition before the aside too (not
        # "In Kharkiv, the governor, ...": a place is no name the governor is in apposition to)
        fuller = subject_before(tokens, opening, lex)
        start = tokens.index(fuller[0]) if fuller else 0
        if fuller and not (start and tokens[start - 1].lower in lex.place_prepositions):
            return fuller
        return subject_before(tokens, opening - 1, lex)
    if all(t.lower in lex.not_source_words or t.lower in lex.speech_adverbs for t in inner):
        return subject_before(tokens, opening - 1, lex)  # "The Air Force, meanwhile, said"
    if any(t.lower in lex.speech_verbs or t.lower[:-1] in lex.speech_verbs for t in inner[1:]):
        # "The ministry, the paper notes, reported": an aside
        return subject_before(tokens, opening - 1, lex)
    head = noun_phrase_before(tokens, opening - 1, lex)
    apposition = noun_phrase_before(tokens, j - 1, lex)
    if apposition == inner and inner[0].text[0].isupper() and titled_before(tokens, opening, lex):
        return inner  # "The governor of Volyn region, which borders Poland, Ivan Rudnytskyi, said": the name
    determiners = len(inner) - len(apposition)
    if head and apposition and all(t.lower in ARTICLES or is_modifier(t, lex) for t in inner[:determiners]):
        return [*head, tokens[opening], *inner]
    if head and names_someone(head, lex) and describes(inner, lex):
        return [*head, tokens[opening], *inner]  # "DTEK, Ukraine's biggest private power producer, said"
    return []


PLACE_KIND_REACH = 4  # words from an apposition's article to its kind of place ("a small port city")


def describes_place(inner: list[Token], before: Token, lex: Lexicon) -> bool:
    """Whether ``inner``, in apposition after a name (``before``), says what kind of place the name is ("a city on
    the Dnipro River that is home to a refinery", "the regional capital")."""
    if not inner or inner[0].lower not in ARTICLES or not before.text[:1].isupper():
        return False
    if any(t.lower in lex.person_words for t in inner):
        return False  # "Ivan Fedorov, the region's governor, said": the speaker's title
    return any(t.lower in lex.place_kinds for t in inner[1:PLACE_KIND_REACH])


OFFICE_REACH = 5  # words from a title's "of" to the level word ending it: "head of the Shebekino urban district"


def titled_office(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the level word at token k ("district", "region") ends a title's "of" phrase ("the head of the
    Shebekino urban district"): a source noun right before an "of" a few words back."""
    for i in range(k - 1, max(0, k - OFFICE_REACH) - 1, -1):
        if tokens[i].lower == "of":
            return i > 0 and is_source_noun(tokens[i - 1], lex)
    return False


def titled_before(tokens: list[Token], opening: int, lex: Lexicon) -> bool:
    """Whether a parenthesis (a relative clause, "citing ...") ends at the comma ``opening`` and a speaker's title
    stands before it ("the governor of Volyn region, which borders Poland,"): the name after it is the speaker's."""
    reach = range(opening - 1, max(-1, opening - MAX_SOURCE_WORDS - 1), -1)
    prior = next((i for i in reach if tokens[i].text == ","), -1)
    if prior <= 0 or tokens[prior + 1].lower not in lex.parenthesis_starts:
        return False
    title = noun_phrase_before(tokens, prior - 1, lex)
    return any(is_source_noun(t, lex) for t in title)


def describes(words: list[Token], lex: Lexicon) -> bool:
    """'Ukraine's biggest private power producer', 'the country's grid operator': a description in apposition,
    opened by an article or a possessive, with no verb in it (of speech, an auxiliary, or of the attack: "In the
    Kyiv region, the enemy targeted two districts, said X" is no apposition of "Kyiv region")."""
    return (
        bool(words)
        and (words[0].lower in ARTICLES or owner(words[0]))
        and not any(t.lower in lex.speech_verbs or t.lower in lex.auxiliaries for t in words)
        and lex.any_trigger.search(" ".join(t.lower for t in words)) is None
    )


PHRASE_LINKS = frozenset({"of", "in", "from", "for"})  # what may stand before "the" inside a source's name


def noun_phrase_before(tokens: list[Token], j: int, lex: Lexicon) -> list[Token]:
    """Source-like words ending at token j ("The governor of the neighboring Belgorod region", "Officials in
    the Kursk region"): names, source nouns, sides, 'of', 'the', and adjectives inside a phrase that names a
    source."""
    words: list[Token] = []
    i = j
    while i >= 0 and len(words) < MAX_SOURCE_WORDS:
        token = tokens[i]
        joint = token.lower == "and" and bool(words) and i > 0 and is_source_noun(tokens[i - 1], lex)
        joint = joint and is_source_noun(words[-1], lex)  # "the air force and city officials"
        if words and words[0].lower == "the" and token.lower not in PHRASE_LINKS and not joint:
            break  # "Around noon the governor said": a phrase opens at its article
        if token.text == "." and words and i and tokens[i - 1].lower in lex.abbreviations:
            words.insert(0, token)  # "Regional Gov. Oleh Syniehubov said"
        elif token.text == ")" and (opening := short_name_start(tokens, i)) >= 0:
            words[:0] = tokens[opening : i + 1]  # "head of the Regional Military Administration (RMA)"
            i = opening - 1
            continue
        elif not words and (opening := quoted_name_start(tokens, i, lex)) >= 0:
            words[:0] = tokens[opening : i + 1]  # 'the Operational Command "North" reported'
            i = opening - 1
            continue
        elif words and words[0].text[:1].isupper() and (opening := nickname_start(tokens, i)) >= 0:
            words[:0] = tokens[opening : i + 1]  # 'Robert "Madyar" Brovdi said': a nickname inside a name
            i = opening - 1
            continue
        elif is_source_word(token, lex) or (words and token.lower in ("of", "the", "'s", "’s")):
            words.insert(0, token)
        elif not words and token.lower in lex.office_levels and titled_office(tokens, i, lex):
            words.insert(0, token)  # "district" of "The head of the Shebekino urban district"
        elif words and token.lower == "and" and words[0].text[:1].isupper() and named_pair(tokens, i):
            words.insert(0, token)  # "the Ministry of Fuel and Energy"
        elif words and joint:
            words.insert(0, token)  # "Ukraine's air force and city officials said": both said it
        elif words and token.lower in ("in", "from") and i and is_source_noun(tokens[i - 1], lex):
            words.insert(0, token)  # "officials in the Kursk region"
        elif words and token.lower == "for" and i and tokens[i - 1].lower in lex.person_words:
            words.insert(0, token)  # "spokesman for the air force"
        elif words and token.lower.isalpha() and is_modifier(token, lex):
            words.insert(0, token)  # "neighboring" in "the governor of the neighboring Belgorod region"
        elif words and owner(token):
            words.insert(0, token)  # "the airport's press service"
        else:
            break
        i -= 1
    while words and (
        words[0].lower in ("of", "the")
        or not (is_source_word(words[0], lex) or owner(words[0]) or words[0].lower in lex.office_levels)
    ):
        words.pop(0)  # (not "energy" of "the energy ministry": an office's level or portfolio names it)
    return words if any(is_source_noun(t, lex) or t.text[0].isupper() for t in words) else []


QUOTES = {'"': '"', "“": "”", "«": "»"}  # opening mark: its closing mark
CLOSING_QUOTES = frozenset(QUOTES.values())
MAX_QUOTED_NAME = 3  # words of a name in quotation marks ('Operational Command "North"', '"Kyivoblenergo"')


def quoted_name_start(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """The opening mark of a capitalised name in quotation marks closing at token j and following a source word
    ('Operational Command "North"', 'Group of Forces "Vostok"'), else -1."""
    if tokens[j].text not in CLOSING_QUOTES:  # (most words close no quotation)
        return -1
    for width in range(1, MAX_QUOTED_NAME + 1):
        opening = j - width - 1
        if opening < 1 or QUOTES.get(tokens[opening].text) != tokens[j].text:
            continue
        inner = tokens[opening + 1 : j]
        if all(t.text[:1].isupper() and t.text.isalpha() for t in inner) and is_source_word(tokens[opening - 1], lex):
            return opening
    return -1


def nickname_start(tokens: list[Token], j: int) -> int:
    """The first name before a capitalised nickname in quotation marks closing at token j ('Robert "Madyar"'
    before "Brovdi"), else -1."""
    opening = j - 2
    if tokens[j].text not in CLOSING_QUOTES or opening < 1 or QUOTES.get(tokens[opening].text) != tokens[j].text:
        return -1
    nickname, first = tokens[opening + 1], tokens[opening - 1]
    named = nickname.text[:1].isupper() and nickname.text.isalpha() and first.text[:1].isupper()
    return opening - 1 if named and first.text.isalpha() else -1


def owner(token: Token) -> bool:
    """'airport's': a possessive word, the owner of the source that follows it."""
    return bool(POSSESSIVE.search(token.lower)) and POSSESSIVE.sub("", token.lower).isalpha()


def is_speech_adverb(token: Token, lex: Lexicon) -> bool:
    """A word between a speaker and its verb: one of the lexicon's ("had also", "later") or any lower-case
    adverb in -ly that names no source ("The air force traditionally claimed", "officials briefly closed")."""
    word = token.lower
    return word in lex.speech_adverbs or (
        word.endswith("ly")
        and token.text == word
        and ADVERB.fullmatch(word) is not None
        and word not in lex.source_words
    )


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
    if k + 1 < len(tokens) and tokens[k].lower in ARTICLES and tokens[k + 1].lower in lex.source_prefixes:
        k += 1  # "according to a tally ..."
    while k + 1 < len(tokens) and tokens[k].lower in lex.source_prefixes:
        if tokens[k + 1].lower in PREFIX_LINKS:
            k += 2  # "according to data from the administration": the administration
        elif k + 2 < len(tokens) and tokens[k + 1].text.isalpha() and tokens[k + 2].lower == "by":
            k += 3  # "according to figures compiled by Ukrainian officials", "a tally kept by the UN"
        else:
            break
    end = k
    limit = min(k + MAX_SOURCE_WORDS, len(tokens))
    while end < limit:
        t = tokens[end]
        if words and t.text in QUOTES and scare_quoted_role(tokens, end, lex):
            words.extend(tokens[end : end + 3])  # 'Russian-installed "governor" of Sevastopol'
            end += 3
            continue
        if t.text == "." and words and words[-1].lower in lex.abbreviations:
            words.append(t)  # "regional Gov. Oleh Syniehubov"
            end += 1
            continue
        if words and (closed := short_name_end(tokens, end)) >= 0:
            words.extend(tokens[end:closed])  # "the State Emergency Service (SES)"
            end = closed
            break
        if t.lower == "in" and words and (area := area_end(tokens, end + 1, lex)) > 0:
            words.extend(tokens[end:area])  # "the National Police in Donetsk region": the area it serves
            end = area
            break
        speech = t.lower in lex.speech_verbs and not t.text[0].isupper()  # "the State Emergency Service"
        if t.text in SOURCE_END or t.lower in lex.source_stops or speech or ends_source(t, lex):
            break
        words.append(t)
        end += 1
    while words and words[-1].lower in ("of", "the", "and", "based"):
        words.pop()  # ("TASS calculations based on ministry data": TASS's calculations)
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


def scare_quoted_role(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k opens a role in quote marks that question it ('the Russian-installed "governor"')."""
    closing = QUOTES.get(tokens[k].text)
    return (
        closing is not None
        and k + 2 < len(tokens)
        and tokens[k + 1].lower in lex.apposition_starts
        and tokens[k + 2].text == closing
    )


def area_end(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The end of the area named from token k ("[the] Donetsk region", "Kupiansk district"), or -1: capitalised
    words, then an office_area word."""
    k += k < len(tokens) and tokens[k].lower == "the"
    first = k
    while k < len(tokens) and k - first < AREA_NAME_WORDS and tokens[k].text[:1].isupper():
        k += 1
    return k + 1 if first < k < len(tokens) and tokens[k].lower in lex.office_areas else -1


AREA_NAME_WORDS = 3  # "Kamianets-Podilskyi", "Velyka Pysarivka": capitalised words of an area's name


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
    words: list[Token] = []
    for token in tokens:
        if not is_source_word(token, lex) and not (words and token.lower == "of"):
            break
        words.append(token)
    while words and words[-1].lower == "of":
        words.pop()
    return words if any(t.lower in lex.source_words for t in words) else []


def is_source_word(token: Token, lex: Lexicon) -> bool:
    if token.text.isupper() and is_folded_acronym(token, lex):
        return True  # "WHO had verified 14 attacks", "the US said": an acronym, not "who" or "us"
    if token.lower in lex.not_source_words:
        return False
    if is_source_noun(token, lex) or token.lower in lex.sides:
        return True
    if token.lower in lex.stop_words and token.lower not in lex.owner_determiners:  # "By midnight Sobyanin"
        return False
    return token.text[0].isupper() and token.text[0].isalpha()


def is_folded_acronym(token: Token, lex: Lexicon) -> bool:
    """Whether a token in capitals is an acronym that lower case would take for a function word ("WHO", "US")."""
    text = token.text
    return (
        len(text) >= 2
        and text.isupper()
        and text.isalpha()
        and (token.lower in lex.stop_words or token.lower in lex.not_source_words)
    )


def names_someone(words: list[Token], lex: Lexicon) -> bool:
    """Whether a source phrase names someone: a source noun, a document or a name (not "preliminary data")."""
    return any(is_source_noun(t, lex) or t.lower in lex.documents or t.text[0].isupper() for t in words)


def phrase_text(sentence: Sentence, words: list[Token]) -> str:
    """The sentence's text from the first to the last of ``words``, without a leading 'the'."""
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    return LEADING_THE.sub("", text).strip(" ,")
