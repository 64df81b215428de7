"""Step 8, continued: the day a figure is dated by. Its clause's own cue, else its paragraph's; "overnight" is
the night of the day its paragraph, section heading or story's lead names; a teaser of another story is dated
by nothing of the page; a headline's other item ("..., two injured; pensioner wounded on Saturday dies") lends
no day."""

from __future__ import annotations

from ..lexicon import Lexicon
from .context import ArticleContext, Grammar, SentenceReading
from .datecues import STORY_NIGHT, DatePatterns, said_on
from .heads import Mention
from .tokens import Sentence, is_teaser


def own_day(reading: SentenceReading, mention: Mention, grammar: Grammar) -> str:
    """The one day named between a number and the next number of its sentence, or "" (a span, or none)."""
    tokens, sentence = reading.sentence.tokens, reading.sentence
    start = tokens[mention.quantity.first].start
    later = [tokens[m.quantity.first].start for m in reading.mentions if tokens[m.quantity.first].start > start]
    end = min(later) if later else sentence.end
    cue = grammar.date_cue(sentence.text[start - sentence.start : end - sentence.start])
    return cue if cue not in ("range", "approx") else ""


UNDATED = "approx"  # the cue of a figure whose day nothing tells (resolves to no date)
CALENDAR_DAYS = ("month_day:", "date:")  # cues that name a day of the calendar, whatever the page's day


def page_day(sentence: Sentence, ctx: ArticleContext, lex: Lexicon, cue: str = "") -> str:
    """The cue of a figure whose clause names ``cue`` (or no day): that one, else its paragraph's (or its story's
    night). A teaser of another story ("Read also: ...") is dated by nothing of the page: only by a calendar day
    of its own, not by "over the past day", which is its story's."""
    if sentence.headline and is_teaser(sentence.text, lex.teasers):
        return cue if cue.startswith(CALENDAR_DAYS) else UNDATED
    return cue or story_night(ctx.date_cue, ctx)


def story_night(cue: str, ctx: ArticleContext) -> str:
    """'overnight' in a paragraph that named its attack's day before ("Tuesday's attack targeted the south"),
    under a dated heading ("SATURDAY, JULY 19") or in a story whose lead's attack is on Saturday: the night into
    that day; any other cue as it is."""
    if cue == STORY_NIGHT:
        return ctx.paragraph_day_cue or ctx.section_date_cue or ctx.story_cue or cue
    return cue


def other_item_dated(sentence: Sentence, at: int, grammar: Grammar) -> bool:
    """Whether an item of a headline other than the one at character ``at``, between semicolons, names a day."""
    offset, items = sentence.start, []
    for item in sentence.text.split(";"):
        if not offset <= at < offset + len(item):
            items.append(item)
        offset += len(item) + 1
    return any(grammar.date_cue(item) for item in items)


def spoken_day_only(text: str, lex: Lexicon, patterns: DatePatterns) -> bool:
    """Whether every weekday a text names tells when something was said ("UNICEF said on Monday it was appalled
    by an attack that wounded three children"): the day of a statement, not the attack's."""
    days = list(patterns.weekday.finditer(text))
    return bool(days) and all(said_on(text, day.start(), lex) for day in days)
