"""Reading data/lexicon's CSV files into a Lexicon: every pattern compiled once, every word set frozen."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from .. import config
from ..errors import LexiconError
from ..inflections import INFLECTED, expand, inflections, known_forms
from .alternation import alternation, tagged_rows
from .model import Lexicon


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


NUMBERS = ("number_word", "scale", "number")  # kinds of quantities.csv a number may open with ("nine", "a dozen")


def _clause_break(rows: list[dict[str, str]]) -> re.Pattern:
    """One alternation of the clause breaks of clauses.csv, in file order (a ``list`` row is matched as after a
    comma; see Lexicon.list_breaks)."""
    forms = {
        "none": ("{}",),
        "comma": (", {} ",),
        "space": (" {} ",),
        "either": (", {} ", " {} "),
        "list": (", {} ",),
    }
    return re.compile("|".join(form.format(re.escape(r["word"])) for r in rows for form in forms[r["after"]]))


def _words(words: tuple[str, ...]) -> str:
    """Words as one alternation, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _side_land(sides: dict[str, str], lands: tuple[str, ...]) -> re.Pattern:
    """'<side word> <land word>' on lower-cased text; group 1 is the side word."""
    return re.compile(rf"\b({_words(tuple(sides))})\s+(?:{'|'.join(map(re.escape, lands))})\b")


def _word_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{expand(pattern)})(?![\w-])", re.IGNORECASE)


def _lower_regex(pattern: str) -> re.Pattern:
    """A lower-case pattern ending at a word end; the caller checks that it starts at a word start."""
    return re.compile(rf"(?:{expand(pattern)})(?![\w-])")


WORD_START = r"(?<!\w)(?=\w)"  # the "\b" before a pattern that opens with a word: tried once, not at word ends too


def _bounded_regex(pattern: str) -> re.Pattern:
    """A pattern of whole words (it opens with a word character, as every row of dates.csv and exclusions.csv)."""
    return re.compile(rf"{WORD_START}(?:{expand(pattern)})\b")


def _first_of_rows(patterns: list[str]) -> re.Pattern:
    """The bounded patterns as one alternation whose match names its row (alternation.row_of): each branch ends
    in an empty group of its own, so no row before that one needs trying at that position."""
    return re.compile(_first_of_rows_source(patterns))


def _first_of_rows_source(patterns: list[str]) -> str:
    return WORD_START + "(?:" + tagged_rows([expand(p) for p in patterns], "r", end=r"\b") + ")"


def _verb_forms(sources: list[dict[str, str]], kind: str) -> frozenset[str]:
    """Every inflection of the verbs of one kind of sources.csv."""
    return frozenset(form for r in sources if r["kind"] == kind for form in inflections(r["term"], "v"))


