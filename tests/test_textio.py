"""Reading files of any encoding, and refusing what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.errors import IssueError
from reader.core.textio import read_text

pytestmark = pytest.mark.core
TEXT = "## 标题\r\n\r\n本报讯　正文，第一段。\r\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("gb18030"),
    TEXT.encode("gbk"), codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_encodings(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "01.md"
    f.write_bytes(data)
    assert read_text(f) == TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize("data,problem", [
    (b"", "empty"), (b"  \n\n", "empty"), (bytes(range(256)) * 8, "binary"),
])
def test_bad_files(tmp_path: Path, data: bytes, problem: str) -> None:
    f = tmp_path / "bad.md"
    f.write_bytes(data)
    with pytest.raises(IssueError) as err:
        read_text(f)
    assert problem in err.value.problem and err.value.path == str(f)


def test_missing_and_huge(tmp_path: Path) -> None:
    with pytest.raises(IssueError, match="no such file"):
        read_text(tmp_path / "none.md")
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        fh.truncate(2 * 1024 * 1024)
    with pytest.raises(IssueError, match="over the 1 MB limit"):
        read_text(big, max_bytes=1024 * 1024)
