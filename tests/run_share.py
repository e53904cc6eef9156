"""What the processes of one test run share: one site build and one page tour.

`make test` runs pytest with `-n auto` (pytest-xdist): a worker process per core, each running a
share of the tests. The first worker (gw0, or the only process when pytest runs without workers)
leads: it makes the run's one strict build and walks the page tour, and writes what they gave into
the run's folder as JSON; the other workers wait there for what they need. The folder is made by the
process that starts the run (pytest_configure in tests/conftest.py) and removed when the run ends.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

FOLDER = "AWS_NOTE_TEST_RUN"  # environment variable: the run's folder, inherited by the workers
WAIT_S = 1200.0  # how long a worker waits for the leader before it gives up (the cold tour takes ~5 min)


def worker(config: object) -> str:
    """'gw0', 'gw1', ... in a pytest-xdist worker; '' in a run without workers. Read from the
    worker's own config: a pytest started by a test inherits PYTEST_XDIST_WORKER but is no worker."""
    return getattr(config, "workerinput", {}).get("workerid", "")


def starts_the_run(config: object) -> bool:
    """pytest-xdist's controller, or the only process of a run without workers."""
    return not hasattr(config, "workerinput")


def leads(config: object) -> bool:
    return worker(config) in ("", "gw0")


def start_run() -> Path:
    """The run's folder, made by the process that starts the run (before any worker exists)."""
    folder = Path(tempfile.mkdtemp(prefix="aws-note-test-run-"))
    os.environ[FOLDER] = str(folder)
    return folder


def end_run(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    if os.environ.get(FOLDER) == str(folder):
        del os.environ[FOLDER]


def folder() -> Path:
    return Path(os.environ[FOLDER])


def publish(name: str, data: object) -> None:
    """Write ``name``.json into the run's folder at once (a reader never sees half a file)."""
    target = folder() / f"{name}.json"
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    partial.replace(target)


def published(name: str) -> object | None:
    """What was published under ``name``, or None when nothing is there (yet)."""
    target = folder() / f"{name}.json"
    return json.loads(target.read_text(encoding="utf-8")) if target.is_file() else None


def wait_for(name: str, timeout_s: float = WAIT_S) -> object:
    """What the leader publishes under ``name``, once it has; an error after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while (data := published(name)) is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"a worker waited {timeout_s:.0f} s for the leading worker's {name}.json "
                               f"in {folder()}: did gw0 stop? Its output above says why.")
        time.sleep(0.1)
    return data
