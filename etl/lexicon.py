"""The extraction lexicons under data/lexicon, loaded into lookup tables.

Wording lives in those CSV files, not in code: adding a weapon, a verb of interception or a source cue is an edit
to data. The trigger, exclusion and date-cue patterns are written in lower case and run on lower-cased text
(``lower_text``), several times faster than case-insensitive regexes.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TypeVar

from . import config
from .errors import LexiconError
from .inflections import INFLECTED, expand, inflections, known_forms


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    """The rows of a lexicon file; lines starting with '#' are comments (what the columns mean). A row with
    more or fewer fields than the header (an unquoted comma in a pattern) is a LexiconError."""
    with (folder / name).open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(line for line in handle if not line.startswith("#"))
        rows = list(reader)
    for number, row in enumerate(rows, start=1):
        if None in row or None in row.values():
            raise LexiconError(f"{name}: row {number} does not have the header's {len(reader.fieldnames or [])} fields")
    return rows


def _word_sets(folder: Path) -> dict[str, tuple[str, ...]]:
    """words.csv as {set: its words, in file order}."""
    sets: dict[str, list[str]] = {}
    for row in _rows(folder, "words.csv"):
        sets.setdefault(row["set"], []).append(row["word"])
    return {name: tuple(words) for name, words in sets.items()}


def _keyed(rows: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """'key=value' rows ("governor=regional military administration") as {key: its values, in file order}."""
    values: dict[str, list[str]] = {}
    for row in rows:
        key, value = row.split("=", 1)
        values.setdefault(key.strip(), []).append(value.strip())
    return {key: tuple(found) for key, found in values.items()}


def _clause_break(rows: list[dict[str, str]]) -> re.Pattern:
    """One alternation of the clause breaks of clauses.csv, in file order."""
    forms = {"none": ("{}",), "comma": (", {} ",), "space": (" {} ",), "either": (", {} ", " {} ")}
    return re.compile("|".join(form.format(re.escape(r["word"])) for r in rows for form in forms[r["after"]]))


def _side_land(sides: dict[str, str], lands: tuple[str, ...]) -> re.Pattern:
    """'<side word> <land word>' on lower-cased text; group 1 is the side word."""
    side_words = "|".join(re.escape(word) for word in sorted(sides, key=len, reverse=True))
    return re.compile(rf"\b({side_words})\s+(?:{'|'.join(map(re.escape, lands))})\b")


def _alternation(patterns: list[str]) -> str:
    """The patterns as one flat alternation (the same matches as each in a group of its own, and cheaper: the
    regex engine skips a branch that opens with another word at a glance)."""
    return "|".join(patterns)


def lower_text(text: str) -> str:
    """Lower case with the same length, so match offsets stay valid ('İ' lowers to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, eq=False)  # one object per lexicon folder, hashed by identity: memoised helpers take it
