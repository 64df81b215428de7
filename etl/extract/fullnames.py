"""Who a source stands for, in full: a bare side ("Russia") gives way to the nearest named source of that
side, a role ("the governor") to the nearest source or named mention with a name, a surname ("Fedorov") to the
fullest mention of that person, an office to its holder. Indexes of the article's sources and named mentions
are built once per article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence, Set
from functools import lru_cache, partial

from ..lexicon import Lexicon
from .attribution import is_bare_side, modifies, source_sides
from .source_phrases import (
    POSSESSIVE,
    WORD,
    apposition_words,
    is_acronym,
    noun_phrase_before,
    phrase_text,
    source_after,
)
from .tokens import Sentence, Token


def name_mentions(sentences: Sequence[Sentence], lex: Lexicon, word: str = "") -> list[list[str]]:
    """The named people and bodies of each sentence, speaking or not ("President Volodymyr Zelensky",
    "Vyacheslav Gladkov, the governor of the Belgorod region"): what a surname or a role stands for. With a
    ``word``, only the sentences that hold it are read (the others get none)."""
    found = []
    for sentence in sentences:
        tokens = sentence.tokens
        names: list[str] = []
        if word and word not in sentence.lower:
            found.append(names)
            continue
        for i, token in enumerate(tokens):
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if not token.text[:1].isupper() and not (following == "," and i and tokens[i - 1].text[:1].isupper()):
                continue  # (a title may end in a lower-case word: "the governor of the Belgorod region, Vyacheslav")
            if not following[:1].isupper():
                words = noun_phrase_before(tokens, i, lex)
                if following == "," and i + 2 < len(tokens):
                    then = tokens[i + 2]
                    if then.lower in lex.apposition_starts and len(words) >= 2 and words[-2].text[:1].isupper():
                        # "Oleh Syniehubov, head of the ..." (not "the city of Zaporizhzhia, the regional governor")
                        role = apposition_words(source_after(tokens, i + 2, lex, apposition=False), lex, False)
                    elif then.text[:1].isupper() and any(w.lower in lex.apposition_starts for w in words):
                        role = person_name(tokens, i + 2)  # "the mayor of Kharkiv, Ihor Terekhov"
                    else:
                        role = []
                    words = [*words, tokens[i + 1], *role] if role else words
                while words and words[0].lower in lex.stop_words:
                    words = words[1:]  # "By Kommersant's estimate": not a name of two words
                if sum(w.text[:1].isupper() for w in words) >= 2:  # ("President Volodymyr Zelenskyy's hometown")
                    names.append(POSSESSIVE.sub("", phrase_text(sentence, words)))
        found.append(names)
    return found


def person_name(tokens: list[Token], k: int) -> list[Token]:
    """The run of capitalised words from token k ("Ihor Terekhov"), at most four."""
    run = []
    for token in tokens[k : k + 4]:
        if not (token.text[:1].isupper() and token.text.isalpha() or "-" in token.text and token.text[:1].isupper()):
            break
        run.append(token)
    return run if len(run) >= 2 else []


class FullNames:
    """Who a bare side, a role or a surname stands for, looked up in indexes of the article's sources and named
    mentions built once (by word, by side), nearest sentence first."""

    def __init__(self, sources: Sequence[Sequence[str]], names: Callable[[str], Sequence[Sequence[str]]], lex: Lexicon):
        self.lex = lex
        self.by_word: dict[str, list[tuple[int, str]]] = {}  # word -> (sentence, named source) in order
        self.by_sides: dict[frozenset[str], list[tuple[int, str]]] = {}  # sides -> (sentence, source)
        self.longest: dict[str, str] = {}  # a capitalised word -> the longest source or mention with it
        self.fullest: dict[str, str] = {}  # the same, sources and mentions alike
        self.names = names  # the named mentions holding a word, per sentence: read only when the sources do not tell
        self.named_words: set[str] = set()  # the words whose mentions are indexed
        self.bodies: list[tuple[int, str]] = []  # (sentence, source) of the named sources that name no person
        self.answers: dict[tuple[str, int], str] = {}  # best()'s: an article's figures share their sources
        self.sources = sources
        people = {w for found in sources for s in found if names_office_holder(s, lex) for w in WORD.findall(s)}
        for index, found in enumerate(sources):
            for source in found:
                self.add(0, index, source)
                if (
                    has_name(source)
                    and not is_person_name(source)
                    and without_honorific(source, lex) == source  # "Mr. Khinshtein" is no body
                    and not is_bare_side(source, lex)
                    and not names_office_holder(source, lex)
                    and source not in people  # "Bogomaz" of "Governor Alexander Bogomaz"
                ):
                    self.bodies.append((index, source))

    def with_names(self, word: str) -> FullNames:
        """The index with the article's named mentions that hold ``word`` too (read the first time asked)."""
        if word not in self.named_words:
            self.named_words.add(word)
            for index, found in enumerate(self.names(word.lower())):
                for source in found:
                    self.add(1, index, source)
        return self

    def add(self, pool_rank: int, index: int, source: str) -> None:
        words = WORD.findall(source)
        if pool_rank == 0 and not is_bare_side(source, self.lex) and not self.speaks_for_no_state(words):
            self.by_sides.setdefault(frozenset(source_sides(source, self.lex)), []).append((index, source))
        if not has_name(source) or (words and opens_with_role(source, words[0], self.lex)):
            return  # ("Regional governor says ...": a role opening a line, no name to look up)
        for word in {POSSESSIVE.sub("", w.lower()) for w in words}:
            self.by_word.setdefault(word, []).append((index + pool_rank * LATER_POOL, source))
        for word in words:
            if word[:1].isupper() and len(words) > 1 and len(source) > len(self.longest.get(word, "")):
                if pool_rank == 0 or word not in self.longest:
                    self.longest[word] = source
            if word[:1].isupper() and len(source) > len(self.fullest.get(word, "")):
                self.fullest[word] = source

    def speaks_for_no_state(self, words: Sequence[str]) -> bool:
        """'Russian media', 'local residents': not who "Russia said" stands for."""
        return any(w.lower() in self.lex.unofficial_sources for w in words)

    @staticmethod
    @lru_cache(maxsize=4096)  # asked of every figure's source
    def stands_for_someone(source: str, lex: Lexicon) -> bool:
        """A bare side, a pronoun, a role or a surname: a source to look up in full."""
        lower = source.lower()
        return (
            without_honorific(source, lex) != source
            or is_bare_side(source, lex)
            or lower in lex.pronouns
            or lower in lex.roles
            or is_role_phrase(source, lex)
            or is_title(source, lex)
            or is_person_name(source)
            or titled_surname(source, lex) is not None
            or (len(WORD.findall(source)) == 1 and source[:1].isupper())
        )

    def best(self, source: str, index: int) -> str:
        """A source as the article names it best: a bare side ("Russia") gives way to the nearest named
        source of that side, a role ("the governor", "the region's acting governor") to the
        nearest source or mention naming it with a name, a surname ("Fedorov") to the fullest one."""
        asked = (source, index)
        if asked not in self.answers:
            found = self._best(source, index)  # "the OVA" may stand for "the Volyn OVA": spelt out either way
            self.answers[asked] = office_acronym_spelt(found, self.lex) or found
        return self.answers[asked]

    def _best(self, source: str, index: int) -> str:
        lex = self.lex
        surname = without_honorific(source, lex)
        if surname != source:  # "Mr Kozytskyi": whoever the surname stands for
            fuller = self._best(surname, index)
            return fuller if fuller != surname else source
        if source and is_bare_side(source, lex):
            sides = frozenset(source_sides(source, lex))
            return nearest_of(self.by_sides.get(sides, []), index) or source
        if source.lower() in lex.pronouns or source.lower() in lex.roles or is_role_phrase(source, lex):
            role = role_word(source, lex)
            fits = lambda other: same_level(source, other, lex) and not modifies(role, other, lex)  # noqa: E731
            found = nearest_of([e for e in self.by_word.get(role, []) if fits(e[1])], index)
            found = found or nearest_of([e for e in self.with_names(role).by_word.get(role, []) if fits(e[1])], index)
            if not found and role in lex.institutions:  # "DTEK reported outages ... , the company said"
                found = nearest_of([e for e in self.bodies if e[0] <= index and fits(e[1])], index)
            if not found and role in lex.role_offices:  # "the governor": the head of the regional administration
                found = self.office_holder(lex.role_offices[role], index)
            if not found and role in lex.person_words:  # "the governor said. ... Mikhail Razvozhayev wrote"
                person = self.nearby(index, range(index, index + NEARBY + 1), partial(is_untitled_person, lex=lex))
                found = f"{source.removeprefix('the ')} {person}" if person else ""
            source = found or source
        elif len(WORD.findall(source)) == 1 and source[:1].isupper():  # a surname
            fuller = ""
            if is_acronym(source):  # "according to the KCMA": Kyiv City Military Administration, spelt out
                entries = self.spelling_out(source, partial(spelt_out, source))
                spelt = nearest_of([(i % LATER_POOL, s) for i, s in entries], index)
                fuller = f"{spelt_body(source, spelt)} ({source})" if spelt else ""  # the body, not its head
            fuller = fuller or self.longest.get(source) or self.with_names(source).longest.get(source, "")
            if not fuller and source.lower() in lex.acronym_offices:  # "the OVA": the oblast military administration
                fuller = self.office_body(lex.acronym_offices[source.lower()], index)
            if is_person_name(fuller) and fuller.endswith(f" {source}") and not names_body(fuller, lex):
                title = self.title_of(source)  # "Terekhov": "Ihor Terekhov" and "Mayor Terekhov" elsewhere
                fuller = f"{title} {fuller}" if title else fuller
            return fuller or source
        elif titled_surname(source, lex) is not None:  # "Mayor Terekhov" ... "Ihor Terekhov": "Mayor Ihor Terekhov"
            title, surname = titled_surname(source, lex)
            person = self.person_named(surname)
            if person and names_office_holder(person, lex):
                return person  # "Novorossiysk Mayor Andrei Kravchenko" named in full elsewhere
            return f"{title} {person}" if person else source
        elif is_person_name(source):  # "Kyrylo Tymoshenko" -> "deputy head of the President's Office Kyrylo Tymoshenko"
            surname = WORD.findall(source)[-1]
            fuller = self.with_names(surname).fullest.get(surname, "")
            if names_body(source, lex) and role_word(fuller, lex):
                return source  # "Air Force" is not "Air Force spokesman Yurii Ihnat"
            if fuller != source and (source in fuller or with_patronymic(fuller, source)):
                return fuller  # ("Vyacheslav Gladkov": "Governor Vyacheslav Vladimirovich Gladkov")
            title = self.title_of(surname)  # "Ihor Terekhov" ... "Mayor Terekhov": "Mayor Ihor Terekhov"
            if not title and not names_body(source, lex):  # "the Moscow-installed governor said ... Razvozhayev wrote"
                role = self.nearby(index, range(index - NEARBY, index + 1), partial(is_person_role, lex=lex))
                title = role.removeprefix("the ")
            return f"{title} {source}" if title else source
        if is_title(source, lex):  # "head of the Kharkiv Regional Military Administration": who holds it
            return self.holder(source, index) or source
        return source

    def title_of(self, surname: str) -> str:
        """The title a person is given by surname alone elsewhere ("Mayor" of "Mayor Terekhov"), or ""."""
        entries = self.with_names(surname).by_word.get(surname.lower(), [])
        titles = [t[0] for _, s in entries if (t := titled_surname(s, self.lex)) is not None and t[1] == surname]
        return max(titles, key=len, default="")

    def person_named(self, surname: str) -> str:
        """The fullest mention giving the first name of the person called ``surname`` ("Ihor Terekhov",
        "Novorossiysk Mayor Andrei Kravchenko"), or "" when there is none or two people share the surname."""
        entries = self.with_names(surname).by_word.get(surname.lower(), [])
        found = {s: given for _, s in entries if (given := first_name_of(s, surname, self.lex))}
        return max(found, key=len) if len(set(found.values())) == 1 else ""

    def nearby(self, index: int, window: range, fits: Callable[[str], bool]) -> str:
        """The one source of the sentences in ``window`` (around sentence ``index``) that ``fits``, or ""."""
        found = {s for i in window if 0 <= i < len(self.sources) for s in self.sources[i] if fits(s)}
        return found.pop() if len(found) == 1 else ""

    def holder(self, title: str, index: int) -> str:
        """The nearest mention that names a person along with ``title`` ("Oleh Syniehubov, head of the Kharkiv
        Regional Military Administration"), or ""."""
        key = next((w.lower() for w in WORD.findall(title) if w[:1].isupper()), "")
        wanted = title.lower()
        entries = [(i, s) for i, s in self.with_names(key).by_word.get(key, []) if wanted in s.lower() and s != title]
        if not entries:  # "the head of the RMA", "the head of the Oblast Military Administration"
            entries = self.spelling_out(title, partial(holds_office, title=title))
        return nearest_of([(i % LATER_POOL, s) for i, s in entries], index)

    def office_holder(self, offices: Sequence[str], index: int) -> str:
        """The nearest named holder of one of ``offices`` ("Ivan Fedorov, head of the Zaporizhzhia Regional
        Military Administration" for "regional military administration"), or ""."""
        key = offices[0].rsplit(maxsplit=1)[-1]
        not_names = self.not_names(offices)
        holders = self.spelling_out(
            key, lambda s: any(office in s.lower() for office in offices) and names_person(s, not_names)
        )
        return nearest_of([(i % LATER_POOL, s) for i, s in holders], index)

    def not_names(self, offices: Sequence[str]) -> set[str]:
        """Words that name no person in a source holding one of ``offices`` ("Krasnodar Territory", "Oblast")."""
        return {w for office in offices for w in office.split()} | self.lex.source_words | self.lex.local_titles

    def office_body(self, offices: Sequence[str], index: int) -> str:
        """The nearest body named in full that holds one of ``offices`` ("Sumy Oblast Military Administration"
        for "oblast military administration"), not a person holding it, or "". (Not spelling_out: its fullest
        form of a body is the office of its head, "head of the Sumy Oblast Military Administration".)"""
        not_names = self.not_names(offices)
        key = offices[0].rsplit(maxsplit=1)[-1]
        bodies = [
            (i, s)
            for i, s in {entry for found in self.by_word.values() for entry in found}
            | set(self.with_names(key).by_word.get(key, ()))
            if any(office in s.lower() for office in offices) and not names_person(s, not_names)
        ]
        # by sentence, and in one sentence the body before its head's title
        by_sentence = sorted(bodies, key=lambda e: (e[0] % LATER_POOL, len(e[1]), e[1]))
        return nearest_of([(i % LATER_POOL, s) for i, s in by_sentence], index)

    def spelling_out(self, short: str, holds: Callable[[str], bool]) -> list[tuple[int, str]]:
        """The sources and mentions that ``holds`` accepts for ``short`` (a name with an acronym in it), the
        fullest of each kind: none contained in another."""
        everyone = {entry for found in self.by_word.values() for entry in found}
        for word in WORD.findall(short):
            if word[:1].isupper():  # the names it holds: what a mention of it must hold too
                everyone |= set(self.with_names(word).by_word.get(word.lower(), ()))
        found = {(i, s) for i, s in everyone if s != short and holds(s)}
        texts = {s for _, s in found}
        return sorted((i, s) for i, s in found if not any(s != other and s in other for other in texts))


