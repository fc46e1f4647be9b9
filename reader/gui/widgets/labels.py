"""How the reader words an issue in its UI: dates as the locale writes them, paper and date together,
and counts with Qt's plurals (`%n`).

Dates follow the UI language's catalogue (`d MMM yyyy` → 21 Aug 2026; 2026年8月21日 in Chinese) and
are written by QLocale (QLocale.setDefault is set with the language, see translations.py).
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    import datetime as dt


class Labels(QObject):
    """The translated formats and words; one instance: `labels()`."""

    def date_format(self, weekday: bool = False) -> str:
        """A QLocale date format: day, month and year (with the weekday)."""
        return self.tr("d MMM yyyy, ddd") if weekday else self.tr("d MMM yyyy")

    def unknown_paper(self) -> str:
        return self.tr("Unknown paper")

    def no_date(self) -> str:
        return self.tr("No date")

    def issue_label(self, paper: str | None, date: dt.date | None) -> str:
        """《人民日报》2026年8月21日 — the paper in title marks, then the date (what is known of them)."""
        name = self.tr("《{paper}》").format(paper=paper) if paper else self.unknown_paper()
        return self.tr("{paper} {date}").format(paper=name, date=date_text(date) or self.no_date())

    def issues(self, n: int) -> str:
        return self.tr("%n issue(s)", "", n)

    def papers(self, n: int) -> str:
        return self.tr("%n paper(s)", "", n)

    def articles(self, n: int) -> str:
        return self.tr("%n article(s)", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def characters(self, n: int) -> str:
        return self.tr("%n character(s)", "", n)

    def hits(self, n: int) -> str:
        return self.tr("%n hit(s)", "", n)


_INSTANCE: Labels | None = None


def labels() -> Labels:
    """The one Labels object (made on first use)."""
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = Labels()
    return _INSTANCE


def date_text(date: dt.date | None, weekday: bool = False) -> str:
    """The date as the UI's locale writes it (21 Aug 2026; 2026年8月21日), or '' for None."""
    if date is None:
        return ""
    fmt = labels().date_format(weekday)
    numeric = _numeric_date(date, fmt)
    if numeric is not None:
        return numeric
    from PySide6.QtCore import QDate, QLocale
    return QLocale().toString(QDate(date.year, date.month, date.day), fmt)


_NUMERIC_FIELDS = {"d": "{d}", "dd": "{d:02}", "M": "{m}", "MM": "{m:02}", "yyyy": "{y:04}"}


def _numeric_date(date: dt.date, fmt: str) -> str | None:
    """The date in `fmt` when it has only numeric fields (d, dd, M, MM, yyyy) between literals that are
    not ASCII letters or quotes, as Chinese writes dates (yyyy年M月d日), else None (QLocale writes it
    then). QLocale gives the same text for such a format; making a QDate (which imports `datetime`)
    and a QLocale costs the first paint about 5 M instructions."""
    out: list[str] = []
    for c, run in groupby(fmt):
        token = c * len(list(run))
        if c == "'":
            return None
        if c.isascii() and c.isalpha():
            field = _NUMERIC_FIELDS.get(token)
            if field is None:
                return None
            token = field.format(d=date.day, m=date.month, y=date.year)
        out.append(token)
    return "".join(out)


def issue_date_text(date: dt.date | None) -> str:
    """The issue's date as the UI language writes it, or ''."""
    return date_text(date)


def issue_title(paper: str | None, date: dt.date | None) -> str:
    """测试日报 2026年3月1日 — what is known of paper and date."""
    return " ".join(x for x in (paper, date_text(date)) if x)


def issue_label(paper: str | None, date: dt.date | None) -> str:
    """《人民日报》2026年8月21日, with words for an unknown paper or date."""
    return labels().issue_label(paper, date)
