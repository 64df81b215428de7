"""What a source's words name: a person (by name, by title and surname, by a role), a body, or an office;
the small predicates the attribution steps share ("Mayor Terekhov" is a title and a surname, "Air Force" a
body, "the Moscow-installed governor" a role without a name)."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from ..lexicon import Lexicon
from .source_phrases import POSSESSIVE, WORD


def without_honorific(source: str, lex: Lexicon) -> str:
    """'Mr Kozytskyi' -> 'Kozytskyi'; any other source as it is."""
    words = source.split()
    return words[1] if len(words) == 2 and words[0].rstrip(".").lower() in lex.honorifics else source


def names_person(source: str, not_names: Set[str]) -> bool:
    """Whether a source names a person: a run of two or three capitalised words none of which is one of
    ``not_names`` (words of offices and bodies): "Ivan Fedorov, head of ..." does, "Zaporizhzhia Regional
    Military Administration" does not."""
    words = WORD.findall(source)
    runs, run = [], []
    for word in [*words, ""]:
        if word[:1].isupper() and not word.isupper() and word.lower() not in not_names:  # (an acronym is no name)
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


@lru_cache(maxsize=4096)  # asked of every source
def placed_role(source: str, lex: Lexicon) -> tuple[str, str] | None:
    """'Lviv mayor' -> ('Lviv', 'mayor'): a place's name then a person's role, and no one's name; else None."""
    words = WORD.findall(source)
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in lex.roles:
        return None
    role = role_word(source, lex)
    if role not in lex.person_words or names_person(source, office_words(lex)):
        return None
    places = [w for w in words if w[:1].isupper() and w.lower() not in office_words(lex) and w.lower() != role]
    return (places[0], role) if len(places) == 1 and words[-1].lower() == role else None


def is_untitled_person(source: str, lex: Lexicon) -> bool:
    """'Mikhail Razvozhayev': a person's name with no title (not a body's: "Air Force")."""
    return is_person_name(source) and not names_body(source, lex)


def is_vacant_title(source: str, lex: Lexicon) -> bool:
    """'head of the Kharkiv Regional Military Administration': an office named without its holder's name."""
    return is_title(source, lex) and not names_person(source, office_words(lex))


@lru_cache(maxsize=2)
def office_words(lex: Lexicon) -> frozenset[str]:
    """Words of bodies, titles and levels, capitalised in an office's name but no person's name."""
    return frozenset(lex.source_words | lex.local_titles | lex.office_levels.keys())


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
