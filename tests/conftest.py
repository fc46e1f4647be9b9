"""Shared fixtures: where the real corpus is, the bundled sample issue, a small issue built in code, a private
parse cache."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from reader.core.issue_cache import CACHE_DIR_ENV
from reader.core.jumps import link_stories
from reader.core.model import Block, Issue, Item, Page

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLE = ROOT / "resources" / "sample"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def corpus_path(rel: str) -> Path:
    """A path inside ../shared/corpus, or a skip with the reason when the corpus is absent."""
    p = CORPUS / rel
    if not p.exists():
        pytest.skip(f"real corpus not found at {p} (it lives outside the project, in ../shared/corpus)")
    return p


@pytest.fixture
def corpus() -> Path:
    """The real corpus folder (skips when absent)."""
    return corpus_path("")


def _para(text: str) -> Block:
    return Block("paragraph", text)


def build_issue() -> Issue:
    """Three pages (page 4 absent): a story jumping 1→3, a jump to the absent page 4, a photo,
    a cut-off text, a repeated copy and a headline that looks like HTML."""
    p1 = Page(1, "要闻", ["张编"], [
        Item("p1-1", kicker="坚持稳中求进", title="春耕备耕有序推进", subtitle="——各地抓好农业生产",
             byline=["李明", "王芳"], byline_text="本报记者 李明 王芳", dateline="新华社北京3月1日电",
             blocks=[_para("眼下正值春耕备耕关键时期，各地紧抓农时。" * 6),
                     Block("heading", "科技助力"),
                     _para("无人机、智能农机纷纷下田，效率大幅提升。" * 5)],
             continues_to=3),
        Item("p1-2", title="<b>x</b> & <i>标题</i>",
             blocks=[_para("正文里也有<script>alert(1)</script>这样的字样。"),
                     Block("caption", "图为田间作业现场。记者 赵六 摄")]),
        Item("p1-3", title="城市更新提速", blocks=[_para("老旧小区改造全面铺开。" * 4)], continues_to=4),
    ])
    p2 = Page(2, "经济", [], [
        Item("p2-1", kind="photo", title="春色满园", blocks=[Block("caption", "游客在公园赏花。新华社发")]),
        Item("p2-2", title="外贸开局良好", blocks=[_para("一季度进出口总值同比增长，其中出口"),],
             complete=False),
    ])
    p3 = Page(3, "要闻", [], [
        Item("p3-1", title="文化惠民活动丰富", blocks=[_para("各地举办形式多样的文化活动。" * 3)]),
        Item("p3-2", title="春耕备耕有序推进", continued_from=1,
             blocks=[_para("各地还加强了农资供应保障，确保不误农时。" * 5)]),
        Item("p3-3", title="<b>x</b> & <i>标题</i>", duplicate_of="p1-2",
             blocks=[_para("正文里也有<script>alert(1)</script>这样的字样。")]),
    ])
    for page in (p1, p2, p3):
        for item in page.items:
            item.page = page.number
    issue = Issue(format="test", paper="测试日报", date=dt.date(2026, 3, 1), pages=[p1, p2, p3],
                  source="fixture")
    link_stories(issue)
    return issue


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Parsed issues are cached in a temporary folder, never in the user's cache."""
    folder = tmp_path_factory.mktemp("issue-cache")
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def issue() -> Issue:
    """The small issue built in code."""
    return build_issue()