def without_honorific(source: str, lex: Lexicon) -> str:
    """'Mr Kozytskyi' -> 'Kozytskyi'; any other source as it is."""
    words = source.split()
    return words[1] if len(words) == 2 and words[0].rstrip(".").lower() in lex.honorifics else source


LATER_POOL = 10**9  # named mentions rank after every source: a role is a speaker's before it is anyone's


def nearest_of(entries: Sequence[tuple[int, str]], index: int) -> str:
    """The source of ``entries`` (sorted by sentence) nearest sentence ``index``, the earlier on a tie."""
    if not entries:
        return ""
    positions = [position for position, _ in entries]
    at = bisect_left(positions, index)
    candidates = [entries[k] for k in (at - 1, at) if 0 <= k < len(entries)]
    if at < len(entries) and entries[at][0] == index:
        return entries[at][1]
    return min(candidates, key=lambda entry: (abs(entry[0] - index), entry[0]))[1]


OFFICE_FILLERS = frozenset({"of", "the", "a", "an", "and"})


def holds_office(mention: str, title: str) -> bool:
    """Whether ``mention`` names the office of ``title``, its short names spelt out: "Oleh Syniehubov, head
    of the Kharkiv Regional Military Administration" holds "head of the RMA" (and of "the Kharkiv RMA")."""
    words = {w.lower() for w in WORD.findall(mention)}
    for word in WORD.findall(title):
        if word.lower() in OFFICE_FILLERS or word.lower() in words:
            continue
        if not (is_acronym(word) and spelt_out(word, mention)):
            return False
    return True


