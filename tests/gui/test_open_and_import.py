"""Open and Import agree on what is an issue (core: loading.is_an_issue): the same inputs, both paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.gui.library.controller import LibraryController
from reader.gui.startup import Reader

from .conftest import FakeDialogs
from .helpers import SAMPLE, TIMEOUT, import_paths_via_dialog

pytestmark = pytest.mark.gui

README = "# 使用说明\n\n把每一版的文本放进这个文件夹。\n"


def inputs(root: Path) -> dict[str, tuple[Path, bool]]:
    """name → (path, is an issue)."""
    notes = root / "notes"
    notes.mkdir(parents=True)
    (notes / "README.md").write_text(README, encoding="utf-8")
    page = root / "城东.md"
    page.write_text("## 城东新建口袋公园\n\n本报讯（记者 王明）城东三座口袋公园昨日开放。\n", encoding="utf-8")
    sample = Path(shutil.copytree(SAMPLE, root / "sample"))
    return {"readme folder": (notes, False), "page with a dateline": (page, True), "sample": (sample, True)}


def test_open_and_import_agree_on_the_same_inputs(qtbot, reader: Reader, library: LibraryController,
                                                  dialogs: FakeDialogs, tmp_path: Path) -> None:
    session = reader.session
    cases = inputs(tmp_path / "in")
    opened: dict[str, bool] = {}
    for name, (path, _expected) in cases.items():
        refused = len(dialogs.shown)
        session.open(str(path))
        qtbot.waitUntil(lambda p=path, n=refused: session.location == str(p) or len(dialogs.shown) > n,
                        timeout=TIMEOUT)
        opened[name] = session.location == str(path)
    report = import_paths_via_dialog(qtbot, library, [p for p, _e in cases.values()])
    imported = {Path(i.source).name for i in report.imported + report.replaced if i.source}
    skipped = {s.path.name: s for s in report.skipped}
    for name, (path, expected) in cases.items():
        assert opened[name] is expected, name
        assert (path.name in imported) is expected, name
        assert (path.name in skipped) is (not expected), name
    readme = cases["readme folder"][0]
    assert skipped[readme.name].code == "not-an-issue"
    (refusal,) = [text for kind, _title, text in dialogs.shown if kind == "warn"]
    assert refusal.startswith(str(readme)) and "not a newspaper issue" in refusal
    assert str(readme) not in reader.window.settings.recent_issues()     # not reopened at the next start
    rows = dict(library.maintenance.import_dialog.skipped_rows())
    assert rows[str(readme)] == refusal.split(": ", 1)[1]                 # the same words on both paths
