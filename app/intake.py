"""Adding articles from the dashboard: build, preview, save without overwriting, rebuild safely."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from etl import config
from etl.errors import InputError
from etl.ingest import Article, decode, parse_html, parse_published
from etl.pipeline import run


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "article"


def from_form(
    text: str,
    title: str,
    published: dt.date | str | None,
    source: str,
    url: str,
    upload: tuple[str, bytes] | None = None,
) -> Article:
    """An article from the form's fields or an uploaded .txt/.html file; InputError says what is wrong."""
    if upload is not None:
        name, raw = upload
        if len(raw) > config.MAX_UPLOAD_BYTES:
            raise InputError(
                f"{name} is {len(raw) / 1e6:.1f} MB; uploads are limited to {config.MAX_UPLOAD_BYTES / 1e6:.0f} MB"
            )
        decoded = decode(raw)
        if name.lower().endswith((".html", ".htm")):
            page = parse_html(decoded, slug(Path(name).stem), name)
            text = page.text
            title, source, url = title or page.title, source or page.source, url or page.url
            published = published or page.published
        else:
            text = decoded
    if len(text.encode()) > config.MAX_UPLOAD_BYTES:
        raise InputError(f"the text is over {config.MAX_UPLOAD_BYTES / 1e6:.0f} MB")
    if not text.strip():
        raise InputError("no article text: paste it or upload a .txt/.html file")
    published_iso = parse_published(published)
    return Article(
        id=slug(title or text.strip().split("\n", 1)[0]),
        text=text.replace("\r\n", "\n"),
        title=title.strip(),
        published=published_iso,
        source=source.strip(),
        url=url.strip(),
    )


def save(article: Article, folder: Path = config.ARTICLES) -> Path:
    """Write the article with front matter under a name no existing file has."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{article.published or 'undated'}-{article.id}"
    path, n = folder / f"{stem}.txt", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.txt", n + 1
    meta = {
        k: v
        for k, v in (
            ("title", article.title),
            ("published", article.published),
            ("source", article.source),
            ("url", article.url),
            ("id", path.stem),
        )
        if v
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite
        handle.write(f"---\n{front}---\n{article.text}")
    return path


def rebuild(articles: Path = config.ARTICLES, out: Path = config.PROCESSED) -> str:
    """Rebuild the table: the ETL writes a new output set and switches to it whole; on failure the old one stays."""
    return run([articles], out, workers=1, progress=False).line()


def add(articles: list[Article], folder: Path = config.ARTICLES, out: Path = config.PROCESSED) -> str:
    """Save the articles and rebuild; if the rebuild fails, the saved files are removed again."""
    saved = [save(article, folder) for article in articles]
    try:
        return rebuild(folder, out)
    except Exception:
        for path in saved:
            path.unlink(missing_ok=True)
        raise
