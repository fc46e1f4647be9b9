"""BibLaTeX entries of newspaper articles: `@article` with `entrysubtype = {newspaper}`.

Fields: author (names joined by " and "), title, subtitle, journaltitle (the paper), date
(YYYY-MM-DD), pages (1, 3); left out when the issue does not give them. Text is escaped for LaTeX,
so a title with & or % prints as written; a name holding a comma or the word "and" is braced so
biber takes it as one name.
"""

from __future__ import annotations

import re

from .keys import unique_keys
from .record import CitationRecord

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
            "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _SPECIAL))
_NEEDS_BRACES_RE = re.compile(r",|\band\b", re.IGNORECASE)


def escape_latex(text: str) -> str:
    """text with LaTeX's special characters escaped, white space collapsed."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], " ".join(text.split()))


def _name(name: str) -> str:
    text = escape_latex(name)
    return "{" + text + "}" if _NEEDS_BRACES_RE.search(name) else text


def entry(record: CitationRecord, key: str) -> str:
    """One @article entry under this key."""
    fields: list[tuple[str, str]] = [("entrysubtype", "newspaper")]
    if record.authors:
        fields.append(("author", " and ".join(_name(n) for n in record.authors)))
    if record.title:
        fields.append(("title", escape_latex(record.title)))
    if record.subtitle:
        fields.append(("subtitle", escape_latex(record.subtitle)))
    if record.paper:
        fields.append(("journaltitle", escape_latex(record.paper)))
    if record.date:
        fields.append(("date", record.date.isoformat()))
    if record.pages:
        fields.append(("pages", ", ".join(str(p) for p in record.pages)))
    width = max(len(name) for name, _ in fields)
    body = "".join(f"  {name:<{width}} = {{{value}}},\n" for name, value in fields)
    return f"@article{{{key},\n{body}}}\n"


def entries(records: list[CitationRecord]) -> str:
    """Entries one after another, a blank line between them, with keys distinct within the list."""
    return "\n".join(entry(r, k) for r, k in zip(records, unique_keys(records)))
