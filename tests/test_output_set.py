"""The output set as one unit (etl.load.generations): layout, pointer, pruning, leftovers, permissions,
a full disk, the lock."""

import errno
import fcntl
import os
import threading
import time

import pandas as pd
import pytest

from etl import config, load
from etl.cli import main
from etl.errors import LockError, OutputError
from etl.load import current_outputs, write_outputs
from tests.conftest import row

SET = ["articles.csv", "articles.parquet", "events.csv", "events.parquet", "rejected.csv"]


def tables(value: int = 10) -> dict[str, pd.DataFrame]:
    events = load.events_frame([row(value=value)])
    rejected = load.rejected_frame([{"path": "x.pdf", "reason": "unsupported file type .pdf"}])
    record = {
        "article_id": "a1",
        "title": "t",
        "published": "",
        "source": "",
        "url": "",
        "path": "a1.txt",
        "figures": 1,
        "warnings": "",
        "content_hash": "0" * 64,
        "text": "s" * 10,
    }
    return {"events": events, "articles": load.articles_frame([record]), "rejected": rejected}


def snapshot(out):
    return {p.name: p.read_bytes() for p in sorted(current_outputs(out).iterdir())}


def test_a_run_is_one_generation_behind_one_pointer(tmp_path):
    generation = write_outputs(tmp_path, tables())
    assert current_outputs(tmp_path) == generation and generation.parent.name == config.GENERATIONS
    assert sorted(p.name for p in generation.iterdir()) == SET
    for name in SET:  # the familiar paths keep working, through the pointer
        assert os.readlink(tmp_path / name) == f"current/{name}"
        assert (tmp_path / name).read_bytes() == (generation / name).read_bytes()
    assert load.read_events(tmp_path / "events.csv")["value"].tolist() == [10]


def test_a_plain_folder_is_read_as_it_is_and_taken_over_by_the_next_run(tmp_path):
    load.write_csv(load.events_frame([row(value=3)]), tmp_path / "events.csv")
    assert current_outputs(tmp_path) == tmp_path
    write_outputs(tmp_path, tables(value=4))
    assert (tmp_path / "events.csv").is_symlink()
    assert load.read_events(tmp_path / "events.csv")["value"].tolist() == [4]


def test_old_generations_are_pruned_and_the_current_one_kept(tmp_path):
    written = [write_outputs(tmp_path, tables(value=v)) for v in range(4)]
    kept = sorted(p.name for p in (tmp_path / config.GENERATIONS).iterdir())
    assert kept == sorted(p.name for p in written[-config.KEEP_GENERATIONS :])
    assert current_outputs(tmp_path) == written[-1]


def test_another_table_joins_the_set_and_leaves_with_it(tmp_path):
    incidents = pd.DataFrame({"incident_id": ["i1"], "figures": [2]})
    write_outputs(tmp_path, {**tables(), "incidents": incidents})
    assert pd.read_parquet(tmp_path / "incidents.parquet")["incident_id"].tolist() == ["i1"]
    assert (tmp_path / "incidents.csv").exists()
    write_outputs(tmp_path, tables())
    assert not (tmp_path / "incidents.csv").is_symlink() and not (tmp_path / "incidents.parquet").is_symlink()


def test_leftovers_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    write_outputs(tmp_path, tables())
    (tmp_path / config.GENERATIONS / ".20240101T000000000000-abcdef.tmp").mkdir()
    (tmp_path / config.GENERATIONS / ".20240101T000000000000-abcdef.tmp" / "events.csv").write_text("record_id,ar")
    (tmp_path / ".current.0a1b2c.tmp").symlink_to(".generations/nowhere")
    (tmp_path / ".events.csv.k2j4h6.tmp").write_text("half")  # the older one-file-at-a-time writer's temp file
    (tmp_path / "notes.txt").write_text("the user's own file")
    write_outputs(tmp_path, tables())
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [".airwatch.lock", ".generations"]
    assert not [p for p in (tmp_path / config.GENERATIONS).iterdir() if p.name.startswith(".")]
    assert (tmp_path / "notes.txt").exists()


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_files_keep_ordinary_permissions(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        generation = write_outputs(tmp_path, tables())
        load.atomic_write(tmp_path / "cache.json", lambda tmp: tmp.write_text("{}"))
    finally:
        os.umask(previous)
    for path in [*generation.iterdir(), tmp_path / "cache.json"]:
        assert path.stat().st_mode & 0o777 == mode, path
    assert generation.stat().st_mode & 0o777 == 0o777 & ~umask


def test_a_full_disk_is_one_clear_error_and_leaves_the_old_set_whole(tmp_path, monkeypatch):
    write_outputs(tmp_path, tables(value=1))
    before = snapshot(tmp_path)
    written = []

    def fill_up(frame, handle, fmt):
        written.append(fmt)
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        handle.write(b"partial")

    monkeypatch.setattr(load.generations, "write_table", fill_up)
    with pytest.raises(
        OutputError, match="no space left on the device holding .*; the previous output set is unchanged"
    ):
        write_outputs(tmp_path, tables(value=2))
    assert snapshot(tmp_path) == before
    assert len(list((tmp_path / config.GENERATIONS).iterdir())) == 1


def test_a_full_disk_through_the_command_line_is_a_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    def full(frame, handle, fmt):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(load.generations, "write_table", full)
    assert main(["run", str(config.ARTICLES), "--out", str(tmp_path), "--no-progress", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no space left") and "Traceback" not in err and len(err.splitlines()) == 1


def test_a_folder_named_current_is_not_replaced(tmp_path):
    (tmp_path / "current").mkdir()
    (tmp_path / "current" / "mine.txt").write_text("keep")
    with pytest.raises(OutputError, match="is a folder"):
        write_outputs(tmp_path, tables())
    assert (tmp_path / "current" / "mine.txt").read_text() == "keep"


def hold_lock(out):
    """The lock as another process holds it (flock belongs to the open file, not to the process)."""
    out.mkdir(parents=True, exist_ok=True)
    handle = os.open(out / ".airwatch.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(handle, fcntl.LOCK_EX)
    os.pwrite(handle, b"4242\n", 0)
    return handle


def test_a_second_writer_gives_up_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "LOCK_WAIT_SECONDS", 0.2)
    handle = hold_lock(tmp_path)
    try:
        with pytest.raises(LockError, match=r"another run \(pid 4242\) is writing .*gave up after waiting 0.2 s"):
            write_outputs(tmp_path, tables())
    finally:
        os.close(handle)
    assert not (tmp_path / "current").exists()


def test_a_second_writer_waits_for_the_first(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(config, "LOCK_WAIT_SECONDS", 30)
    ready = tables()
    handle = hold_lock(tmp_path)

    def release_once_waiting():  # the first writer finishes only after the second has said it waits
        deadline = time.monotonic() + 20
        while "another run (pid 4242) is writing" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
        os.close(handle)

    threading.Thread(target=release_once_waiting).start()
    generation = write_outputs(tmp_path, ready)
    assert current_outputs(tmp_path) == generation
    assert "another run (pid 4242) is writing" in caplog.text


def test_prune_to_the_current_generation_before_committing_it(tmp_path):
    write_outputs(tmp_path, tables(value=1))
    current = write_outputs(tmp_path, tables(value=2))
    assert load.prune(str(tmp_path), keep=1) and list((tmp_path / config.GENERATIONS).iterdir()) == [current]
    assert load.prune(tmp_path / "nowhere") == []
