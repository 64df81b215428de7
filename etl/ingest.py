"""Stage 1: files in, articles out.

Reads text with optional front matter, HTML pages (through trafilatura) and
article collections (JSON Lines, CSV). Every input that cannot be used becomes
a :class:`Rejection` with its reason; nothing here stops a batch.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import dateparser
import yaml

from . import config
from .errors import InputError

FRONT_MATTER_FENCE = "---"
COLLECTION_FIELDS = ("id", "title", "published", "source", "url", "text")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    published: str = ""  # ISO date or empty
    source: str = ""
    url: str = ""
    path: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Rejection:
    path: str
    reason: str


def parse_published(value: object) -> str:
    """Normalise a publication date to ISO; raise InputError when it is not a date."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    if parsed is None:
        raise InputError(f"published {text!r} is not a date (expected YYYY-MM-DD)")
    return parsed.date().isoformat()


def split_front_matter(text: str) -> tuple[dict, str]:
    """Split a leading ``---`` YAML block from the body."""
    if not text.startswith(FRONT_MATTER_FENCE + "\n") and not text.startswith(FRONT_MATTER_FENCE + "\r\n"):
        return {}, text
    end = text.find(f"\n{FRONT_MATTER_FENCE}", len(FRONT_MATTER_FENCE))
    if end == -1:
        raise InputError("front matter opened with '---' but never closed")
    block = text[len(FRONT_MATTER_FENCE) + 1 : end]
    body_start = text.find("\n", end + 1)
    body = "" if body_start == -1 else text[body_start + 1 :]
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as err:
        raise InputError(f"front matter is not valid YAML: {err.__class__.__name__}") from err
    if not isinstance(meta, dict):
        raise InputError("front matter is not a key: value block")
    return {str(k).lower(): v for k, v in meta.items()}, body


def headline_of(body: str) -> str:
    """First line of a body when it reads as a headline (short, no final full stop)."""
    first = body.lstrip().split("\n", 1)[0].strip()
    if first and len(first) <= 200 and not first.endswith((".", ":", ";")) and "\n" in body.strip():
        return first
    return ""


def make_article(meta: dict, body: str, default_id: str, path: str) -> Article:
    if not body.strip():
        raise InputError("no article text")
    return Article(
        id=str(meta.get("id") or default_id).strip(),
        text=body,
        title=str(meta.get("title") or headline_of(body)).strip(),
        published=parse_published(meta.get("published") or meta.get("date")),
        source=str(meta.get("source") or "").strip(),
        url=str(meta.get("url") or "").strip(),
        path=path,
    )


def decode(raw: bytes) -> str:
    if not raw.strip():
        raise InputError("empty file")
    if b"\x00" in raw[:8192]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text (invalid byte at offset {err.start})") from err


def parse_text(text: str, stem: str, path: str) -> Article:
    meta, body = split_front_matter(text.replace("\r\n", "\n"))
    return make_article(meta, body, stem, path)


def parse_html(text: str, stem: str, path: str) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as err:  # trafilatura raises many lxml errors on broken markup
        raise InputError(f"HTML could not be parsed ({err.__class__.__name__})") from err
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in the HTML page")
    meta = {"title": document.title, "published": document.date, "source": document.sitename, "url": document.url}
    body = f"{document.title}\n\n{document.text}" if document.title else document.text
    try:
        return make_article(meta, body, stem, path)
    except InputError:
        # A page date trafilatura guessed badly is not worth losing the article.
        return make_article({**meta, "published": None}, body, stem, path)


def parse_collection(text: str, suffix: str, stem: str, path: str) -> Iterator[Article | Rejection]:
    """One article per JSON line or CSV row; a broken record is rejected alone."""
    if suffix == ".jsonl":
        records: Iterable[tuple[int, object]] = enumerate(text.splitlines(), start=1)
    else:
        reader = csv.DictReader(io.StringIO(text))
        missing = {"text"} - set(reader.fieldnames or [])
        if missing:
            raise InputError(f"CSV collection has no {', '.join(sorted(missing))} column")
        records = enumerate(reader, start=2)
    for number, record in records:
        where = f"{path}:{number}"
        if suffix == ".jsonl":
            if not str(record).strip():
                continue
            try:
                record = json.loads(record)
            except json.JSONDecodeError as err:
                yield Rejection(where, f"malformed JSON line ({err.msg})")
                continue
        if not isinstance(record, dict):
            yield Rejection(where, "record is not an object with id, title, published, source, url, text")
            continue
        fields = {key: record.get(key) for key in COLLECTION_FIELDS}
        try:
            yield make_article(fields, str(fields.pop("text") or ""), f"{stem}-{number}", where)
        except InputError as err:
            yield Rejection(where, str(err))


def read_file(path: Path) -> Iterator[Article | Rejection]:
    """Articles (or rejections) from one file."""
    suffix = path.suffix.lower()
    try:
        if suffix not in config.ARTICLE_SUFFIXES | config.COLLECTION_SUFFIXES:
            raise InputError(f"unsupported file type {suffix or '(none)'}")
        size = path.stat().st_size
        if size > config.MAX_FILE_BYTES:
            raise InputError(f"file too large ({size / 1e6:.1f} MB; limit {config.MAX_FILE_BYTES / 1e6:.0f} MB)")
        text = decode(path.read_bytes())
        if suffix in config.COLLECTION_SUFFIXES:
            yield from parse_collection(text, suffix, path.stem, str(path))
        elif suffix in {".html", ".htm"}:
            yield parse_html(text, path.stem, str(path))
        else:
            yield parse_text(text, path.stem, str(path))
    except InputError as err:
        yield Rejection(str(path), str(err))
    except OSError as err:
        yield Rejection(str(path), f"cannot read file ({err.strerror or err.__class__.__name__})")


def find_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Rejection]]:
    """Files under the given paths, recursively, in a stable order."""
    files: list[Path] = []
    missing: list[Rejection] = []
    suffixes = config.ARTICLE_SUFFIXES | config.COLLECTION_SUFFIXES
    for item in map(Path, paths):
        if item.is_dir():
            files.extend(
                p
                for p in sorted(item.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in suffixes
                and not p.name.startswith(".")
                and p.name.lower() != "readme.md"
            )
        elif item.is_file():
            files.append(item)
        else:
            missing.append(Rejection(str(item), "no such file or folder"))
    return files, missing


def read_articles(paths: Iterable[Path | str]) -> tuple[list[Article], list[Rejection]]:
    """Every article under ``paths``; duplicates of an article id are rejected."""
    files, rejected = find_files(paths)
    articles: list[Article] = []
    seen: set[str] = set()
    for path in files:
        for item in read_file(path):
            if isinstance(item, Rejection):
                rejected.append(item)
            elif item.id in seen:
                rejected.append(Rejection(item.path, f"duplicate article id {item.id!r}"))
            else:
                seen.add(item.id)
                articles.append(item)
    return articles, rejected
