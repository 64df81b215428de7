"""Who a source stands for: the sides its words name ("Russian defence ministry": russia), a side named as the
speaker itself ("Kyiv said"), the publisher of a page that is its source's own post, and the person an interview
is with."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..lexicon import Lexicon
from .source_phrases import WORD, phrase_text, source_after
from .tokens import Sentence

CHANNEL_OF = re.compile(r"^(?:the\s+)?(?:official\s+)?(?:telegram\s+)?(?:channel|account|page)\s+of\s+(.+)$", re.I)
PLATFORM = re.compile(r"\s*\((?:telegram|facebook|x|twitter|website|press release)\)\s*$", re.I)


def first_party(publisher: str, lex: Lexicon) -> str:
    """The author of a page that is its source's own post ("Telegram channel of Sergei Sobyanin", "Sumy Regional
    Military Administration (Telegram)"), who reports what it leaves unattributed; "" for a news outlet."""
    name = PLATFORM.sub("", publisher.strip())
    channel = CHANNEL_OF.match(name)
    if channel:
        return channel.group(1).strip()
    return name if any(w in lex.body_heads for w in WORD.findall(name.lower())) else ""


def source_sides(source: str, lex: Lexicon) -> set[str]:
    """The sides a source's words name ("Russian defence ministry" -> {"russia"})."""
    return {lex.sides[w] for w in WORD.findall(source.lower()) if w in lex.sides}


@lru_cache(maxsize=4096)  # asked of every figure's source, several times
def is_bare_side(source: str, lex: Lexicon) -> bool:
    """'Russia', 'Kyiv', 'Ukraine's': a country or capital named as the speaker."""
    words = [w for w in WORD.findall(source.lower()) if w != "the"]
    return bool(words) and all(w in lex.sides for w in words)


MIN_QUESTIONS = 2  # paragraphs that are all a question: an interview


def interviewee(sentences: Sequence[Sentence], lead: Sequence[Sentence], publisher: str, lex: Lexicon) -> str:
    """Whom an interview is with, as its lead names them: the one who "spoke to the BBC", or the one the
    publisher "talked with" ("RBC-Ukraine talked with the Air Force's spokesman, Colonel Yurii Ihnat"). In an
    article of questions and answers without labels, the answers are theirs; "" for any other article."""
    last = {s.paragraph: s.text for s in sentences}  # each paragraph's last sentence
    if sum(1 for text in last.values() if text.endswith("?")) < MIN_QUESTIONS:
        return ""
    outlet = publisher.strip().lower()
    for sentence in lead:
        tokens = sentence.tokens
        for k in range(len(tokens) - 2):
            if f"{tokens[k].lower} {tokens[k + 1].lower}" not in lex.interview_cues:
                continue
            subject = sentence.text[: tokens[k].start - sentence.start].strip(" ,")
            if subject[:1].isupper() and (not outlet or outlet not in subject.lower()) and k <= MAX_SUBJECT_WORDS:
                return subject  # "Ivan Fedorov, the head of the ... administration, spoke to the BBC"
            words = source_after(tokens, k + 2, lex)
            if any(t.text[:1].isupper() for t in words):
                return phrase_text(sentence, words)
    return ""


MAX_SUBJECT_WORDS = 20  # tokens before the cue of a subject that names whom an interview is with
