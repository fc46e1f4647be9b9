"""GB/T 7714-2015 references to newspaper articles (文献类型标识 N).

    主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).
    林晓舟. 江川市出台二十条措施支持民营经济发展: 今年将新增专项信贷额度120亿元[N]. 江川日报, 2026-03-02(1, 3).

Up to three authors are all given, separated by ", "; of more, the first three and ", 等" (8.1.2).
A missing author is left out and the entry starts with the title (allowed for numbered lists, 8.1.5,
instead of 佚名); a missing date, paper or page is left out with its punctuation. The date is
YYYY-MM-DD; a story printed on several pages gives each (1, 3). A list is numbered [1], [2] ….
"""

from __future__ import annotations

from .record import CitationRecord

MAX_AUTHORS = 3
MORE_AUTHORS = "等"
TYPE_MARK = "[N]"


def authors_part(authors: tuple[str, ...]) -> str:
    """"A, B, C" or "A, B, C, 等" ("" without authors)."""
    shown = list(authors[:MAX_AUTHORS])
    if len(authors) > MAX_AUTHORS:
        shown.append(MORE_AUTHORS)
    return ", ".join(shown)


def _end(text: str) -> str:
    """text ended by one full stop (a title ending in ？ or ！ keeps it and gets none)."""
    return text if text.endswith((".", "。", "?", "？", "!", "！")) else text + "."


def reference(record: CitationRecord) -> str:
    """One reference, ending with a full stop."""
    parts: list[str] = []
    authors = authors_part(record.authors)
    if authors:
        parts.append(_end(authors))
    parts.append((record.full_title(": ") or "") + TYPE_MARK + ".")
    source = record.paper or ""
    if record.date:
        source += (", " if source else "") + record.date.isoformat()
    if record.pages:
        source += "(" + ", ".join(str(p) for p in record.pages) + ")"
    if source:
        parts.append(source + ".")
    return " ".join(parts)


def references(records: list[CitationRecord]) -> str:
    """One reference a line; numbered [1], [2] … when there are several."""
    if len(records) == 1:
        return reference(records[0]) + "\n"
    return "".join(f"[{n}] {reference(r)}\n" for n, r in enumerate(records, 1))
