"""The citation and print commands (their keys work before the features are built). Export's Markdown
and text commands are declared with the export feature itself (actions.py)."""

from __future__ import annotations

from ..shell.commands import QT_TRANSLATE_NOOP, Command, Submenu

STYLE_NAMES = {
    "gbt7714": QT_TRANSLATE_NOOP("Commands", "GB/T 7714-2015"),
    "ris": QT_TRANSLATE_NOOP("Commands", "RIS (Zotero, EndNote)"),
    "bibtex": QT_TRANSLATE_NOOP("Commands", "BibLaTeX"),
    "csl-json": QT_TRANSLATE_NOOP("Commands", "CSL-JSON"),
}

CITE_COMMANDS: tuple[Command | Submenu, ...] = (
    Command("cite.article", QT_TRANSLATE_NOOP("Commands", "Cite &Article…"), "cite.cite_article",
            keys=("Ctrl+Alt+C",), menu="edit/copy",
            tip=QT_TRANSLATE_NOOP("Commands", "Citations of the article on screen (and the passage selected), "
                                              "to copy or save")),
    Submenu("edit.copy_citation", QT_TRANSLATE_NOOP("Commands", "Copy Citation &As"), "edit/copy"),
    *(Command(f"cite.copy.{style}", name, "cite.copy_article", (style,), menu="edit.copy_citation")
      for style, name in STYLE_NAMES.items()),
    Command("cite.show", QT_TRANSLATE_NOOP("Commands", "Cite Articles"), "cite.show_records"),  # (records, what)
)

PRINT_COMMANDS: tuple[Command | Submenu, ...] = (
    Command("file.print_article", QT_TRANSLATE_NOOP("Commands", "&Print Article…"), "printing.print_article",
            keys=("std:Print",), menu="file/print"),
    Command("file.print_issue", QT_TRANSLATE_NOOP("Commands", "Print &Whole Issue…"), "printing.print_issue",
            menu="file/print"),
    Command("file.pdf_article", QT_TRANSLATE_NOOP("Commands", "Export Article as P&DF…"), "printing.pdf_article",
            menu="file/print"),
    Command("file.pdf_issue", QT_TRANSLATE_NOOP("Commands", "Export Whole Issue as PD&F…"), "printing.pdf_issue",
            menu="file/print"),
)
