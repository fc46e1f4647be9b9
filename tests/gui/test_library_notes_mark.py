"""The 往期 list marks an issue whose import said most of it has no text (mostly-no-text), from what
the library keeps: a suffix on the row and a line of the tooltip, in the UI language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.gui.library.controller import LibraryController

from ..epaper_feeds import feed_text, weekly_html, write
from .helpers import SAMPLE, TIMEOUT, import_paths_via_dialog

pytestmark = pytest.mark.gui


def _titles_only_feed(folder: Path) -> Path:
    folder.mkdir()
    items = [(f"[0{n}版：要闻] 稿子{n}", weekly_html(f"稿子{n}", "<p>无法提取正文内容</p>", page=n)) for n in (1, 2, 3)]
    items.append(("[04版：副刊] 有正文的稿子", weekly_html("有正文的稿子", "<p>正文。</p>", page=4)))
    return write(folder, feed_text(*items))


def _rows(qtbot, library: LibraryController, paths: list[Path]) -> dict[str, tuple[str, str]]:
    import_paths_via_dialog(qtbot, library, paths)
    model = library.panel.model
    qtbot.waitUntil(lambda: model.issue_count() == len(paths), timeout=TIMEOUT)
    out = {}
    for key in ("理论周报:2026-03-06", "江川日报:2026-03-02"):
        index = model.index_of_key(key)
        out[key] = (index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_issue_of_titles_only_is_marked_in_the_list(qtbot, request: pytest.FixtureRequest, lang: str,
                                                       tmp_path: Path) -> None:
    if lang == "zh":
        request.getfixturevalue("chinese")
    library: LibraryController = request.getfixturevalue("library")
    rows = _rows(qtbot, library, [_titles_only_feed(tmp_path / "titles"), SAMPLE])
    marked, tip = rows["理论周报:2026-03-06"]
    plain, plain_tip = rows["江川日报:2026-03-02"]
    mark, why = (" · 仅有标题", "多数文章没有正文") if lang == "zh" else (" · titles only", "Most of its articles have no text")
    assert marked.endswith(mark) and why in tip
    assert mark not in plain and why not in plain_tip
