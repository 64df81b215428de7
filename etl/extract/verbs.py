"""Step 4 of the grammar: the verb that says what happened to a mention, and so its metric.

Triggers are the lexicon's verbs ("shot down", "launched", "killed"), each with its classes; the metric of a
mention is head class x verb class (metrics.csv), taken from the nearest fitting trigger of its clause: one
inside the mention ("attack drones"), a passive after it ("were destroyed"), one before it ("downed 30
drones"), then any after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass

from ..lexicon import Lexicon, row_of
from .heads import Mention
from .tokens import Sentence, Token

AIR_DEFENCE = {"intercept", "suppress", "intercept_or_suppress"}  # verbs whose regions are where, not what was hit
RELATIVE_OPENING = re.compile(r"^\s*,?\s*(?:which|that|who)\b")
COORDINATORS = frozenset({"and", "but", "while"})  # before a second subject of a clause ("and 3 injured")
NEGATION_REACH = 16  # characters before a verb where "not" negates it ("were not shot down", "did not launch")


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    classes: tuple[str, ...]


def find_triggers(sentence: Sentence, lex: Lexicon) -> list[Trigger]:
    """The sentence's triggers in text order, never overlapping; of two starting at one word, the one listed
    first in triggers.csv ("shot down or jammed" before "shot down"); a word inside another is none ("unhurt")."""
    found: list[Trigger] = []
    text, offset, triggers, negation = sentence.lower, sentence.start, lex.triggers, lex.negation
    for match in lex.any_trigger.finditer(text):  # one scan; at one position the first listed pattern wins
        start, end = match.span()
        negated = negation.search(text, max(0, start - NEGATION_REACH), start)
        if negated is None:
            classes = triggers[row_of(match)][1]
        elif negated.group("own"):
            classes = ("own",)  # "nobody was hurt", "how many were shot down": no count's verb
        else:
            classes = ("block",)
        found.append(Trigger(start + offset, end + offset, classes))
    return found


def clause_bounds(sentence: Sentence, position: int, lex: Lexicon) -> tuple[int, int]:
    """The clause around ``position``; a dash separates like a space ("weapons—of which 40 were downed")."""
    breaks = sentence.breaks
    if breaks is None:
        text = sentence.text.replace("—", " ").replace("–", " ")  # (cheaper than translate)
        breaks = sentence.breaks = [
            m.start() + sentence.start
            for m in lex.clause_break.finditer(text)
            if not (m.group() in lex.list_breaks and lex.number_ahead.match(text, m.end()))
        ]  # (", as well as 32 missiles" goes on the list: clauses.csv kind "list")
    at = bisect_left(breaks, position)  # breaks before position: [:at]; at or after: [at:]
    start = breaks[at - 1] if at else sentence.start
    end = breaks[at] if at < len(breaks) else sentence.end
    return max(start, sentence.start), min(end, sentence.end)


def is_passive(sentence: Sentence, end: int, trigger: Trigger, lex: Lexicon) -> bool:
    """An auxiliary among the three words between ``end`` and the trigger ("drones were shot down"), with no
    new clause between ("32 missiles, and air defences had downed 30": the downing is not theirs)."""
    text = sentence.text[end - sentence.start : trigger.start - sentence.start].lower()
    text = RELATIVE_OPENING.sub("", text)  # "43 missiles, which were shot down"
    between = text.split()
    if "," in text or any(w in ("and", "but", ";") for w in between):
        return False  # "43 missiles at Ukraine, the air force said, adding that air defences had shot down 30"
    return not lex.auxiliaries.isdisjoint(between[-3:])


def opens_that_clause(tokens: list[Token], first: int, list_start: int) -> bool:
    """Whether "that" stands right before the list that starts at ``list_start`` (its first number at or before
    token ``first``): the subject of a clause of its own."""
    while first and tokens[first].start > list_start:
        first -= 1
    return first > 0 and tokens[first - 1].lower == "that"


def choose_metrics(
    sentence: Sentence,
    mention: Mention,
    mentions: list[Mention],
    triggers: list[Trigger],
    spans: Mapping[int, tuple[int, int]],
    lex: Lexicon,
) -> list[tuple[str, str]]:
    """(category, metric) of a mention: usually one, two for "all N" launched and downed, none without a verb.

    ``spans`` maps id(mention) to the character span of the list it belongs to (lists.list_span).
    """
    if mention.head is None:
        return []
    metrics = lex.metrics  # (head class, verb class) -> metric
    intrinsic = metrics.get((mention.head, "*"))
    if intrinsic:  # "killed", "the injured": what they count, whatever the verb (not "19 of them were hospitalised")
        part = "whom" in mention.flags or "antecedent_same" in mention.flags  # "19 of them", "of whom 11"
        if part and part_blocked(sentence, mention, triggers, lex):
            return []
        listed = mention.antecedent if "list_item" in mention.flags else None  # "..., six in serious condition"
        if listed is not None and "whom" in listed.flags and part_blocked(sentence, listed, triggers, lex):
            return []  # after "28 of them remain in hospitals": an item of what counts no one
        return [intrinsic]
    if "whole" in mention.flags and mention.head == "area":
        return []  # "debris fell in six of the capital's 10 districts": the ten were not all hit
    if "total" in mention.flags and mention.head == "weapon":  # "Of the 85 drones, 60 were shot down": launched,
        told = relative_verb(sentence, mention, triggers, lex)  # unless its own clause says ("the 64 drones it claimed
        metric = metrics.get(("weapon", told.classes[0])) if told is not None else None  # to have downed")
        return [metric or ("strike", "launched")]
    tokens = sentence.tokens
    start, end = spans[id(mention)]
    own_start = tokens[mention.quantity.first].start
    clause_start, clause_end = clause_bounds(sentence, own_start, lex)
    clause_start = min(clause_start, clause_bounds(sentence, start, lex)[0])  # a list shares the clause it opens in
    head_end = tokens[max(mention.head_end, mention.quantity.last) - 1].end
    antecedent = mention.antecedent
    preceding = tokens[mention.quantity.first - 1].lower if mention.quantity.first else ""
    if antecedent is not None and "antecedent_same" in mention.flags and preceding == "including":
        return choose_metrics(sentence, antecedent, mentions, triggers, spans, lex)[-1:]
    inside = [t for t in triggers if own_start <= t.start and t.end <= head_end]
    after = [t for t in triggers if end <= t.start < clause_end and not names_people(sentence, t)]
    parts = [
        tokens[m.quantity.first].start
        for m in mentions
        if m.antecedent is mention and (m.list_id < 0 or m.list_id != mention.list_id) and "partitive" in m.flags
    ]
    if after and parts:  # "16 ballistic missiles, nine of them shot down": the part's verb, not the whole's
        after = [t for t in after if t.start < min(parts)]
    before = [t for t in reversed(triggers) if t.end <= start and t.start >= clause_start]
    if before and opens_that_clause(tokens, mention.quantity.first, start):
        before = []  # "downed 14 missiles and that six missiles struck": a clause with its own subject and verb
    if before and ", when " in sentence.text[before[-1].end - sentence.start : start - sentence.start]:
        when = sentence.text.rindex(", when ", 0, start - sentence.start) + sentence.start
        before = [t for t in before if t.start > when]  # "attacked on Aug. 2, when three drones struck the plant"
    if before:  # "missiles fired from ships, nine ...": a modifier
        modifier_starts = {tokens[m.head_end - 1].end + 1 for m in mentions if m is not mention and m.head}
        modifier_starts -= {t.start for t in triggers if 0 <= own_start - t.end <= 1}  # "strikes using 20 bombs"
        before = [t for t in before if t.start not in modifier_starts]
    if before and has_verb_of_its_own(tokens, mention, mentions, before[0], lex):
        before = []  # "injured three people and left 12,000 residents without power": "left" governs them
    if (
        before
        and "block" in before[0].classes
        and len(sentence.text[before[0].end - sentence.start : own_start - sentence.start].split()) <= 1
    ):
        return []  # "restored electricity to 12,000 of the affected consumers": what it says of them comes first
    passive = []  # its own verb: a passive after it, with no other number between ("A man died and four were hurt")
    if after:
        numbers = [tokens[m.quantity.first].start for m in mentions if m is not mention]
        passive = [
            t for t in after if is_passive(sentence, end, t, lex) and not any(end <= n < t.start for n in numbers)
        ][:1]
    elliptical = mention.antecedent is not None  # "and 120 delayed": a headless number's verb is the next word
    # "... was killed and 3 people injured", "... and three flights cancelled": so is a second subject's (not a
    # list's item, nor a weapon's modifier: "downed 20 drones and two of the missiles launched by Russia")
    coordinated = preceding in COORDINATORS and start == own_start and mention.head not in (None, "weapon")
    # "attacks with 64 drones, 51 UAVs neutralized": after a comma, past the verb's own object, a headline's
    # passive without its auxiliary, ending its clause (not "shot down 20 drones, 15 missiles launched from X")
    reduced = bool(before) and preceding == "," and object_between(before[0], own_start, mention, mentions, tokens)
    if before and not reduced and preceding == ",":  # "driver killed, six passengers injured": the verb before
        # the comma closes a clause of its own
        reduced = not sentence.text[before[0].end - sentence.start : own_start - sentence.start].strip(" ,")
    if before and not reduced and start < own_start:  # a later item of a list after a comma, its passive the
        # list's ("..., 405 drones and 14 missiles neutralized")
        reduced = sentence.text[: start - sentence.start].rstrip().endswith(",") and object_between(
            before[0], start, mention, mentions, tokens
        )
    adjacent = [
        t
        for t in after[:1]
        if ((elliptical or coordinated) and t.start - head_end <= 1)
        or (reduced and ends_clause(sentence, t) and t.start - max(end, head_end) <= 1)
    ]
    ordered = adjacent + inside + passive + before + [t for t in after if t not in passive + adjacent]
    if died_of_wounds(sentence, head_end, after):
        ordered = [t for t in after if "kill" in t.classes][:1] + ordered  # "A man who was injured ... has died"
    if "whom" in mention.flags:  # "20 were injured, two of whom died": only its own relative clause counts
        _, relative_end = clause_bounds(sentence, head_end + 1, lex)
        later = [tokens[m.quantity.first].start for m in mentions if tokens[m.quantity.first].start > own_start]
        relative_end = min([relative_end, *later])  # "31 of them towards X, and that 66 were shot down": not its verb
        governing = [t for t in before if 0 <= own_start - t.end <= 1]  # "shot down 30 of them"
        ordered = governing or [t for t in triggers if t.start >= head_end and t.start < relative_end]
    choices: list[tuple[str, str]] = []
    for trigger in ordered:
        if "block" in trigger.classes:  # "power was restored to 5,000 homes", "two of them are in hospital"
            if trigger is ordered[0]:
                return []
            continue
        if mention.head == "area" and AIR_DEFENCE & set(trigger.classes):
            continue  # "destroyed 87 drones over six regions": where it happened, not places hit
        for verb in trigger.classes:
            metric = metrics.get((mention.head, verb))
            if metric:
                choices.append(metric)
                break
    if (
        not choices
        and antecedent is not None
        and "antecedent_same" in mention.flags
        and id(antecedent) in spans
        and ("whom" not in mention.flags or verbless_part(tokens, mention.quantity.last, lex))
    ):
        # (not a whole the clause opens with, "Of the missiles, 29 were Kh-101s": that is no mention of its own)
        return choose_metrics(sentence, antecedent, mentions, triggers, spans, lex)[:1]
    if not choices:
        return []
    if "all" in mention.flags and mention.head == "weapon":
        kinds = {("strike", "launched")} & set(choices)
        interceptions = [c for c in choices if c[0] == "interception"]
        if kinds and interceptions:
            return [("strike", "launched"), interceptions[0]]
    return choices[:1]


def part_blocked(sentence: Sentence, mention: Mention, triggers: list[Trigger], lex: Lexicon) -> bool:
    """Whether the first verb after a part ("19 of them") says something that makes no count of its own of
    them ("had been hospitalised", "are in serious condition")."""
    head_end = sentence.tokens[mention.head_end - 1].end
    _, clause_end = clause_bounds(sentence, head_end + 1, lex)
    after = [t for t in triggers if head_end <= t.start < clause_end]
    return bool(after) and "block" in after[0].classes


def died_of_wounds(sentence: Sentence, head_end: int, after: list[Trigger]) -> bool:
    """Whether people a relative clause tells were injured ("a man who was injured when debris fell") are then
    said to have died: a death after the injury among the triggers after the head (", who was injured ...," too)."""
    if not sentence.text.startswith((" who ", ", who "), head_end - sentence.start):
        return False
    injured = next((i for i, t in enumerate(after) if "injure" in t.classes), None)
    return injured is not None and any("kill" in t.classes for t in after[injured + 1 :])


CLAUSE_END = re.compile(r"\s*(?:[,;.:]|$)")  # what may follow the last word of a clause


def ends_clause(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether a trigger is the last word of its clause: the sentence's end or a comma, semicolon or stop next."""
    return CLAUSE_END.match(sentence.text, trigger.end - sentence.start) is not None


