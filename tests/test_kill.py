"""kill -9 at random moments (seeded): the outputs are always a whole old set or a whole new set, no worker
outlives its run, and the next runs (two at once) clear what the killed ones left."""

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pandas as pd

from etl import config
from etl.load import current_outputs, read_events

SET = [
    "articles.csv",
    "articles.parquet",
    "events.csv",
    "events.parquet",
    "incidents.csv",
    "incidents.parquet",
    "rejected.csv",
]
PLACES = ["Kharkiv", "Odesa", "Kyiv", "Sumy", "Dnipro", "Belgorod region", "Moscow region", "Lviv"]


def write_inbox(inbox: Path, count: int) -> None:
    """``count`` short articles of our own wording, in one collection."""
    rng = random.Random(count)
    lines = []
    for n in range(count):
        place = rng.choice(PLACES)
        text = (
            f"Russia launched {rng.randint(5, 90)} drones at {place} overnight, the governor said. "
            f"Air defence shot down {rng.randint(1, 5)} of them. {rng.randint(1, 9)} people were injured."
        )
        lines.append(json.dumps({"id": f"k{n}", "title": f"Raid {n}", "published": "2025-07-21", "text": text}))
    inbox.mkdir(exist_ok=True)
    (inbox / "batch.jsonl").write_text("\n".join(lines) + "\n")


def start(inbox: Path, out: Path, marker: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "etl", "run", str(inbox), "--out", str(out), "--no-progress", "--workers", "2"]
    env = dict(os.environ, AIRWATCH_KILL_TEST=marker)
    return subprocess.Popen(command, cwd=config.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def survivors(marker: str) -> list[int]:
    """Processes still carrying this test's marker in their environment (our workers, if any outlived us)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and f"AIRWATCH_KILL_TEST={marker}".encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def whole_set(out: Path) -> int:
    """Check the current set is one generation, complete and consistent; return its article count."""
    generation = current_outputs(out)
    assert generation.parent.name == config.GENERATIONS and sorted(p.name for p in generation.iterdir()) == SET
    for name in SET:
        assert (out / name).resolve() == (generation / name).resolve()
    events_csv, events_parquet = read_events(out / "events.csv"), pd.read_parquet(generation / "events.parquet")
    articles_csv = pd.read_csv(generation / "articles.csv", dtype=str, keep_default_na=False)
    articles_parquet = pd.read_parquet(generation / "articles.parquet")
    assert events_csv["record_id"].tolist() == events_parquet["record_id"].tolist()
    assert articles_csv["article_id"].tolist() == articles_parquet["article_id"].tolist()
    assert set(events_csv["article_id"]) <= set(articles_csv["article_id"])
    return len(articles_csv)


def workers_of(process: subprocess.Popen, marker: str) -> list[int]:
    children = []
    for pid in survivors(marker):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == process.pid:
            children.append(pid)
    return children


def writing(out: Path) -> bool:
    folder = out / config.GENERATIONS
    return folder.is_dir() and any(p.name.endswith(".tmp") for p in folder.iterdir())


# When each kill comes: after the run has started its workers, after it has started writing its generation,
# or at any moment of a whole run; each followed by a seeded random delay.
MOMENTS = ["extracting", "writing", "anywhere", "extracting", "writing"]


def test_kill_at_random_moments_leaves_a_whole_set(tmp_path):
    inbox, out, marker = tmp_path / "in", tmp_path / "out", uuid.uuid4().hex
    write_inbox(inbox, 200)
    started = time.perf_counter()
    first = start(inbox, out, marker)
    assert first.wait(120) == 0, first.stderr.read()
    full_run = time.perf_counter() - started
    sizes = {whole_set(out)}
    rng = random.Random(20251125)
    for number, moment in enumerate(MOMENTS, start=1):
        count = 200 + 10 * number  # each attempt would write a set that differs from the last
        write_inbox(inbox, count)
        sizes.add(count)
        process = start(inbox, out, marker)
        if moment == "anywhere":
            time.sleep(rng.uniform(0, full_run))
        else:
            ready = {"extracting": lambda p=process: workers_of(p, marker), "writing": lambda: writing(out)}[moment]
            while process.poll() is None and not ready():
                time.sleep(0.002)
            time.sleep(rng.uniform(0, 0.12))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        assert whole_set(out) in sizes  # an old set or the new one, never a mix
        deadline = time.monotonic() + 5
        while survivors(marker) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert survivors(marker) == []  # workers died with their parent
    both = [start(inbox, out, marker), start(inbox, out, marker)]  # two at once: the second waits its turn
    for process in both:
        assert process.wait(120) == 0, process.stderr.read()
    assert whole_set(out) == count
    leftovers = [p for folder in (out, out / config.GENERATIONS) for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert len(list((out / config.GENERATIONS).iterdir())) <= config.KEEP_GENERATIONS
