"""Files to articles: which files a folder holds, and each file read by its format.

Every file met is either read or listed with why not: dangling and looping symbolic links, folders that
cannot be opened, pipes and devices, unsupported extensions. Only hidden files and folders (a leading dot)
and README.md files are passed over without a word, as README.md says.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .. import config
from ..errors import InputError
from .article import Article, Rejection, printable_path
from .decoding import decode_bytes
from .formats import parse_collection, parse_html, parse_text


def _reject(path: Path | str, reason: str) -> Rejection:
    return Rejection(printable_path(path), reason)


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed, or None when it can."""
    try:
        path.stat()
    except FileNotFoundError:
        return f"dangling symbolic link (its target {printable_path(os.readlink(path))} does not exist)"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return f"cannot follow symbolic link ({err.strerror})"
    return None


class _Walk:
    """A depth-first walk in name order that follows links to folders once each."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.rejected: list[Rejection] = []
        self.folders_seen: set[tuple[int, int]] = set()
        self.files_seen: dict[tuple[int, int], Path] = {}

    def folder(self, folder: Path) -> None:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in self.folders_seen:
            self.rejected.append(_reject(folder, "symbolic link to a folder already read (a loop or a second path)"))
            return
        self.folders_seen.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as err:
            self.rejected.append(_reject(folder, f"cannot read folder ({err.strerror})"))
            return
        for entry in entries:
            if not entry.name.startswith("."):  # hidden files and folders: skipped silently (README.md)
                self.entry(Path(entry.path))

    def entry(self, path: Path) -> None:
        if path.is_symlink():
            problem = _link_problem(path)
            if problem:
                self.rejected.append(_reject(path, problem))
                return
        try:
            info = path.stat()
        except OSError as err:
            self.rejected.append(_reject(path, f"cannot read ({err.strerror})"))
            return
        mode, key = info.st_mode, (info.st_dev, info.st_ino)
        if stat.S_ISDIR(mode):
            self.folder(path)
        elif path.name.lower() == "readme.md":
            return  # a folder's own notes, not an article (README.md says so)
        elif not stat.S_ISREG(mode):
            self.rejected.append(_reject(path, "not a regular file (a pipe, socket or device)"))
        elif path.suffix.lower() not in config.ARTICLE_SUFFIXES | config.COLLECTION_SUFFIXES:
            self.rejected.append(_reject(path, _unsupported(path)))
        elif key in self.files_seen:
            self.rejected.append(_reject(path, f"a second path to a file already read ({self.files_seen[key]})"))
        else:
            self.files_seen[key] = path
            self.files.append(path)


def _unsupported(path: Path) -> str:
    return f"unsupported file type {path.suffix.lower() or '(no extension)'}"


def find_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Rejection]]:
    """Files under the given paths, recursively, in a stable order, and every path passed over with why."""
    walk = _Walk()
    for item in map(Path, paths):
        if item.is_symlink() and _link_problem(item):
            walk.rejected.append(_reject(item, _link_problem(item) or ""))
        elif item.is_dir():
            walk.folder(item)
        elif item.exists():
            walk.files.append(item)  # named explicitly: read_file says if it cannot be read
        else:
            walk.rejected.append(_reject(item, "no such file or folder"))
    return walk.files, walk.rejected


def _read_bytes(path: Path) -> bytes:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a pipe, socket or device)")
    if info.st_size > config.MAX_FILE_BYTES:
        limit = config.MAX_FILE_BYTES / 1e6
        raise InputError(f"file too large ({info.st_size / 1e6:.1f} MB; limit {limit:.0f} MB)")
    with path.open("rb") as handle:
        return handle.read(config.MAX_FILE_BYTES + 1)  # a file that grew since stat() is still bounded


def read_file(path: Path) -> Iterator[Article | Rejection]:
    """Articles (or rejections) from one file."""
    suffix = path.suffix.lower()
    try:
        if suffix not in config.ARTICLE_SUFFIXES | config.COLLECTION_SUFFIXES:
            raise InputError(_unsupported(path))
        raw = _read_bytes(path)
        if len(raw) > config.MAX_FILE_BYTES:
            raise InputError(f"file too large (over {config.MAX_FILE_BYTES / 1e6:.0f} MB)")
        decoded = decode_bytes(raw)
        notes = [decoded.note] if decoded.note else []
        name = printable_path(path)
        if suffix in config.COLLECTION_SUFFIXES:
            yield from parse_collection(decoded.text, suffix, path.stem, name, notes)
        elif suffix in {".html", ".htm"}:
            yield parse_html(decoded.text, path.stem, name, notes)
        else:
            yield parse_text(decoded.text, path.stem, name, notes)
    except InputError as err:
        yield _reject(path, str(err))
    except OSError as err:
        yield _reject(path, f"cannot read file ({err.strerror or err.__class__.__name__})")


def _distinct(article: Article, seen: dict[str, str]) -> Article | Rejection:
    """The article, renamed if its id is taken by another text; a Rejection if it repeats the same text."""
    if article.id not in seen:
        return article
    if seen[article.id] == article.content_hash:
        return Rejection(article.path, f"duplicate of article {article.id!r} (same id and text)")
    number = 2
    while f"{article.id}-{number}" in seen:
        number += 1
    fresh = f"{article.id}-{number}"
    note = f"id {article.id!r} already used by another article; renamed {fresh!r}"
    return replace(article, id=fresh, warnings=(*article.warnings, note))


def read_articles(paths: Iterable[Path | str]) -> tuple[list[Article], list[Rejection]]:
    """Every article under ``paths`` and every input passed over, each with its reason."""
    files, rejected = find_files(paths)
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in files:
        for item in read_file(path):
            if isinstance(item, Article):
                item = _distinct(item, seen)
            if isinstance(item, Rejection):
                rejected.append(item)
            else:
                seen[item.id] = item.content_hash
                articles.append(item)
    return articles, rejected
