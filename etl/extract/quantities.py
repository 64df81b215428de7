"""Step 2 of the grammar: the quantities of a sentence.

Digits ("1,200", "2.5 million"), number words ("twenty-five"), number phrases ("a dozen", "both") and vague
quantities ("dozens of"), each with its qualifier ("at least", "about"); dates, ages, years and measures
("three hours") are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..lexicon import Lexicon
from .tokens import Token, phrase

GROUP_SEPARATORS = ", \u00a0\u202f\u2009\u200b"  # comma, space ("23 560", as Ukrainian and Russian group digits),
# no-break, narrow no-break, thin and zero-width spaces
NUMBER = re.compile(rf"\d{{1,3}}(?:[{GROUP_SEPARATORS}]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?")
MAX_DIGITS = 15  # a longer number is no count of anything (and would overflow a float)


@dataclass(slots=True)
class Quantity:
    first: int  # token index of the qualifier or number
    num_first: int
    last: int  # token index after the number
    value: int | None
    qualifier: str
    singular: bool = False  # "a woman", "a man and a child": counted from singular nouns, casualties only


def number_value(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int | None, int]:
    """Value of the number starting at token i and the index after it."""
    token = tokens[i]
    if token.lower[0].isdigit():
        if token.lower.isdecimal():  # plain digits (most numbers): a NUMBER with no separator to drop
            digits = token.lower
        elif NUMBER.fullmatch(token.lower):
            digits = token.lower.translate(NO_SEPARATORS)
        else:
            return None, i
        if len(digits) > MAX_DIGITS or is_negative(tokens, i):
            return None, i
        number = float(digits)
        j = i + 1
        scale = lex.scales.get(tokens[j].lower, 0) if j < len(tokens) else 0
        if scale >= 1000:  # "1.5 million", "1 mln"; never "5 hundred"
            number *= scale
            j += 1
        elif j < len(tokens) and tokens[j].lower in SCALE_SUFFIXES and tokens[j].start == token.end:
            number *= SCALE_SUFFIXES[tokens[j].lower]  # "1m consumers", "1.5mn", "40k homes"
            j += 1
        elif "." in digits and "e" not in digits:
            return None, i
        return int(number), j
    words = []
    j = i
    while j < len(tokens):
        parts = tokens[j].lower.split("-")
        if all(p in lex.number_words for p in parts):
            words.extend(parts)
            j += 1
        elif (
            tokens[j].lower == "and"
            and words
            and j + 1 < len(tokens)
            and tokens[j + 1].lower in lex.number_words
            and words[-1] in lex.scales
        ):
            j += 1
        else:
            break
    if not words or words[0] in lex.scales:
        return None, i
    try:
        return text2num(" ".join(words), "en"), j
    except ValueError:
        return None, i


SCALE_SUFFIXES = {"m": 1_000_000, "mn": 1_000_000, "k": 1_000}
NO_SEPARATORS = str.maketrans("", "", GROUP_SEPARATORS)
MINUS_SIGNS = ("-", "−", "–")


def is_negative(tokens: list[Token], i: int) -> bool:
    """'-5': a minus sign right against the number, after a space or at the start (not "20-25")."""
    if not i or tokens[i - 1].text not in MINUS_SIGNS or tokens[i - 1].end != tokens[i].start:
        return False
    return i == 1 or tokens[i - 2].end < tokens[i - 1].start


def qualifier_before(tokens: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    """The qualifier ending just before token i ("at least") and the index it starts at."""
    if not i or tokens[i - 1].lower not in lex.qualifier_ends:
        return "exact", i
    for n in (3, 2, 1):
        if i - n >= 0 and phrase(tokens, i - n, n) in lex.qualifiers:
            return lex.qualifiers[phrase(tokens, i - n, n)], i - n
    return "exact", i


AGE_WORDS = frozenset({"aged", "ages", "age"})


def is_no_count(tokens: list[Token], i: int, j: int, value: int, lex: Lexicon) -> bool:
    """Whether the number of tokens i..j is a day of a month, a year, an age ("aged 61 and 63"), a label
    ("the hotline 1580", "Hospital No. 2"), a difference ("two more than the ministry said") or an average."""
    before = tokens[i - 1].lower.rstrip(".") if i else ""
    if before == "" and i >= 2:  # "Aug. 23": the full stop is a token of its own
        before = tokens[i - 2].lower
    after = tokens[j].lower.rstrip(".") if j < len(tokens) else ""
    if before in lex.months or after in lex.months or before in lex.number_labels:
        return True
    if after in lex.comparatives and j + 1 < len(tokens) and tokens[j + 1].lower == "than":
        return True  # "six drones, two more than the ministry reported": a difference
    _, first = qualifier_before(tokens, i, lex)
    first -= first >= 1 and tokens[first - 1].text == ","  # "on average, about 50 drones"
    lead = phrase(tokens, first - 2, 2) if first >= 2 else ""
    if lead in lex.average_leads or lead in lex.population_leads or phrase(tokens, first - 1, 1) in lex.average_leads:
        return True  # "an average of roughly 200 drones a night", "averaging 60": a rate; "a town of some 40,000
        # people", "home to about 280,000": who live there; no count
    if 1900 <= value <= 2100 and tokens[i].text.isdecimal():  # (not "2,000" nor "2 000")
        return True
    window = [t.lower for t in tokens[max(0, i - 8) : i]]
    if not AGE_WORDS.isdisjoint(window):
        tail = window[window.index("aged" if "aged" in window else "ages" if "ages" in window else "age") + 1 :]
        if all(w in {",", "and", "—", "-"} or w[0].isdigit() or w in lex.number_words for w in tail):
            return True
    return False


def is_rate(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a rate follows a count's noun ending before token k ("a night", "per day")."""
    if k + 1 >= len(tokens) or tokens[k].lower not in lex.rate_words or tokens[k + 1].lower not in lex.rate_units:
        return False
    return k + 2 == len(tokens) or tokens[k + 2].lower not in lex.relative_times  # ("two a day later")


