"""The import dialog reads every issue bounded (time and memory), off the GUI thread: a hostile file
or a reader that misbehaves on it is one row of the skip list, named with its problem in the UI
language, and the rest is imported."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.core.bounds import Limits
from reader.core.library.reading import Bounded
from reader.core.library.sqlite.library import Library
from reader.gui.library.controller import LibraryController

from .. import import_reads
from .helpers import FIXTURE, SAMPLE, TIMEOUT, wait_idle

pytestmark = pytest.mark.gui


def _run(qtbot, library: LibraryController, paths: list[Path], bounded: Bounded | None = None) -> dict[str, str]:
    dialog = library.show_import([os.fsdecode(p) for p in paths])
    if bounded is not None:
        dialog.bounded = bounded
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT)
    wait_idle(qtbot, library)
    return dict(dialog.skipped_rows())


def _page_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE / "01.md", folder / "01.md")
    return folder


def test_a_reader_that_spins_eats_memory_or_dies_is_one_skipped_path(
        qtbot, library: LibraryController, library_file: Path, tmp_path: Path, chinese: None) -> None:
    folders = [_page_folder(tmp_path, name) for name in ("spin", "hog", "crash")]
    bounded = Bounded(Limits(seconds=2, megabytes=256), read=import_reads.misbehaving_read)
    skipped = _run(qtbot, library, [*folders, FIXTURE], bounded)
    assert "读取超过 2 秒" in skipped[str(folders[0])], skipped          # too slow: stopped
    assert "256 MB" in skipped[str(folders[1])], skipped                 # out of memory: stopped
    assert "进程意外结束" in skipped[str(folders[2])], skipped            # the child died
    dialog = library.maintenance.import_dialog
    assert dialog is not None and dialog.report is not None
    assert sorted(i.key for i in dialog.report.imported) == ["北岸晚报:2023-12-30", "北岸晚报:2024-02-05"]
    with Library(library_file) as lib:
        assert lib.check() == [] and lib.pending_count() == 0


def test_hostile_files_are_named_with_their_problem_and_the_rest_imports(
        qtbot, library: LibraryController, tmp_path: Path, chinese: None) -> None:
    bomb = tmp_path / "bomb"
    bomb.mkdir()
    lines = ["---", "a0: &a0 [x,x,x,x,x,x,x,x,x]"]
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (bomb / "bomb.md").write_text("\n".join([*lines, "title: 标题", "page: 1", "---", "正文。", ""]),
                                  encoding="utf-8")
    sparse = tmp_path / "sparse"
    sparse.mkdir()
    with open(sparse / "01.md", "wb") as fh:
        fh.truncate(1 << 30)                                   # 1 GB, no disk used
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")
    odd = _page_folder(tmp_path, os.fsdecode(b"bad\xffname"))
    binary = tmp_path / os.fsdecode(b"odd\xfe.bin")
    binary.write_bytes(bytes(range(256)) * 8)
    skipped = _run(qtbot, library, [tmp_path, FIXTURE])
    assert "不是" in skipped[str(tmp_path / "odd\\xfe.bin")], skipped     # named as \xNN, its problem said
    assert "别名" in skipped[str(bomb)], skipped                      # an alias bomb: refused, named
    assert "50 MB" in skipped[str(sparse)], skipped
    assert "循环" in skipped[str(loop / "up")], skipped
    assert not any("\udcff" in path for path in skipped)          # nothing shown with a lone surrogate
    dialog = library.maintenance.import_dialog
    assert dialog is not None and dialog.report is not None
    keys = {i.key for i in dialog.report.imported} | {i.key for i in dialog.report.unchanged}
    assert {"北岸晚报:2023-12-30", "北岸晚报:2024-02-05", "江川日报:2026-03-02"} <= keys   # odd name read
    assert odd.exists()
