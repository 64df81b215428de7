"""Stage 2: article text in, reported figures out.

A small grammar over tokens, driven by the lexicons in data/lexicon:

1. split the body into paragraphs and sentences, keeping character offsets;
2. find quantities (digits, number words, "a dozen", vague "dozens of") and the
   noun they count (its *head*: drones, people, buildings, flights...);
3. find the verb that says what happened to them (launched, shot down, killed...)
   in the same clause; head class x verb class gives the metric;
4. attach the place, the attacker, who reported it and the date cue;
5. merge restatements of one figure (headline and body, title and lead).

Pure functions of text: no I/O beyond reading the lexicons and gazetteer once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from text_to_num import text2num

from .lexicon import Lexicon, load_lexicon, lower_text
from .places import CAPITALS, Gazetteer, Place, default_gazetteer, key

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million".split()
)
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
AUX = {"was", "were", "is", "are", "been", "be", "being", "had", "have", "has", "will", "would", "could", "reportedly"}
STOP = AUX | {
    "in",
    "on",
    "at",
    "over",
    "from",
    "to",
    "by",
    "for",
    "with",
    "near",
    "across",
    "into",
    "against",
    "toward",
    "towards",
    "after",
    "before",
    "during",
    "since",
    "as",
    "than",
    "and",
    "or",
    "but",
    "while",
    "that",
    "which",
    "who",
    "whose",
    "when",
    "where",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "aged",
    "including",
    "per",
    "out",
    "among",
    "above",
    "under",
    "via",
    "through",
    "within",
}
MODIFIER_FLAGS = {"more", "other", "additional", "further", "each", "others", "another"}
PRONOUNS = {"it", "he", "she", "they", "we", "ministry", "governor", "mayor", "military", "command", "administration"}
SUBSET_CUES = ("including", "among them", "among whom", "of whom", "of them")
CLAUSE_BREAK = re.compile(
    r";|, with |, while | while |, although | although |, but | but | of which |, which |, where |, following "
    r"| following | after |, whereas |, as well as "
)
DASHES_AS_SPACES = str.maketrans({"—": " ", "–": " "})
TOKEN = re.compile(
    r"\d+(?:[:/]\d+)+"  # times and numeric dates
    r"|\d+(?:st|nd|rd|th)\b"  # ordinals
    r"|\d[\d,.]*(?:-[A-Za-z][\w]*)+"  # 21-month-old, 36-year-old
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # numbers
    r"|[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)?(?:[-/][\wÀ-ÿ]+(?:['’][a-z]+)?)*"  # words and compounds
    r"|\S"
)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "gen",
    "st",
    "lt",
    "col",
    "sgt",
    "no",
    "vs",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "approx",
    "est",
    "rep",
    "sen",
    "prof",
    "maj",
}
DATELINE = re.compile(
    r"\b[A-Z]{3,}[A-Z .'-]*(?:,\s*[A-Z][a-z]+)?,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*"
    r"\((?:Reuters|AP|AFP|Ukrinform|TASS|Interfax)\)"
)
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
MONTH_DAY = re.compile(
    rf"\b(?P<range>\d{{1,2}}\s*[-–]\s*)?(?P<day1>\d{{1,2}})\s+(?P<month1>{_MONTH_NAMES})\b"
    rf"|\b(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})(?P<range2>\s*[-–]\s*\d{{1,2}})?\b"
)
WEEKDAY = re.compile(r"\b(?P<last>last\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
LIST_OF_REGIONS = re.compile(
    r"((?:[A-Z][\w'’-]+(?:,\s*(?:and\s+)?|\s+and\s+)){1,10}[A-Z][\w'’-]+)\s+(?:regions|oblasts|provinces)\b"
)
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
ALL_OF = re.compile(r"\bAll (?:of )?(?:the )?([\w-]+(?: [\w-]+)?)")
WORD = re.compile(r"[\w'’]+")
CAPITAL = re.compile(r"\b(?:the\s+)?(?:(?P<side>Ukrainian|Russian)\s+)?capital(?:'s|’s)?\b(?!\s+(?:city|region))")


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    headline: bool
    tokens: list[Token] = field(default_factory=list)
    lower: str = ""  # the text lower-cased, same length (what lexicon patterns run on)


@dataclass
class Quantity:
    first: int  # token index of the qualifier or number
    num_first: int
    last: int  # token index after the number
    value: int | None
    qualifier: str


@dataclass
class Mention:
    quantity: Quantity
    head: str | None = None
    weapon: str = ""
    model: str = ""
    head_end: int = 0
    side: str = ""
    elliptical: bool = False
    flags: set[str] = field(default_factory=set)
    total_of: Mention | None = None  # "14 of 16": the 16
    antecedent: Mention | None = None  # what an elliptical number ("Fifteen were destroyed") counts
    list_id: int = -1


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place | None
    role: str  # target, origin, actor
    capital_side: str = ""
    capital_hint: str = ""


@dataclass(frozen=True)
class Figure:
    """One reported figure before dates and coordinates are resolved."""

    category: str
    metric: str
    weapon: str
    weapon_model: str
    value: int | None
    qualifier: str
    location: str
    place: str
    place_explicit: bool
    attacker: str
    reported_by: str
    sentence: str
    char_start: int
    char_end: int
    date_cue: str
    headline: bool = False


@dataclass(frozen=True)
class Extraction:
    figures: list[Figure]
    dateline: str  # date cue of a "KYIV, Dec 14 (Reuters)" dateline, or ""


# --- segmentation -----------------------------------------------------------------


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(text):
        word = match.group()
        start = match.start() + offset
        tokens.append(Token(word, word.lower(), start, start + len(word)))
    return tokens


def is_headline(line: str, title: str) -> bool:
    """A title line: the article's own title, or a Title Case line without a full stop."""
    line = line.strip()
    if title and line.lower() == title.strip().lower():
        return True
    words = [w for w in TITLE_WORD.findall(line) if len(w) > 3]
    return len(words) >= 4 and not line.endswith(".") and sum(w[0].isupper() for w in words) / len(words) > 0.75


