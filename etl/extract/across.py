"""Step 6, continued: sources across sentences, as reporting is written.

A figure without a source in its own sentence takes, in order:
1. the nearest earlier speaker of its paragraph ("Earlier, the governor said ... 5,400 were still without
   power");
2. when its paragraph names nobody, the source of the last attributed figure of the paragraph before, or
   the speaker who opened a list there ("According to the ministry:"), or the speaker named there without a
   figure when this paragraph opens a quotation; paragraphs that report figures without naming anyone, list
   items and headings pass it on;
3. the next sentence of its paragraph when that one goes on counting what this one counted ("Russia launched
   139 drones. 87 of them were shot down, the Air Force said"), else a following sentence that only
   attributes: in its paragraph one that speaks of an attack ("Six were eliminated. The air force reported
   that the eighth had hit a launcher", not "The company confirmed he was an employee"), in the next one when
   it points back ("The air force commander reported this on Telegram", "Source: ...") or speaks of the same
   deed ("Gladkov said one of the people killed was a worker");
4. the speaker of the paragraph before, when that speaker goes on later in its own paragraph ("... 700
   residents without power. In Voronezh, a woman was hurt, Gusev said"), or the speaker the paragraph before
   names, when its own paragraph ends by naming that speaker again ("..., Lysak said. / In Nikopol, a woman was
   wounded. ..., the head of the RMA specified");
5. the article's only source, when it names just one (or one body in several forms).
The heading of a live page's entry ("07:15 | Odesa: two people injured") takes the first source its entry names,
and an entry inherits nothing from the one before; a section's heading with a figure ("Kyiv region: a man
killed near Bila Tserkva") takes the first source its section names, where it names one. Headlines and hedged
figures ("reportedly") borrow nothing.
fullnames.FullNames then says who a bare side, a role or a surname stands for.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace

from ..lexicon import Lexicon
from .documents import introduces
from .figures import Figure
from .lines import LIST_MARKS
from .parties import is_bare_side
from .source_phrases import WORD
from .tokens import Sentence
from .verbs import find_triggers

MAX_LIST_PARAGRAPHS = 40  # how many paragraphs naming nobody a source is carried through
MAX_QUOTE_PARAGRAPHS = 4  # how many paragraphs a quotation may run over
MAX_QUOTE_SENTENCES = 20
MAX_FOLLOWING = 6  # how many sentences ahead an attribution-only sentence is looked for
QUOTE_MARKS = re.compile('["“”]')
LIST_ITEM = re.compile(  # "- ...", "00:31 - ...": an item of a list
    rf"\s*(?:[{re.escape(''.join(LIST_MARKS))}]|\d{{1,2}}[:.]\d{{2}}\s*[-–—])\s"
)
LIST_LEADERS = "".join(LIST_MARKS) + " "  # what may stand before a list line's first word
ENTRY_STAMP = re.compile(  # "07:15 | Odesa: ...", "09.40 BST  Lviv mayor: ...": a live page's entry opens
    r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*(?:[|–—-]\s*)?[A-Z]"
)
MAX_ENTRY_HEADING_WORDS = 25
MAX_ENTRY_PARAGRAPHS = 4  # how far an entry's body runs from its heading
MAX_SECTION_HEADING_WORDS = 12
OPENING_QUOTE = re.compile(r'(?:Quote:\s*)?["“«]')  # a paragraph opening a quotation ('Quote: "...' is one too)


@dataclass(frozen=True)
class SentenceSources:
    """What the cross-sentence rules need of one sentence."""

    paragraph: int
    sources: tuple[str, ...]  # resolved, in order
    figure_sources: tuple[str, ...]  # the sources its own figures name
    has_figures: bool
    reports: bool  # it reports something, counted or not ("a house was damaged"): a paragraph of it passes sources on
    points_back: bool  # attributes what came before: "reported this", "Source: ..."
    restates: bool  # its speaker gave the figures before, though it has its own: "..., giving the casualty figures"
    hedged: bool  # "reportedly", "unconfirmed": the text says nobody vouches for it
    recalls: bool  # "Recall that on 5 February ...": an earlier attack told as known, nobody's word now
    headline: bool
    verbs: frozenset[str]  # verb classes of an attribution-only sentence ("kill", "intercept"...)
    text: str
    quoted: bool = False  # a quotation is still open at its end: its speaker is named where the quotation closes
    within_quote: bool = False  # a quotation opened in an earlier paragraph was open at its start
    continues: bool = False  # its figures count what the sentence before counted: one statement ("... 87 of them")
    opens_list: bool = False  # it hands what follows to a source ("According to the ministry:", "Below is ...")
    index: int = 0  # its place in the article
    entry_heading: bool = False  # it heads a live page's entry ("07:15 | Odesa: two injured"): its body speaks for it
    section_heading: bool = False  # it heads a section with a figure ("Kyiv region: a man killed in Fastiv")


def sentence_sources(
    sentences: Sequence[Sentence], sources: Sequence[Sequence[str]], found: Sequence[Sequence[Figure]], lex: Lexicon
) -> list[SentenceSources]:
    table = []
    open_quote = False  # a quotation may run over paragraphs ("... Five were hurt. / ...," he wrote)
    quoted_paragraphs, paragraph, opened_in = 0, -1, -1  # how many it has run over (list lines aside), where from
    for index, (sentence, own, everything) in enumerate(zip(sentences, sources, found, strict=True)):
        opens_paragraph = sentence.paragraph != paragraph
        if opens_paragraph:
            paragraph = sentence.paragraph
            quoted_paragraphs += open_quote and not LIST_ITEM.match(sentence.text)
        if open_quote and quoted_paragraphs > MAX_QUOTE_PARAGRAPHS:
            open_quote = False  # an unbalanced quote mark, not a quotation
        was_open = open_quote
        reopens = open_quote and opens_paragraph and sentence.text.startswith('"')
        # (a quotation over paragraphs opens each of them with a mark again: that one goes on, it does not close)
        open_quote = quote_open_after(sentence.text[1:] if reopens else sentence.text, open_quote)
        if open_quote and not was_open:
            quoted_paragraphs, opened_in = 0, sentence.paragraph
        figures = [f for f in everything if not f.bare]  # what was named without a number attributes nothing
        words = {t.lower for t in sentence.tokens} if own or figures else set()
        only_attributes = bool(own) and not figures
        verbs = {c for t in find_triggers(sentence, lex) for c in t.classes} if only_attributes else set()
        table.append(
            SentenceSources(
                paragraph=sentence.paragraph,
                sources=tuple(own),
                figure_sources=tuple(f.reported_by for f in figures if f.reported_by),
                has_figures=bool(figures),
                reports=bool(everything),
                points_back=bool(words & lex.back_references) or sentence.text.lower().startswith("source:"),
                hedged=bool(words & lex.hedges),
                restates=bool(own) and any(p in sentence.lower for p in lex.restating_phrases),
                recalls=sentence.text.lstrip(LIST_LEADERS).lower().startswith(lex.recap_openers),
                headline=sentence.headline,
                verbs=frozenset(verbs),
                text=sentence.text,
                quoted=open_quote,
                within_quote=was_open and opened_in < sentence.paragraph,
                continues=any(f.continues for f in figures)
                or (bool(figures) and sentence.lower.lstrip(LIST_LEADERS).startswith(lex.continuation_openers)),
                opens_list=introduces(sentence, lex) or sentence.text.rstrip().endswith(";"),
                index=index,
            )
        )
    return mark_entry_headings(table)


def mark_entry_headings(table: list[SentenceSources]) -> list[SentenceSources]:
    """The table with the headings of a live page's entries marked: a paragraph of one short line opening with a
    clock time, not a full sentence, followed by a paragraph that opens with none (a list of timed posts,
    "00:31 - another drone downed", is no run of entries); and the headings of sections that carry a figure
    ("Kyiv region: a man killed near Bila Tserkva"), outside a run of such lines (a list: "Kursk region — 231")."""
    for i, row in enumerate(table):
        if not stamped_line(row):
            continue
        if alone_before_more(table, i) and not stamped_line(table[i + 1]):
            table[i] = replace(row, entry_heading=True)
    for i, row in enumerate(table):
        if row.has_figures and not row.sources and not row.headline and heading_line(row):
            if alone_before_more(table, i) and not listed(table[i + 1]) and not (i and listed(table[i - 1])):
                table[i] = replace(row, section_heading=True)  # (a run of such lines is a list: "Kursk region — 231")
    return table


def alone_before_more(table: Sequence[SentenceSources], i: int) -> bool:
    """Whether sentence i is a paragraph of its own with another paragraph after it."""
    row = table[i]
    return (i == 0 or table[i - 1].paragraph != row.paragraph) and (
        i + 1 < len(table) and table[i + 1].paragraph != row.paragraph
    )


def listed(row: SentenceSources) -> bool:
    """Whether a sentence is a short line with a figure and no punctuation at its end: a list's line."""
    return row.has_figures and heading_line(row)


