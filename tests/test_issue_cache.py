"""The parse cache: same issue back, no importers on a hit, fresh parse after any change."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import reader.core.loading
from reader.core import issue_cache
from reader.core.serialize import issue_to_data

from .conftest import SAMPLE

pytestmark = pytest.mark.core


def sample_issue_path() -> str:
    return str(SAMPLE)


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "issue"
    shutil.copytree(sample_issue_path(), folder)
    return folder


def _no_importers(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the importers ran on a cache hit")
    monkeypatch.setattr(reader.core.loading, "open_issue", refuse)


def test_a_hit_returns_the_same_issue_without_parsing(sample_copy: Path, monkeypatch: pytest.MonkeyPatch,
                                                      private_cache: Path) -> None:
    fresh = issue_cache.open_issue_cached(sample_copy)
    assert len(list(private_cache.glob(f"*{issue_cache.ENTRY_SUFFIX}"))) == 1
    _no_importers(monkeypatch)
    again = issue_cache.open_issue_cached(sample_copy)
    assert issue_to_data(again) == issue_to_data(fresh)
    assert again.story_items("p3-1")[0].id == "p1-1"


def test_an_edited_file_is_parsed_again(sample_copy: Path) -> None:
    issue_cache.open_issue_cached(sample_copy)
    page = sample_copy / "02.md"
    page.write_text(page.read_text(encoding="utf-8").replace("小茶叶做成大产业", "小茶叶做成了大产业"),
                    encoding="utf-8")
    st = page.stat()
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    titles = [it.title for it in issue_cache.open_issue_cached(sample_copy).items()]
    assert "小茶叶做成了大产业" in titles


def test_a_corrupt_entry_means_a_fresh_parse(sample_copy: Path, private_cache: Path) -> None:
    issue_cache.open_issue_cached(sample_copy)
    for entry in private_cache.glob(f"*{issue_cache.ENTRY_SUFFIX}"):
        entry.write_bytes(b"{not marshal data")
    assert issue_cache.load(sample_copy) is None
    assert issue_cache.open_issue_cached(sample_copy).paper == "江川日报"


def test_changed_core_sources_change_the_key(sample_copy: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "importer.py"
    marker.write_text("v1", encoding="utf-8")
    monkeypatch.setattr(issue_cache, "_core_sources", lambda: [marker])
    first = issue_cache.cache_key(sample_copy)
    marker.write_text("version 2", encoding="utf-8")
    assert issue_cache.cache_key(sample_copy) != first
    assert issue_cache.cache_key(tmp_path / "absent") is None


def test_entries_are_bounded(tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(issue_cache, "MAX_ENTRIES", 3)
    issue = issue_cache.open_issue_cached(sample_issue_path())
    for i in range(6):
        path = tmp_path / f"copy{i}.md"
        path.write_text("x", encoding="utf-8")
        issue_cache.store(path, issue)
    assert len(list(private_cache.glob(f"*{issue_cache.ENTRY_SUFFIX}"))) == 3


def test_an_entry_for_another_fingerprint_is_not_used(sample_copy: Path, private_cache: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    issue_cache.open_issue_cached(sample_copy)
    (entry,) = private_cache.glob(f"*{issue_cache.ENTRY_SUFFIX}")
    real = issue_cache.fingerprint(sample_copy)
    assert real is not None
    monkeypatch.setattr(issue_cache, "fingerprint", lambda _path: real + "\0another file")
    monkeypatch.setattr(issue_cache, "_checksum", lambda _text: entry.name.removesuffix(issue_cache.ENTRY_SUFFIX))
    assert issue_cache.load(sample_copy) is None      # same entry name, other issue state: not used
    monkeypatch.setattr(issue_cache, "fingerprint", lambda _path: real)
    assert issue_cache.load(sample_copy) is not None


@pytest.mark.parametrize("junk", [b"", b"\x00" * 7, b"\xe3" + b"\xff" * 40, b"[\x00\x00\x00\x00"])
def test_junk_in_an_entry_means_a_fresh_parse(sample_copy: Path, private_cache: Path, junk: bytes) -> None:
    issue_cache.open_issue_cached(sample_copy)
    for entry in private_cache.glob(f"*{issue_cache.ENTRY_SUFFIX}"):
        entry.write_bytes(junk)
    assert issue_cache.load(sample_copy) is None
