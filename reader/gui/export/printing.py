"""Print, and export to PDF, the article on screen or the whole issue as the pane typesets it (File ▸
Print Article…, Print Whole Issue…, Export … as PDF…).

The reading feature typesets the stories for paper (its own story writer, the light theme, each story
on new pages); printing asks for a printer with Qt's print dialog (QtPrintSupport, imported when first
used), a PDF is written with QPdfWriter on A4 beside its target and renamed over it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtCore import QMarginsF, QObject, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from ...core.safe_write import refusal, replace_atomically

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from ...core.model import Issue
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell

MARGIN_MM = 20
PDF_DPI = 300
SCREEN_DPI = 96             # the pixels an inch the pane's layout assumes (Qt's default logical DPI)
AskPrinter = Callable[["QPrinter", "QWidget"], bool]     # set up the printer (a dialog); False: cancelled


class PrintSource(Protocol):
    """The stories typeset for paper (the reading feature)."""

    def print_document(self, whole_issue: bool) -> QTextDocument | None: ...


def document_title(issue: Issue, title: str | None) -> str:
    """人民日报 2026-06-12 · 题名 (the parts known)."""
    head = " ".join(p for p in (issue.paper or "", issue.date.isoformat() if issue.date else "") if p)
    return " · ".join(p for p in (head, title or "") if p)


def paginate(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay doc out in pages of the device's printable area at the screen's 96 pixels an inch, as the pane
    lays it out; QTextDocument.print_ then scales each page onto the device's (so points stay points)."""
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(area.width() * SCREEN_DPI / 72, area.height() * SCREEN_DPI / 72))


def write_pdf(doc: QTextDocument, path: str | Path, title: str) -> None:
    """Typeset doc onto A4 pages of a PDF at path (written beside it, then renamed over it)."""
    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("报纸阅读器")
        paginate(doc, writer)
        doc.print_(writer)
        del writer           # the file is complete once the writer is gone
    replace_atomically(path, write)


def qt_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


class PrintFeature(QObject):
    """See the module docstring; ask_printer is the print dialog (tests answer it)."""

    def __init__(self, shell: Shell, session: ReadingSession, source: PrintSource,
                 ask_printer: AskPrinter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.source = source
        self.ask_printer = ask_printer or qt_print_dialog
        self.last_dir = str(Path.home())

    # ---- commands
    def print_article(self) -> bool:
        return self.print(whole_issue=False)

    def print_issue(self) -> bool:
        return self.print(whole_issue=True)

    def pdf_article(self) -> str | None:
        return self.export_pdf(whole_issue=False)

    def pdf_issue(self) -> str | None:
        return self.export_pdf(whole_issue=True)

    def _title(self, whole_issue: bool) -> str:
        issue = self.session.issue
        if issue is None:
            return ""
        item = issue.item(self.session.current_item_id) if self.session.current_item_id else None
        return document_title(issue, None if whole_issue or item is None else item.title)

    def print(self, whole_issue: bool) -> bool:
        """Ask for a printer and print; False when cancelled or nothing is shown."""
        doc = self.source.print_document(whole_issue)
        if doc is None:
            return False
        from PySide6.QtPrintSupport import QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        printer.setDocName(self._title(whole_issue))
        if not self.ask_printer(printer, self.shell.widget()):
            return False
        paginate(doc, printer)
        doc.print_(printer)
        self.shell.show_status(self.tr("Sent to the printer."), 3000)
        return True

    def export_pdf(self, whole_issue: bool) -> str | None:
        """Ask where and write a PDF there; the path written, or None."""
        issue = self.session.issue
        doc = self.source.print_document(whole_issue)
        if issue is None or doc is None:
            return None
        name = "-".join(p for p in (issue.paper or "issue", issue.date.isoformat() if issue.date else "",
                                    None if whole_issue else self.session.current_item_id) if p)
        path, _chosen = self.shell.dialogs.save_file(
            self.shell.widget(), self.tr("Export as PDF"), str(Path(self.last_dir) / f"{name}.pdf"), "PDF (*.pdf)")
        if not path:
            return None
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        if refusal(path, [self.session.location] if self.session.location else []) is not None:
            self.shell.show_error(self.tr("Cannot export"), self.tr(
                "{path} is the library or a file of the issue being read: choose another file.").format(path=path))
            return None
        try:
            write_pdf(doc, path, self._title(whole_issue))
        except OSError as exc:
            self.shell.show_error(self.tr("Cannot export"), f"{path}: {exc.strerror or exc}")
            return None
        self.last_dir = str(Path(path).parent)
        self.shell.show_status(self.tr("Exported to {path}").format(path=path), 5000)
        return path