def heading_line(row: SentenceSources) -> bool:
    """Whether a sentence is a short line that ends in no punctuation, and no list item: a section's heading."""
    text = row.text.strip()
    return text[-1:].isalnum() and len(text.split()) <= MAX_SECTION_HEADING_WORDS and not LIST_ITEM.match(row.text)


def stamped_line(row: SentenceSources) -> bool:
    """Whether a sentence is a short line opening with a clock time ("07:15 | Odesa: two people injured")."""
    text = row.text.strip()
    if not text[:1].isdigit() or text.endswith("."):  # (asked first: most lines open with no number)
        return False
    return ENTRY_STAMP.match(text) is not None and len(text.split()) <= MAX_ENTRY_HEADING_WORDS


class Speakers:
    """The cross-sentence rules over one article, with what they look up worked out once (linear in the
    article's length)."""

    def __init__(
        self,
        table: Sequence[SentenceSources],
        same: Callable[[str, str, int], bool] | None = None,
        tells_attack: Callable[[int], bool] = lambda _index: False,
        own_voice: bool = False,
    ):
        """``same(name, source, index)`` says whether ``name`` is the person ``source`` stands for at sentence
        ``index`` ("Vyacheslav Gladkov" for "the head of the region"); by default, when they share a surname.
        ``tells_attack(index)`` whether a sentence without figures still tells of the attack ("Among the towns
        that came under fire were ..."). On a page in its publisher's own voice (``own_voice``: an office's or a
        company's own news), a speaker quoted in one paragraph does not speak for the paragraphs after it."""
        self.table = table
        self.own_voice = own_voice
        self.same = same or (lambda name, source, _index: same_person(name, source))
        self.earlier: list[str] = []  # the last speaker of the sentences before, within the paragraph
        last, paragraph = "", -1
        paragraphs: dict[int, list[SentenceSources]] = {}
        for row in table:
            if row.paragraph != paragraph:
                last, paragraph = "", row.paragraph
            self.earlier.append(last)
            last = row.sources[-1] if row.sources else last
            paragraphs.setdefault(row.paragraph, []).append(row)
        self.names_someone = {p: any(r.sources for r in rows) for p, rows in paragraphs.items()}
        self.carried = carried_sources(paragraphs, self.same, tells_attack)
        order = sorted(paragraphs)
        self.named_before = {  # the last speaker the paragraph before names
            p: next((s for r in reversed(paragraphs[q]) for s in reversed(r.sources)), "")
            for q, p in itertools.pairwise(order)
        }

    def borrows(self, index: int) -> bool:
        """Whether an unattributed figure of sentence ``index`` may take a source from elsewhere: not in a
        headline or a teaser (attributed in its story), not when hedged ("reportedly" is nobody's word), not when
        it recalls an earlier attack as known ("Recall that on 5 February a strike killed three")."""
        row = self.table[index]
        return not (row.headline or row.hedged or row.recalls)

    def borrowed(self, index: int, verbs: Set[str]) -> str:
        """The source an unattributed figure of sentence ``index`` borrows ("" when none fits); ``verbs`` are
        the verb classes that give the figure's metric (a following sentence about the same deed may
        attribute it)."""
        here = self.table[index]
        if here.quoted:  # '"... 17 people have been injured. Doctors are helping," the governor wrote.'
            speaker = closing_speaker(self.table, index)
            if speaker:
                return speaker
        if self.earlier[index]:
            return self.earlier[index]
        if here.entry_heading:  # "07:15 | Odesa: two people injured": whoever its entry names
            return self.entry_speaker(index)
        if here.section_heading and (speaker := self.entry_speaker(index)):
            return speaker  # "Kyiv region: a man killed near Bila Tserkva": whoever its section names
        inherited = self.carried.get(here.paragraph, "")
        if here.within_quote and inherited and not self.names_someone[here.paragraph]:
            return inherited  # the end of a quotation over paragraphs: its speaker's, not whoever speaks next
        if inherited and not self.names_someone[here.paragraph] and LIST_ITEM.match(here.text):
            return inherited  # a list's last item: its list's speaker, not whoever speaks after the list
        after = self.table[index + 1] if index + 1 < len(self.table) else None
        if (
            after is not None
            and after.continues
            and after.figure_sources
            and (after.paragraph == here.paragraph or (after.paragraph == here.paragraph + 1 and "launch" in verbs))
        ):  # "Russia launched 139 drones. 87 of them were downed, the Air Force said."; a launch counted on at the
            # next paragraph's opening ("... with 312 drones overnight. / The air force said it downed 287 of them")
            return after.figure_sources[0]
        last = here.paragraph  # the rest of its paragraph, then the next one's opening; further only past
        for following in self.table[index + 1 : index + 1 + MAX_FOLLOWING]:  # paragraphs of figures nobody vouches
            near = following.paragraph in (here.paragraph, here.paragraph + 1)  # for, to a sentence pointing back
            if following.paragraph > last + 1 or not (near or following.points_back or following.has_figures):
                break
            if following.restates:  # "..., Gov. Oleh Syniehubov said, giving the casualty figures"
                return following.sources[0]
            if (
                following.sources
                and not following.has_figures
                and (
                    following.points_back
                    or (near and following.verbs & verbs)
                    or (following.paragraph == here.paragraph and following.verbs)
                )
            ):
                return following.sources[0]
            if following.sources or (following.paragraph != here.paragraph and not following.has_figures):
                break
            last = following.paragraph
        if self.own_voice and not (here.quoted or here.within_quote):
            return ""  # the page's own words (its author reports them), outside a quotation
        if not self.names_someone[here.paragraph] and inherited:
            return inherited
        later = self.later_speaker(index)
        if inherited and later and self.same(later, inherited, index):
            return inherited  # "... 700 residents without electricity. In Voronezh, a woman was hurt, Gusev said."
        before = self.named_before.get(here.paragraph, "")
        if not inherited and before and later and self.same(later, before, index):
            return before  # "..., Lysak said. / In Nikopol, a woman was wounded. ..., the head of the RMA specified."
        return ""

    def entry_speaker(self, index: int) -> str:
        """The first source the entry or section headed by sentence ``index`` names, or ""."""
        paragraph = self.table[index].paragraph
        for row in self.table[index + 1 :]:
            if row.entry_heading or row.section_heading or row.paragraph > paragraph + MAX_ENTRY_PARAGRAPHS:
                break
            if row.sources:
                return row.sources[0]
        return ""

    def later_speaker(self, index: int) -> str:
        """The first speaker named after sentence ``index`` in its paragraph, or ""."""
        paragraph = self.table[index].paragraph
        for row in itertools.takewhile(
            lambda r: r.paragraph == paragraph, self.table[index + 1 : index + 1 + MAX_FOLLOWING]
        ):
            if row.sources:
                return row.sources[0]
        return ""


