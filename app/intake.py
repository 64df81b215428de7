"""Adding articles from the dashboard: read them as the ETL would, refuse what is already there, save all or
nothing, rebuild safely."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

import yaml

from etl import config
from etl.errors import InputError
from etl.ingest import Article, Rejection, parse_published, read_file
from etl.pipeline import run

from .plain import size

UPLOAD_SUFFIXES = sorted(config.ARTICLE_SUFFIXES | config.COLLECTION_SUFFIXES)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


def content_hash(body: str) -> str:
    """sha256 (hex) of an article body as etl.ingest reads it: the key that spots the same text twice."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def limit_words() -> str:
    """The upload limit as the page states it and as it is applied."""
    return size(config.MAX_UPLOAD_BYTES)


def from_form(text: str, title: str, published: dt.date | str | None, source: str, url: str) -> Article:
    """An article from the form's fields; InputError says what is wrong."""
    if len(text.encode("utf-8")) > config.MAX_UPLOAD_BYTES:
        raise InputError(f"the text is over the limit of {limit_words()}")
    if not text.strip():
        raise InputError("no article text: paste it or upload a file")
    return Article(
        id=slug(title or text.strip().split("\n", 1)[0]),
        text=text.replace("\r\n", "\n"),
        title=" ".join(title.split()),
        published=parse_published(published),
        source=source.strip(),
        url=url.strip(),
    )


def from_upload(name: str, raw: bytes) -> list[Article | Rejection]:
    """The articles of an uploaded file, read by the ETL's own reader (text with front matter, HTML, JSON
    Lines or CSV collections); a file or record that cannot be used comes back as a Rejection with its reason."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return [Rejection(name, f"unsupported file type {suffix or '(none)'}; use {', '.join(UPLOAD_SUFFIXES)}")]
    if len(raw) > config.MAX_UPLOAD_BYTES:
        return [Rejection(name, f"{size(len(raw))} is over the limit of {limit_words()} per file")]
    stem = slug(Path(name).stem)
    with tempfile.TemporaryDirectory(prefix="airwatch-upload-") as folder:
        path = Path(folder) / f"{stem}{suffix}"  # our own name: nothing of the upload's name reaches the disk
        path.write_bytes(raw)
        items = list(read_file(path))
    return [
        dataclasses.replace(item, path="") if isinstance(item, Article) else Rejection(name, item.reason)
        for item in items
    ]


def filled(article: Article, title: str, published: dt.date | str | None, source: str, url: str) -> Article:
    """The form's fields fill in what an uploaded article lacks (they never replace what it says)."""
    return dataclasses.replace(
        article,
        title=article.title or " ".join(title.split()),
        published=article.published or parse_published(published),
        source=article.source or source.strip(),
        url=article.url or url.strip(),
    )


def refuse_known(articles: Iterable[Article], known: dict[str, str]) -> tuple[list[Article], list[str]]:
    """Articles whose body is not yet in the corpus (``known``: content hash -> article id) nor earlier in
    the batch, and a reason for each one refused."""
    fresh, refused, seen = [], [], dict(known)
    for article in articles:
        digest = content_hash(article.text)
        if digest in seen:
            label = article.title or article.id
            refused.append(f"{label}: the same text is already in the corpus as article {seen[digest]}")
            continue
        seen[digest] = article.title or article.id
        fresh.append(article)
    return fresh, refused


def _document(article: Article, article_id: str) -> str:
    meta = {
        k: v
        for k, v in (
            ("title", " ".join(article.title.split())),
            ("published", article.published),
            ("source", article.source),
            ("url", article.url),
            ("id", article_id),
        )
        if v
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{article.text}"


def _free_name(folder: Path, article: Article, taken: set[str]) -> Path:
    stem = f"{article.published or 'undated'}-{slug(article.title or article.id)}"
    path, n = folder / f"{stem}.txt", 2
    while path.exists() or path.name in taken:
        path, n = folder / f"{stem}-{n}.txt", n + 1
    taken.add(path.name)
    return path


def _place(staged: Path, final: Path) -> None:
    """Give a whole staged file its name, never over an existing file."""
    try:
        os.link(staged, final)  # fails if the name exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if final.exists():
            raise FileExistsError(final) from None
        os.replace(staged, final)


def save_all(articles: list[Article], folder: Path = config.ARTICLES) -> list[Path]:
    """Write every article, each under a name no file has, or none of them.

    Each is written and synced to a hidden temporary file first (the ETL skips hidden files); names are
    given only when all are whole, so a full disk halfway through the second article leaves nothing behind.
    """
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for article in articles:
            final = _free_name(folder, article, taken)
            temporary = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
            staged.append((temporary, final))
            with temporary.open("x", encoding="utf-8") as handle:
                handle.write(_document(article, final.stem))
                handle.flush()
                os.fsync(handle.fileno())
        for temporary, final in staged:
            _place(temporary, final)
            placed.append(final)
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return placed


def save(article: Article, folder: Path = config.ARTICLES) -> Path:
    """Write one article with front matter under a name no existing file has."""
    return save_all([article], folder)[0]


def rebuild(articles: Path = config.ARTICLES, out: Path = config.PROCESSED) -> str:
    """Rebuild the table: the ETL writes a new output set and switches to it whole; on failure the old one stays."""
    return run([articles], out, workers=1, progress=False).line()


@dataclasses.dataclass(frozen=True)
class Added:
    paths: list[Path]
    summary: str


def add(articles: list[Article], folder: Path = config.ARTICLES, out: Path = config.PROCESSED) -> Added:
    """Save the articles (all or none) and rebuild; if the rebuild fails, the saved files are removed again."""
    saved = save_all(articles, folder)
    try:
        return Added(saved, rebuild(folder, out))
    except Exception:
        for path in saved:
            path.unlink(missing_ok=True)
        raise