OFFICE_HOLDER = re.compile(r"^((?:the\s+)?[A-Za-z]+\s+of\s+the\s+)(.+)$")  # "head of the " + "Volyn OVA"


def office_acronym_spelt(source: str, lex: Lexicon) -> str:
    """'Dnipropetrovsk OVA': a place's body by the acronym of its office (lexicon's acronym_office), spelt out
    with the acronym kept ("Dnipropetrovsk Oblast Military Administration (OVA)"), its head's title kept too
    ("head of the Dnipropetrovsk RMA"); else ""."""
    holder = OFFICE_HOLDER.match(source) if " of the " in source else None
    if holder is not None and holder.group(1).split()[-3].lower() in lex.person_words:
        body = office_acronym_spelt(holder.group(2), lex)
        return f"{holder.group(1)}{body}" if body else ""
    *place, acronym = source.split()
    offices = lex.acronym_offices.get(acronym.lower()) if is_acronym(acronym) else None
    if not offices or not place or not all(word[:1].isupper() for word in place):
        return ""
    return f"{' '.join(place)} {offices[0].title()} ({acronym})"


def spelt_out(acronym: str, text: str) -> bool:
    """'RMA' in "Regional Military Administration", 'KCMA' in "Kyiv City Military Administration": a run of
    words whose initials spell the acronym (the fillers 'of', 'the', 'and' skipped)."""
    letters = [c.lower() for c in acronym if c.isupper()]
    if len(letters) < 3:  # "UN", "EU": too short to tell by initials
        return False
    initials = [w[0].lower() for w in WORD.findall(text) if w.lower() not in OFFICE_FILLERS]
    return any(initials[i : i + len(letters)] == letters for i in range(len(initials) - len(letters) + 1))