def same_person(source: str, other: str) -> bool:
    """Whether two sources end in the same capitalised name ("Gusev", "Voronezh Governor Alexander Gusev")."""
    if not source:
        return False
    last = WORD.findall(source)[-1:]
    return bool(last) and last[0][:1].isupper() and WORD.findall(other)[-1:] == last


def quote_open_after(text: str, open_quote: bool) -> bool:
    """Whether a quotation is open at the end of ``text``, given whether one was open at its start."""
    for char in QUOTE_MARKS.findall(text):  # the marks alone: a loop over every character was slow
        if char == '"':
            open_quote = not open_quote
        elif char == "“":
            open_quote = True
        elif char == "”":
            open_quote = False
    return open_quote


def closing_speaker(table: Sequence[SentenceSources], index: int) -> str:
    """The speaker named where the quotation open at the end of sentence ``index`` closes."""
    for later in table[index + 1 : index + 1 + MAX_QUOTE_SENTENCES]:
        if not later.quoted:
            return later.sources[0] if later.sources else ""
    return ""


def carried_sources(
    paragraphs: Mapping[int, Sequence[SentenceSources]],
    same: Callable[[str, str, int], bool],
    tells_attack: Callable[[int], bool] = lambda _index: False,
) -> dict[int, str]:
    """For each paragraph, the source it inherits from the one before: the source of that one's last
    attributed figure, or the speaker who opened a list there ("According to the ministry:"); paragraphs that
    report figures or tell of the attack (``tells_attack``) without naming anyone, list items, headings and those
    naming again only the speaker they inherited (``same`` says who that is) pass on what they inherited."""
    carried: dict[int, str] = {}
    inherited, hops, speaker = "", 0, ""
    for number in sorted(paragraphs):
        rows = paragraphs[number]
        if rows[0].entry_heading:
            inherited = ""  # a live page's new entry: what the entry before said is no one's word here
        carried[number] = inherited if hops <= MAX_LIST_PARAGRAPHS else ""
        if not carried[number] and speaker and OPENING_QUOTE.match(rows[0].text):
            inherited, carried[number] = speaker, speaker  # "Lysak spoke about the night. / "The enemy attacked ...""
        opens_list = rows[-1].opens_list
        attributed = [source for r in rows for source in (*r.figure_sources, *pointed_back(r))]
        named = [source for r in rows for source in r.sources]
        speaker = named[-1] if named and not attributed else ""
        if attributed:
            inherited, hops = attributed[-1], 0
        elif named and inherited and all(same(name, inherited, rows[0].index) for name in named):
            hops = 0  # "..., Gladkov wrote": the speaker it inherited goes on
        elif named:  # a speaker telling of the attack speaks for the figures after ("According to the RMA, a
            # drone hit a house. / Three people were killed.")
            tells = any(r.reports and r.sources for r in rows)
            inherited, hops = (named[-1] if opens_list or tells else ""), 0
        elif (
            opens_list
            or is_header(rows)
            or LIST_ITEM.match(rows[0].text)
            or any(r.reports for r in rows)
            or (inherited and any(tells_attack(r.index) for r in rows))
            or rows[-1].quoted  # a quotation still open: its speaker's words go on ('"The situation over the day.')
        ):
            hops += 1  # passes on what it inherited
        else:
            inherited = ""  # a paragraph naming nobody and reporting nothing: the trail ends
    return carried