def relative_verb(sentence: Sentence, mention: Mention, triggers: list[Trigger], lex: Lexicon) -> Trigger | None:
    """The verb of a clause right after a whole's head that says what happened to it ("Of the 64 drones downed
    overnight, ...", "11 of the 64 drones it claimed to have downed"), before any comma; None when its head is
    followed by anything else ("11 of the 64 drones were shot down", a headline's "139 of 176 drones downed":
    the part's verb)."""
    tokens = sentence.tokens
    k = mention.head_end
    if k >= len(tokens) or ("whole" in mention.flags and not opens_relative(tokens[k], lex)):
        return None  # (a fronted "Of the 64 drones" needs no opener)
    end = tokens[min(k + RELATIVE_REACH, len(tokens)) - 1].end
    stop = next((t.start for t in tokens[k:] if t.text in (",", ";", ".") or t.lower[:1].isdigit()), end)
    return next((t for t in triggers if tokens[k].start <= t.start < min(end, stop)), None)


def opens_relative(token: Token, lex: Lexicon) -> bool:
    """Whether a word right after a noun opens a relative clause about it: a pronoun or relative ("the 64 drones
    it claimed to have downed", "... that were shot down"), or a named subject ("... Russia launched")."""
    word = token.lower
    return word in lex.pronouns or word in lex.relative_subjects or word == "that" or token.text[:1].isupper()


