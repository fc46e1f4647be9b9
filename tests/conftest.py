"""Shared fixtures: where the real corpus is, and the bundled sample issue."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def corpus_path(rel: str) -> Path:
    """A path inside ../shared/corpus, or a skip with the reason when the corpus is absent."""
    p = CORPUS / rel
    if not p.exists():
        pytest.skip(f"real corpus not found at {p} (it lives outside the project, in ../shared/corpus)")
    return p


@pytest.fixture
def corpus() -> Path:
    """The real corpus folder (skips when absent)."""
    return corpus_path("")
