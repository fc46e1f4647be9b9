"""Hostile and broken input, one class at a time: each gets a message naming the file and the problem
(exit 2 from the command line), or the issue opens with a warning naming what was left out; nothing
is lost silently and nothing from a file is read as markup or terminal control."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import IssueError
from reader.core.formats.articles import frontmatter as articles_frontmatter
from reader.core.formats.pages import loader as pages_loader
from reader.core.library import find_issues
from reader.core.library.importer import Found, Skipped
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.loading import open_issue
from reader.core.serialize import issue_contract

from .fixtures.hostile import article_file, assert_one_line_problem, cli, page_text, write_archive, write_issue

pytestmark = pytest.mark.core


def _titles(issue: object) -> list[str | None]:
    return [it.title for it in issue.items()]  # type: ignore[attr-defined]


# -- YAML front matter: values are text, aliases bounded, recursion refused --------------------------

@pytest.mark.parametrize("written", [
    "!!timestamp 2026-13-45", "!!int abc", "!!float x", "!!bool maybe", "!!binary AAAA", "!!null x",
    "!custom 标题", "!!python/object:os.system echo", "2026-01-01", "yes", "0x1F", "1e3", "~", "null", "'007'",
])
def test_a_front_matter_value_stays_the_text_it_was_written_as(tmp_path: Path, written: str) -> None:
    f = article_file(tmp_path / "a.md", f"title: {written}\ndate: {written}\npage: {written}")
    issue = open_issue(f)
    title = _titles(issue)[0]
    assert title == (written.split(" ", 1)[1] if written.startswith("!") else written.strip("'"))


def test_a_recursive_alias_is_refused_naming_the_file(tmp_path: Path) -> None:
    f = article_file(tmp_path / "loop.md", "title: &a [*a]")
    with pytest.raises(IssueError) as caught:
        open_issue(f)
    assert caught.value.path == str(f) and "front matter" in caught.value.problem and caught.value.code == "yaml"


def _alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = [f'a0: &a0 [{",".join(["lol"] * width)}]']
    lines += [f'a{i}: &a{i} [{",".join([f"*a{i - 1}"] * width)}]' for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\ntitle: *a{levels}"


def test_an_alias_bomb_is_stopped_at_once_with_its_name(tmp_path: Path) -> None:
    f = article_file(tmp_path / "bomb.md", _alias_bomb())
    assert f.stat().st_size < 1024
    start = time.perf_counter()
    with pytest.raises(IssueError) as caught:
        open_issue(f)
    assert time.perf_counter() - start < 5
    assert caught.value.code == "yaml-too-big" and "alias" in caught.value.problem


def test_front_matter_nested_too_deep_is_a_message(tmp_path: Path) -> None:
    f = article_file(tmp_path / "deep.md", "title: " + "[" * 5000 + "]" * 5000)
    with pytest.raises(IssueError) as caught:
        open_issue(f)
    assert caught.value.path == str(f) and "front matter" in caught.value.problem


def test_one_bad_article_in_a_folder_is_a_warning_and_the_others_are_read(tmp_path: Path) -> None:
    article_file(tmp_path / "issue" / "一版" / "01.md", "title: 好的文章")
    article_file(tmp_path / "issue" / "一版" / "02.md", "title: &a [*a]")
    article_file(tmp_path / "issue" / "一版" / "03.md", _alias_bomb())
    article_file(tmp_path / "issue" / "二版" / "01.md", "title: 另一篇\ndate: !!timestamp 2026-13-45")
    issue = open_issue(tmp_path / "issue")
    assert _titles(issue) == ["好的文章", "另一篇"]
    bad = [w for w in issue.warnings if w.code == "bad-file"]
    assert sorted(w.params["name"] for w in bad) == ["02.md", "03.md"]
    assert all(str(tmp_path) in w.message for w in bad)


def test_the_cli_says_one_line_for_each_bad_front_matter(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, front in (("loop.md", "title: &a [*a]"), ("bomb.md", _alias_bomb())):
        proc = cli(capsys, "dump", article_file(tmp_path / name, front))
        assert_one_line_problem(proc, name, "front matter")


# -- any failure inside an importer is a message naming the file ------------------------------------

def test_an_exception_inside_an_importer_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "03.md"
    page.write_text(page_text(3, 3), encoding="utf-8")

    def broken(text: str, source: str) -> object:
        raise ZeroDivisionError("a bug met by odd input")
    monkeypatch.setattr(pages_loader, "parse_page", broken)
    with pytest.raises(IssueError) as caught:
        open_issue(page)
    assert caught.value.code == "importer-failed" and "ZeroDivisionError" in caught.value.problem
    from reader.cli import search as search_cli  # read here, where the broken parser is patched in

    monkeypatch.setattr(search_cli, "open_issue_bounded", open_issue)
    assert main(["search", str(page), "新闻"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(page) in err and "Traceback" not in err


def test_a_page_that_breaks_the_parser_is_a_bad_page_and_the_rest_opens(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_issue(tmp_path / "issue", 5, pages=3)
    real = pages_loader.parse_page

    def fragile(text: str, source: str) -> object:
        if source.endswith("02.md"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, source)
    monkeypatch.setattr(pages_loader, "parse_page", fragile)
    issue = open_issue(folder)
    assert [p.number for p in issue.pages] == [1, 3]
    (warning,) = [w for w in issue.warnings if w.code == "bad-page"]
    assert warning.params["name"] == "02.md" and "RecursionError" in warning.message


@pytest.mark.parametrize("workers", [0, 2])
def test_a_batch_import_skips_a_hostile_path_with_its_reason_and_imports_the_rest(tmp_path: Path,
                                                                                   workers: int) -> None:
    archive = write_archive(tmp_path / "archive", [1, 2, 3, 4, 5])
    article_file(archive / "2024-01-06" / "一版" / "01.md", "title: &a [*a]")
    article_file(archive / "2024-01-07" / "bomb.md", _alias_bomb())
    (archive / "2024-01-08").mkdir()
    (archive / "2024-01-08" / "01.md").write_bytes(b"\x00\x01binary\xff" * 100)
    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [archive], workers=workers)
        assert sorted(i.key for i in report.imported) == [f"{'清河日报'}:2024-01-0{d}" for d in range(1, 6)]
        reasons = {s.path.name: s for s in report.skipped}
        assert set(reasons) == {"2024-01-06", "2024-01-07", "2024-01-08"}
        bomb = reasons["2024-01-07"]
        assert "bomb.md" in bomb.reason and "front matter" in bomb.reason
        assert bomb.code == "no-readable-articles" and bomb.params["code"] == "yaml-too-big"
        assert reasons["2024-01-08"].params["code"] == "binary" and "01.md" in reasons["2024-01-08"].reason
        assert lib.check() == []


# -- the file system as it is -----------------------------------------------------------------------

def test_links_are_followed_each_real_issue_is_read_once_and_loops_end(tmp_path: Path) -> None:
    root = tmp_path / "papers"
    write_issue(root / "a" / "2024-01-01", 1)
    (root / "a" / "up").symlink_to("..")                        # a loop back to papers/
    (root / "a" / "2024-01-01" / "self").symlink_to(".")          # a loop onto itself
    (root / "b").mkdir()
    (root / "b" / "again").symlink_to("../a/2024-01-01")          # a second way to the same issue
    (root / "b" / "round").symlink_to("../b")                     # a second loop
    (root / "b" / "dead").symlink_to("nowhere")
    found = list(find_issues([root, root / "a"]))
    issues = [f for f in found if isinstance(f, Found)]
    assert len(issues) == 1
    codes = sorted(f.code for f in found if isinstance(f, Skipped))
    assert codes == ["broken-link", "link-loop", "link-loop", "link-loop", "same-file", "same-file"]
    with Library(tmp_path / "lib.sqlite3") as lib:
        report = import_paths(lib, [root], workers=0)
        assert len(report.imported) == 1 and not report.replaced


def test_a_linked_page_file_is_read_once_and_broken_links_and_pipes_are_named(tmp_path: Path) -> None:
    folder = write_issue(tmp_path / "issue", 7, pages=2)
    (folder / "01-copy.md").symlink_to("01.md")
    (folder / "03.md").symlink_to("gone.md")
    os.mkfifo(folder / "04.md")
    issue = open_issue(folder)
    assert [p.number for p in issue.pages] == [1, 2]
    named = {(w.code, w.params.get("name")) for w in issue.warnings}
    assert {("same-file", "01-copy.md"), ("bad-page", "03.md"), ("bad-page", "04.md")} <= named


def test_names_that_are_not_utf8_are_shown_escaped_and_do_not_stop_anything(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = os.fsencode(tmp_path) + b"/issue\xff"
    folder = Path(os.fsdecode(raw))
    write_issue(folder, 9, pages=2)
    (folder / os.fsdecode(b"05\xfe.md")).write_bytes(b"\x00\x01\x02" * 100)  # a bad page with a bad name
    proc = cli(capsys, "dump", folder)
    assert proc.returncode == 0, proc.stderr
    assert "05\\xfe.md" in proc.stdout and "Traceback" not in proc.stderr
    proc = cli(capsys, "dump", folder, "--json")
    doc = json.loads(proc.stdout)
    assert any("05\\xfe.md" in w["message"] for w in doc["warnings"])
    library = tmp_path / "lib.sqlite3"
    proc = cli(capsys, "import", folder, "--library", library)
    assert proc.returncode == 0 and "issue\\xff" in proc.stdout, proc.stderr
    proc = cli(capsys, "dump", Path(os.fsdecode(raw + b"/nothing\xfd")))
    assert_one_line_problem(proc, "nothing\\xfd", "no such file")


def test_page_folders_whose_names_give_no_page_lose_no_article_and_are_named(tmp_path: Path) -> None:
    issue_dir = tmp_path / "issue"
    names = ["一版", "0", "-1", "99999", "00-要闻", "notes"]
    for name in names:
        article_file(issue_dir / name / "a.md", f"title: 文章{name}")
    article_file(issue_dir / "-1" / "b.md", "title: 有页码的文章\npage: 三版")
    issue = open_issue(issue_dir)
    assert sorted(t or "" for t in _titles(issue)) == sorted([f"文章{n}" for n in names] + ["有页码的文章"])
    assert next(it.page for it in issue.items() if it.title == "有页码的文章") == 3
    unknown = {w.params["name"] for w in issue.warnings if w.code == "page-folder-unknown"}
    assert unknown == {"-1", "99999", "notes"}
    numbering = [w for w in issue.warnings if w.code == "page-numbering"]
    assert numbering and "00-要闻" in numbering[0].message
    assert issue.page(1) is not None and issue.page(1).name == "要闻"  # 00-要闻: the first page, named 要闻


def test_zero_based_page_folders_are_read_as_pages_from_one(tmp_path: Path) -> None:
    for n, name in enumerate(["00-要闻", "01-国内", "02-国际"]):
        article_file(tmp_path / "issue" / name / "a.md", f"title: 第{n}个文件夹")
    issue = open_issue(tmp_path / "issue")
    assert [(p.number, p.name) for p in issue.pages] == [(1, "要闻"), (2, "国内"), (3, "国际")]


# -- encodings: decided or refused by name, never mojibake ------------------------------------------

TRADITIONAL = "清河日報\n\n2024年1月5日　星期五\n\n## 臺灣同胞參觀清河新區\n\n本報訊（記者 周曉明）一個參觀團來到這裡，說這裡變化很大。\n"


@pytest.mark.parametrize("encoding", ["big5", "cp950", "gb18030", "utf-16-le", "utf-16-be", "utf-8"])
def test_a_text_encoding_is_read_right(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "01.md"
    page.write_bytes(TRADITIONAL.encode(encoding))
    issue = open_issue(page)
    assert _titles(issue) == ["臺灣同胞參觀清河新區"]
    assert "一個參觀團來到這裡" in "".join(b.text for it in issue.items() for b in it.blocks)


def test_an_article_file_in_big5_is_read_right(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes("---\ntitle: 臺灣同胞參觀\n---\n本報訊（記者 周曉明）一個參觀團來到這裡。\n".encode("big5"))
    assert _titles(open_issue(f)) == ["臺灣同胞參觀"]


@pytest.mark.parametrize("data,code", [
    ("café au lait, naïve résumé, déjà vu\n".encode("latin-1") * 20, "encoding-unknown"),
    (bytes(range(128, 256)) * 40, "encoding-unknown"),
])
def test_text_no_chinese_encoding_reads_is_refused_by_name(tmp_path: Path, data: bytes, code: str) -> None:
    page = tmp_path / "01.md"
    page.write_bytes(data)
    with pytest.raises(IssueError) as caught:
        open_issue(page)
    assert caught.value.code in (code, "encoding-unclear", "binary") and caught.value.path == str(page)


# -- XML: text after an entity that is not expanded is kept ------------------------------------------

def test_text_after_an_unexpanded_entity_is_kept(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [<!ENTITY sig "SIGNATURE">]>\n'
        '<rss version="2.0"><channel><title>人民日报</title><item><title>[01版：要闻] 标题</title>'
        '<description>&lt;h1&gt;标题&lt;/h1&gt;&lt;!--enpcontent--&gt;&lt;p&gt;前面的话&sig;后面的话也在。&lt;/p&gt;'
        '&lt;!--/enpcontent--&gt;</description></item></channel></rss>', encoding="utf-8")
    issue = open_issue(feed)
    text = "".join(b.text for it in issue.items() for b in it.blocks)
    assert "后面的话也在" in text and "SIGNATURE" not in text and "&sig;" in text


# -- what the command line prints: no terminal control from files -----------------------------------

CONTROL = "\x1b[2J\x1b]0;owned\x07\x08\x9b31m\x7f"  # (a carriage return is a line end when read)


def test_the_cli_strips_control_characters_from_what_it_prints(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    filler = "这是一段很长的正文，用来说明文件里的文字是数据。" * 20
    f = tmp_path / "03.md"
    f.write_text(f"## 标题{CONTROL}结束\n\n{filler}\n\n正文{CONTROL}还在。{filler}\n", encoding="utf-8")
    for args in (["dump", f], ["search", f, "正文"], ["search", f, "标题"]):
        proc = cli(capsys, *args)
        assert proc.returncode == 0, proc.stderr
        assert not any(c in proc.stdout for c in "\x1b\x07\r\x08\x9b\x7f"), (args, repr(proc.stdout))
        assert "结束" in proc.stdout or "还在" in proc.stdout
    proc = cli(capsys, "dump", f, "--json")
    assert "\x1b" not in proc.stdout and "\\u001b" in proc.stdout
    title = json.loads(proc.stdout)["pages"][0]["items"][0]["title"]
    assert title.startswith("标题") and title.endswith("结束")  # JSON keeps the data, escaped
    assert json.loads(proc.stdout) == json.loads(json.dumps(issue_contract(open_issue(f))))


def test_dump_json_of_hostile_text_is_still_the_contract(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = article_file(tmp_path / "a.md", 'title: "<img src=x onerror=alert(1)>"', "<script>alert(1)</script>\n")
    proc = cli(capsys, "dump", f, "--json")
    doc = json.loads(proc.stdout)
    assert doc == json.loads(json.dumps(issue_contract(open_issue(f)), ensure_ascii=False))
    assert doc["pages"][0]["items"][0]["title"] == "<img src=x onerror=alert(1)>"


def test_split_front_matter_gives_only_text(tmp_path: Path) -> None:
    meta = articles_frontmatter.split_front_matter(
        "---\ntitle: !!binary AAAA\nauthor: [!!int 1, yes, {a: 2026-01-01}]\n---\nbody\n", tmp_path / "x.md")
    assert meta.fields == {"title": "AAAA", "author": ["1", "yes", {"a": "2026-01-01"}]}