def spelt_body(acronym: str, text: str) -> str:
    """The name of the body ``acronym`` stands for in ``text`` (which spells it out, see spelt_out): the words
    that spell it and the capitalised ones right before them ("Zaporizhzhia Regional Military Administration" of
    "head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov")."""
    letters = [c.lower() for c in acronym if c.isupper()]
    words = [m for m in WORD.finditer(text) if m.group().lower() not in OFFICE_FILLERS]
    for i in range(len(words) - len(letters) + 1):
        if [m.group()[0].lower() for m in words[i : i + len(letters)]] == letters:
            first = i
            while (
                first and words[first - 1].group()[:1].isupper() and words[first - 1].end() + 1 == words[first].start()
            ):
                first -= 1  # "Zaporizhzhia" of "Zaporizhzhia Regional Military Administration"
            return text[words[first].start() : words[i + len(letters) - 1].end()]
    return text


def same_level(source: str, other: str, lex: Lexicon) -> bool:
    """Whether two offices may be one: not when each names a level of government and the levels differ ("the
    district military administration" and "the Oblast Military Administration")."""
    levels = {lex.office_levels[w] for w in WORD.findall(source.lower()) if w in lex.office_levels}
    others = {lex.office_levels[w] for w in WORD.findall(other.lower()) if w in lex.office_levels}
    return not levels or not others or bool(levels & others)


