"""The kind of a line of an article: a list's opener or one of its lines, a note inside a list, a section
heading ("Donetsk region", "30 October: the biggest strike of the autumn")."""

from __future__ import annotations

import re

from .tokens import Sentence

LIST_MARKS = ("-", "–", "—", "•", "*", "·")
LIST_LINE_WORDS = 12  # a line of a list is short
LIST_TITLE = re.compile(r"^(?:[A-Z][a-z]+\s+)?[Ll]ist\s+of\b")  # "Preliminary list of damaged buildings"
LIST_TITLE_REACH = 20  # where "list " stands in such a title
LABELLED_LINE = re.compile(r"^[A-Z][\w'’ .-]{1,40}:\s")  # "Kyivskyi district: 4", "Khotin hromada: KAB strikes"
DASHED_LINE = re.compile(r"^[A-Z][\w'’ .-]{1,40}?\s[—–]\s")  # "Belgorod region — 10 UAVs;"
NOTE_WORDS = 15  # a line of notes inside a list is short too


def opens_list(sentence: Sentence) -> bool:
    """A line that opens a list: it ends with a colon ("used the following:"), or is the title of one
    ("Preliminary list of damaged buildings (as of 12:00)")."""
    text = sentence.text.strip()
    return text.endswith(":") or ("ist " in text[:LIST_TITLE_REACH] and LIST_TITLE.match(text) is not None)


def is_list_line(sentence: Sentence) -> bool:
    """A line of a list: a short paragraph of its own opening with a dash, a bullet or a number ("- 2 Kinzhal
    missiles;", "26 Shahed-type UAVs;"), or a label and what it holds ("Prymorskyi district: 5 apartment
    buildings, 14 cars", "Khotin hromada: KAB strikes (3 explosions)"), or by a dash ("Kursk region — 12 UAVs;")."""
    text = sentence.text.lstrip()
    if text.startswith(LIST_MARKS) or (":" in text and LABELLED_LINE.match(text)):
        return True
    opens = text[:1].isdigit() or (("—" in text or "–" in text) and DASHED_LINE.match(text) is not None)
    return opens and text.rstrip().endswith((";", ".", ",")) and len(text.split()) <= LIST_LINE_WORDS


def is_note(sentence: Sentence) -> bool:
    """A short line without a sentence's end inside a list ("Kostandi Street, 104 – windows"): it ends no list."""
    return not sentence.text.rstrip().endswith((".", "!", "?")) and len(sentence.text.split()) <= NOTE_WORDS


def is_heading(sentence: Sentence) -> bool:
    """A section heading line ("Donetsk region", "30 October: the biggest strike of the autumn"): a whole short
    paragraph without a full stop, longer when a day opens it."""
    if sentence.text.endswith((".", "!", "?", ":", ";")):
        return False
    words = len(sentence.text.split())
    return words <= HEADING_WORDS or (words <= DATED_HEADING_WORDS and DATED_HEADING.match(sentence.text) is not None)


HEADING_WORDS = 5
SECTION_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:")  # "Background:", "What happened earlier:"
DATED_HEADING_WORDS = 12
DATED_HEADING = re.compile(  # (its weekday first: "Saturday, 22 November: gas production hit")
    r"(?:[A-Z][a-z]+,\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)\s*(?::|[-–—])\s"
)
