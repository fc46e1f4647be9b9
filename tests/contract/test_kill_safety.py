"""A writer killed with SIGKILL at any moment loses no issue it had committed, leaves no part of the
one it was writing, and leaves a library that is sound, searchable and writable."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from reader.core.library.results import SearchFilters
from reader.core.library.storage import LibraryStorage
from reader.core.loading import open_issue
from reader.core.search.query import SearchOptions
from reader.core.serialize import issue_contract

from ..fixtures.library.helpers import brute_matches, copy_archive
from .conftest import Engine
from .generated import QUERIES, Lines, child, generated_issue, kill_hard

pytestmark = pytest.mark.core

COUNT = 60
LEFT = 10       # issues at least still to write when the kill comes (each takes a few milliseconds)


def assert_sound(lib: LibraryStorage, expected: dict[str, dict[str, object]], committed: list[str]) -> None:
    """Every committed key stored; every stored issue whole (its contract as made); search exact."""
    keys = {info.key for info in lib.issues()}
    assert set(committed) <= keys <= set(expected)
    assert lib.check() == []
    stored = []
    for info, issue in lib.iter_issues():
        assert issue_contract(issue) == expected[info.key], info.key
        assert info.articles == sum(len(p.items) for p in issue.pages)
        stored.append((info.key, issue))
    for query in QUERIES:
        got = {(a.issue_key, a.item) for a in lib.articles(lib.matching_ids(query, SearchOptions(), SearchFilters()))}
        assert got == brute_matches(stored, query, SearchOptions()), query


@pytest.mark.parametrize("seed", range(4))
def test_a_writer_killed_at_a_random_moment_loses_no_committed_issue(engine: Engine, tmp_path: Path,
                                                                     seed: int) -> None:
    made = {n: generated_issue(n) for n in range(COUNT)}
    expected = {f"{i.paper}:{i.date}": issue_contract(i) for i in made.values()}
    location = engine.location(tmp_path)
    rng = random.Random(seed)
    # killed after a random commit, a random moment into the next ones: a fixed window of seconds would
    # outlast the writing on a fast machine (60 issues take 0.16 s here); LEFT commits are still to come
    after, die = rng.randrange(COUNT - LEFT), rng.uniform(0.0, 0.005)
    proc = child(location, "add", "0", str(COUNT), f"{die:.4f}", str(after))
    lines = Lines(proc)
    assert proc.wait(timeout=120) == -signal.SIGKILL, lines.lines[-5:]
    committed = lines.committed()
    assert len(committed) < COUNT    # killed while writing
    with engine.open(location, "open") as lib:
        assert_sound(lib, expected, committed)
        for issue in made.values():     # the library takes writes again, replacing what is there
            lib.add_issue(issue)
        lib.index_pending()
        assert len(lib.issues()) == COUNT and lib.pending_count() == 0
        assert_sound(lib, expected, list(expected))


def test_an_import_killed_after_its_first_issue_keeps_that_issue(engine: Engine, tmp_path: Path) -> None:
    archive = copy_archive(tmp_path)
    sources = {d.name: issue_contract(open_issue(d)) for d in sorted(archive.iterdir()) if d.name.startswith("2024")}
    expected = {f"清河日报:{name}": contract for name, contract in sources.items()}
    location = engine.location(tmp_path)
    proc = child(location, "import", str(archive))
    lines = Lines(proc)
    lines.wait_for("committed ")
    assert kill_hard(proc) == -signal.SIGKILL
    committed = lines.committed()
    assert committed
    with engine.open(location, "open") as lib:
        assert_sound(lib, expected, committed)
        report = lib.import_paths([str(archive)])
        assert {i.key for i in report.imported + report.replaced + report.unchanged} == set(expected)
        assert_sound(lib, expected, list(expected))