def names_person(source: str, not_names: Set[str]) -> bool:
    """Whether a source names a person: a run of two or three capitalised words none of which is one of
    ``not_names`` (words of offices and bodies): "Ivan Fedorov, head of ..." does, "Zaporizhzhia Regional
    Military Administration" does not."""
    words = WORD.findall(source)
    runs, run = [], []
    for word in [*words, ""]:
        if word[:1].isupper() and word.lower() not in not_names:
            run.append(word)
        else:
            runs.append(run)
            run = []
    return any(2 <= len(r) <= 3 for r in runs)


TITLE_WORDS = 4  # "Kharkiv Regional Governor Syniehubov": at most so many words before the surname


@lru_cache(maxsize=4096)  # asked of every source
def titled_surname(source: str, lex: Lexicon) -> tuple[str, str] | None:
    """'Mayor Terekhov' -> ('Mayor', 'Terekhov'), 'Kharkiv Regional Governor Syniehubov' -> ('Kharkiv Regional
    Governor', 'Syniehubov'): a title in capitals ending in a person word, then one surname; else None."""
    *title, surname = source.split() or [""]
    if not title or len(title) > TITLE_WORDS or not (surname[:1].isupper() and surname.replace("-", "").isalpha()):
        return None
    if not all(w[:1].isupper() for w in title):
        return None
    last = title[-1].rstrip(".").lower()
    return (" ".join(title), surname) if last in lex.person_words or last in TITLES else None


