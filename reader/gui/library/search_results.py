"""The library search's results: a model of issues and their matching articles, and the painter of a row.

Article rows show their page and headline over a snippet with the hits in bold, painted as plain text
by the one snippet painter (widgets/snippets.py): text from the library is never read as HTML, and a
snippet wider than its row is cut around its first hit, so the hit is shown.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QTextLayout

from ...core.library_snippets import term_spans
from ..widgets.grouped_model import GroupedListModel, Index
from ..widgets.labels import date_text, labels
from ..widgets.snippets import SnippetDelegate, SnippetLine, fitted, snippet_layout
from ..widgets.tooltips import plain_tooltip

if TYPE_CHECKING:
    from ...core.library.results import LibraryHit


class ResultRole(IntEnum):
    """Data roles of the library results model."""

    IS_GROUP = Qt.ItemDataRole.UserRole + 1
    SNIPPET = Qt.ItemDataRole.UserRole + 2     # article rows: the snippet text
    SPANS = Qt.ItemDataRole.UserRole + 3       # article rows: ((offset, length), …) of the hits in it
    HIT = Qt.ItemDataRole.UserRole + 4         # article rows: the LibraryHit
    ISSUE_KEY = Qt.ItemDataRole.UserRole + 5
    TITLE_SPANS = Qt.ItemDataRole.UserRole + 6  # article rows: the hits in the display text (page · headline)


class LibraryResultsModel(GroupedListModel):
    """Two levels: issues (in the order of their first hit on the page), and their matching articles."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[LibraryHit]] = []
        self._terms: list[str] = []
        self._variants = False

    def set_hits(self, hits: list[LibraryHit], terms: list[str] | None = None, variants: bool = False) -> None:
        """Show one page of hits, grouped by issue; terms (folded) are set bold in the headlines."""
        self.beginResetModel()
        self._terms = list(terms or [])
        self._variants = variants
        groups: dict[int, list[LibraryHit]] = {}
        for hit in hits:
            groups.setdefault(hit.article.issue_id, []).append(hit)
        self._groups = list(groups.values())
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g) for g in self._groups)

    def hit_at(self, index: Index) -> LibraryHit | None:
        position = self.child_position(index)
        return None if position is None else self._groups[position[0]][position[1]]

    # GroupedListModel
    def group_count(self) -> int:
        return len(self._groups)

    def child_count(self, group: int) -> int:
        return len(self._groups[group])

    def header_text(self) -> str:
        return self.tr("Matching articles")

    def group_data(self, row: int, role: int) -> Any:
        group = self._groups[row]
        first = group[0].article
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.issue_label(first.paper, first.date, len(group))
        if role == ResultRole.IS_GROUP:
            return True
        if role == ResultRole.ISSUE_KEY:
            return first.issue_key
        return None

    def child_data(self, group: int, row: int, role: int) -> Any:
        hit = self._groups[group][row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headline(hit)
        if role == ResultRole.TITLE_SPANS:
            text = self._headline(hit)
            shift = text.rfind(hit.article.title) if hit.article.title else -1
            if shift < 0:
                return ()
            return tuple((shift + o, n) for o, n in term_spans(hit.article.title, self._terms, self._variants))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(hit.article.title)
        if role == ResultRole.SNIPPET:
            return hit.snippet
        if role == ResultRole.SPANS:
            return hit.spans
        if role == ResultRole.HIT:
            return hit
        if role == ResultRole.ISSUE_KEY:
            return hit.article.issue_key
        if role == ResultRole.IS_GROUP:
            return False
        return None

    def _headline(self, hit: LibraryHit) -> str:
        return self.tr("Page {page} · {title}").format(page=hit.article.page, title=hit.article.title)

    def issue_label(self, paper: str | None, date: Any, count: int) -> str:
        """2024年1月5日 周五 · 清河日报 (3)"""
        words = labels()
        when = date_text(date, weekday=True) if date else words.no_date()
        return self.tr("{date} · {paper} ({count})").format(date=when, paper=paper or words.unknown_paper(),
                                                             count=count)


class HitDelegate(SnippetDelegate):
    """Article rows in two lines: 'page · headline', then the snippet with its hits in bold (plain text)."""

    def is_group(self, index: Index) -> bool:
        return bool(index.data(ResultRole.IS_GROUP))

    def lines(self, index: Index) -> list[SnippetLine]:
        return [SnippetLine(index.data(Qt.ItemDataRole.DisplayRole) or "", index.data(ResultRole.TITLE_SPANS) or ()),
                SnippetLine(index.data(ResultRole.SNIPPET) or "", index.data(ResultRole.SPANS) or (), muted=True,
                            around_hit=True)]

    @classmethod
    def layouts(cls, index: Index, font: QFont, width: float | None = None) -> tuple[QTextLayout, QTextLayout]:
        """The two lines of an article row as text layouts (the hits bold), cut to width as painted."""
        title, snippet = cls(None).lines(index)
        if width is not None:
            title, snippet = fitted(title, width, font), fitted(snippet, width, font)
        return snippet_layout(title, font), snippet_layout(snippet, font)