RELATIVE_REACH = 6  # words from a whole's head to the verb of its relative clause


def object_between(
    trigger: Trigger,
    start: int,
    mention: Mention,
    mentions: list[Mention],
    tokens: list[Token],
    of_its_list: bool = True,
) -> bool:
    """Whether another counted mention (one of the mention's own list too, unless ``of_its_list`` is false)
    stands between a trigger and ``start``: the trigger's own object."""
    return any(
        m is not mention
        and trigger.end <= tokens[m.quantity.first].start < start
        and (of_its_list or m.list_id < 0 or m.list_id != mention.list_id)
        for m in mentions
    )


def names_people(sentence: Sentence, trigger: Trigger) -> bool:
    """'relatives of those killed': a participle after "those" names people; it is no verb of a count before it."""
    at = trigger.start - sentence.start
    return at >= 6 and sentence.lower.startswith("those ", at - 6)


def has_verb_of_its_own(
    tokens: list[Token], mention: Mention, mentions: list[Mention], trigger: Trigger, lex: Lexicon
) -> bool:
    """Whether a verb that is no trigger ("left", "interviewed": a past form, or a governing_verb of the
    lexicon) stands right before a mention while the trigger before it already has an object of its own
    (another count between them): the mention is that verb's object, not the trigger's."""
    first = mention.quantity.first
    word = tokens[first - 1] if first else None
    if word is None or not word.text.isalpha() or not word.text.islower():
        return False
    if not (word.lower.endswith("ed") or word.lower in lex.governing_verbs) or word.lower in lex.qualifier_ends:
        return False
    return object_between(trigger, tokens[first].start, mention, mentions, tokens, of_its_list=False)


def verbless_part(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """'..., 31 of them towards the Odesa region', '11 of them after midnight' (``k`` is the token after the
    number): a part with no verb of its own (a function word or nothing follows "of them"), counted as its whole
    was; not "..., both of which border Ukraine"."""
    while k < len(tokens) and tokens[k].lower in ("out", "of"):
        k += 1
    if k + 1 >= len(tokens):  # (k + 1: past "them", "which")
        return True
    word = tokens[k + 1].lower  # "over the region", "after midnight", ","
    return not word[0].isalnum() or (word in lex.stop_words and word not in lex.auxiliaries)
