"""The library's long work: importing (the dialog), indexing what an interrupted import left, jieba's
word boundaries after an import, rebuilding a file that cannot be used — each in a thread of its own,
its progress in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ..widgets.messages import messages
from .import_dialog import ImportDialog
from .service import BackgroundLibraryTask

if TYPE_CHECKING:
    from ...core.library import ImportReport, RebuildReport
    from ...core.library_access import LibraryAccess
    from ..shell.protocol import Shell
    from .panel import LibraryPanel
    from .search_view import LibrarySearchView
    from .service import LibraryService

Work = Callable[["LibraryAccess", Callable[[Any], None], Callable[[], bool]], Any]


class MaintainedLibrary(Protocol):
    """What the long work needs of the library feature (controller.py)."""

    shell: Shell
    location: str
    service: LibraryService
    panel: LibraryPanel
    search_view: LibrarySearchView

    def start(self) -> None: ...
    def refresh(self) -> None: ...
    def use_library(self, location: str, remember: bool = False) -> None: ...


class Maintenance(QObject):
    """Background tasks of one library feature (see the module docstring)."""

    def __init__(self, library: MaintainedLibrary, words_after_import: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.shell = library.shell
        self.words_after_import = words_after_import
        self.import_dialog: ImportDialog | None = None
        self.tasks: set[BackgroundLibraryTask] = set()
        self.word_task: BackgroundLibraryTask | None = None
        self._repairing = False          # a rebuild asked for waits for the service to close the file
        self.words_label = QLabel()
        self.words_label.setObjectName("wordIndexProgress")
        self.words_label.hide()
        self.shell.add_status_widget(self.words_label)
        offer = library.search_view.word_offer  # word mode without the word index offers to build it
        offer.build_requested.connect(self.build_word_index)
        offer.cancel_requested.connect(self.cancel_word_index)

    # ---- import
    def show_import(self, paths: list[str] | None = None) -> ImportDialog:
        """Show the import dialog (one at a time), with these paths chosen."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.library.location, self.shell.dialogs, self.shell.widget())
            self.import_dialog.imported.connect(self._on_imported)
        elif self.import_dialog.report is not None:
            self.import_dialog.reset()      # a new import: the last one's list and log are done with
        self.import_dialog.location = self.library.location
        if paths:
            self.import_dialog.add_paths(paths)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _on_imported(self, report: ImportReport) -> None:
        self.library.start()
        self.library.refresh()
        self.library.search_view.refresh()
        if self.words_after_import and (report.imported or report.replaced):
            self.build_word_index()

    # ---- indexes
    def index_pending_if_needed(self) -> None:
        """Articles left out of the text index (an import was stopped hard): index them in the background."""
        self.library.service.submit(lambda lib: lib.pending_count(), on_done=self._index_pending)

    def _index_pending(self, pending: int) -> None:
        if pending:
            self.run_task(lambda lib, report, _cancelled: lib.index_pending(lambda d, t: report((d, t))),
                          self.tr("Indexing the library: {percent}%"))

    def build_word_index(self) -> BackgroundLibraryTask:
        """Store jieba's word boundaries for 全词匹配 in the background, progress in the status bar."""
        if self.word_task is not None and self.word_task.running():
            return self.word_task
        self.word_task = task = self.run_task(
            lambda lib, report, cancelled: lib.build_word_index(lambda d, t: report((d, t)), cancelled),
            self.tr("Preparing whole-word search: {percent}%"))
        offer = self.library.search_view.word_offer
        task.progress.connect(lambda value: offer.building(*value))
        task.done.connect(lambda _stored: self._word_index_stopped())
        task.failed.connect(lambda exc: offer.stopped(messages().library_error(exc)))
        return task

    def cancel_word_index(self) -> None:
        """Stop building the word index (what is stored stays; word mode asks again)."""
        if self.word_task is not None:
            self.word_task.cancel()

    def _word_index_stopped(self) -> None:
        view = self.library.search_view
        view.word_offer.stopped()
        if view.results.currentWidget() is view.word_offer:
            view.refresh()  # built: the results; stopped early: the offer again, with what is left

    def run_task(self, work: Work, progress_text: str) -> BackgroundLibraryTask:
        task = BackgroundLibraryTask(self.library.location, work, self)
        self.tasks.add(task)

        def progress(value: tuple[int, int]) -> None:
            done, total = value
            self.words_label.setText(progress_text.format(percent=done * 100 // max(1, total)))
            self.words_label.show()

        def finished(_value: Any) -> None:
            self.tasks.discard(task)
            self.words_label.hide()

        task.progress.connect(progress)
        task.done.connect(finished)
        task.failed.connect(finished)
        task.start()
        return task

    # ---- space
    def compact(self) -> None:
        """File ▸ Compact Library: merge the text index and give freed space back to the disk."""
        self.shell.show_status(self.tr("Compacting the library…"))
        self.library.service.submit(lambda lib: lib.compact(), on_done=self._compacted,
                                    on_failed=lambda exc: self.shell.show_error(
                                        self.tr("The library could not be compacted"), str(exc)))

    def _compacted(self, sizes: tuple[int, int]) -> None:
        before, after = (f"{n / 1048576:.1f}" for n in sizes)
        text = self.tr("Library compacted: {before} MB → {after} MB").format(before=before, after=after)
        self.shell.show_status(text, 8000)

    # ---- a file that cannot be used
    def rebuild(self) -> None:
        """Move the bad file aside and build a new library from what can be read (in a worker)."""
        from ...core.library_access import rebuild
        self.library.panel.show_message(self.tr("Rebuilding the library…"))
        self.shell.run_task(rebuild, self.library.location, on_done=self._rebuilt, on_failed=self._rebuild_failed)

    def repair(self) -> None:
        """Rebuild the library in use (a search left damaged articles out), after asking; not while an
        import or indexing runs. Its thread closes the file first."""
        if self._repairing:
            return                       # asked twice: the first is waiting for the library to close
        if self.tasks or (self.import_dialog is not None and self.import_dialog.running()):
            self.shell.show_status(self.tr("The library is busy importing or indexing: rebuild it when that "
                                           "has finished."), 8000)
            return
        if not self.shell.dialogs.confirm(self.shell.widget(), self.tr("Rebuild the Library"), self.tr(
                "Rebuild {path}? The file is moved aside as a backup (never deleted), a new library is made "
                "from every issue that can be read, and issues whose stored text is damaged are imported "
                "again from their files where these still exist.").format(path=self.library.location)):
            return
        self._repairing = True
        self.library.panel.show_message(self.tr("Rebuilding the library…"))
        self.library.service.stop_then(self._rebuild_stopped)

    def _rebuild_stopped(self) -> None:
        """The service has closed the file (its last search done): the rebuild can move it aside."""
        self._repairing = False
        self.rebuild()

    def _rebuilt(self, report: RebuildReport) -> None:
        lines = [self.tr("The old file was kept as {backup}.").format(backup=report.backup),
                 self.tr("{kept}, {again}, {lost}.").format(
                     kept=self.tr("%n issue(s) kept", "", len(report.salvaged)),
                     again=self.tr("%n imported again from their files", "", len(report.reimported)),
                     lost=self.tr("%n lost", "", len(report.lost)))]
        lines += report.lost[:10]
        if report.problem:
            lines.append(report.problem)
        self.shell.show_status(lines[1], 8000)
        self.shell.dialogs.inform(self.shell.widget(), self.tr("Library Rebuilt"), "\n".join(lines))
        self.library.use_library(self.library.location)

    def _rebuild_failed(self, error: BaseException) -> None:
        text = messages().library_error(error)
        self.library.panel.show_message(self.tr("The library could not be rebuilt:\n{error}").format(error=text),
                                        retry=True)
        self.shell.show_error(self.tr("The library could not be rebuilt"), text)

    # ---- closing
    def stop(self) -> None:
        """Cancel the background work (what is done stays) and wait for it."""
        for task in list(self.tasks):
            task.cancel()
        if self.import_dialog is not None and self.import_dialog.task is not None:
            self.import_dialog.task.cancel()
            self.import_dialog.wait()
        for task in list(self.tasks):
            task.wait()
