"""Who a source stands for: the sides its words name ("Russian defence ministry": russia), a side named as the
speaker itself ("Kyiv said"), and the publisher of a page that is its source's own post."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon
from .source_phrases import WORD

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
