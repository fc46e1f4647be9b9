"""Kept for modules that import the page-extraction importer by its old name (the library's importer)."""

from __future__ import annotations

from .pages import NAME, PAGE_SUFFIXES, load, sniff

__all__ = ["NAME", "PAGE_SUFFIXES", "load", "sniff"]