class Lexicon:
    weapons: list[tuple[re.Pattern, str, str]]
    heads: list[tuple[re.Pattern, str]]
    any_head: re.Pattern  # weapons then heads in one alternation; group w<i> says weapons[i], h<i> heads[i]
    triggers: list[tuple[re.Pattern, tuple[str, ...]]]
    any_trigger: re.Pattern  # every trigger in one alternation, first listed first; its group t<i> says triggers[i]
    metrics: dict[tuple[str, str], tuple[str, str]]
    qualifiers: dict[str, str]
    units: set[str]
    vague: set[str]
    number_phrases: dict[str, int]
    speech_verbs: set[str]
    source_words: set[str]
    documents: set[str]  # "according to the post": a document stands for whoever issued it
    sides: dict[str, str]
    date_cues: list[tuple[re.Pattern, str]]
    any_exclusion: re.Pattern  # war-long tallies, prisoner exchanges, crashes (reasons kept in exclusions.csv)
    any_date_cue: re.Pattern
    number_words: set[str]  # "seven", "twenty", "hundred": what text2num reads
    scales: dict[str, int]  # "thousand" -> 1000
    months: dict[str, int]  # "sept" -> 9
    weekdays: tuple[str, ...]  # "monday" first
    time_zone_hours: dict[str, int]  # "bst" -> 1: hours ahead of UTC
    clause_break: re.Pattern  # runs on the sentence's text (dashes as spaces)
    auxiliaries: frozenset[str]
    stop_words: frozenset[str]  # with the auxiliaries
    modifiers: frozenset[str]
    ellipsis_modifiers: frozenset[str]
    pronouns: frozenset[str]  # "it": the last source
    roles: frozenset[str]  # "governor": an earlier source naming the role
    groups: frozenset[str]  # "the officials": the last source named
    institutions: frozenset[str]  # "the company": the last organisation named
    conditions: frozenset[str]  # "one of them seriously": how some of a count are
    subset_cues: tuple[str, ...]
    abbreviations: frozenset[str]
    not_source_words: frozenset[str]
    place_suffixes: frozenset[str]
    district_words: frozenset[str]  # "district", "raion"
    person_words: frozenset[str]  # "spokesman", "mayor": a source that is a person
    honorifics: frozenset[str]  # "mr": "Mr Kozytskyi" is the surname Kozytskyi
    personal_pronouns: frozenset[str]  # "he", "she": a person, never a body
    personal_possessives: frozenset[str]  # "his": "his Telegram channel" is his word
    night_words: frozenset[str]  # "early", "overnight": a lead's weekday with one names its attack's night
    day_parts: frozenset[str]  # "afternoon": a lead's weekday with one names its attack's day
    body_heads: frozenset[str]  # "administration", "governor": a publisher with one posts its own news
    unofficial_sources: frozenset[str]  # "media", "residents": speak for no state ("Russia said" is none of them)
    addressee_possessives: frozenset[str]  # "your": an interviewer's guest, named as nobody
    estimate_verbs: frozenset[str]  # "put": a speech verb when it states a toll ("put the toll at 12")
    estimate_objects: frozenset[str]  # "toll", "number"
    witnesses: frozenset[str]  # "witnesses", "correspondent": speakers by what they saw or heard
    perception_verbs: frozenset[str]  # "heard", "saw"
    adjective_endings: tuple[str, ...]  # "skyi", "ny": a name formed like an adjective
    place_actor_before: frozenset[str]
    place_owner_before: frozenset[str]  # "flag of": the place owns something, nothing happened there
    place_actor_verbs: frozenset[str]
    possessive_actor_words: frozenset[str]
    attack_verb_prefixes: tuple[str, ...]
    actor_followers: frozenset[str]
    wire_agencies: tuple[str, ...]
    relays: frozenset[str]  # "correspondent": a news outlet's own people, who pass on what others report
    teasers: tuple[str, ...]  # "read also:": a line linking to another story
    office_levels: dict[str, str]  # "oblast" -> "region": the level of government a word names
    acronym_offices: dict[str, tuple[str, ...]]  # "ova" -> "oblast military administration", ...: what it stands for
    regional_titles: frozenset[str]  # "governor", "regional": a speaker's title with one holds a region
    role_offices: dict[str, tuple[str, ...]]  # "governor" -> "regional military administration", ...: its offices
    colon_labels: frozenset[str]  # "Breaking news:", "Kharkiv region:": no speaker before the colon
    time_zones: tuple[str, ...]  # "Kyiv time" after "a.m.": the full stop ends no sentence
    side_land: re.Pattern  # "<side word> <land word>" ("russian regions", "ukraine's cities"): the country
    country_lands: tuple[str, ...]  # the land words: side_land matches no text without one
    place_prepositions: frozenset[str]  # "126 over the Kursk region": a headless number's place follows
    passive_auxiliaries: frozenset[str]  # "was" in "damage was reported": the subject is the news, not its source
    speech_adverbs: frozenset[str]  # "had also" in "officials had also reported"
    apposition_starts: frozenset[str]  # "the" in "Ivan Fedorov, the governor of the region, said"
    negation: re.Pattern  # "not", "never", "failed to" right before a verb: the verb did not happen
    source_prefixes: frozenset[str]  # "data" in "according to data from the ministry": the ministry speaks
    bare_heads: frozenset[str]  # head classes counted even without a number ("a fire broke out")
    bare_head_words: re.Pattern  # where a head of those classes may start, on lower-cased text
    inclusion_verbs: frozenset[str]  # "the missiles included 18 Kh-101s": a breakdown of the noun before
    modified_nouns: frozenset[str]  # nouns a head word before them only describes ("fire crews")
    tolls: dict[str, str]  # "death toll" -> killed_noun: a toll phrase and what the number ending it counts
    toll_links: frozenset[str]  # "to", "at": the word between a toll and its number ("rose to 15")
    running_totals: frozenset[str]  # "total", "count": what a grown count is called ("the count stood at 27")
    agent_gaps: frozenset[str]  # "on", "evening": what may stand between a passive verb and its "by"
    owner_determiners: frozenset[str]  # "its", "his": stop words that stand for a source ("Its spokesperson")
    figurative_before: frozenset[str]  # "under fire", "opened fire": a bare head as a figure of speech
    own_channels: frozenset[str]  # "the governor's Telegram channel": where its owner posts, the owner's words
    hedges: frozenset[str]  # "reportedly": nobody vouches for the figure
    back_references: frozenset[str]  # "this" in "The air force reported this on Telegram"
    according_cues: tuple[str, ...]  # "according to": the source follows
    according_starts: frozenset[str]  # their first words: where to look further
    citing_cues: frozenset[str]  # "citing": whoever speaks only passes the report on
    source_stops: frozenset[str]  # a source phrase ends before these
    parenthesis_starts: frozenset[str]  # ", to the north of X," between a speaker and its verb
    anaphoric_alls: frozenset[str]  # "all of them", "all were"
    relatives: frozenset[str]  # "86 of which"
    partitive_determiners: frozenset[str]  # "seven of the eight"
    singular_determiners: frozenset[str]  # "a woman", "her son"
    anaphoric: frozenset[str]  # "the second victim": someone already counted
    singular_people: frozenset[str]  # "woman", "guard": a bare singular casualty ("a woman was killed") counts 1
    _heads: dict[str, tuple[str, str, str] | None] = field(default_factory=dict, compare=False, repr=False)
    _head_spans: dict[str, tuple[tuple[str, str, str], int] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    _trigger_starts: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _trigger_classes: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def head_class(self, phrase: str) -> tuple[str, str, str] | None:
        """(head class, weapon, weapon_model) when ``phrase`` starts with a countable head (memoised)."""
        try:
            return self._heads[phrase]
        except KeyError:
            return _remember(self._heads, phrase, self._head_class(phrase))

    def head_span(self, words: str) -> tuple[tuple[str, str, str], int] | None:
        """The head class of ``words`` (lower-case tokens joined by single spaces) and how many of them it takes:
        the fewest whose own phrase has that class (memoised)."""
        try:
            return self._head_spans[words]
        except KeyError:
            found = self.head_class(words)
            span = None
            if found is not None:
                split = words.split(" ")
                taken = (n for n in range(1, len(split)) if self.head_class(" ".join(split[:n])) == found)
                span = found, next(taken, len(split))
            return _remember(self._head_spans, words, span)

    def trigger_classes(self, word: str) -> tuple[str, ...]:
        """Verb classes of a lower-case trigger word ("killed" -> kill), empty if it is none (memoised)."""
        try:
            return self._trigger_classes[word]
        except KeyError:
            found = next((classes for pattern, classes in self.triggers if pattern.fullmatch(word)), ())
            return _remember(self._trigger_classes, word, found)

    def starts_with_trigger(self, text: str) -> bool:
        """Whether lower-case ``text`` opens with a trigger (memoised)."""
        try:
            return self._trigger_starts[text]
        except KeyError:
            found = any(pattern.match(text) for pattern, _ in self.triggers)
            return _remember(self._trigger_starts, text, found)

    def _head_class(self, phrase: str) -> tuple[str, str, str] | None:
        """The first weapon pattern that matches the start of ``phrase``, else the first head pattern."""
        match = self.any_head.match(phrase)
        if match is None:
            return None
        index = int(match.lastgroup[1:])
        if match.lastgroup[0] == "w":
            _, weapon, model = self.weapons[index]
            return "weapon", weapon, model
        return self.heads[index][1], "", ""

    @cached_property
    def office_words(self) -> frozenset[str]:
        """Words a place name stands before in a speaker's title ("Kharkiv Mayor", "Kherson regional military
        administration", "Kyiv City Military Administration")."""
        return self.person_words | self.regional_titles | {"city", "military", "administration", "council"}

    @cached_property
    def quantity_starters(self) -> frozenset[str]:
        """First words of the multi-word quantity phrases ("dozens of", "a dozen")."""
        return frozenset(p.split()[0] for p in self.vague | set(self.number_phrases))

    @cached_property
    def quantity_openers(self) -> frozenset[str]:
        """Every word a quantity can open with, digits and hyphenated number words ("twenty-five") aside."""
        return self.quantity_starters | self.singular_determiners | self.number_words | {"another"}

    @cached_property
    def qualifier_ends(self) -> frozenset[str]:
        """Last words of the qualifier phrases ("at least", "about"): only these can precede one."""
        return frozenset(p.split()[-1] for p in self.qualifiers)

    @cached_property
    def _verbs_by_metric(self) -> dict[str, frozenset[str]]:
        verbs: dict[str, set[str]] = {}
        for (_, verb), (_, name) in self.metrics.items():
            if verb != "*":
                verbs.setdefault(name, set()).add(verb)
        return {name: frozenset(found) for name, found in verbs.items()}

    def verbs_of(self, metric: str) -> frozenset[str]:
        """The verb classes that can give a metric ("killed" -> {"kill"})."""
        return self._verbs_by_metric.get(metric, frozenset())

    def metric(self, head: str, verb: str) -> tuple[str, str] | None:
        return self.metrics.get((head, verb))


T = TypeVar("T")
MEMO_LIMIT = 500_000  # entries per memo: long runs see ever new n-grams


def _remember(memo: dict[str, T], key: str, value: T) -> T:
    """Store and return ``value``; a memo past MEMO_LIMIT starts over."""
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


def _word_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{expand(pattern)})(?![\w-])", re.IGNORECASE)


