"""Who a source stands for, in full: a bare side ("Russia") gives way to the nearest named source of that
side, a role ("the governor") to the nearest source or named mention with a name, a surname ("Fedorov") to the
fullest mention of that person, an office to its holder. Indexes of the article's sources and named mentions
are built once per article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from ..lexicon import Lexicon
from .offices import holds_office, office_acronym_spelt, same_level, spelt_body, spelt_out
from .parties import is_bare_side, source_sides
from .people import (
    first_name_of,
    has_name,
    is_person_name,
    is_person_role,
    is_role_phrase,
    is_title,
    is_untitled_person,
    is_vacant_title,
    names_body,
    names_office_holder,
    names_person,
    office_words,
    opens_with_role,
    placed_role,
    role_word,
    titled_surname,
    with_patronymic,
    without_honorific,
)
from .resolve import modifies
from .short_names import is_acronym
from .source_phrases import (
    POSSESSIVE,
    WORD,
    apposition_words,
    noun_phrase_before,
    phrase_text,
    source_after,
)
from .tokens import Sentence, Token, is_title_case


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
        title_case = sentence.headline and is_title_case(sentence.text)
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
                if title_case:  # "What the Air Force Data Says About ...": a name ends before a verb of speech
                    said = next((k for k, w in enumerate(words) if w.lower in lex.speech_verbs), len(words))
                    words = words[:said]
                if sum(w.text[:1].isupper() for w in words) >= 2:  # ("President Volodymyr Zelenskyy's hometown")
                    names.append(POSSESSIVE.sub("", phrase_text(sentence, words)))
        found.append(names + offices_named(sentence, lex))
    return found


def offices_named(sentence: Sentence, lex: Lexicon) -> list[str]:
    """Bodies named by their place and a staff's office ("the Kharkiv regional prosecutor's office"): whom
    "the prosecutors" of another sentence work for, though one capital makes no name."""
    found = []
    for office in {o for offices in lex.staff_offices.values() for o in offices}:
        at = sentence.lower.find(office)
        end = sentence.start + at + len(office)
        last = next((k for k, t in enumerate(sentence.tokens) if t.end == end), -1) if at >= 0 else -1
        words = noun_phrase_before(sentence.tokens, last, lex) if last >= 0 else []
        while words and words[0].lower in lex.stop_words:
            words = words[1:]
        if any(w.text[:1].isupper() for w in words):
            found.append(phrase_text(sentence, words))
    return found


def kind_kept(role_phrase: str, other: str, role: str, lex: Lexicon) -> bool:
    """Whether ``other`` keeps the kind of ``role`` the phrase means, where it names that role too: "the city's
    emergency headquarters" is no "Coordination Headquarters", "the press service" is the airport's "press
    service"; "the railway company" may be "Ukrzaliznytsia" and "the ministry's press service" the ministry's,
    but "the city's headquarters" is no other body."""
    words = {POSSESSIVE.sub("", w) for w in WORD.findall(other.lower())}
    phrase = WORD.findall(role_phrase.lower())
    before = phrase[: next((i for i, w in enumerate(phrase) if POSSESSIVE.sub("", w) == role), len(phrase))]
    if role not in words:  # a body by another word, unless the phrase names the place it belongs to ("the city's")
        return not any(POSSESSIVE.search(w) for w in before)
    kinds = {w for w in before if w in lex.source_words and w not in lex.office_levels and not POSSESSIVE.search(w)}
    return kinds <= words


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
        self.titles = abbreviated_titles(lex)
        self.by_word: dict[str, list[tuple[int, str]]] = {}  # word -> (sentence, named source) in order
        self.by_sides: dict[frozenset[str], list[tuple[int, str]]] = {}  # sides -> (sentence, source)
        self.longest: dict[str, str] = {}  # a capitalised word -> the longest source or mention with it
        self.fullest: dict[str, str] = {}  # the same, sources and mentions alike
        self.names = names  # the named mentions holding a word, per sentence: read only when the sources do not tell
        self.named_words: set[str] = set()  # the words whose mentions are indexed
        self.every_mention: Sequence[Sequence[str]] | None = None  # every sentence's named mentions, read once
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
            if word in self.titles:  # "Gov. Oleh Syniehubov" holds the role "the governor" too
                self.by_word.setdefault(self.titles[word], []).append((index + pool_rank * LATER_POOL, source))
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
            or placed_role(source, lex) is not None
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
            holds = lambda other: fits(other) and kind_kept(source, other, role, lex)  # noqa: E731
            found = nearest_of([e for e in self.by_word.get(role, []) if holds(e[1])], index)
            found = found or nearest_of([e for e in self.with_names(role).by_word.get(role, []) if holds(e[1])], index)
            levelled = any(w in lex.office_levels for w in WORD.findall(source.lower()))  # "the regional ... HQ"
            if not found and not levelled and role in lex.institutions:  # "DTEK reported outages ..., the company said"
                found = nearest_of([e for e in self.bodies if e[0] <= index and holds(e[1])], index)
            if not found and role in lex.role_offices:  # "the governor": the head of the regional administration
                found = self.office_holder(lex.role_offices[role], index)
            if not found and role in lex.staff_offices:  # "the prosecutors": the prosecutor's office named before
                found = self.office_body(lex.staff_offices[role], index)
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
                title = self.title_for(fuller, source, index)  # "Terekhov": "Ihor Terekhov", "Mayor Terekhov"
                fuller = f"{title} {fuller}" if title else fuller
            return fuller or source
        elif (titled := titled_surname(source, lex)) is not None:  # "Mayor Terekhov" ... "Ihor Terekhov"
            title, surname = titled
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
            # "Ihor Terekhov" ... "Mayor Terekhov": "Mayor Ihor Terekhov"
            title = self.title_for(source, surname, index)
            return f"{title} {source}" if title else source
        if is_title(source, lex):  # "head of the Kharkiv Regional Military Administration": who holds it
            return self.holder(source, index) or source
        if (placed := placed_role(source, lex)) is not None:  # "Lviv mayor": "Andriy Sadovyi, the mayor of Lviv"
            return self.placed_holder(*placed, index) or source
        return source

    def placed_holder(self, place: str, role: str, index: int) -> str:
        """The nearest mention naming the person in ``role`` of ``place`` ("Andriy Sadovyi, the mayor of Lviv" for
        "Lviv mayor"), or ""."""
        not_names = office_words(self.lex)
        entries = [
            (i % LATER_POOL, s)
            for i, s in self.with_names(place).by_word.get(place.lower(), [])
            if role in WORD.findall(s.lower()) and names_person(s, not_names)
        ]
        return nearest_of(sorted(entries), index)

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

    def title_for(self, name: str, surname: str, index: int) -> str:
        """The title of a person named without one ("Ihor Terekhov"): given with the surname alone elsewhere
        ("Mayor Terekhov"), else the role that spoke just before the name first did ("the Moscow-installed
        governor said ... Mikhail Razvozhayev wrote"); or ""."""
        title = self.title_of(surname)
        if title or names_body(name, self.lex):
            return title
        first = next((i for i, found in enumerate(self.sources) if name in found), index)  # where it first speaks
        window = range(first - NEARBY, first + 1)
        role = self.nearby(first, window, partial(is_person_role, lex=self.lex))
        if not role:  # "the head of the Kharkiv RMA gave an update. According to Oleh Syniehubov, ..."
            if self.every_mention is None:
                self.every_mention = self.names("")
            role = self.nearby(first, window, partial(is_vacant_title, lex=self.lex), self.every_mention)
        return role.removeprefix("the ")

    def nearby(
        self, index: int, window: range, fits: Callable[[str], bool], pool: Sequence[Sequence[str]] | None = None
    ) -> str:
        """The one source of the sentences in ``window`` (around sentence ``index``) that ``fits`` (or the one
        named mention of them, from ``pool``), or ""."""
        pool = self.sources if pool is None else pool
        found = {s for i in window if 0 <= i < len(pool) for s in pool[i] if fits(s)}
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


@lru_cache(maxsize=2)
def abbreviated_titles(lex: Lexicon) -> dict[str, str]:
    """'gov' -> 'governor': a title's short form, as a word of a source, and its role word."""
    return {short.rstrip(".").lower(): full.lower() for short, full in lex.titles_in_full.items()}


NEARBY = 2  # sentences between a role ("the governor said") and the name that is its holder's
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
