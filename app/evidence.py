"""An article as HTML with the words behind each figure marked, a colour per category.

Everything from the article is HTML-escaped here and the result goes through st.html, which never reads
Markdown: a body holding ``![x](https://host/pixel.png)`` shows those characters, it fetches nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from . import labels

MARK_COLOURS = {  # light fill, strong underline: the category colours of the charts, readable under text
    "strike": ("#fbd5d5", "#d62728"),
    "interception": ("#d3e5f7", "#1f77b4"),
    "casualty": ("#e0e0e0", "#111111"),
    "damage": ("#ffe2c4", "#ff7f0e"),
    "disruption": ("#e6dbf3", "#9467bd"),
}
UNKNOWN_COLOURS = ("#eeeeee", "#777777")
FOCUS_ID = "evidence-focus"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    category: str = ""
    label: str = ""
    record_id: str = ""


def _mark(text: str, span: Span, focused: bool) -> str:
    fill, line = MARK_COLOURS.get(span.category, UNKNOWN_COLOURS)
    style = f"background:{fill};border-bottom:2px solid {line};padding:0 1px;border-radius:2px"
    if focused:
        style += f";outline:3px solid {line};outline-offset:2px;scroll-margin:40vh"
    identity = f' id="{FOCUS_ID}"' if focused else ""
    title = html.escape(span.label, quote=True)
    return f'<mark{identity} title="{title}" style="{style}">{html.escape(text)}</mark>'


def evidence_html(text: str, spans: list[Span], focus: str = "") -> str:
    """The body, escaped, in a block that keeps its line breaks; spans marked (overlaps: the earlier wins,
    except that the focused record always shows)."""
    chosen = [span for span in spans if span.record_id == focus and focus] or []
    ordered = chosen + sorted((s for s in spans if s not in chosen), key=lambda s: (s.start, -s.end))
    placed: list[Span] = []
    for span in ordered:
        if 0 <= span.start < span.end <= len(text) and all(span.end <= p.start or span.start >= p.end for p in placed):
            placed.append(span)
    out, position = [], 0
    for span in sorted(placed, key=lambda s: s.start):
        out.append(html.escape(text[position : span.start]))
        out.append(_mark(text[span.start : span.end], span, bool(focus) and span.record_id == focus))
        position = span.end
    out.append(html.escape(text[position:]))
    body = "".join(out)
    return f'<div style="white-space:pre-wrap;line-height:1.7;font-size:1rem">{body}</div>'


def legend_html(categories: list[str]) -> str:
    """One chip per category present, in the colours of the marks."""
    chips = []
    for category in categories:
        fill, line = MARK_COLOURS.get(category, UNKNOWN_COLOURS)
        chips.append(
            f'<span style="background:{fill};border-bottom:2px solid {line};padding:1px 6px;margin-right:8px;'
            f'border-radius:2px">{html.escape(labels.label("category", category))}</span>'
        )
    return '<div style="margin:4px 0 10px 0">' + "".join(chips) + "</div>"


SCROLL_TO_FOCUS = f"""<script>
setTimeout(() => {{
  const mark = window.parent.document.getElementById("{FOCUS_ID}") || document.getElementById("{FOCUS_ID}");
  if (mark) mark.scrollIntoView({{block: "center"}});
}}, 300);
</script>"""
