"""Step 6, continued: the turns of a transcript. An interview's paragraphs open with who speaks ("Terekhov: As
of now, four people are dead"); a label that opens two or more paragraphs (by its last word: "Ihor Terekhov"
and then "Terekhov") names a speaker, unless it names a place or a kind of line ("Update:", "Kharkiv:"), and
the paragraph it opens is that speaker's."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence, Set

from ..lexicon import Lexicon
from ..places import Gazetteer
from .attribution import Attribution, attribution
from .tokens import Sentence

TURN_LABEL = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?: \([^()\n]{1,40}\))?:\s")
MIN_TURNS = 2  # paragraphs a speaker's label opens in a transcript


def turn_labels(sentences: Sequence[Sentence], lex: Lexicon, gazetteer: Gazetteer) -> frozenset[str]:
    """The labels that open the turns of a transcript in an article (none in most articles)."""
    labels = [
        match.group(1)
        for previous, sentence in zip((None, *sentences), sentences, strict=False)
        if (previous is None or previous.paragraph != sentence.paragraph)
        and ":" in sentence.text[:60]
        and (match := TURN_LABEL.match(sentence.text))
    ]
    if len(labels) < MIN_TURNS:  # (most articles)
        return frozenset()
    turns = Counter(label.split()[-1] for label in labels)  # "Ihor Terekhov" and "Terekhov" open his turns
    return frozenset(
        label
        for label in set(labels)
        if turns[label.split()[-1]] >= MIN_TURNS
        and (not label.isupper() or spelt_out(label, sentences))
        and not any(word.lower() in lex.colon_labels for word in label.split())
        and gazetteer.lookup(label) is None
    )


def spelt_out(label: str, sentences: Sequence[Sentence]) -> bool:
    """Whether a label in capitals ("IHNAT") is a name the article writes in ordinary case too ("Yurii Ihnat")."""
    name = re.compile(rf"\b{re.escape(label.title())}\b")
    return any(name.search(s.text) for s in sentences)


def turn_speaker(sentence: Sentence, labels: Set[str], lex: Lexicon) -> Attribution | None:
    """The speaker whose turn a paragraph's first sentence opens, or None."""
    match = TURN_LABEL.match(sentence.text)
    if match is None or match.group(1) not in labels:
        return None
    tokens = sentence.tokens
    name_end = sentence.start + match.end(1)
    words = [t for t in tokens if t.end <= name_end]
    colon = next(t for t in tokens if t.text == ":")
    found = attribution(sentence, colon, words, lex)
    return dataclasses.replace(found, source=found.source.title()) if found.source.isupper() else found
