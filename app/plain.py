"""User text (titles, sources, file names, article bodies) made safe to show: as text, never Markdown or HTML.

Streamlit renders the text of st.title/subheader/caption/error/... as Markdown: a headline holding
``![x](https://host/pixel.png)`` would make every viewer fetch that image, ``[login](https://phish)`` would be a
link. Every ASCII punctuation character is backslash-escaped, which CommonMark defines as "this character, as
is": no emphasis, link, image, HTML, math or colour directive can start. GitHub's bare-URL autolinks are found
in the text after escapes are resolved, so a zero-width space also goes after "://", "www" and "@": the text
reads the same, and no URL or e-mail address in it becomes a link.
"""

from __future__ import annotations

import re
import string

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
_SPACES = re.compile(r"\s+")
_LINK_STARTS = re.compile(r"(\\:)(?=\\/\\/)|(?i:(?<![\w])(www))(?=\\\.)|(\\@)")
ZERO_WIDTH_SPACE = "\u200b"


def md(text: object, one_line: bool = True) -> str:
    """``text`` as literal characters inside Streamlit Markdown (whitespace folded to one line by default)."""
    value = "" if text is None else str(text)
    if one_line:
        value = _SPACES.sub(" ", value).strip()
    escaped = _PUNCTUATION.sub(r"\\\1", value)
    return _LINK_STARTS.sub(lambda match: match.group(0) + ZERO_WIDTH_SPACE, escaped)


def size(limit: int) -> str:
    """A byte count as the page states it: '1 MB' for 1,048,576 (Streamlit's MB are 1,024 × 1,024 bytes)."""
    mb = limit / (1024 * 1024)
    if mb >= 1:
        return f"{mb:g} MB" if mb == int(mb) else f"{mb:.1f} MB"
    return f"{limit / 1024:.0f} KB"
