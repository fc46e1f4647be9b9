"""What is an issue: opening (`open_issue`, used by the app and `dump`) and importing decide alike."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

import pytest

from reader.core.errors import IssueError
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.loading import is_an_issue, open_issue

from .conftest import SAMPLE

pytestmark = pytest.mark.core

README = "# 使用说明\n\n把每一版的文本放进这个文件夹。\n\n## 备份\n\n每周备份一次。\n"
PAGE_WITH_DATELINE = "## 城东新建口袋公园\n\n本报讯（记者 王明）城东三座口袋公园昨日开放。\n"


def readme_folder(root: Path) -> Path:
    folder = root / "notes"
    folder.mkdir()
    (folder / "README.md").write_text(README, encoding="utf-8")
    return folder


def readme_file(root: Path) -> Path:
    f = root / "README.txt"
    f.write_text(README, encoding="utf-8")
    return f


def unnumbered_page(root: Path) -> Path:
    f = root / "城东.md"
    f.write_text(PAGE_WITH_DATELINE, encoding="utf-8")
    return f


def numbered_note(root: Path) -> Path:
    f = root / "03.md"        # a page number in its name: a page, whatever it holds
    f.write_text(README, encoding="utf-8")
    return f


def sample_copy(root: Path) -> Path:
    return Path(shutil.copytree(SAMPLE, root / "sample"))


INPUTS: dict[str, tuple[Callable[[Path], Path], bool]] = {
    "folder holding only a README": (readme_folder, False),
    "a README file": (readme_file, False),
    "page text with a dateline, no number": (unnumbered_page, True),
    "a note named like a page": (numbered_note, True),
    "the sample issue": (sample_copy, True),
}


def opens(path: Path) -> bool:
    try:
        open_issue(path)
    except IssueError as exc:
        assert exc.code == "not-an-issue" and exc.path == str(path)
        return False
    return True


def imports(path: Path, library: Path) -> bool:
    with Library(library) as lib:
        report = import_paths(lib, [path], workers=0)
    if report.skipped:
        assert [s.code for s in report.skipped] == ["not-an-issue"]
    return bool(report.imported) and not report.skipped


@pytest.mark.parametrize("name", list(INPUTS))
def test_open_and_import_agree_on_what_is_an_issue(tmp_path: Path, name: str) -> None:
    make, expected = INPUTS[name]
    path = make(tmp_path)
    assert opens(path) is expected
    assert imports(path, tmp_path / "lib.sqlite3") is expected


def test_a_page_number_given_by_the_caller_makes_page_text_a_page(tmp_path: Path) -> None:
    issue = open_issue(readme_file(tmp_path), page=2)
    assert [p.number for p in issue.pages] == [2]


def test_the_rule_asks_only_page_text_for_a_sign(tmp_path: Path) -> None:
    issue = open_issue(unnumbered_page(tmp_path))
    assert is_an_issue(issue)
    issue.pages[0].items[0].byline, issue.pages[0].items[0].dateline = [], None
    assert not is_an_issue(issue)
    issue.format = "articles-md"
    assert is_an_issue(issue)