def pointed_back(sentence: SentenceSources) -> tuple[str, ...]:
    """The sources of a sentence that only attributes what came before ("UNN reports this, citing X")."""
    return sentence.sources if sentence.points_back and not sentence.has_figures else ()


def is_header(paragraph: Sequence[SentenceSources]) -> bool:
    """A section heading ("Donetsk region", "Casualties and Damage"): one short line, no full stop."""
    return len(paragraph) == 1 and len(paragraph[0].text.split()) <= 5 and not paragraph[0].text.endswith(".")


def only_source(sentences: Sequence[SentenceSources], lex: Lexicon) -> str:
    """The article's source when it names exactly one (bare sides aside) and that one reports figures (in
    their sentence, or pointing back at them), else "". Sources of one body count as one, by its shortest
    name, when every other's words hold its words ("Air Force", "Air Force spokesman Yurii Ihnat")."""
    named = {s for sentence in sentences for s in sentence.sources if not is_bare_side(s, lex)}
    reporting = {s for sentence in sentences if sentence.has_figures or sentence.points_back for s in sentence.sources}
    if not named or not named & reporting:
        return ""
    body = min(named, key=len)
    words = set(WORD.findall(body.lower()))
    return body if all(words <= set(WORD.findall(s.lower())) for s in named) else ""
