"""Step 4, continued: the metric of a count whose own clause has no verb for it, from what the text around it
says: the list it is an item of ("- 2 Kinzhal missiles;" under "... downed 431 air targets:"), the verb of
what it is included in ("the missiles shot down included six Kinzhals"), or the count it breaks down ("about
90 of them were Shaheds")."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon import Lexicon
from .context import ArticleContext, SentenceReading
from .heads import Mention, family, match_head
from .verbs import clause_bounds

LAUNCHED = ("strike", "launched")


def blocked(reading: SentenceReading, mention: Mention, lex: Lexicon) -> bool:
    """Whether the clause of a mention says what counts no figure ("15 remain in hospital, four in intensive
    care"): an item of such a list is no item of an earlier one."""
    start, end = clause_bounds(reading.sentence, reading.sentence.tokens[mention.quantity.first].start, lex)
    return any("block" in t.classes and start <= t.start < end for t in reading.triggers)


def list_item_metrics(mention: Mention, ctx: ArticleContext, lex: Lexicon) -> list[tuple[str, str]]:
    """The metric of an item of a list whose opener ended with ':': the opener's total's, for the same kind of
    thing, else what the opener's verbs make of the item ("used the following: 3 KABs; 26 UAVs")."""
    if ctx.list_metric and ctx.list_metric[0] == mention.head:
        return [ctx.list_metric[1:]]
    for verb in ctx.list_verbs:
        metric = lex.metric(mention.head, verb) if mention.head else None
        if metric:
            return [metric]
    return []


def included_metrics(
    reading: SentenceReading, mention: Mention, ctx: ArticleContext, lex: Lexicon
) -> list[tuple[str, str]]:
    """The metric of a weapon count after 'included' or 'among' in its clause: what the subject's verb says
    ("the missiles shot down included six Kinzhals"), else what the article last said of that kind of weapon
    ("The missiles included 18 Kh-101s", "Among the missiles were 41 Kh-101s" after "Russia fired 51 missiles")."""
    tokens = reading.sentence.tokens
    first = mention.quantity.first
    if "classified" in mention.flags:  # "Of the missiles, 29 were Kh-101s": a breakdown, as with "included"
        return earlier_metrics(mention, ctx, reading.mentions, LAUNCHED)  # a breakdown of what was launched
    clause_start, _ = clause_bounds(reading.sentence, tokens[first].start, lex)
    verb = next((k for k in range(first - 1, -1, -1) if tokens[k].lower in lex.inclusion_verbs), None)
    if verb is None or tokens[verb].start < clause_start:
        return []
    subject = [t for t in reading.triggers if clause_start <= t.start < tokens[verb].start]
    for trigger in subject:
        for verb_class in trigger.classes:
            metric = lex.metric("weapon", verb_class)
            if metric:
                return [metric]
    names_weapon = any(
        (head := match_head(tokens, k, lex)) is not None and head[0][0] == "weapon"
        for k in range(first)
        if tokens[k].start >= clause_start and k != verb
    )
    # ("Russia launched 36 missiles; 30 were shot down. The missiles included 28 Kh-101s": what was launched)
    return earlier_metrics(mention, ctx, preferred=LAUNCHED) if names_weapon else []


def earlier_metrics(
    mention: Mention,
    ctx: ArticleContext,
    sentence_mentions: Sequence[Mention] = (),
    preferred: tuple[str, str] | None = None,
) -> list[tuple[str, str]]:
    """What the article last said of weapons of the mention's family ("Russia fired 51 missiles"), its own
    sentence first ("146 drones, of which about 90 were Shaheds"), or []; ``preferred`` when anything of the
    family before had it (the drones launched, not the last of them downed)."""
    before = [m for m in sentence_mentions if m.quantity.first < mention.quantity.first]
    earlier = [
        m
        for m in (*reversed(before), *(m for _, m in reversed(ctx.mentions)))
        if m.head == "weapon" and m.metrics and family(m.weapon) == family(mention.weapon)
    ]
    if preferred is not None and any(preferred in m.metrics for m in earlier):
        return [preferred]
    return earlier[0].metrics[:1] if earlier else []
