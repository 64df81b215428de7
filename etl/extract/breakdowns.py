"""Step 3, continued: who a count of people is made of. The people named after a dash or colon that follows a
casualty count ("Three people were killed – two men and a woman"; "Seven people were injured: five passengers
and two of the crew") say who they were, and count no one more; a breakdown by place ("– two in Dnipro and one
in Nikopol") counts, and stays."""

from __future__ import annotations

from ..lexicon import Lexicon
from .context import SentenceReading
from .heads import Mention
from .quantities import Quantity
from .tokens import Token
from .verbs import clause_bounds

CASUALTY_HEADS = ("people", "passenger", "killed_noun", "injured_noun")  # people a subset can be part of


# before the people a count is made of ("three were killed – two men and a woman")
BREAKDOWN_MARKS = ("–", "—", ":", "-")


def without_breakdown(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The mentions without the people who make up a casualty count, named after a dash or colon that follows
    it and adding up to it ("Three people were killed – two men and a woman": they are the three; "– two in
    Dnipro and one in Nikopol" counts them by place, and stays)."""
    for k, total in enumerate(mentions):
        if total.head not in CASUALTY_HEADS or not total.quantity.value or k + 1 == len(mentions):
            continue
        start = mentions[k + 1].quantity.first
        marks = [i for i in range(total.quantity.last, start) if tokens[i].text in BREAKDOWN_MARKS]
        parts = mentions[k + 1 :]
        if (
            marks
            and len(parts) >= 2
            and all(
                part.head == "people" and part.quantity.value and part.head_end > part.quantity.last for part in parts
            )
            and sum(part.quantity.value for part in parts if part.quantity.value) == total.quantity.value
        ):
            return mentions[: k + 1]
    return mentions


def demographic_item(
    tokens: list[Token], quantity: Quantity, mention: Mention, mentions: list[Mention], lex: Lexicon
) -> bool:
    """Whether a count of people with a noun of its own, after a colon that follows a larger count of people in
    its sentence, only says who they were ("Seven people were injured: five passengers and two crew members";
    "... killed: five in Kyiv" breaks the count down by place, and is kept)."""
    if mention.elliptical or mention.head not in CASUALTY_HEADS or quantity.value is None:
        return False
    if tokens[mention.head_end - 1].lower in lex.generic_people:  # "killed: 5 people in Kyiv and 7 in Lviv"
        return False
    larger = [
        m.quantity.last
        for m in mentions
        if m.head in CASUALTY_HEADS and m.quantity.value is not None and m.quantity.value > quantity.value
    ]
    if not larger:  # (most counts: none larger before them)
        return False
    colon = next((k for k in range(quantity.first - 1, -1, -1) if tokens[k].text in (":", ";", ".")), None)
    return colon is not None and tokens[colon].text == ":" and min(larger) < colon


def describes_one_of_them(
    reading: SentenceReading, mention: Mention, metrics: list[tuple[str, str]], lex: Lexicon
) -> bool:
    """Whether a part of a casualty count says only what happened to some of them, in the whole's own terms
    ("Four people were injured. One of them suffered shrapnel wounds"): no count of its own. A part that names
    its own place ("three of them in Kyiv") breaks the count down, and one with a metric of its own ("one of them
    died") is news."""
    whole = mention.antecedent
    if not ({"whom", "partitive"} <= mention.flags and whole is not None and metrics and whole.metrics):
        return False
    if whole.head not in CASUALTY_HEADS or metrics[0] not in whole.metrics:
        return False
    sentence = reading.sentence
    start = sentence.tokens[mention.quantity.first].start
    _, clause_end = clause_bounds(sentence, start, lex)
    return not any(p.role == "target" and start < p.start < clause_end for p in reading.places)
