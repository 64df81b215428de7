"""The output set as one unit: every file of a run in a new generation folder, switched in by one rename.

    out/.generations/<id>/events.csv, events.parquet, articles.csv, articles.parquet, rejected.csv, ...
    out/current -> .generations/<id>            the pointer, replaced atomically (rename of a symlink)
    out/events.csv -> current/events.csv         stable paths for people and scripts, through the pointer

A reader that wants a consistent set resolves the pointer once (``current_outputs``) and opens every file
from that folder. A run holds ``out/.airwatch.lock`` (fcntl) from extraction to switch, so two runs never
write one output; the second waits (``config.LOCK_WAIT_SECONDS``) and then gives up with a clear message.
A generation is written under a temporary name and renamed only when whole, so a killed run leaves the old
set as it was and a temporary folder the next run removes. Old generations beyond
``config.KEEP_GENERATIONS`` are pruned.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import logging
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import LockError, OutputError
from .files import write_file, write_table

log = logging.getLogger(__name__)
LOCK_NAME = ".airwatch.lock"
TEMPORARY = re.compile(r"^\..+\.tmp$")  # ours: .<name>.<random>.tmp and .<generation>.tmp (gitignored as .*.tmp)
# Which files each table becomes; a table not named here (e.g. "incidents") becomes <name>.csv and .parquet.
TABLE_FILES = {
    "events": (config.EVENTS_CSV, config.EVENTS_PARQUET),
    "articles": (config.ARTICLES_CSV, config.ARTICLES_PARQUET),
    "rejected": (config.REJECTED_CSV,),
}
CSV_LEAVES_OUT = {"text"}  # article bodies live in articles.parquet only: a CSV of them helps no one
_held: set[str] = set()  # output folders whose lock this process holds (a run calls write_outputs inside it)


def current_outputs(out: Path) -> Path:
    """The folder holding the current output set of ``out``: the generation ``out/current`` points at, or
    ``out`` itself when it is a plain folder of files (an older layout, or files put there by hand).

    Resolve once and open every file from the result: the set stays whole even if a run switches meanwhile.
    """
    pointer = Path(out) / config.CURRENT
    try:
        return Path(out) / os.readlink(pointer)
    except OSError:  # no pointer, or a plain folder named "current"
        return pointer if pointer.is_dir() else Path(out)


def _holder(handle: int) -> str:
    try:
        return os.pread(handle, 32, 0).decode("ascii", "replace").strip() or "unknown"
    except OSError:
        return "unknown"


@contextmanager
def output_lock(out: Path, wait: float | None = None) -> Iterator[None]:
    """Hold ``out``'s lock for the block; wait for another run up to ``wait`` seconds, then LockError."""
    out = Path(out)
    wait = config.LOCK_WAIT_SECONDS if wait is None else wait
    key = os.path.realpath(out)
    if key in _held:  # already ours (flock would make a second descriptor wait for the first)
        yield
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputError(f"cannot use {out} as the output folder ({err.strerror})") from err
    try:
        deadline, told = time.monotonic() + wait, False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockError(
                        f"another run (pid {_holder(handle)}) is writing {out}; gave up after waiting {wait:g} s. "
                        "Run again when it has finished."
                    ) from None
                if not told:
                    log.warning("another run (pid %s) is writing %s; waiting for it", _holder(handle), out)
                    told = True
                time.sleep(0.05)
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        _held.add(key)
        try:
            yield
        finally:
            _held.discard(key)
    finally:
        os.close(handle)  # releases the lock


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _generation_id() -> str:
    """Sortable by time; unique even for two generations in the same microsecond."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}-{secrets.token_hex(3)}"


def _replace_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one rename (no moment without it); refuse to replace a real folder."""
    if link.is_dir() and not link.is_symlink():
        raise OutputError(f"{link} is a folder, not a link this program manages; move it away and run again")
    if link.is_symlink() and os.readlink(link) == target:
        return
    temporary = link.parent / f".{link.name}.{secrets.token_hex(6)}.tmp"
    os.symlink(target, temporary)
    try:
        os.replace(temporary, link)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_leftovers(out: Path | str) -> list[Path]:
    """Temporary folders and links of runs that were killed (call under the lock); the paths removed."""
    out, removed = Path(out), []
    for folder in (out, out / config.GENERATIONS):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if TEMPORARY.match(entry.name):
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def prune(out: Path | str, keep: int | None = None) -> list[Path]:
    """Remove generations beyond the newest ``keep`` (the current one always stays); the paths removed."""
    out, keep = Path(out), config.KEEP_GENERATIONS if keep is None else keep
    folder = out / config.GENERATIONS
    if not folder.is_dir():
        return []
    current = current_outputs(out).name
    done = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)
    others = [p.name for p in done if p.name != current]
    kept = {current, *others[: max(keep - 1, 0)]}
    stale = [p for p in done if p.name not in kept]
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return stale