def segment(text: str, title: str = "") -> list[Sentence]:
    """Sentences with their character spans; a paragraph is a line of the body."""
    sentences: list[Sentence] = []
    position = 0
    for paragraph, line in enumerate(text.split("\n")):
        headline = is_headline(line, title)
        start = 0
        for match in SENTENCE_END.finditer(line):
            before = line[start : match.start()].rstrip('.!?"”’)').split()
            if before and before[-1].lower().rstrip(".") in ABBREVIATIONS:
                continue
            sentences.append(_sentence(line, start, match.start(), position, paragraph, headline))
            start = match.end()
        if line[start:].strip():
            sentences.append(_sentence(line, start, len(line), position, paragraph, headline))
        position += len(line) + 1
    return sentences


def _sentence(line: str, start: int, end: int, offset: int, paragraph: int, headline: bool) -> Sentence:
    while start < end and line[start].isspace():
        start += 1
    text = line[start:end].rstrip()
    return Sentence(
        text,
        offset + start,
        offset + start + len(text),
        paragraph,
        headline,
        tokenize(text, offset + start),
        lower_text(text),
    )


# --- quantities and heads ---------------------------------------------------------


def _phrase(tokens: list[Token], i: int, n: int) -> str:
    return " ".join(t.lower for t in tokens[i : i + n])


def _number_value(tokens: list[Token], i: int) -> tuple[int | None, int]:
    """Value of the number starting at token i and the index after it."""
    token = tokens[i]
    if token.lower[0].isdigit():
        if not NUMBER.fullmatch(token.lower):
            return None, i
        number = float(token.lower.replace(",", ""))
        j = i + 1
        if j < len(tokens) and tokens[j].lower in ("thousand", "million"):
            number *= SCALES[tokens[j].lower]
            j += 1
        elif "." in token.lower:
            return None, i
        return int(number), j
    words = []
    j = i
    while j < len(tokens):
        parts = tokens[j].lower.split("-")
        if all(p in NUMBER_WORDS for p in parts):
            words.extend(parts)
            j += 1
        elif (
            tokens[j].lower == "and"
            and words
            and j + 1 < len(tokens)
            and tokens[j + 1].lower in NUMBER_WORDS
            and words[-1] in SCALES
        ):
            j += 1
        else:
            break
    if not words or words[0] in SCALES:
        return None, i
    try:
        return text2num(" ".join(words), "en"), j
    except ValueError:
        return None, i


