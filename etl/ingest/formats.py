"""One parser per input format: text with front matter, HTML pages, JSON Lines and CSV collections."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator

from .. import config
from ..budget import time_limit
from ..errors import BudgetError, InputError
from .article import Article, Rejection, make_article
from .front_matter import split_front_matter

CLASS_PART = re.compile(r"[\s_-]+")  # "c-article__lead" -> c, article, lead
OUTSIDE_ARTICLE = {"nav", "footer", "aside"}
MIN_LEAD_WORDS = 6  # shorter is a label ("Updated", "3 min read"), not a lead
LEAD_TAGS = ("div", "p", "h2", "section", "span")
SEEN_PREFIX = 60  # a lead whose opening the extracted text holds is in it
COLLECTION_FIELDS = ("id", "title", "published", "source", "url", "text")
FROM_MARKUP = {"original_date": True, "extensive_search": False}  # htmldate: meta tags, <time>, JSON-LD, the URL


HTML_PAGE = re.compile(r"\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)


def parse_text(text: str, stem: str, path: str, notes: list[str] | tuple = ()) -> Article:
    """A text with optional front matter; a saved HTML page under a text suffix is read as the page it is."""
    meta, body, found = split_front_matter(text.replace("\r\n", "\n"))
    if HTML_PAGE.match(body):
        return parse_html(text, stem, path, notes)
    return make_article(meta, body, stem, path, [*notes, *found])


def parse_html(text: str, stem: str, path: str, notes: list[str] | tuple = ()) -> Article:
    """An HTML page's text and metadata; a ``---`` block before the page (as a crawler may save it) gives the
    metadata it names, the page the rest."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    given, text, found = split_front_matter(text.replace("\r\n", "\n"))
    with time_limit(config.HTML_SECONDS, "reading the HTML page"):
        try:
            document = trafilatura.bare_extraction(
                text, with_metadata=True, include_comments=False, date_extraction_params=FROM_MARKUP
            )
        except BudgetError:
            raise  # the time limit, not the markup
        except RecursionError as err:
            raise InputError("HTML nested too deeply to parse") from err
        except Exception as err:  # trafilatura raises many lxml errors on broken markup
            raise InputError(f"HTML could not be parsed ({err.__class__.__name__})") from err
        if document is None or not (document.text or "").strip():
            raise InputError("no article text found in the HTML page")
        published = document.date or date_in_page_text(text)
        meta = {"title": document.title, "published": published, "source": document.sitename, "url": document.url}
        meta |= {key: value for key, value in given.items() if value not in (None, "")}
        title = meta["title"] if isinstance(meta["title"], str) else ""
        leads = lead_blocks(text, document.text, title)
    body = "\n\n".join(part for part in (title, *leads, document.text) if part)
    return make_article(meta, body, stem, path, [*notes, *found])


def date_in_page_text(page: str) -> str | None:
    """The publication day a page without one in its markup shows in its text ("Tue 24 Feb 2026"), or None.
    A first of the month is no answer: it is what a month or a year alone gives ("© 2014–2026 Meduza", an
    image path "/2026/11/"), and the page's figures would be dated by it."""
    from htmldate import find_date  # trafilatura's own date finder

    try:
        found = find_date(page, extensive_search=True, original_date=True)
    except Exception:  # (htmldate raises lxml's and dateutil's errors on odd pages: no day, then)
        return None
    return found if found and not found.endswith("-01") else None


def lead_blocks(page: str, extracted: str, title: str = "") -> list[str]:
    """Texts of the page's lead blocks ("<div class='article__lead'>", a standfirst) that the extracted text
    leaves out, in page order: templates set the lead apart from the body, and the extractor keeps the body."""
    from lxml import etree, html  # trafilatura's own parser

    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    seen = " ".join(f"{title} {extracted}".split())
    leads: list[str] = []
    taken: list = []
    for element in tree.iter(*LEAD_TAGS):
        if not config.HTML_LEAD_CLASSES.intersection(CLASS_PART.split((element.get("class") or "").lower())):
            continue
        ancestors = set(element.iterancestors())
        if any(a.tag in OUTSIDE_ARTICLE for a in ancestors) or any(t in ancestors for t in taken):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= MIN_LEAD_WORDS and text[:SEEN_PREFIX] not in seen:
            leads.append(text)
            taken.append(element)
    return leads


def _json_records(text: str) -> Iterator[tuple[int, dict | Rejection | None]]:
    """Records of a JSON Lines text, split on '\\n' only (U+2028 and friends are characters inside a string)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except RecursionError:
            yield number, Rejection("", f"JSON nested deeper than this reader allows ({sys.getrecursionlimit()})")
        except ValueError as err:  # JSONDecodeError, and integers beyond Python's digit limit
            yield number, Rejection("", f"malformed JSON line ({getattr(err, 'msg', str(err))[:120]})")


def _csv_records(text: str) -> Iterator[tuple[int, dict | Rejection | None]]:
    """Rows of a CSV text; a field may be as large as a whole file."""
    csv.field_size_limit(max(csv.field_size_limit(), config.MAX_FILE_BYTES))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    number = 1
    try:
        if "text" not in (reader.fieldnames or []):
            raise InputError("CSV collection has no text column")
        for number, record in enumerate(reader, start=2):  # row 1 is the header
            yield number, record
    except csv.Error as err:
        yield number + 1, Rejection("", f"CSV could not be read from this row on ({err})")


def parse_collection(text: str, suffix: str, stem: str, path: str, notes: list[str] | tuple = ()) -> Iterator:
    """One article per JSON line or CSV row; a broken record is rejected alone."""
    records = _json_records(text) if suffix == ".jsonl" else _csv_records(text)
    for number, record in records:
        where = f"{path}:{number}"
        if isinstance(record, Rejection):
            yield Rejection(where, record.reason)
            continue
        if not isinstance(record, dict):
            yield Rejection(where, "record is not an object with id, title, published, source, url, text")
            continue
        meta = {str(key).lower(): value for key, value in record.items() if key is not None}
        body = meta.pop("text", None)
        if not isinstance(body, str):
            yield Rejection(where, "no article text" if body in (None, "") else "text is not a string")
            continue
        try:
            yield make_article(meta, body, f"{stem}-{number}", where, notes)
        except InputError as err:
            yield Rejection(where, str(err))
