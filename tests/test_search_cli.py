"""`python -m reader search`: JSON contract, readable list, bad input, library hand-over."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli import search as search_cli
from reader.core.model import Issue
from reader.core.search.folding import fold
from reader.core.serialize import issue_contract

from .conftest import corpus_path
from .fixtures.search.reference import SAMPLE, fixture_issue, open_or_skip

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fixture_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A path the search command opens as the fixture issue."""
    issue = fixture_issue()
    path = tmp_path / "issue"

    def fake_open(p: str) -> Issue:
        assert str(p) == str(path)
        return issue
    monkeypatch.setattr(search_cli, "open_issue_bounded", fake_open)
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    return str(path)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["search", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def dump_text(issue: Issue, hit: dict) -> str:
    """The hit's text, cut from the field as `dump --json` prints it."""
    item = next(it for p in issue_contract(issue)["pages"] for it in p["items"] if it["id"] == hit["item"])
    text = {"block": lambda: item["blocks"][hit["block"]]["text"], "byline": lambda: "、".join(item["byline"])
            }.get(hit["field"], lambda: item[hit["field"]])()
    return text[hit["offset"]:hit["offset"] + hit["length"]]


def test_json_is_exactly_the_contract(capsys: pytest.CaptureFixture[str], fixture_path: str) -> None:
    code, out, err = run_cli(capsys, fixture_path, "金昌 周欢", "--json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert list(doc) == ["query", "hits"] and doc["query"] == "金昌 周欢"
    assert doc["hits"]
    issue = fixture_issue()
    for hit in doc["hits"]:
        assert list(hit) == ["item", "field", "block", "offset", "length", "snippet"]
        assert (hit["block"] is None) == (hit["field"] != "block")
        assert dump_text(issue, hit) in {"金昌", "周欢"}
        assert dump_text(issue, hit) in hit["snippet"]
    assert any(h["field"] == "byline" for h in doc["hits"])


def test_word_and_variants_flags(capsys: pytest.CaptureFixture[str], fixture_path: str) -> None:
    counts = {}
    for term, flags in (("金昌", ()), ("金昌", ("--word",)), ("经济", ()), ("经济", ("--variants",))):
        code, out, _ = run_cli(capsys, fixture_path, term, "--json", *flags)
        assert code == 0
        counts[term, flags] = len(json.loads(out)["hits"])
    assert 0 < counts["金昌", ("--word",)] < counts["金昌", ()]
    assert 0 < counts["经济", ()] < counts["经济", ("--variants",)]


def test_readable_list_groups_by_article(capsys: pytest.CaptureFixture[str], fixture_path: str) -> None:
    code, out, _ = run_cli(capsys, fixture_path, "光伏")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("「光伏」:")
    headers = [ln for ln in lines if ln.startswith("第")]
    assert headers[0].startswith("第01版 · 黄金昌盛") and any(h.startswith("第02版 · 光伏产业") for h in headers)
    marked = [ln for ln in lines if "【" in ln]
    assert marked and all("【光伏】" in ln for ln in marked)
    assert "\n" not in "".join(marked)


def test_bad_input_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    missing = tmp_path / "nowhere.xml"
    code, out, err = run_cli(capsys, str(missing), "金昌")
    assert code == 2 and out == "" and str(missing) in err and len(err.strip().splitlines()) == 1, (code, out, err)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = run_cli(capsys, str(empty), "金昌")
    assert code == 2 and str(empty) in err and len(err.strip().splitlines()) == 1, (code, err)


def test_empty_query_and_misplaced_library_flags(capsys: pytest.CaptureFixture[str], fixture_path: str) -> None:
    code, _, err = run_cli(capsys, fixture_path, "--", "-金昌")
    assert code == 2 and "nothing to search for" in err
    code, _, err = run_cli(capsys, fixture_path, "金昌", "--paper", "人民日报")
    assert code == 2 and "--paper" in err
    code, _, err = run_cli(capsys, "金昌")
    assert code == 2 and "PATH" in err


def test_library_is_handed_to_the_library_command(capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[argparse.Namespace] = []
    fake = types.ModuleType("reader.cli.library_search")
    fake.run = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reader.cli.library_search", fake)
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    assert main(["search", "--library", "/lib", "金昌", "--from", "2026-01-01", "--to", "2026-06-30",
                 "--paper", "人民日报", "--word"]) == 0
    args = seen[-1]
    assert (args.path, args.query, args.library, args.date_from, args.date_to, args.paper) == \
        (None, "金昌", "/lib", "2026-01-01", "2026-06-30", "人民日报")
    assert args.word and not args.variants and not args.json
    monkeypatch.setenv("READER_LIBRARY", "/env-lib")
    assert main(["search", "金昌", "--json"]) == 0
    assert (seen[-1].library, seen[-1].path, seen[-1].query, seen[-1].json) == ("/env-lib", None, "金昌", True)


def test_missing_library_command_says_so(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "reader.cli.library_search", None)  # import fails
    code, out, err = run_cli(capsys, "--library", "/lib", "金昌")
    assert code == 2 and out == "" and "library search is not available" in err


@pytest.mark.parametrize("where", ["sample", "rmrb"])
def test_real_issue_hits_cut_the_dump_text(where: str) -> None:
    path = SAMPLE if where == "sample" else corpus_path("epaper-rss/rmrb_2026-06-12.xml")
    issue = open_or_skip(path, f"{where} issue")
    title = next(it.title for it in issue.items() if it.title and len(it.title) >= 4)
    term = title[:2]
    proc = subprocess.run([sys.executable, "-m", "reader", "search", str(path), term, "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)["hits"]
    assert hits
    assert all(fold(dump_text(issue, h)) == fold(term) for h in hits)
