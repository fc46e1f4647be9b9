"""The citation formats by name, for the CLI and the GUI: text of a list of records in one style."""

from __future__ import annotations

from typing import Callable, Literal

from . import biblatex, csl_json, gbt7714, ris
from .record import CitationRecord

Style = Literal["gbt7714", "ris", "bibtex", "csl-json"]

STYLES: dict[str, Callable[[list[CitationRecord]], str]] = {
    "gbt7714": gbt7714.references,
    "ris": ris.records_text,
    "bibtex": biblatex.entries,
    "csl-json": csl_json.items_text,
}

# What a file of each style is called (for save dialogs and `--output`).
FILE_SUFFIXES: dict[str, str] = {"gbt7714": ".txt", "ris": ".ris", "bibtex": ".bib", "csl-json": ".json"}


def format_citations(records: list[CitationRecord], style: str) -> str:
    """The records in this style (raises KeyError for an unknown style)."""
    return STYLES[style](records)