PARTICIPLE_ENDS = ("ed", "en", "nt")  # "damaged", "broken", "burnt"


def own_noun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k, right after a number, is a plural noun of its own the lexicon does not count ("40
    pigs"), not a word an elliptical number may stand before ("others", "more", "overnight")."""
    if k >= len(tokens):
        return False
    word = tokens[k].lower
    return (
        word.isalpha()
        and word.endswith("s")
        and len(word) > 3
        and word not in lex.stop_words
        and word not in lex.ellipsis_modifiers
        and not lex.starts_with_trigger(word)
    )


def participle_of_noun(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token k, a verb's word, is a one-word participle before a plural noun ("broken windows",
    "damaged roofs"): an adjective of a thing counted, no verb of an elliptical count."""
    word = tokens[k].lower if k < len(tokens) else ""
    return word.endswith(PARTICIPLE_ENDS) and word.isalpha() and own_noun(tokens, k + 1, lex)


AGE = re.compile(r"\d+-(?:year|month|week|day)s?-old")


def is_age(word: str) -> bool:
    """'38-year-old', '9-month-old' (the suffix test first: most words are none)."""
    return word.endswith("-old") and AGE.fullmatch(word) is not None


def singular_people(tokens: list[Token], i: int, lex: Lexicon) -> Quantity | None:
    """'A woman', 'a 38-year-old security guard', 'a 9-year-old', 'a woman and a man': people counted by
    singular nouns after a determiner at token i (value 1 each); its ``last`` is the last noun's first word."""
    for token in tokens[i + 1 : i + 5]:  # the first noun must be within reach (after most determiners none is)
        if token.lower in lex.singular_people or token.lower.endswith("-old"):
            break
    else:
        return None
    count, first, position = 0, i, i
    while position < len(tokens) and tokens[position].lower in lex.singular_determiners:
        found = None
        for j in range(position + 1, min(position + 5, len(tokens))):
            word = tokens[j].lower
            if word in lex.singular_people:
                after = phrase(tokens, j + 1, 1)
                head = lex.head_class(after) if after else None
                if head is not None and head[0] != "people" and not lex.starts_with_trigger(after):
                    break  # "a civilian enterprise": an adjective here ("his assistant injured": a verb)
                found = j
                break
            if is_age(word):
                following = tokens[j + 1].lower if j + 1 < len(tokens) else ""
                if following in lex.singular_people:
                    continue
                if following in lex.auxiliaries or lex.starts_with_trigger(following) or following in (",", "and"):
                    found = j
                    break
            counted = lex.head_class(word) is not None
            if counted and word.isalpha() and phrase(tokens, j + 1, 1) in lex.singular_people:
                continue  # "a locomotive driver", "a bus passenger": a thing naming the person's work
            if not word.isalpha() or word in lex.stop_words or counted:
                break
            if tokens[position].lower == "the" and word in lex.anaphoric:
                break  # "the second victim": counted already
        if found is None:
            break
        count, position, last = count + 1, found, found
        if phrase(tokens, found + 1, 1) == "and":
            position = found + 2
        else:
            break
    if not count:
        return None
    return Quantity(first, first, last, count, "exact", singular=True)


def one_more(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether 'another' before token k stands alone for one more person: "and another in Kherson", "another
    was injured", "another died" (not "another drone", "another two")."""
    following = phrase(tokens, k, 1)
    if following in lex.place_prepositions:
        return True
    while k < len(tokens) and tokens[k].lower in lex.auxiliaries:
        k += 1
    return k < len(tokens) and bool({"kill", "injure"} & set(lex.trigger_classes(tokens[k].lower)))


def is_clock_time(tokens: list[Token], j: int) -> bool:
    """'between 7 and 10 a.m.', '5pm': the number before token j tells the time of day."""
    word = phrase(tokens, j, 1)
    if word in ("am", "pm", "gmt", "utc"):
        return True
    return word in ("a", "p") and phrase(tokens, j + 1, 2) == ". m"


def is_apposition(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """'Two were hurt, a man and a woman', 'The second victim, a man, died': a singular after a comma renames
    someone counted before it ("In Antonivka, a suburb of Kherson, a man was hurt" counts him)."""
    if not first or tokens[first - 1].lower != ",":
        return False
    if phrase(tokens, last + 1, 1) == ",":
        return True
    return any(t.lower[0].isdigit() or t.lower in lex.number_words for t in tokens[: first - 1])


def is_predicate(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """'One of the dead was a 38-year-old woman', 'the victim is a man': a singular after "was" says who someone
    counted before is, it counts no one ("there was a man injured" counts him)."""
    return first > 0 and tokens[first - 1].lower in lex.copulas and phrase(tokens, first - 2, 1) != "there"


def find_quantities(tokens: list[Token], lex: Lexicon) -> list[Quantity]:
    found: list[Quantity] = []
    starters, openers, number_words = lex.quantity_starters, lex.quantity_openers, lex.number_words
    candidates = [  # the words a quantity can open with: most open none
        k
        for k, token in enumerate(tokens)
        if (word := token.lower) in openers or word[0].isdigit() or ("-" in word and word.split("-")[0] in number_words)
    ]
    i = 0  # the first token not yet read
    for k in candidates:
        if k < i:
            continue
        i = k
        word = tokens[i].lower
        matched = None
        for n in (3, 2, 1) if word in starters else ():
            if i + n > len(tokens):
                continue
            words = phrase(tokens, i, n)
            if words in lex.vague:
                matched = Quantity(i, i, i + n, None, "unspecified")
                break
            if words in lex.number_phrases:
                stated, first = qualifier_before(tokens, i, lex)  # "more than a dozen": at least
                qualifier = stated if stated != "exact" else "approx" if "dozen" in words else "exact"
                matched = Quantity(first if stated != "exact" else i, i, i + n, lex.number_phrases[words], qualifier)
                break
        if matched is None and word == "another" and one_more(tokens, i + 1, lex):
            found.append(Quantity(i, i, i + 1, 1, "exact", singular=True))  # "two killed in X and another in Y"
            i += 1
            continue
        if matched is None and word in lex.singular_determiners:
            matched = singular_people(tokens, i, lex)
            if matched is not None:
                if not is_apposition(tokens, i, matched.last, lex) and not is_predicate(tokens, i, lex):
                    found.append(matched)
                i = matched.last + 1
                continue
        if matched is None and (word[0].isdigit() or word.split("-")[0] in number_words):
            value, j = number_value(tokens, i, lex)
            if value is not None and j > i:
                if j < len(tokens) and tokens[j].lower == "dozen":
                    value, j = value * 12, j + 1
                after = tokens[j].lower if j < len(tokens) else ""
                if (
                    value > 0
                    and after not in lex.units
                    and not is_clock_time(tokens, j)
                    and phrase(tokens, j, 2) not in lex.units
                    and not is_no_count(tokens, i, j, value, lex)
                ):
                    qualifier, first = qualifier_before(tokens, i, lex)
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