@lru_cache(maxsize=2)
def load_lexicon(folder: Path = config.LEXICON) -> Lexicon:
    quantities = _rows(folder, "quantities.csv")
    clauses = _rows(folder, "clauses.csv")
    sources = _rows(folder, "sources.csv")
    triggers = sorted(_rows(folder, "triggers.csv"), key=lambda r: 0 if "or" in r["classes"] else 1)
    exclusions = _rows(folder, "exclusions.csv")
    date_cues = _rows(folder, "dates.csv")
    calendar = _rows(folder, "calendar.csv")
    words = _word_sets(folder)
    anaphors = words["anaphor_noun"] + words["anaphor_site"]  # "the city", "the refinery"
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
            r"(?<![\w-])(?=\w)(?:" + tagged_rows([expand(r["pattern"]) for r in triggers], "t", end=r"(?![\w-])") + ")"
        ),
        metrics={(r["head"], r["verb"]): (r["category"], r["metric"]) for r in _rows(folder, "metrics.csv")},
        qualifiers={r["phrase"]: r["kind"] for r in quantities if r["kind"] in ("at_least", "approx", "at_most")},
        units={r["phrase"] for r in quantities if r["kind"] == "unit"},
        vague={r["phrase"] for r in quantities if r["kind"] == "vague"},
        number_phrases={r["phrase"]: int(r["value"]) for r in quantities if r["kind"] == "number"},
        speech_verbs=set(_verb_forms(sources, "verb") - set(words["noun_form"])),
        noun_forms=frozenset(words["noun_form"]),
        listener_verbs=_verb_forms(sources, "listener_verb"),
        record_verbs=_verb_forms(sources, "record_verb"),
        recorders=frozenset(r["term"] for r in sources if r["kind"] == "recorder"),
        source_words={r["term"] for r in sources if r["kind"] == "noun"},
        documents={r["term"] for r in sources if r["kind"] == "document"},
        sides=sides,
        date_cues=[(_bounded_regex(r["pattern"]), r["resolution"]) for r in date_cues],
        any_exclusion=_bounded_regex(alternation([expand(r["pattern"]) for r in exclusions], at_word_start=True)),
        any_date_cue=_first_of_rows([r["pattern"] for r in date_cues]),
        date_cues_before=tuple(  # compiled when first asked (Lexicon.earlier_date_cues): most rows never are
            _first_of_rows_source([r["pattern"] for r in date_cues[:k]]) for k in range(len(date_cues))
        ),
        number_words={r["phrase"] for r in quantities if r["kind"] in ("number_word", "scale")},
        scales={r["phrase"]: int(r["value"]) for r in quantities if r["kind"] == "scale"},
        months={r["name"]: int(r["number"]) for r in calendar if r["kind"] == "month"},
        weekdays=tuple(r["name"] for r in sorted(calendar, key=lambda r: int(r["number"])) if r["kind"] == "weekday"),
        time_zone_hours={r["name"]: int(r["number"]) for r in calendar if r["kind"] == "zone"},
        clause_break=_clause_break(clauses),
        list_breaks=frozenset(f", {r['word']} " for r in clauses if r["after"] == "list"),
        number_ahead=re.compile(rf"\d|(?:{_words(tuple(r['phrase'] for r in quantities if r['kind'] in NUMBERS))})\b"),
        auxiliaries=frozenset(words["auxiliary"]),
        stop_words=frozenset(words["auxiliary"] + words["stop"]),
        modifiers=frozenset(words["modifier"]),
        ellipsis_modifiers=frozenset(words["ellipsis_modifier"]),
        pronouns=frozenset(words["pronoun"]),
        roles=frozenset(words["role"]),
        groups=frozenset(words["group"]),
        institutions=frozenset(words["institution"]),
        conditions=frozenset(words["condition"]),
        state_verbs=frozenset(words["state_verb"]),
        subset_cues=words["subset_cue"],
        abbreviations=frozenset(words["abbreviation"]),
        not_source_words=frozenset(words["not_source"]),
        place_suffixes=frozenset(words["place_suffix"]),
        water_bodies=frozenset(words["water_body"]),
        water_before=tuple(words["water_before"]),
        imposing_verbs=frozenset(words["imposing_verb"]),
        origin_links=frozenset(words["origin_link"]),
        not_launch_sites=frozenset(words["not_launch_site"]),
        target_prepositions=frozenset(words["target_preposition"]),
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
        place_owner_after=frozenset(words["place_owner_after"]),
        place_destination_before=frozenset(words["place_destination_before"]),
        route_words=frozenset(words["route_word"]),
        place_landmark_before=frozenset(words["place_landmark_before"]),
        place_actor_verbs=frozenset(words["place_actor_verb"]),
        possessive_actor_words=frozenset(words["possessive_actor"]),
        seat_words=frozenset(words["seat_word"]),
        attack_verb_prefixes=words["attack_verb_prefix"],
        actor_followers=frozenset(words["actor_follower"]),
        wire_agencies=words["wire_agency"],
        relays=frozenset(words["relay"]),
        teasers=words["teaser"],
        superlatives=frozenset(words["superlative"]),
        number_labels=frozenset(words["number_label"]),
        local_titles=frozenset(words["local_title"]),
        credit_labels=tuple(words["credit_label"]),
        colon_labels=frozenset(words["colon_label"]),
        repost_marks=frozenset(words["repost_mark"]),
        role_offices=_keyed(words["role_office"]),
        staff_offices=_keyed(words["staff_office"]),
        titles_in_full={short: full[0] for short, full in _keyed(words["title_in_full"]).items()},
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
        restating_phrases=tuple(words["restating_phrase"]),
        hedges=frozenset(words["hedge"]),
        remains_of=frozenset(words["remains_of"]),
        among_counted=frozenset(words["among_counted"]),
        count_locatives=frozenset(words["count_locative"]),
        landmark_nouns=frozenset(words["landmark_noun"]),
        comparatives=frozenset(words["comparative"]),
        average_leads=frozenset(words["average_lead"]),
        rate_words=frozenset(words["rate_word"]),
        rate_units=frozenset(words["rate_unit"]),
        relative_times=frozenset(words["relative_time"]),
        kin_words=frozenset(words["kin_word"]),
        population_leads=frozenset(words["population_lead"]),
        generic_people=frozenset(words["generic_people"]),
        state_lead_ins=frozenset(words["state_lead_in"]),
        interview_cues=frozenset(words["interview_cue"]),
        tolls={toll: head for head in ("killed_noun", "injured_noun") for toll in words[f"toll_{head}"]},
        toll_links=frozenset(words["toll_link"]),
        running_totals=frozenset(words["running_total"]),
        agent_gaps=frozenset(words["agent_gap"]),
        owner_determiners=frozenset(words["owner_determiner"]),
        own_channels=frozenset(words["own_channel"]),
        platforms=frozenset(words["platform"]),
        document_prepositions=frozenset(words["document_preposition"]),
        introducers=words["introducer"],
        breakdown_endings=words["breakdown_ending"],
        governing_verbs=frozenset(words["governing_verb"]),
        figurative_before=frozenset(words["figurative_before"]),
        bare_heads=frozenset(words["bare_head"]),
        inclusion_verbs=frozenset(words["inclusion_verb"]),
        modified_nouns=frozenset(words["modified_noun"]),
        bare_head_words=re.compile(
            r"\b(?:"
            + alternation([expand(r["pattern"]) for r in heads if r["head"] in words["bare_head"]])
            + r")(?![\w-])"
        ),
        source_prefixes=frozenset(words["source_prefix"]),
        negation=re.compile(  # one search per trigger: a subject of its own ("nobody was") or a negation ("not")
            rf"\b(?:(?P<own>{'|'.join(map(re.escape, words['own_subject']))})"
            rf"|{'|'.join(map(re.escape, words['negation']))})\b(?: \w+)? $"
        ),
        according_cues=words["according_cue"],
        according_starts=frozenset(cue.split()[0] for cue in words["according_cue"]),
        citing_cues=frozenset(words["citing_cue"]),
        source_stops=frozenset(words["source_stop"]),
        parenthesis_starts=frozenset(words["parenthesis_start"]),
        place_kinds=frozenset(words["place_kind"]),
        office_areas=frozenset(words["office_area"]),
        place_anaphor=re.compile(  # "the city", "in the oblast", "the southern city": not "the city of X"
            rf"\bthe (?:(?:{_words(words['anaphor_adjective'])}) )?({_words(anaphors)})\b"
            r"(?!['’]s| of\b| and\b|-)"
        ),
        owner_anaphor=re.compile(rf"\bthe ({_words(anaphors)})['’]s\b"),  # "the city's mayor"
        anaphor_nouns=anaphors,
        anaphor_sites=frozenset(words["anaphor_site"]),
        group_sources=frozenset(words["group_source"]),
        copulas=frozenset(words["copula"]),
        narration_openers=frozenset(words["narration_opener"]),
        recap_openers=tuple(words["recap_opener"]),
        partitive_openers=tuple(words["partitive_opener"]),
        addition_openers=tuple(words["addition_opener"]),
        whole_openers=tuple(words["whole_opener"]),
        attack_sequels=tuple(words["attack_sequel"]),
        attack_subjects=tuple(words["attack_subject"]),
        subordinators=frozenset(words["subordinator"]),
        anaphoric_alls=frozenset(words["anaphoric_all"]),
        relatives=frozenset(words["relative"]),
        relative_subjects=frozenset(words["relative_subject"]),
        partitive_determiners=frozenset(words["partitive_determiner"]),
        singular_determiners=frozenset(words["singular_determiner"]),
        anaphoric=frozenset(words["anaphoric"]),
        singular_people=frozenset(
            lemma for r in heads if r["head"] == "people" for lemma, _ in INFLECTED.findall(r["pattern"])
        ),
    )
    known_forms().save()
    return lexicon
