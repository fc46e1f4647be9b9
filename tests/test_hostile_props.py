"""Generated hostile input for each importer: whatever the bytes, reading gives an issue or an
IssueError naming the file — never another exception, never a hang — and front matter values are
text only."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import IssueError
from reader.core.formats.articles.frontmatter import split_front_matter
from reader.core.loading import open_issue
from reader.core.model import Issue

pytestmark = pytest.mark.core

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces of YAML an attacker or a broken exporter writes: tags, anchors, aliases, flow and block style
_YAML_PIECES = st.sampled_from([
    "!!timestamp 2026-13-45", "!!int abc", "!!binary ====", "!!python/object:os.system x", "!foo bar", "&a",
    "*a", "*b", "&b [*b]", "[", "]", "{", "}", "{a: *a}", "- ", "? ", ": ", "|", ">", "'", '"', "#", "%YAML 1.1",
    "<<: *a", "~", "null", "2026-01-01", "0o17", ".nan", "yes", "标题", "\t", "\x00", "\ufeff", "---", "...",
])
_KEYS = st.sampled_from(["title", "author", "page", "date", "image", "theme", "column", "source", "x"])


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        value = " ".join(draw(st.lists(_YAML_PIECES, min_size=0, max_size=6)))
        lines.append(f"{draw(_KEYS)}: {value}")
    return "\n".join(lines)


def _text_only(value: object) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return all(_text_only(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _text_only(v) for k, v in value.items())
    return False


@SETTINGS
@given(front_matter(), st.text(max_size=200))
def test_front_matter_is_text_or_a_message(front: str, body: str) -> None:
    text = f"---\n{front}\n---\n{body}"
    try:
        meta = split_front_matter(text, "gen.md")
    except IssueError as exc:
        assert exc.path == "gen.md" and exc.problem and "\n" not in exc.problem
        return
    assert _text_only(meta.fields)


def _read(suffix: str, data: bytes, folder: bool = False) -> Issue | None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("issue" if folder else f"gen{suffix}")
        target = path / f"01{suffix}" if folder else path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        try:
            return open_issue(path)
        except IssueError as exc:
            assert exc.path.startswith(tmp) and exc.problem and "\n" not in exc.problem
            return None


_MARKUP = st.sampled_from([b"## ", b"### ", b"\n", b"\n\n", "（转3版）".encode(), "（上接第1版）".encode(),
                           "本报记者 ".encode(), "第3版 要闻".encode(), b"<b>", b"&amp;", b"\r", b"\x00", b"\xff",
                           b"\xe4\xb8", "清河日报".encode(), "2026年3月2日".encode(), b"---\n", b"title: x\n"])


@SETTINGS
@given(st.lists(st.one_of(_MARKUP, st.binary(max_size=20), st.text(max_size=20).map(str.encode)), max_size=40),
       st.sampled_from([".md", ".txt"]), st.booleans())
def test_any_page_or_article_bytes_give_an_issue_or_a_message(parts: list[bytes], suffix: str, folder: bool) -> None:
    _read(suffix, b"".join(parts), folder)


_XML = st.sampled_from([b'<?xml version="1.0"?>', b"<rss>", b"</rss>", b"<channel>", b"</channel>", b"<item>",
                        b"</item>", b"<title>[01\xe7\x89\x88\xef\xbc\x9a\xe8\xa6\x81\xe9\x97\xbb] t</title>",
                        b"<description>", b"</description>", b"&lt;p&gt;", b"&lt;/p&gt;", b"&amp;", b"&x;",
                        b'<!DOCTYPE rss [<!ENTITY x "xx">]>', b'<!ENTITY y SYSTEM "file:///etc/passwd">', b"<![CDATA[",
                        b"]]>", b"<h1>", "正文".encode(), b"\x00", b"<!--enpcontent-->"])


@SETTINGS
@given(st.lists(st.one_of(_XML, st.binary(max_size=10)), max_size=40))
def test_any_feed_bytes_give_an_issue_or_a_message(parts: list[bytes]) -> None:
    issue = _read(".xml", b'<?xml version="1.0"?>' + b"".join(parts))
    if issue is not None:
        assert all("root:" not in b.text for it in issue.items() for b in it.blocks)  # no file was read in