def _table_files(name: str, frame: pd.DataFrame) -> list[tuple[str, pd.DataFrame, str]]:
    files = TABLE_FILES.get(name, (f"{name}.csv", f"{name}.parquet"))
    out = []
    for file in files:
        fmt = file.rsplit(".", 1)[-1]
        leave_out = [c for c in frame.columns if c in CSV_LEAVES_OUT] if fmt == "csv" else []
        out.append((file, frame.drop(columns=leave_out) if leave_out else frame, fmt))
    return out


def _write_generation(folder: Path, tables: Mapping[str, pd.DataFrame]) -> list[str]:
    names = []
    for name, frame in tables.items():
        for file, table, fmt in _table_files(name, frame):
            write_file(folder / file, lambda handle, table=table, fmt=fmt: write_table(table, handle, fmt))
            names.append(file)
    _fsync_folder(folder)
    return names


def _link_files(out: Path, files: list[str]) -> None:
    """Every file of the current generation reachable as out/<file>; links to tables it no longer has removed."""
    for file in files:
        _replace_link(out / file, f"{config.CURRENT}/{file}")
    for entry in out.iterdir():
        if entry.is_symlink() and os.readlink(entry).startswith(f"{config.CURRENT}/") and entry.name not in files:
            entry.unlink(missing_ok=True)
    _fsync_folder(out)


def _failure(out: Path, err: OSError) -> OutputError:
    if err.errno == errno.ENOSPC:
        return OutputError(f"no space left on the device holding {out}; the previous output set is unchanged")
    reason = err.strerror or str(err)
    return OutputError(f"cannot write the output set in {out} ({reason}); the previous output set is unchanged")


def write_outputs(out: Path, tables: Mapping[str, pd.DataFrame]) -> Path:
    """Write every table as a new generation of ``out`` and switch to it; return the generation's folder.

    ``tables`` maps a table name to its (already validated) frame: "events" -> events.csv + events.parquet,
    "articles" -> articles.csv (without ``text``) + articles.parquet, "rejected" -> rejected.csv, any other
    name -> <name>.csv + <name>.parquet. All of them appear together or not at all; OutputError (a full disk,
    no permission) leaves the previous set whole.
    """
    out = Path(out)
    with output_lock(out):
        remove_leftovers(out)
        generations = out / config.GENERATIONS
        generation = _generation_id()
        temporary = generations / f".{generation}.tmp"
        try:
            generations.mkdir(exist_ok=True)
            temporary.mkdir()
            files = _write_generation(temporary, tables)
            os.rename(temporary, generations / generation)
            _fsync_folder(generations)
            _replace_link(out / config.CURRENT, f"{config.GENERATIONS}/{generation}")  # the switch
        except OSError as err:
            shutil.rmtree(temporary, ignore_errors=True)
            if current_outputs(out).name != generation:
                shutil.rmtree(generations / generation, ignore_errors=True)
            raise _failure(out, err) from err
        try:
            _link_files(out, files)
        except OSError as err:
            raise OutputError(
                f"the new output set is in {generations / generation}, but its links in {out} could not all be "
                f"made ({err.strerror}); read it through {out / config.CURRENT}"
            ) from err
        try:
            prune(out)
        except OSError as err:  # the new set is in place; old generations can go next time
            log.warning("could not remove old generations in %s (%s)", out, err.strerror)
        return generations / generation