def _lower_regex(pattern: str) -> re.Pattern:
    """A lower-case pattern ending at a word end; the caller checks that it starts at a word start."""
    return re.compile(rf"(?:{expand(pattern)})(?![\w-])")


def _bounded_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{expand(pattern)})\b")


@lru_cache(maxsize=2)
def load_lexicon(folder: Path = config.LEXICON) -> Lexicon:
    quantities = _rows(folder, "quantities.csv")
    sources = _rows(folder, "sources.csv")
    triggers = sorted(_rows(folder, "triggers.csv"), key=lambda r: 0 if "or" in r["classes"] else 1)
    exclusions = _rows(folder, "exclusions.csv")
    date_cues = _rows(folder, "dates.csv")
    calendar = _rows(folder, "calendar.csv")
    words = _word_sets(folder)
    heads = _rows(folder, "heads.csv")
    weapons = _rows(folder, "weapons.csv")
    sides = {r["term"]: r["side"] for r in _rows(folder, "sides.csv")}
    lexicon = Lexicon(
        weapons=[(_word_regex(r["pattern"]), r["weapon"], r["weapon_model"]) for r in weapons],
        heads=[(_word_regex(r["pattern"]), r["head"]) for r in heads],
        any_head=re.compile(  # one match instead of one per pattern; each group empty and last (see any_trigger)
            "|".join(
                [rf"(?:{expand(r['pattern'])})(?![\w-])(?P<w{i}>)" for i, r in enumerate(weapons)]
                + [rf"(?:{expand(r['pattern'])})(?![\w-])(?P<h{i}>)" for i, r in enumerate(heads)]
            ),
            re.IGNORECASE,
        ),
        triggers=[(_lower_regex(r["pattern"]), tuple(r["classes"].split(";"))) for r in triggers],
        any_trigger=re.compile(  # the word-start test once, outside the alternation: most positions fail it fast
            r"(?<![\w-])(?=\w)(?:"  # each trigger's group empty and last: an alternation whose branches open with a
            # group is tried branch by branch, one opening with a word is skipped at a glance where the word is not
            + "|".join(rf"(?:{expand(r['pattern'])})(?![\w-])(?P<t{i}>)" for i, r in enumerate(triggers))
            + ")"
        ),
        metrics={(r["head"], r["verb"]): (r["category"], r["metric"]) for r in _rows(folder, "metrics.csv")},
        qualifiers={r["phrase"]: r["kind"] for r in quantities if r["kind"] in ("at_least", "approx", "at_most")},
        units={r["phrase"] for r in quantities if r["kind"] == "unit"},
        vague={r["phrase"] for r in quantities if r["kind"] == "vague"},
        number_phrases={r["phrase"]: int(r["value"]) for r in quantities if r["kind"] == "number"},
        speech_verbs={form for r in sources if r["kind"] == "verb" for form in inflections(r["term"], "v")}
        - set(words["noun_form"]),
        source_words={r["term"] for r in sources if r["kind"] == "noun"},
        documents={r["term"] for r in sources if r["kind"] == "document"},
        sides=sides,
        date_cues=[(_bounded_regex(r["pattern"]), r["resolution"]) for r in date_cues],
        any_exclusion=_bounded_regex(_alternation([r["pattern"] for r in exclusions])),
        any_date_cue=_bounded_regex(_alternation([r["pattern"] for r in date_cues])),
        number_words={r["phrase"] for r in quantities if r["kind"] in ("number_word", "scale")},
        scales={r["phrase"]: int(r["value"]) for r in quantities if r["kind"] == "scale"},
        months={r["name"]: int(r["number"]) for r in calendar if r["kind"] == "month"},
        weekdays=tuple(r["name"] for r in sorted(calendar, key=lambda r: int(r["number"])) if r["kind"] == "weekday"),
        time_zone_hours={r["name"]: int(r["number"]) for r in calendar if r["kind"] == "zone"},
        clause_break=_clause_break(_rows(folder, "clauses.csv")),
        auxiliaries=frozenset(words["auxiliary"]),
        stop_words=frozenset(words["auxiliary"] + words["stop"]),
        modifiers=frozenset(words["modifier"]),
        ellipsis_modifiers=frozenset(words["ellipsis_modifier"]),
        pronouns=frozenset(words["pronoun"]),
        roles=frozenset(words["role"]),
        groups=frozenset(words["group"]),
        institutions=frozenset(words["institution"]),
        conditions=frozenset(words["condition"]),
        subset_cues=words["subset_cue"],
        abbreviations=frozenset(words["abbreviation"]),
        not_source_words=frozenset(words["not_source"]),
        place_suffixes=frozenset(words["place_suffix"]),
        district_words=frozenset(words["district_word"]),
        person_words=frozenset(words["person_word"]),
        honorifics=frozenset(words["honorific"]),
        personal_pronouns=frozenset(words["personal_pronoun"]),
        personal_possessives=frozenset(words["personal_possessive"]),
        unofficial_sources=frozenset(words["unofficial_source"]),
        body_heads=frozenset(words["body_head"]),
        night_words=frozenset(words["night_word"]),
        day_parts=frozenset(words["day_part"]),
        addressee_possessives=frozenset(words["addressee_possessive"]),
        estimate_verbs=frozenset(words["estimate_verb"]),
        estimate_objects=frozenset(words["estimate_object"]),
        witnesses=frozenset(words["witness"]),
        perception_verbs=frozenset(words["perception_verb"]),
        adjective_endings=tuple(words["adjective_ending"]),
        place_actor_before=frozenset(words["place_actor_before"]),
        place_owner_before=frozenset(words["place_owner_before"]),
        place_actor_verbs=frozenset(words["place_actor_verb"]),
        possessive_actor_words=frozenset(words["possessive_actor"]),
        attack_verb_prefixes=words["attack_verb_prefix"],
        actor_followers=frozenset(words["actor_follower"]),
        wire_agencies=words["wire_agency"],
        relays=frozenset(words["relay"]),
        teasers=words["teaser"],
        colon_labels=frozenset(words["colon_label"]),
        role_offices=_keyed(words["role_office"]),
        regional_titles=frozenset(words["regional_title"]),
        acronym_offices=_keyed(words["acronym_office"]),
        office_levels={word: level for level, found in _keyed(words["office_level"]).items() for word in found},
        time_zones=words["time_zone"],
        side_land=_side_land(sides, words["country_land"]),
        country_lands=words["country_land"],
        place_prepositions=frozenset(words["place_preposition"]),
        passive_auxiliaries=frozenset(words["passive_auxiliary"]),
        speech_adverbs=frozenset(words["speech_adverb"]),
        apposition_starts=frozenset(words["apposition_start"]),
        back_references=frozenset(words["back_reference"]),
        hedges=frozenset(words["hedge"]),
        tolls={toll: head for head in ("killed_noun", "injured_noun") for toll in words[f"toll_{head}"]},
        toll_links=frozenset(words["toll_link"]),
        running_totals=frozenset(words["running_total"]),
        agent_gaps=frozenset(words["agent_gap"]),
        owner_determiners=frozenset(words["owner_determiner"]),
        own_channels=frozenset(words["own_channel"]),
        figurative_before=frozenset(words["figurative_before"]),
        bare_heads=frozenset(words["bare_head"]),
        inclusion_verbs=frozenset(words["inclusion_verb"]),
        modified_nouns=frozenset(words["modified_noun"]),
        bare_head_words=re.compile(
            rf"\b(?:{_alternation([expand(r['pattern']) for r in heads if r['head'] in words['bare_head']])})(?![\w-])"
        ),
        source_prefixes=frozenset(words["source_prefix"]),
        negation=re.compile(rf"\b(?:{'|'.join(map(re.escape, words['negation']))})\b(?: \w+)? $"),
        according_cues=words["according_cue"],
        according_starts=frozenset(cue.split()[0] for cue in words["according_cue"]),
        citing_cues=frozenset(words["citing_cue"]),
        source_stops=frozenset(words["source_stop"]),
        parenthesis_starts=frozenset(words["parenthesis_start"]),
        anaphoric_alls=frozenset(words["anaphoric_all"]),
        relatives=frozenset(words["relative"]),
        partitive_determiners=frozenset(words["partitive_determiner"]),
        singular_determiners=frozenset(words["singular_determiner"]),
        anaphoric=frozenset(words["anaphoric"]),
        singular_people=frozenset(
            lemma for r in heads if r["head"] == "people" for lemma, _ in INFLECTED.findall(r["pattern"])
        ),
    )
    known_forms().save()
    return lexicon