def _qualifier_before(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    if not i or tokens[i - 1].lower not in lex.qualifier_ends:
        return "exact", i
    for n in (3, 2, 1):
        if i - n >= 0 and _phrase(tokens, i - n, n) in lex.qualifiers:
            return lex.qualifiers[_phrase(tokens, i - n, n)], i - n
    return "exact", i


def _is_date_or_age(tokens: list[Token], i: int, j: int, value: int) -> bool:
    before = tokens[i - 1].lower.rstrip(".") if i else ""
    after = tokens[j].lower.rstrip(".") if j < len(tokens) else ""
    if before in MONTHS or after in MONTHS:
        return True
    if 1900 <= value <= 2100 and "," not in tokens[i].text:
        return True
    window = [t.lower for t in tokens[max(0, i - 8) : i]]
    if "aged" in window or "ages" in window or "age" in window:
        tail = window[window.index("aged" if "aged" in window else "ages" if "ages" in window else "age") + 1 :]
        if all(w in {",", "and", "—", "-"} or w[0].isdigit() or w in NUMBER_WORDS for w in tail):
            return True
    return False


def find_quantities(tokens: list[Token], lex: Lexicon) -> list[Quantity]:
    found: list[Quantity] = []
    starters = lex.quantity_starters
    i = 0
    while i < len(tokens):
        matched = None
        for n in (3, 2, 1) if tokens[i].lower in starters else ():
            phrase = _phrase(tokens, i, n)
            if phrase in lex.vague:
                matched = Quantity(i, i, i + n, None, "unspecified")
                break
            if phrase in lex.number_phrases:
                qualifier = "approx" if "dozen" in phrase else "exact"
                matched = Quantity(i, i, i + n, lex.number_phrases[phrase], qualifier)
                break
        if matched is None and (tokens[i].lower[0].isdigit() or tokens[i].lower.split("-")[0] in NUMBER_WORDS):
            value, j = _number_value(tokens, i)
            if value is not None and j > i:
                if j < len(tokens) and tokens[j].lower == "dozen":
                    value, j = value * 12, j + 1
                after = _phrase(tokens, j, 1)
                if (
                    value > 0
                    and after not in lex.units
                    and _phrase(tokens, j, 2) not in lex.units
                    and not _is_date_or_age(tokens, i, j, value)
                ):
                    qualifier, first = _qualifier_before(tokens, i, lex)
                    matched = Quantity(first, i, j, value, qualifier)
                else:
                    i = j
                    continue
        if matched:
            found.append(matched)
            i = matched.last
        else:
            i += 1
    return found


def _match_head(tokens: list[Token], i: int, lex: Lexicon) -> tuple[tuple[str, str, str], int] | None:
    longest = min(4, len(tokens) - i)
    if longest <= 0:
        return None
    found = lex.head_class(_phrase(tokens, i, longest))
    if found is None:
        return None  # a head starting a shorter span would start this one too
    for n in range(1, longest):  # the pattern matched a prefix of the span: count the tokens it used
        if lex.head_class(_phrase(tokens, i, n)) == found:
            return found, i + n
    return found, i + longest


def _combine_weapons(first: tuple[str, str], second: tuple[str, str]) -> tuple[str, str]:
    """Weapon and model of 'Kinzhal hypersonic missiles' from its two heads."""
    weapon1, model1 = first
    weapon2, model2 = second
    model = model1 or model2
    if weapon1 == weapon2:
        return weapon1, model
    families = {w.split("_")[-1] if w != "drone_or_missile" else w for w in (weapon1, weapon2)}
    if families == {"drone", "missile"}:
        return "drone_or_missile", model
    specific = [w for w in (weapon1, weapon2) if w not in ("missile", "drone_or_missile")]
    return (specific[0] if specific else weapon1), model


def find_head(tokens: list[Token], q: Quantity, lex: Lexicon) -> Mention:
    """The noun a quantity counts, skipping modifiers ("13 Ukrainian attack drones")."""
    mention = Mention(q)
    i = q.last
    while i < len(tokens) and tokens[i].lower in MODIFIER_FLAGS:
        mention.flags.add(tokens[i].lower)
        i += 1
    if i < len(tokens) and (tokens[i].lower == "of" or _phrase(tokens, i, 2) == "out of"):
        i += 2 if tokens[i].lower == "out" else 1
        while i < len(tokens) and tokens[i].lower in ("the", "those", "these", "its", "their", "all"):
            i += 1
        mention.flags.add("partitive")
    modifiers = 0
    while i < len(tokens) and modifiers <= 5:
        token = tokens[i]
        if token.lower in STOP or (not token.lower[0].isalnum() and token.lower not in '“"‘'):
            break
        head = _match_head(tokens, i, lex)
        if head is None and _is_trigger(tokens, i, lex) and _match_head(tokens, i + 1, lex) is None:
            break  # "another two hit the district": a verb, not a modifier
        if head:
            (head_class, weapon, model), end = head
            mention.head, mention.weapon, mention.model, mention.head_end = head_class, weapon, model, end
            if head_class == "weapon":
                _extend_weapon(tokens, mention, lex)
            return mention
        if token.lower in lex.sides:
            mention.side = lex.sides[token.lower]
        if token.lower[0].isdigit() or token.lower in NUMBER_WORDS:
            break
        modifiers += 1
        i += 1
    mention.elliptical = True
    return mention


def _is_trigger(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    return lex.starts_with_trigger(" ".join(t.lower for t in tokens[i : i + 3]))


def _extend_weapon(tokens: list[Token], mention: Mention, lex: Lexicon) -> None:
    """Fold a following generic head or a coordinated one into the weapon."""
    i = mention.head_end
    for _ in range(3):
        if i >= len(tokens) or tokens[i].lower in STOP - {"and", "or"}:
            break
        if tokens[i].lower in ("and", "or"):
            nxt = _match_head(tokens, i + 1, lex)
            if nxt and nxt[0][0] == "weapon" and not tokens[i + 1].lower[0].isdigit():
                mention.weapon, mention.model = _combine_weapons((mention.weapon, mention.model), nxt[0][1:])
                mention.head_end = nxt[1]
            break
        nxt = _match_head(tokens, i, lex)
        if nxt and nxt[0][0] == "weapon":
            mention.weapon, mention.model = _combine_weapons((mention.weapon, mention.model), nxt[0][1:])
            mention.head_end = i = nxt[1]
            continue
        i += 1


# --- triggers, clauses, places, sources -------------------------------------------


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    classes: tuple[str, ...]


def find_triggers(sentence: Sentence, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    taken: list[tuple[int, int]] = []
    text = sentence.lower
    for pattern, classes in lex.triggers:
        for match in pattern.finditer(text):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "_-"):
                continue  # inside a word: "unhurt" is no "hurt"
            start, end = match.start() + sentence.start, match.end() + sentence.start
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Trigger(start, end, classes))
    return sorted(found, key=lambda t: t.start)


def clause_bounds(sentence: Sentence, position: int) -> tuple[int, int]:
    """The clause around ``position``; a dash separates like a space ("weapons—of which 40 were downed")."""
    start, end = sentence.start, sentence.end
    for match in CLAUSE_BREAK.finditer(sentence.text.translate(DASHES_AS_SPACES)):
        at = match.start() + sentence.start
        if at < position:
            start = max(start, at)
        elif at >= position:
            end = min(end, at)
            break
    return start, end


@lru_cache(maxsize=4)
def _name_lengths(gazetteer: Gazetteer) -> dict[str, tuple[int, ...]]:
    """Token counts of the gazetteer's names by their first token, longest first, always with 1 (a single
    token may still match by sound): the only spans worth a lookup."""
    lengths: dict[str, set[int]] = {}
    for name in gazetteer.keys():
        words = [m.group() for m in TOKEN.finditer(name)]
        if words:
            lengths.setdefault(words[0], {1}).add(len(words))
    return {word: tuple(sorted(counts, reverse=True)) for word, counts in lengths.items()}


def _spans(index: dict[str, tuple[int, ...]], token: Token, longest: int, any_length: bool) -> Iterable[int]:
    """The span lengths (longest first) a place name starting at ``token`` can have."""
    if any_length or token.lower == "the" or not token.text.isascii():
        return range(longest, 0, -1)
    return [n for n in index.get(key(token.text), (1,)) if n <= longest]


def find_places(sentence: Sentence, gazetteer: Gazetteer, lex: Lexicon) -> list[PlaceMention]:
    tokens = sentence.tokens
    mentions: list[PlaceMention] = []
    has_list = any(word in sentence.lower for word in ("regions", "oblasts", "provinces"))
    for match in LIST_OF_REGIONS.finditer(sentence.text) if has_list else ():
        names = LIST_SEPARATOR.split(match.group(1))
        regions = [gazetteer.lookup(f"{name} region") for name in names]
        regions = [r for r in regions if r is not None]
        if len(regions) >= 2 and len({r.country for r in regions}) == 1:
            country = gazetteer.country(regions[0].country)
            start = match.start() + sentence.start
            mentions.append(PlaceMention(start, match.end() + sentence.start, match.group(0), country, "target"))
    for match in CAPITAL.finditer(sentence.text) if "capital" in sentence.lower else ():
        start = match.start() + sentence.start
        side = {"Ukrainian": "UA", "Russian": "RU"}.get(match.group("side") or "", "")
        mentions.append(PlaceMention(start, match.end() + sentence.start, match.group(0), None, "target", side or "?"))
    has_border = "border" in sentence.lower
    index = _name_lengths(gazetteer)
    i = 0
    while i < len(tokens):
        if not tokens[i].text[0].isupper() or any(m.start <= tokens[i].start < m.end for m in mentions):
            i += 1
            continue
        best = None
        for n in _spans(index, tokens[i], min(gazetteer.max_words + 1, len(tokens) - i), has_border):
            border = i + n < len(tokens) and tokens[i + n].lower == "border"
            text = sentence.text[tokens[i].start - sentence.start : tokens[i + n - 1].end - sentence.start]
            place = gazetteer.lookup(text, fuzzy=n == 1)
            if place is None and border:
                place = gazetteer.lookup(f"{text} {_phrase(tokens, i + n + 1, 1)}")
                if place:
                    n += 2
            if place is not None:
                best = (place, n)
                break
        if best is None:
            i += 1
            continue
        place, n = best
        end = i + n
        if end < len(tokens) and tokens[end].lower in ("district", "raion", "rayon", "city", "town", "village"):
            end += 1
        text = sentence.text[tokens[i].start - sentence.start : tokens[end - 1].end - sentence.start]
        mentions.append(
            PlaceMention(tokens[i].start, tokens[end - 1].end, text, place, _place_role(tokens, i, end, lex))
        )
        i = end
    capitals = [m.place.name for m in mentions if m.place is not None and m.place.name in CAPITALS.values()]
    if len(set(capitals)) == 1:
        for m in mentions:
            if m.capital_side == "?":
                m.capital_hint = capitals[0]
    return sorted(mentions, key=lambda m: m.start)


def _place_role(tokens: list[Token], i: int, end: int, lex: Lexicon) -> str:
    before = [t.lower for t in tokens[max(0, i - 8) : i]]
    if "from" in before and "," not in before[before.index("from") :]:
        return "origin"
    if "launch" in before and "areas" in before:
        return "origin"
    if before[-2:] in (["forces", "of"], ["ministry", "of"], ["armed", "forces"]) or before[-1:] == ["by"]:
        return "actor"
    after = tokens[end].lower if end < len(tokens) else ""
    if after == "and" and end + 2 < len(tokens) and tokens[end + 2].lower in lex.speech_verbs:
        return "actor"  # "both Moscow and Kyiv reported"
    last = tokens[end - 1].lower
    if after in lex.speech_verbs or after in {
        "launched",
        "fired",
        "attacked",
        "has",
        "had",
        "claimed",
        "accused",
        "denied",
        "executed",
        "used",
        "unleashed",
        "struck",
        "is",
        "will",
        "says",
        "said",
        "claims",
    }:
        return "actor"
    if (last.endswith("'s") or last.endswith("’s")) and after in lex.source_words | {
        "air",
        "armed",
        "southern",
        "northern",
        "eastern",
        "western",
    }:
        return "actor"
    return "target"


@dataclass(frozen=True)
class Attribution:
    start: int  # the verb (or "according to")
    end: int
    source: str
    source_start: int = -1


def find_attributions(sentence: Sentence, lex: Lexicon) -> list[Attribution]:
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
                found.append(Attribution(token.start, words[-1].end, _source_text(sentence, words), words[0].start))
        elif token.lower in lex.speech_verbs:
            words = []
            for t in reversed(tokens[max(0, k - 8) : k]):
                if _is_source_word(t, lex):
                    words.insert(0, t)
                elif t.lower == "of" and words:
                    words.insert(0, t)
                else:
                    break
            while words and words[0].lower in ("of", "the"):
                words.pop(0)
            if not words:
                for t in tokens[k + 1 : k + 9]:
                    if _is_source_word(t, lex) and t.lower not in ("the", "on", "in"):
                        words.append(t)
                    elif words or t.lower != "the":
                        break
            if not words:
                words = _sentence_subject(tokens[:k], lex)  # "City authorities did not ... and said"
            if k > 0 and tokens[k - 1].lower in ("it", "he", "she", "they"):
                found.append(Attribution(token.start, token.end, tokens[k - 1].lower))
            elif words:
                found.append(Attribution(token.start, token.end, _source_text(sentence, words), words[0].start))
    return found


def _sentence_subject(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """The source-like words opening a sentence, when one of them names a source ("City authorities")."""
    words = []
    for token in tokens:
        if not _is_source_word(token, lex) and not (words and token.lower == "of"):
            break
        words.append(token)
    while words and words[-1].lower == "of":
        words.pop()
    return words if any(t.lower in lex.source_words for t in words) else []


def _is_source_word(token: Token, lex: Lexicon) -> bool:
    if token.lower in {
        "the",
        "that",
        "this",
        "and",
        "a",
        "meanwhile",
        "earlier",
        "however",
        "also",
        "but",
        "in",
        "on",
        "as",
        "now",
        "then",
        "later",
        "tragically",
    }:
        return False
    if token.lower in lex.source_words or token.lower in lex.sides:
        return True
    return token.text[0].isupper() and token.text[0].isalpha()


def _source_text(sentence: Sentence, words: list[Token]) -> str:
    text = sentence.text[words[0].start - sentence.start : words[-1].end - sentence.start]
    return re.sub(r"^(?:the|The)\s+", "", text).strip(" ,")


def find_date_cue(text: str, lex: Lexicon) -> str:
    """The most specific date expression of a text, as a cue for dates.resolve."""
    for match in MONTH_DAY.finditer(text):
        month = (match.group("month1") or match.group("month2")).lower()
        day = int(match.group("day1") or match.group("day2"))
        if match.group("range") or match.group("range2"):
            return "range"
        if 1 <= day <= 31:
            return f"month_day:{MONTHS[month]}-{day}"
    match = WEEKDAY.search(text)
    if match:
        kind = "last_weekday" if match.group("last") else "weekday"
        return f"{kind}:{WEEKDAYS.index(match.group('day').lower())}"
    lower = lower_text(text)
    if not lex.any_date_cue.search(lower):
        return ""
    for pattern, resolution in lex.date_cues:
        if pattern.search(lower):
            return resolution
    return ""


def find_dateline(text: str) -> str:
    for line in text.split("\n")[:12]:
        match = DATELINE.search(line)
        if match and match.group(1).lower().rstrip(".") in MONTHS:
            return f"month_day:{MONTHS[match.group(1).lower().rstrip('.')]}-{int(match.group(2))}"
    return ""


# --- the extractor ----------------------------------------------------------------


@dataclass
class _Context:
    """What the running text has established so far (for ellipsis, pronouns, dates)."""

    last_mentions: list[tuple[int, Mention]] = field(default_factory=list)  # (sentence index, mention)
    sources: list[str] = field(default_factory=list)
    date_cue: str = ""
    paragraph: int = -1
    paragraph_place: PlaceMention | None = None
    capital: Place | None = None
    launched: list[tuple[int, str, int, str]] = field(default_factory=list)  # (sentence, family, value, model)
    sentence_sources: list[list[str]] = field(default_factory=list)  # the resolved sources of each sentence


def _family(weapon: str) -> str:
    if weapon in ("missile", "ballistic_missile", "cruise_missile"):
        return "missile"
    return weapon


class Extractor:
    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None):
        self.lex = lexicon or load_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        self._spans: dict[int, tuple[int, int]] = {}  # list spans of the current sentence's mentions
        self._cues: dict[str, str] = {}  # date cues of recent clause texts

    def extract(self, text: str, title: str = "") -> Extraction:
        sentences = segment(text, title)
        context = _Context()
        found = [self._sentence_figures(index, sentence, context) for index, sentence in enumerate(sentences)]
        figures = self._attribute(sentences, found, context.sentence_sources)
        return Extraction(merge_restatements(self._complete(figures), self._within), find_dateline(text))

    def _attribute(
        self, sentences: list[Sentence], found: list[list[Figure]], sources: list[list[str]]
    ) -> list[Figure]:
        """Sources across sentences, as reporting is written.

        An unattributed figure takes the source of the sentence before it in its paragraph ("Earlier, the
        governor said ... As of Monday, 5,400 were still without power"), else of a following sentence that
        only attributes ("The air force commander reported this on Telegram"). A bare country or
        capital as speaker ("Russia said", "Kyiv claims") gives way to the nearest named source of that side.
        """
        figures: list[Figure] = []
        for index, own in enumerate(found):
            adjacent = self._adjacent_source(index, sentences, found, sources)
            for figure in own:
                source = figure.reported_by or adjacent
                if source and self._is_bare_side(source):
                    source = self._named_source(index, source, sources) or source
                elif source.lower() in PRONOUNS:  # "the governor", named in full further on
                    source = self._full_name(index, source, sources) or source
                figures.append(replace(figure, reported_by=source) if source != figure.reported_by else figure)
        return figures

    @staticmethod
    def _adjacent_source(
        index: int, sentences: list[Sentence], found: list[list[Figure]], sources: list[list[str]]
    ) -> str:
        before, after = index - 1, index + 1
        if before >= 0 and sources[before] and sentences[before].paragraph == sentences[index].paragraph:
            return sources[before][0]
        if after < len(sentences) and sources[after] and not found[after]:
            return sources[after][0]
        return ""

    def _source_sides(self, source: str) -> set[str]:
        return {self.lex.sides[w] for w in WORD.findall(source.lower()) if w in self.lex.sides}

    def _is_bare_side(self, source: str) -> bool:
        """'Russia', 'Kyiv', 'Ukraine's': a country or capital named as the speaker."""
        words = [w for w in WORD.findall(source.lower()) if w != "the"]
        return bool(words) and all(w in self.lex.sides for w in words)

    def _named_source(self, index: int, bare: str, sources: list[list[str]]) -> str:
        """The named source (not a bare side) nearest sentence ``index``: one of the same side, else one of
        no stated side."""
        sides = self._source_sides(bare)
        named = [s for s in self._nearest(index, sources) if not self._is_bare_side(s)]
        same_side = [s for s in named if self._source_sides(s) == sides]
        sideless = [s for s in named if not self._source_sides(s)]
        return (same_side or sideless or [""])[0]

    def _full_name(self, index: int, role: str, sources: list[list[str]]) -> str:
        """The nearest source that names a role in full ("governor" -> "Kharkiv Governor Oleh Syniehubov")."""
        role = role.lower()
        return next((s for s in self._nearest(index, sources) if role in s.lower().split() and s.lower() != role), "")

    @staticmethod
    def _nearest(index: int, sources: list[list[str]]) -> list[str]:
        """Every source of the article, from the nearest sentence to ``index`` outwards (earlier first on ties)."""
        order = sorted(range(len(sources)), key=lambda k: (abs(k - index), k))
        return [source for k in order for source in sources[k]]

    def _within(self, inner: str, outer: str) -> bool:
        place = self.gazetteer.by_name.get(inner)
        container = self.gazetteer.by_name.get(outer)
        if place is None or container is None:
            return False
        return place.region == outer or (container.place_type == "country" and place.country == container.country)

    def _complete(self, figures: list[Figure]) -> list[Figure]:
        """Fill the attacker from the place, the reporter or the article; the place from the attacker."""
        victim_country = {"russia": "UA", "ukraine": "RU"}
        attacker_of_country = {"UA": "russia", "RU": "ukraine"}
        explicit = [f.attacker for f in figures if f.attacker]
        majority = max(sorted(set(explicit)), key=explicit.count) if explicit else ""
        specific = {(f.weapon, f.weapon_model) for f in figures if f.weapon in ("ballistic_missile", "cruise_missile")}
        missile_class = next(iter(specific))[0] if len({w for w, _ in specific}) == 1 else ""
        completed = []
        for figure in figures:
            if figure.weapon == "missile" and missile_class and not figure.weapon_model:
                figure = replace(figure, weapon=missile_class)  # "the missiles" of an article about one type
            attacker = figure.attacker
            place = self.gazetteer.by_name.get(figure.place) if figure.place else None
            if (
                not attacker
                and place is not None
                and place.place_type != "country"
                or (not attacker and place is not None and figure.place_explicit)
            ):
                attacker = attacker_of_country.get(place.country, "")
            if not attacker and figure.reported_by:
                sides = self._source_sides(figure.reported_by)
                if len(sides) == 1 and figure.category in ("interception", "casualty", "damage", "disruption"):
                    attacker = {"russia": "ukraine", "ukraine": "russia"}[sides.pop()]
            attacker = attacker or majority
            updates: dict = {"attacker": attacker or "unknown"}
            if place is None and attacker in victim_country:
                country = self.gazetteer.country(victim_country[attacker])
                if country is not None:
                    updates["place"] = country.name
            changed = any(getattr(figure, name) != value for name, value in updates.items())
            completed.append(replace(figure, **updates) if changed else figure)
        return completed

    # one sentence ------------------------------------------------------------

    def _sentence_figures(self, index: int, sentence: Sentence, ctx: _Context) -> list[Figure]:
        lex = self.lex
        self._spans.clear()
        if sentence.paragraph != ctx.paragraph:
            ctx.paragraph, ctx.paragraph_place = sentence.paragraph, None
        cue = self._date_cue(sentence.text)
        if cue:
            ctx.date_cue = cue
        places = find_places(sentence, self.gazetteer, lex)
        attributions = self._resolve_sources(find_attributions(sentence, lex), ctx)
        ctx.sentence_sources.append([a.source for a in attributions])
        excluded = lex.any_exclusion.search(sentence.lower) is not None
        mentions = [] if excluded else self._mentions(sentence, ctx, index)
        triggers = find_triggers(sentence, lex) if mentions or ALL_OF.search(sentence.text) else []
        figures: list[Figure] = []
        owned: set[int] = set()
        for mention in mentions:
            for category, metric in self._metrics(sentence, mention, mentions, triggers):
                figure = self._figure(sentence, mention, mentions, category, metric, places, owned, attributions, ctx)
                figures.append(figure)
                if "each" in mention.flags:  # "five each in the Rostov region and Crimea"
                    for place in places:
                        if place.role == "target" and place.start > figure.char_end and id(place) not in owned:
                            owned.add(id(place))
                            figures.append(replace(figure, location=place.text, place=self._place_name(place, ctx)))
        self._anaphoric_all(index, sentence, triggers, places, attributions, ctx, figures)
        for place in places:
            if place.role == "target" and (place.place is not None):
                ctx.paragraph_place = place
                if place.place.place_type == "city" and place.place.name in CAPITALS.values():
                    ctx.capital = place.place
        for mention in mentions:
            if mention.head:
                ctx.last_mentions.append((index, mention))
        for figure in figures:
            if figure.metric == "launched" and figure.value:
                ctx.launched.append((index, _family(figure.weapon), figure.value, figure.weapon_model))
        return figures

    def _resolve_sources(self, attributions: list[Attribution], ctx: _Context) -> list[Attribution]:
        resolved = []
        for attribution in attributions:
            source = attribution.source
            last_word = source.lower().rsplit(maxsplit=1)[-1] if source.strip() else ""
            if last_word in self.lex.documents:  # "according to the post": whoever issued it
                source = ctx.sources[-1] if ctx.sources else ""
            elif source.lower() in PRONOUNS:
                earlier = (
                    [s for s in reversed(ctx.sources) if source.lower() in s.lower()]
                    if source.lower() not in ("it", "he", "she", "they")
                    else ctx.sources[-1:]
                )
                source = earlier[0] if earlier else ("" if source.lower() in ("it", "he", "she", "they") else source)
            elif source:
                ctx.sources.append(source)
            if source:
                resolved.append(replace(attribution, source=source))
        return resolved

    def _mentions(self, sentence: Sentence, ctx: _Context, index: int) -> list[Mention]:
        tokens = sentence.tokens
        mentions: list[Mention] = []
        quantities = find_quantities(tokens, self.lex)
        for k, quantity in enumerate(quantities):
            mention = find_head(tokens, quantity, self.lex)
            before = _phrase(tokens, max(0, quantity.first - 2), min(2, quantity.first)).split()
            if mention.elliptical and "partitive" in mention.flags:
                # "14 of 16 drones", "seven of the eight missiles": the head is the total's
                following = quantities[k + 1] if k + 1 < len(quantities) else None
                if following is not None and following.first <= quantity.last + 3:
                    total = find_head(tokens, following, self.lex)
                    if not total.elliptical:
                        mention.head, mention.weapon, mention.model = total.head, total.weapon, total.model
                        mention.side, mention.head_end = total.side, total.head_end
                        mention.elliptical = False
                        total.flags.add("total")
                        mention.total_of = total
            if mention.elliptical and not self._resolve_ellipsis(mention, tokens, mentions, ctx, index, before):
                continue
            if (
                mention.head == "people"
                and any(c in " ".join(before) or c == _phrase(tokens, quantity.first - 1, 1) for c in SUBSET_CUES)
                and any(m.head == "people" for m in mentions)
            ):
                continue  # "12 people, including three children": a subset, not a figure
            if any(m.quantity.num_first == quantity.num_first for m in mentions):
                continue
            if mention.head == "people" and "partitive" in mention.flags and mention.total_of is None:
                continue  # "one of the people killed was a worker" describes, it does not count
            mentions.append(mention)
            if mention.total_of is not None:
                mentions.append(mention.total_of)
        self._group_lists(tokens, mentions)
        return mentions

    def _resolve_ellipsis(
        self,
        mention: Mention,
        tokens: list[Token],
        mentions: list[Mention],
        ctx: _Context,
        index: int,
        before: list[str],
    ) -> bool:
        """Give an elliptical number ("Fifteen were destroyed") the head of its antecedent."""
        q = mention.quantity
        if q.value is None:
            return False
        nxt = tokens[q.last].lower if q.last < len(tokens) else ""
        previous = tokens[q.first - 1].lower if q.first else ""
        antecedent = next((m for m in reversed(mentions) if m.head), None)
        same_sentence = antecedent is not None
        if antecedent is None:
            recent = [m for i, m in ctx.last_mentions if i >= index - 2]
            antecedent = recent[-1] if recent else None
        verb_like = nxt in AUX or self.lex.starts_with_trigger(" ".join(t.lower for t in tokens[q.last : q.last + 4]))
        if antecedent is None and {"kill", "injure"} & set(self.lex.trigger_classes(previous)):
            mention.head, mention.elliptical = "people", False
            return True
        licensed = (
            bool(mention.flags & {"more", "other", "each", "additional", "further", "another"})
            or (verb_like and (previous in ("another", "and", ",", "") or q.first == 0 or previous[0].isupper()))
            or (same_sentence and previous in ("and", ",", "including") and nxt in STOP)
            or previous == "another"
        )
        if not licensed or antecedent is None:
            return False
        mention.head, mention.weapon, mention.model = antecedent.head, antecedent.weapon, antecedent.model
        mention.side = mention.side or antecedent.side
        mention.head_end = q.last + len([f for f in mention.flags if f != "partitive"])
        mention.flags.add("antecedent_same" if same_sentence else "antecedent")
        mention.total_of = None
        mention.antecedent = antecedent
        return True

    @staticmethod
    def _group_lists(tokens: list[Token], mentions: list[Mention]) -> None:
        """Mark "426 drones and 24 missiles" as one list: they share verb and place."""
        list_id = 0
        for previous, current in zip(mentions, mentions[1:], strict=False):
            gap = " ".join(t.lower for t in tokens[previous.head_end : current.quantity.first])
            if previous.head and current.head and gap in (",", "and", ", and", "as well as", "or", ", as well as"):
                if previous.list_id < 0:
                    previous.list_id = list_id
                    list_id += 1
                current.list_id = previous.list_id
        for mention in mentions:
            first = mention.quantity.first
            if first and tokens[first - 1].lower == "all":
                mention.flags.add("all")
        for group in {m.list_id for m in mentions if m.list_id >= 0}:
            members = [m for m in mentions if m.list_id == group]
            if "all" in members[0].flags:
                for m in members:
                    m.flags.add("all")

    def _list_span(self, mention: Mention, mentions: list[Mention], tokens: list[Token]) -> tuple[int, int]:
        """Character span of the list a mention belongs to (memoised for the sentence at hand)."""
        if id(mention) not in self._spans:
            self._spans[id(mention)] = self._compute_list_span(mention, mentions, tokens)
        return self._spans[id(mention)]

    @staticmethod
    def _compute_list_span(mention: Mention, mentions: list[Mention], tokens: list[Token]) -> tuple[int, int]:
        members = [m for m in mentions if m.list_id == mention.list_id] if mention.list_id >= 0 else [mention]
        first = tokens[min(m.quantity.first for m in members)].start
        last = tokens[max(max(m.head_end, m.quantity.last) for m in members) - 1].end
        return first, last

    def _metrics(
        self, sentence: Sentence, mention: Mention, mentions: list[Mention], triggers: list[Trigger]
    ) -> list[tuple[str, str]]:
        lex = self.lex
        if mention.head is None:
            return []
        intrinsic = lex.metric(mention.head, "*")
        if intrinsic:
            return [intrinsic]
        if "total" in mention.flags and mention.head == "weapon":
            return [("strike", "launched")]
        tokens = sentence.tokens
        start, end = self._list_span(mention, mentions, tokens)
        own_start = tokens[mention.quantity.first].start
        clause_start, clause_end = clause_bounds(sentence, own_start)
        head_end = tokens[max(mention.head_end, mention.quantity.last) - 1].end
        antecedent = mention.antecedent
        preceding = tokens[mention.quantity.first - 1].lower if mention.quantity.first else ""
        if antecedent is not None and "antecedent_same" in mention.flags and preceding == "including":
            return self._metrics(sentence, antecedent, mentions, triggers)[-1:]
        modifier_starts = {tokens[m.head_end - 1].end + 1 for m in mentions if m is not mention and m.head}
        inside = [t for t in triggers if own_start <= t.start and t.end <= head_end]
        after = [t for t in triggers if t.start >= end and t.start < clause_end]
        before = [
            t
            for t in reversed(triggers)
            if t.end <= start and t.start >= clause_start and t.start not in modifier_starts
        ]  # "missiles fired from ships, nine ...": a modifier
        passive = [t for t in after if self._is_passive(sentence, end, t)]
        ordered = inside + passive + before + [t for t in after if t not in passive]
        choices: list[tuple[str, str]] = []
        for trigger in ordered:
            for verb in trigger.classes:
                metric = lex.metric(mention.head, verb)
                if metric:
                    choices.append(metric)
                    break
        if not choices and antecedent is not None and "antecedent_same" in mention.flags:
            return self._metrics(sentence, antecedent, mentions, triggers)[:1]
        if not choices:
            return []
        if "all" in mention.flags and mention.head == "weapon":
            kinds = {("strike", "launched")} & set(choices)
            interceptions = [c for c in choices if c[0] == "interception"]
            if kinds and interceptions:
                return [("strike", "launched"), interceptions[0]]
        return choices[:1]

    @staticmethod
    def _is_passive(sentence: Sentence, end: int, trigger: Trigger) -> bool:
        between = sentence.text[end - sentence.start : trigger.start - sentence.start].lower().split()
        return any(w in AUX for w in between[-3:])

    def _figure(
        self,
        sentence: Sentence,
        mention: Mention,
        mentions: list[Mention],
        category: str,
        metric: str,
        places: list[PlaceMention],
        owned: set[int],
        attributions: list[Attribution],
        ctx: _Context,
    ) -> Figure:
        tokens = sentence.tokens
        q = mention.quantity
        span_start = tokens[q.first].start
        span_end = tokens[max(mention.head_end, q.last) - 1].end
        place, explicit = self._place_for(sentence, mention, mentions, places, owned, ctx, attributions)
        clause_start, clause_end = clause_bounds(sentence, span_start)
        cue = self._date_cue(sentence.text[clause_start - sentence.start : clause_end - sentence.start])
        source = self._source_for(attributions, span_start)
        attacker = mention.side or self._actor_side(sentence)
        return Figure(
            category=category,
            metric=metric,
            weapon=mention.weapon if category in ("strike", "interception") else "",
            weapon_model=mention.model if category in ("strike", "interception") else "",
            value=q.value,
            qualifier=q.qualifier if q.value is not None else "unspecified",
            location=place.text if place else "",
            place=self._place_name(place, ctx),
            place_explicit=explicit,
            attacker=attacker,
            reported_by=source,
            sentence=sentence.text,
            char_start=span_start,
            char_end=span_end,
            date_cue=cue or ctx.date_cue,
            headline=sentence.headline,
        )

    def _date_cue(self, text: str) -> str:
        """find_date_cue, memoised: every figure of a clause asks about the same text."""
        if text not in self._cues:
            if len(self._cues) > 10_000:
                self._cues.clear()
            self._cues[text] = find_date_cue(text, self.lex)
        return self._cues[text]

    def _place_name(self, mention: PlaceMention | None, ctx: _Context) -> str:
        if mention is None:
            return ""
        if mention.place is not None:
            return mention.place.name
        if mention.capital_side in ("UA", "RU"):
            capital = self.gazetteer.capital_of(mention.capital_side)
            return capital.name if capital else ""
        if mention.capital_side == "?" and mention.capital_hint:
            return mention.capital_hint
        return ctx.capital.name if ctx.capital else ""

    def _place_for(
        self,
        sentence: Sentence,
        mention: Mention,
        mentions: list[Mention],
        places: list[PlaceMention],
        owned: set[int],
        ctx: _Context,
        attributions: list[Attribution],
    ) -> tuple[PlaceMention | None, bool]:
        tokens = sentence.tokens
        start, end = self._list_span(mention, mentions, tokens)

        def reporting_scene(p: PlaceMention) -> bool:
            """'In Moscow, the ministry said it downed 16 drones': Moscow is where it was said."""
            if p.place is None or p.place.name not in CAPITALS.values():
                return False  # national authorities speak from the capital
            return any(p.start < a.start <= start and not (a.source_start <= p.start < a.start) for a in attributions)

        later = [tokens[m.quantity.first].start for m in mentions if tokens[m.quantity.first].start >= end]
        next_start = min(later) if later else sentence.end
        ends = (self._list_span(m, mentions, tokens)[1] for m in mentions)
        earlier = [e for e in ends if e <= start]
        previous_end = max(earlier) if earlier else sentence.start
        clause_start, _ = clause_bounds(sentence, start)
        targets = [p for p in places if p.role == "target" and not reporting_scene(p)]
        each = "each" in mention.flags
        after = [p for p in targets if end <= p.start < next_start]
        if after:
            choice = after[0]
            if each:
                choice = next((p for p in after if id(p) not in owned), after[-1])
            owned.add(id(choice))
            return choice, True
        before = [p for p in reversed(targets) if max(previous_end, clause_start) <= p.start < start]
        if before:
            owned.add(id(before[0]))
            return before[0], True
        anywhere = [p for p in reversed(targets) if p.start < start and id(p) not in owned]
        if anywhere:
            return anywhere[0], True
        numbers_after = [
            tokens[m.quantity.first].start
            for m in mentions
            if m.quantity.value is not None and tokens[m.quantity.first].start >= end
        ]
        later_in_sentence = [
            p
            for p in targets
            if p.start >= end
            and p.place is not None
            and p.place.place_type != "country"
            and not any(n < p.start for n in numbers_after)
        ]
        if later_in_sentence:
            return later_in_sentence[0], True
        if ctx.paragraph_place is not None:
            return ctx.paragraph_place, False
        return None, False

    @staticmethod
    def _source_for(attributions: list[Attribution], position: int) -> str:
        before = [a for a in attributions if a.end <= position]
        if before:
            return before[-1].source
        return attributions[0].source if attributions else ""

    def _actor_side(self, sentence: Sentence) -> str:
        """'Russia launched', 'launched by Russia', 'Ukrainian drone strikes' -> the attacking side."""
        tokens = sentence.tokens
        attack_verbs = re.compile(
            r"^(?:launch|fire|fired|attack|use|used|unleash|execut|struck|strike|shell|target|carr)"
        )
        for k, token in enumerate(tokens):
            side = self.lex.sides.get(token.lower)
            if not side:
                continue
            for follower in tokens[k + 1 : k + 4]:
                if attack_verbs.match(follower.lower):
                    return side
                if follower.lower not in {
                    "has",
                    "had",
                    "have",
                    "forces",
                    "troops",
                    "army",
                    "drone",
                    "drones",
                    "missile",
                    "missiles",
                    "military",
                    "also",
                    "then",
                    "again",
                    "'s",
                    "rocket",
                }:
                    break
            if (
                k >= 1
                and tokens[k - 1].lower == "by"
                and any(attack_verbs.match(t.lower) for t in tokens[max(0, k - 6) : k])
            ):
                return side
            if k >= 2 and _phrase(tokens, k - 2, 2) == "forces of":
                return side
        return ""

    def _anaphoric_all(
        self,
        index: int,
        sentence: Sentence,
        triggers: list[Trigger],
        places: list[PlaceMention],
        attributions: list[Attribution],
        ctx: _Context,
        figures: list[Figure],
    ) -> None:
        """'All the drones were shot down': the count is the one just reported as launched."""
        match = ALL_OF.search(sentence.text)
        if not match or figures:
            return
        head = self.lex.head_class(match.group(1).lower())
        if not head or head[0] != "weapon":
            return
        if not any("intercept" in t.classes for t in triggers):
            return
        recent = [entry for entry in ctx.launched if entry[0] >= index - 2 and entry[1] == _family(head[1])]
        if not recent:
            return
        _, family, value, model = recent[-1]
        start = match.start() + sentence.start
        figures.append(
            Figure(
                category="interception",
                metric="intercepted",
                weapon=head[1] if head[1] != "missile" else family,
                weapon_model=head[2] or model,
                value=value,
                qualifier="exact",
                location="",
                place="",
                place_explicit=False,
                attacker="",
                reported_by=self._source_for(attributions, start),
                sentence=sentence.text,
                char_start=start,
                char_end=match.end() + sentence.start,
                date_cue=ctx.date_cue,
                headline=sentence.headline,
            )
        )


# --- merging restatements ---------------------------------------------------------


def _dates_conflict(a: str, b: str) -> bool:
    """Two cues name different days: two calendar dates, or a vague and a definite one."""
    if not a or not b or a == b:
        return False
    vague = {"approx", "range"}
    if (a in vague) != (b in vague):
        return True
    return a.startswith("month_day") and b.startswith("month_day")


def _compatible(a: Figure, b: Figure, within: Callable[[str, str], bool]) -> bool:
    if (a.category, a.metric, _family(a.weapon), a.value) != (b.category, b.metric, _family(b.weapon), b.value):
        return False
    if _dates_conflict(a.date_cue, b.date_cue):
        return False
    if a.place == b.place or not a.place_explicit or not b.place_explicit or not a.place or not b.place:
        return True
    return within(a.place, b.place) or within(b.place, a.place)


def merge_restatements(
    figures: Iterable[Figure], within: Callable[[str, str], bool] = lambda a, b: False
) -> list[Figure]:
    """One row per figure: a headline or lead that restates a body figure is merged into it.

    ``within(a, b)`` says whether place ``a`` lies inside place ``b`` (a city in its region).
    """
    figures = list(figures)
    order = sorted(range(len(figures)), key=lambda i: (figures[i].headline, i))
    kept: list[Figure] = []
    for i in order:
        figure = figures[i]
        if figure.value is None:
            continue
        twin = next(
            (
                k
                for k, other in enumerate(kept)
                if _compatible(other, figure, within) and other.char_start != figure.char_start
            ),
            None,
        )
        if twin is None:
            kept.append(figure)
        else:
            kept[twin] = _fill(kept[twin], figure)
    numbered = {(f.category, f.metric, _family(f.weapon)) for f in kept}
    vague: list[Figure] = []
    for figure in figures:
        key = (figure.category, figure.metric, _family(figure.weapon))
        if (
            figure.value is None
            and key not in numbered
            and not any(
                (v.category, v.metric, v.place) == (figure.category, figure.metric, figure.place) for v in vague
            )
        ):
            vague.append(figure)
    return sorted(kept + vague, key=lambda f: (f.char_start, f.metric))


def _fill(kept: Figure, other: Figure) -> Figure:
    updates = {}
    for name in ("weapon_model", "reported_by", "attacker"):
        if not getattr(kept, name) and getattr(other, name):
            updates[name] = getattr(other, name)
    if not kept.place_explicit and other.place_explicit:
        updates.update(place=other.place, location=other.location, place_explicit=True)
    if kept.weapon == "missile" and _family(other.weapon) == "missile":
        updates["weapon"] = other.weapon
    return replace(kept, **updates) if updates else kept


def extract(text: str, title: str = "") -> Extraction:
    """Figures of one article body (with the default lexicon and gazetteer)."""
    return _default_extractor().extract(text, title)


_EXTRACTOR: Extractor | None = None


def _default_extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR
