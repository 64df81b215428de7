"""The lexicon as the grammar reads it: word sets, compiled patterns and memoised lookups (load.py fills it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar


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
    record_verbs: frozenset[str]  # "the air force recorded 40 drones": a body's record is its word
    recorders: frozenset[str]  # the last word of a body whose record is its word ("the air force", "the ministry")
    listener_verbs: frozenset[str]  # "told Reuters": the words after the verb name who heard it, not who spoke
    noun_forms: frozenset[str]  # forms of a speech verb that are nouns more often ("estimates"), a verb before "that"
    source_words: set[str]
    documents: set[str]  # "according to the post": a document stands for whoever issued it
    sides: dict[str, str]
    date_cues: list[tuple[re.Pattern, str]]
    any_exclusion: re.Pattern  # war-long tallies, prisoner exchanges, crashes (reasons kept in exclusions.csv)
    any_date_cue: re.Pattern  # all rows of dates.csv at once; the match names its row (row_of)
    date_cues_before: tuple[str, ...]  # [r]: the rows before row r at once, named alike (r = 0: none), as source
    number_words: set[str]  # "seven", "twenty", "hundred": what text2num reads
    scales: dict[str, int]  # "thousand" -> 1000
    months: dict[str, int]  # "sept" -> 9
    weekdays: tuple[str, ...]  # "monday" first
    time_zone_hours: dict[str, int]  # "bst" -> 1: hours ahead of UTC
    clause_break: re.Pattern  # runs on the sentence's text (dashes as spaces)
    list_breaks: frozenset[str]  # breaks that are none before a number: ", as well as 32 missiles" goes on the list
    number_ahead: re.Pattern  # a number starts here ("32", "nine")
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
    water_bodies: frozenset[str]  # "river": "the Dnipro river" is water, not the city of Dnipro
    water_before: tuple[str, ...]  # "bank of the": "the east bank of the Dnipro" is water too
    imposing_verbs: frozenset[str]  # "introduced": "Rosaviatsia introduced restrictions" names who restricted
    origin_links: frozenset[str]  # between two launch areas of one list
    not_launch_sites: frozenset[str]  # after "from", no launch area follows ("from the rubble in Dnipro")
    target_prepositions: frozenset[str]  # after "from", turns to the target ("from Bryansk towards Chernihiv")
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
    place_owner_after: frozenset[str]  # "flag": "a vessel flying the Panama flag" happened in no Panama
    place_destination_before: frozenset[str]  # "diverted to": things were sent there
    route_words: frozenset[str]  # "train": a place after "Shostka –" near one is where the route ends
    place_landmark_before: frozenset[str]  # "which borders": the place only locates another
    place_actor_verbs: frozenset[str]
    possessive_actor_words: frozenset[str]
    seat_words: frozenset[str]  # "the Kiev regime", "the Moscow authorities": the government, not a target
    attack_verb_prefixes: tuple[str, ...]
    actor_followers: frozenset[str]
    wire_agencies: tuple[str, ...]
    relays: frozenset[str]  # "correspondent": a news outlet's own people, who pass on what others report
    teasers: tuple[str, ...]  # "read also:": a line linking to another story
    superlatives: frozenset[str]  # "the largest attack ... since": a comparison, not a tally
    number_labels: frozenset[str]  # "hotline", "no": the number after them names something
    local_titles: frozenset[str]  # "mayor", "regional": a speaker of the place, not of the capital
    credit_labels: tuple[str, ...]  # "photo:": a line crediting a picture, whose places are no scene
    office_levels: dict[str, str]  # "oblast" -> "region": the level of government a word names
    acronym_offices: dict[str, tuple[str, ...]]  # "ova" -> "oblast military administration", ...: what it stands for
    regional_titles: frozenset[str]  # "governor", "regional": a speaker's title with one holds a region
    titles_in_full: dict[str, str]  # "Gov." -> "Governor": a title as reported_by spells it out
    role_offices: dict[str, tuple[str, ...]]  # "governor" -> "regional military administration", ...: its offices
    staff_offices: dict[str, tuple[str, ...]]  # "prosecutors" -> "prosecutor's office": the body they work in
    colon_labels: frozenset[str]  # "Breaking news:", "Kharkiv region:": no speaker before the colon
    repost_marks: frozenset[str]  # "Repost — X:": a post passed on, its speaker after the dash
    time_zones: tuple[str, ...]  # "Kyiv time" after "a.m.": the full stop ends no sentence
    side_land: re.Pattern  # "<side word> <land word>" ("russian regions", "ukraine's cities"): the country
    country_lands: tuple[str, ...]  # the land words: side_land matches no text without one
    place_prepositions: frozenset[str]  # "126 over the Kursk region": a headless number's place follows
    passive_auxiliaries: frozenset[str]  # "was" in "damage was reported": the subject is the news, not its source
    speech_adverbs: frozenset[str]  # "had also" in "officials had also reported"
    apposition_starts: frozenset[str]  # "the" in "Ivan Fedorov, the governor of the region, said"
    negation: re.Pattern  # "not", "never", "failed to" right before a verb: the verb did not happen; its group
    # "own" for "nobody", "how many": the verb is theirs, no count's
    source_prefixes: frozenset[str]  # "data" in "according to data from the ministry": the ministry speaks
    bare_heads: frozenset[str]  # head classes counted even without a number ("a fire broke out")
    bare_head_words: re.Pattern  # where a head of those classes may start, on lower-cased text
    inclusion_verbs: frozenset[str]  # "the missiles included 18 Kh-101s": a breakdown of the noun before
    modified_nouns: frozenset[str]  # nouns a head word before them only describes ("fire crews")
    tolls: dict[str, str]  # "death toll" -> killed_noun: a toll phrase and what the number ending it counts
    interview_cues: frozenset[str]  # "talked with": the person after it is whom an interview is with
    among_counted: frozenset[str]  # "was among the": after a singular person, one of those counted before
    count_locatives: frozenset[str]  # "at": before a headless number, a count of places ("fell at three more")
    landmark_nouns: frozenset[str]  # "coast": after a place, where another lies ("the Black Sea coast")
    comparatives: frozenset[str]  # "more": between a number and "than", a difference ("two more than the ministry")
    average_leads: frozenset[str]  # "average of": before a number, an average ("an average of 200 a night")
    rate_words: frozenset[str]  # "a", "per": before a rate_unit after a count's noun, a rate ("180 drones a night")
    rate_units: frozenset[str]  # "night", "day"
    relative_times: frozenset[str]  # "later": "a day later" is a time, no rate
    kin_words: frozenset[str]  # "son", "wife": a given name follows ("his son Artem"), no town
    population_leads: frozenset[str]  # "town of", "home to": a population follows ("home to 280,000 people")
    generic_people: frozenset[str]  # "people": a count of people that says nothing of who they were
    state_lead_ins: frozenset[str]  # "left", "remain": before a state ("were left without power")
    remains_of: frozenset[str]  # "bodies of": the people counted after it are dead
    toll_links: frozenset[str]  # "to", "at": the word between a toll and its number ("rose to 15")
    running_totals: frozenset[str]  # "total", "count": what a grown count is called ("the count stood at 27")
    agent_gaps: frozenset[str]  # "on", "evening": what may stand between a passive verb and its "by"
    owner_determiners: frozenset[str]  # "its", "his": stop words that stand for a source ("Its spokesperson")
    figurative_before: frozenset[str]  # "under fire", "opened fire": a bare head as a figure of speech
    state_verbs: frozenset[str]  # "two of them remain in hospital": between a partitive and its condition
    introducers: tuple[str, ...]  # "below is", "here are": a line opening with one hands what follows to a source
    governing_verbs: frozenset[str]  # "left": right before a count, a verb that makes it its object (see verbs.py)
    breakdown_endings: tuple[str, ...]  # "by district": a line ending with one hands the breakdown after it to a source
    document_prepositions: frozenset[str]  # "in a post": a speech verb after one and a determiner is a noun
    platforms: frozenset[str]  # "facebook", "telegram": a post's publisher that is no author
    own_channels: frozenset[str]  # "the governor's Telegram channel": where its owner posts, the owner's words
    hedges: frozenset[str]  # "reportedly": nobody vouches for the figure
    back_references: frozenset[str]  # "this" in "The air force reported this on Telegram"
    restating_phrases: tuple[str, ...]  # "giving the casualty figures": the figures before are its speaker's
    according_cues: tuple[str, ...]  # "according to": the source follows
    according_starts: frozenset[str]  # their first words: where to look further
    citing_cues: frozenset[str]  # "citing": whoever speaks only passes the report on
    source_stops: frozenset[str]  # a source phrase ends before these
    parenthesis_starts: frozenset[str]  # ", to the north of X," between a speaker and its verb
    subordinators: frozenset[str]  # ", as X said ...": a clause whose speaker says only what follows
    recap_openers: tuple[str, ...]  # "Recall that ...": a sentence recalling an earlier attack as known
    partitive_openers: tuple[str, ...]  # "Among the missiles, ...": a sentence counting a part of the last count
    addition_openers: tuple[str, ...]  # "Another nine were injured": a sentence counting more of the last count
    whole_openers: tuple[str, ...]  # "As for the drones, 39 were shot down": the whole a clause's numbers count
    attack_sequels: tuple[str, ...]  # "As a result of the attack, ...": a paragraph on the attack just told
    attack_subjects: tuple[str, ...]  # "the attack" of "In Kyiv, the attack killed four": the attack just told
    narration_openers: frozenset[str]  # "..., X said, as debris killed two": a clause the story tells, not X
    copulas: frozenset[str]  # "the victim was a man": a singular after one says who someone is
    group_sources: frozenset[str]  # "officials", "the military": a source's last word naming a group, not a body
    place_anaphor: re.Pattern  # "the city", "the southern city": a place named before (group 1: its kind)
    owner_anaphor: re.Pattern  # "the city's": kept only in a speaker's title
    anaphor_nouns: tuple[str, ...]  # what a sentence needs for place_anaphor to match
    anaphor_sites: frozenset[str]  # "the airport", "the refinery": the site of that kind named last
    place_kinds: frozenset[str]  # "city" of ", a city on the Dnipro,": an apposition of a place, not of a speaker
    office_areas: frozenset[str]  # "region" of "the National Police in Donetsk region": the area a body serves
    anaphoric_alls: frozenset[str]  # "all of them", "all were"
    relatives: frozenset[str]  # "86 of which"
    relative_subjects: frozenset[str]  # "the ministry, which reported": the noun before the comma speaks
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

    def earlier_date_cues(self, row: int) -> re.Pattern:
        """The rows of dates.csv before ``row`` as one pattern (compiled on first use, then re's cache)."""
        return re.compile(self.date_cues_before[row])

    def _head_class(self, phrase: str) -> tuple[str, str, str] | None:
        """The first weapon pattern that matches the start of ``phrase``, else the first head pattern."""
        match = self.any_head.match(phrase)
        if match is None:
            return None
        group = str(match.lastgroup)  # (a named group always matched: the pattern is an alternation of them)
        index = int(group[1:])
        if group[0] == "w":
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
    def continuation_openers(self) -> tuple[str, ...]:
        """Openings of a sentence that goes on counting what the sentence before counted: a part ("Among them")
        or more of it ("Another nine")."""
        return self.partitive_openers + self.addition_openers

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