NEARBY = 2  # sentences between a role ("the governor said") and the name that is its holder's


def is_untitled_person(source: str, lex: Lexicon) -> bool:
    """'Mikhail Razvozhayev': a person's name with no title (not a body's: "Air Force")."""
    return is_person_name(source) and not names_body(source, lex)


def is_person_role(source: str, lex: Lexicon) -> bool:
    """'the Moscow-installed governor', 'the mayor': a person's role without a name."""
    return is_role_phrase(source, lex) and role_word(source, lex) in lex.person_words


def with_patronymic(fuller: str, name: str) -> bool:
    """Whether ``fuller`` names the person ``name`` ("Vyacheslav Gladkov") with one more name between its first
    name and surname ("Governor Vyacheslav Vladimirovich Gladkov")."""
    words = name.split()
    if len(words) != 2:
        return False
    return (
        f"{words[0]} " in fuller
        and re.search(rf"\b{re.escape(words[0])} [A-Z][a-z]+ {re.escape(words[1])}\b", fuller) is not None
    )


def first_name_of(source: str, surname: str, lex: Lexicon) -> str:
    """The capitalised word right before ``surname`` in ``source`` when it is a first name, not a title ("Ihor"
    of "Mayor Ihor Terekhov", none in "Mayor Terekhov"), or ""."""
    words = WORD.findall(source)
    at = next((k for k in range(1, len(words)) if words[k] == surname), 0)
    before = words[at - 1] if at else ""
    lower = before.lower()
    if not before[:1].isupper() or lower in lex.person_words or lower in TITLES or lower in lex.honorifics:
        return ""
    return before


def is_person_name(source: str) -> bool:
    """'Kyrylo Tymoshenko', 'Oleh Syniehubov' (or a body: 'Air Force'): two to four capitalised words and
    nothing else."""
    words = source.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in TITLES:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


@lru_cache(maxsize=4096)  # asked of every source of an article with a role to resolve
def names_office_holder(source: str, lex: Lexicon) -> bool:
    """'Bryansk Region Governor Alexander Bogomaz', 'spokesman Yurii Ihnat': a person by office (a person word)."""
    return any(w in lex.person_words for w in WORD.findall(source.lower()))


def names_body(source: str, lex: Lexicon) -> bool:
    """'Air Force', 'State Emergency Service': a name with a word of a body's name in it."""
    return any(POSSESSIVE.sub("", w.lower()) in lex.source_words for w in WORD.findall(source))


TITLES = {"mayor", "governor", "president", "head", "minister", "general", "commander", "gov", "gen"}


@lru_cache(maxsize=4096)  # asked of every source
def is_title(source: str, lex: Lexicon) -> bool:
    """'head of the Kharkiv Regional Military Administration', 'the mayor of Kharkiv': an office, named by the
    capitalised words of its institution or place but not by its holder's name."""
    words = WORD.findall(source)
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0] in lex.apposition_starts - {"the", "a", "an"} and has_name(source)


@lru_cache(maxsize=4096)  # asked of every source
def opens_with_role(source: str, first: str, lex: Lexicon) -> bool:
    """'Regional governor', 'Governor': a role capitalised only because it opens its line, no name."""
    lower = first.lower()
    return (lower in lex.roles or lower in lex.office_levels) and is_role_phrase(lower + source[len(first) :], lex)


def is_role_phrase(source: str, lex: Lexicon) -> bool:
    """'the region's acting governor', "city's mayor": a role without a name."""
    return not has_name(source) and bool(role_word(source, lex))


@lru_cache(maxsize=4096)  # asked of every source
def role_word(source: str, lex: Lexicon) -> str:
    """The last role word of a source ("governor" of "region's acting governor"), or ""."""
    words = [POSSESSIVE.sub("", w) for w in WORD.findall(source.lower())]
    return next((w for w in reversed(words) if w in lex.roles or w == source.lower()), "")


HYPHENED_ADJECTIVE = re.compile(r"\b[A-Z][\w'’]*-(?=[a-z])")  # "Moscow-installed", "Kremlin-backed": no name


@lru_cache(maxsize=4096)  # asked of every source
def has_name(source: str) -> bool:
    return any(w[:1].isupper() for w in WORD.findall(HYPHENED_ADJECTIVE.sub("", source)))
