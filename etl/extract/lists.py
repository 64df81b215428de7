"""Step 3 of the grammar, continued: the lists numbers form ("426 drones and 24 missiles"), and the items of a
list by place or label ("— 45 over the Rostov region;", "Sumy region - 210,000;") and what they count."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from .heads import Mention
from .quantities import Quantity
from .tokens import Token, phrase

LIST_GAPS = (",", "and", ", and", "as well as", "or", ", as well as")  # between two items of one list


LIST_REACH = 6  # sentences back a list item by place looks for what it counts (its items are lines of their own)


def labelled_item(tokens: list[Token], q: Quantity, nxt: str) -> bool:
    """'Sumy region - 210,000;': a number alone after a label and a dash or colon, ending its list item."""
    if q.first < 2 or tokens[q.first - 1].lower not in ("-", "–", "—", ":") or nxt not in ("", ";", ",", "."):
        return False
    mark, label = tokens[q.first - 1], tokens[q.first - 2]
    spaced = mark.start > label.end or mark.lower == ":"  # "May 6-7" is a range, not a label
    return (
        spaced
        and not label.lower[0].isdigit()
        and any(t.text[:1].isupper() for t in tokens[max(0, q.first - 4) : q.first - 1])
    )


def list_antecedent(earlier: Sequence[tuple[int, Mention]], index: int, preposition: str) -> Mention | None:
    """What an item of a list by place counts: the last counted mention of the sentences before it, a weapon
    for "over X" (drones are downed over places, people are not)."""
    for sentence, mention in reversed(earlier):
        if sentence < index - LIST_REACH:
            break
        if mention.head and (preposition != "over" or mention.head == "weapon"):
            return mention
    return None


DAY_WORDS = ("overnight", "on", "yesterday", "today")  # a day follows a number of a list by day
DAY_LEAD_INS = ("last", "early", "late", "during", "the")  # ... or a weekday or "night" after one of these


def dated_item(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a headless number's next words give its day: an item of a list by day ("184 drones overnight
    into 4 May, 524 overnight into 5 May")."""
    word, following = phrase(tokens, k, 1), phrase(tokens, k + 1, 1)
    return word in DAY_WORDS or (word in DAY_LEAD_INS and (following in lex.weekdays or following == "night"))


def group_lists(tokens: list[Token], mentions: list[Mention], lex: Lexicon) -> None:
    """Mark "426 drones and 24 missiles" as one list: they share verb and place; not "shot down 34 drones, and
    18 drones were lost", "launched 64 drones, 5 were shot down" or "shattered windows in six buildings and one
    man was hurt", where the second opens a clause of its own, nor "653 drones, and 585 of them": a part is no
    item of the list of its whole."""
    list_id = 0
    for previous, current in zip(mentions, mentions[1:], strict=False):
        end = previous.head_end
        while end < current.quantity.first and (lex.head_class(tokens[end].lower) or ("",))[0] == previous.head:
            end += 1  # "12 apartment buildings": the compound's last noun
        gap = phrase(tokens, end, current.quantity.first - end)
        followed_by_verb = phrase(tokens, current.head_end, 1) in lex.auxiliaries
        new_clause = followed_by_verb and (
            gap == ", and"
            or (gap == "and" and previous.head != current.head)
            or (gap == "," and current.antecedent is previous)  # "launched 64 drones, 5 were shot down"
        )
        new_clause |= "partitive" in current.flags and "partitive" not in previous.flags  # "N drones, and M of them"
        if previous.head and current.head and gap in LIST_GAPS and not new_clause:
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


def list_span(mention: Mention, mentions: list[Mention], tokens: list[Token]) -> tuple[int, int]:
    """Character span of the list a mention belongs to (the mention alone when it is in none)."""
    members = [m for m in mentions if m.list_id == mention.list_id] if mention.list_id >= 0 else [mention]
    first = tokens[min(m.quantity.first for m in members)].start
    last = tokens[max(max(m.head_end, m.quantity.last) for m in members) - 1].end
    return first, last


def semicolon_item(tokens: list[Token], mention: Mention, mentions: list[Mention]) -> Mention | None:
    """'launched 18 missiles from Voronezh; 22 cruise missiles from Saratov; and 339 drones': the item before a
    verbless item that opens a clause after a semicolon, whose verb it shares (when both count the same kind)."""
    first = mention.quantity.first
    opening = phrase(tokens, first - 2, 2) if first >= 2 else ""
    if not (phrase(tokens, first - 1, 1) == ";" or opening == "; and") or mention.head is None:
        return None
    earlier = [m for m in mentions if m.quantity.last <= first and m.metrics]
    return earlier[-1] if earlier and earlier[-1].head == mention.head else None
