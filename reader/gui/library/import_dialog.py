"""File ▸ Import into Library…: pick files and folders, import them off the GUI thread, say what happened.

The import runs in a BackgroundLibraryTask (its own thread and connection), so the window stays
usable; the dialog is not modal. Each issue is read in a bounded child process of a parse server
(core/library/reading.py, Bounded: time and memory limits, as the command line's workers), so a
hostile file is one skipped path. Progress per issue (the one being read is named), then indexing;
Cancel ends the reading at once: the issue being read is left out, those stored stay (each was
written in one transaction). Every path skipped is listed with its problem as it goes; at the end,
how many were imported or replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import display_path
from ..widgets.labels import issue_label
from ..widgets.messages import messages
from ..widgets.plain_text import plain_label
from ..widgets.scroll_bars import flat_scroll_bars
from ..widgets.tooltips import plain_tooltip
from .service import BackgroundLibraryTask

if TYPE_CHECKING:
    from ...core.library import ImportEvent, ImportReport
    from ...core.library.reading import Bounded
    from ..shell.dialogs import Dialogs


class ImportDialog(QDialog):
    """Choose what to import, watch it, cancel it, read what was skipped."""

    imported = Signal(object)     # the ImportReport (also after a cancel), once the import is over

    def __init__(self, location: str, dialogs: Dialogs, parent: QWidget | None = None,
                 bounded: Bounded | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import into Library"))
        self.setModal(False)
        self.resize(620, 460)
        self.location = location
        self.dialogs = dialogs
        self.bounded = bounded      # how each issue is read (None: the library's default limits)
        self.task: BackgroundLibraryTask | None = None
        self.report: ImportReport | None = None
        self.events = 0
        self._busy = False

        intro = QLabel(self.tr("Issues are copied into the library and stay readable after their files are "
                               "gone. Folders are searched through; what is not an issue is skipped."))
        intro.setWordWrap(True)
        self.paths = QListWidget()
        flat_scroll_bars(self.paths)
        self.paths.setObjectName("importPaths")
        self.add_files_button = QPushButton(self.tr("Add Files…"))
        self.add_files_button.clicked.connect(lambda _checked=False: self.choose_files())
        self.add_folder_button = QPushButton(self.tr("Add Folder…"))
        self.add_folder_button.clicked.connect(lambda _checked=False: self.choose_folder())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda _checked=False: self._remove_selected())
        pick = QHBoxLayout()
        pick.addWidget(self.add_files_button)
        pick.addWidget(self.add_folder_button)
        pick.addWidget(self.remove_button)
        pick.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m")
        self.state = plain_label(QLabel(self.tr("Add files or folders, then Import.")))  # errors name files
        self.state.setObjectName("importState")
        self.state.setWordWrap(True)
        self.log = QPlainTextEdit()
        flat_scroll_bars(self.log)
        self.log.setObjectName("importLog")
        self.log.setReadOnly(True)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log.setMaximumBlockCount(20000)
        self.skipped_title = QLabel()
        self.skipped_title.setObjectName("importSkippedTitle")
        self.skipped = QTreeWidget()            # each path skipped, with its problem (plain text)
        flat_scroll_bars(self.skipped)
        self.skipped.setObjectName("importSkipped")
        self.skipped.setColumnCount(2)
        self.skipped.setHeaderLabels([self.tr("File"), self.tr("Problem")])
        self.skipped.setRootIsDecorated(False)
        self.skipped.setUniformRowHeights(True)
        self.skipped.setColumnWidth(0, 240)
        self._show_skipped_count()

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.close_button.clicked.connect(lambda _checked=False: self.close())
        self.paths.model().rowsInserted.connect(lambda *_: self._update_buttons())
        self.paths.model().rowsRemoved.connect(lambda *_: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paths, 1)
        layout.addLayout(pick)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addWidget(self.log, 2)
        layout.addWidget(self.skipped_title)
        layout.addWidget(self.skipped, 2)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # ---- choosing
    def reset(self) -> None:
        """Forget a finished import: no paths chosen, no log (nothing happens while one runs)."""
        if self.running():
            return
        self.paths.clear()
        self.log.clear()
        self.skipped.clear()
        self._show_skipped_count()
        self.report = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.state.setText(self.tr("Add files or folders, then Import."))
        self._update_buttons()

    def add_paths(self, paths: list[str]) -> None:
        """Add files or folders to import (each once)."""
        present = {self.paths.item(i).text() for i in range(self.paths.count())}
        for path in paths:
            if path and path not in present:
                self.paths.addItem(path)
                present.add(path)

    def chosen_paths(self) -> list[str]:
        return [self.paths.item(i).text() for i in range(self.paths.count())]

    def choose_files(self) -> None:
        files = self.dialogs.open_files(
            self, self.tr("Import Issue Files"), str(Path.home()),
            self.tr("Newspaper issues (*.md *.markdown *.txt *.xml *.rss *.htm *.html);;All files (*)"))
        self.add_paths(files)

    def choose_folder(self) -> None:
        folder = self.dialogs.open_folder(self, self.tr("Import a Folder of Issues"), str(Path.home()))
        if folder:
            self.add_paths([folder])

    def _remove_selected(self) -> None:
        for item in self.paths.selectedItems():
            self.paths.takeItem(self.paths.row(item))

    # ---- running
    def running(self) -> bool:
        """Whether an import is under way (until its result has arrived here)."""
        return self._busy

    def start(self, paths: list[str] | None = None) -> BackgroundLibraryTask | None:
        """Import the chosen paths (or these) in the background; None when there is nothing to do."""
        if paths:
            self.add_paths(paths)
        chosen = self.chosen_paths()
        if not chosen or self.running():
            return None
        self.log.clear()
        self.skipped.clear()
        self._show_skipped_count()
        self.report = None
        self.events = 0
        self.progress.setRange(0, 0)    # busy until the walk has counted the issues
        self.state.setText(self.tr("Looking for issues…"))
        bounded = self.bounded
        task = BackgroundLibraryTask(self.location, lambda lib, report, cancelled:
                                     lib.import_paths(chosen, report, cancelled, bounded), self)
        task.progress.connect(self._on_event)
        task.done.connect(self._on_done)
        task.failed.connect(self._on_failed)
        self.task = task
        self._busy = True
        task.start()
        self._update_buttons()
        return task

    def cancel(self) -> None:
        """Stop now: the issue being read is left out, those stored stay; closes the dialog when
        nothing runs."""
        if self.running() and self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.state.setText(self.tr("Cancelling: the issue being read is left out…"))
        else:
            self.close()

    def _on_event(self, event: ImportEvent) -> None:
        self.events += 1
        if event.kind == "indexing":
            self.progress.setRange(0, max(1, event.total))
            self.progress.setValue(event.done)
            self.state.setText(self.tr("Indexing the text for search…"))
            return
        if event.kind == "cancelled":
            return
        self.progress.setRange(0, max(1, event.total))
        self.progress.setValue(event.done)
        if event.kind == "reading":
            if self.task is not None and not self.task.cancel_flag.is_set():
                self.state.setText(self.tr("Reading {name}… ({number} of {total})").format(
                    name=display_path(event.path or ""), number=event.done + 1,
                    total=event.total))
        elif event.kind == "skipped":
            reason = messages().skip_reason(getattr(event, "code", None), getattr(event, "params", None),
                                            event.reason or "")
            self.add_skipped(display_path(event.path or ""), reason)
        elif event.info is not None:
            line = self.tr("Imported {issue}") if event.kind == "imported" else \
                self.tr("Unchanged {issue} (already in the library as it is)") if event.kind == "unchanged" else \
                self.tr("Replaced {issue} (imported before)")
            self.log.appendPlainText(line.format(issue=issue_label(event.info.paper, event.info.date)))
            self.state.setText(self.tr("Importing… {done} of {total}").format(done=event.done, total=event.total))

    def add_skipped(self, path: str, problem: str) -> None:
        """One row of the skip list: the path and its problem (both as text; tooltips show them whole)."""
        row = QTreeWidgetItem([path, problem])
        row.setToolTip(0, plain_tooltip(path))
        row.setToolTip(1, plain_tooltip(problem))
        self.skipped.addTopLevelItem(row)
        self._show_skipped_count()

    def skipped_rows(self) -> list[tuple[str, str]]:
        """The skip list as (path, problem) pairs."""
        rows = (self.skipped.topLevelItem(i) for i in range(self.skipped.topLevelItemCount()))
        return [(row.text(0), row.text(1)) for row in rows if row is not None]

    def _show_skipped_count(self) -> None:
        count = self.skipped.topLevelItemCount()
        self.skipped_title.setText(self.tr("Skipped: %n path(s)", "", count) if count else
                                   self.tr("Skipped: none so far"))

    def _on_done(self, report: ImportReport) -> None:
        self._busy = False
        self.report = report
        found = len(report.imported) + len(report.replaced) + len(report.skipped) + len(report.unchanged)
        self.progress.setRange(0, max(1, found))     # what was looked at (less than all after a cancel)
        self.progress.setValue(found)
        added = len(report.imported) + len(report.replaced)
        summary = self.tr("%n issue(s) imported", "", added)
        if report.replaced:
            summary += self.tr(" (%n replaced an earlier copy)", "", len(report.replaced))
        summary += self.tr(", %n skipped.", "", len(report.skipped))
        if report.unchanged:
            summary += " " + self.tr("%n were in the library already, unchanged.", "", len(report.unchanged))
        if report.cancelled:
            summary = self.tr("Cancelled. Issues stored before stopping are in the library.") + " " + summary
        if report.skipped:
            summary += " " + self.tr("Each is listed below with its problem.")
        self.state.setText(summary)
        self._update_buttons()
        self.imported.emit(report)

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        text = messages().error(error)
        self.state.setText(self.tr("The import stopped: {error}").format(error=text))
        self.log.appendPlainText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.running()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            button.setEnabled(not busy)
        self.start_button.setEnabled(not busy and self.paths.count() > 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setVisible(not busy)

    def reject(self) -> None:
        """Esc or the window's close button: cancel a running import rather than hiding its progress."""
        if self.running():
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until a running import has ended (at shutdown)."""
        return self.task.wait(timeout) if self.task is not None else True
