"""Kept for modules that import file-name clues by the old module name (the library's importer)."""

from __future__ import annotations

from .pages.header import NameClues, name_clues

__all__ = ["NameClues", "name_clues"]
