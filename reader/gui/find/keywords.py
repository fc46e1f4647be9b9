"""Keywords under each headline: jieba TF-IDF of every story, computed off the GUI thread.

Once jieba is ready, the story on screen is done first (so its keywords appear at once), then every
other story of the issue in one more task; the pane shows a story's keywords under its headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from ...core.model import Issue
from ...core.reading_order import story_heads
from ...core.search import words
from ...core.search.fields import item_text

if TYPE_CHECKING:
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .ports import StoryPane

KEYWORDS_PER_STORY = 5


def story_keywords(issue: Issue, heads: list[str], k: int = KEYWORDS_PER_STORY) -> dict[str, list[str]]:
    """The top k keywords of each story named by its head's id, from all its parts (needs jieba)."""
    from ...core.search.keywords import top_keywords

    found: dict[str, list[str]] = {}
    for head in heads:
        text = "\n".join(item_text(part) for part in issue.story_items(head))
        found[head] = top_keywords(text, k)
    return found


class KeywordFeeder(QObject):
    """Fills the pane's keywords for the issue on screen, in background tasks, once jieba is ready."""

    def __init__(self, shell: Shell, session: ReadingSession, pane: StoryPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.pane = pane
        self._issue: Issue | None = None
        self._done: set[str] = set()
        self.running = False

    def reset(self, issue: Issue | None) -> None:
        """Another issue is on screen: forget the old keywords (item ids repeat across issues)."""
        self._issue = issue
        self._done.clear()
        self.pane.clear_keywords()

    def start(self) -> None:
        """Compute the keywords of the story on screen, then of the rest (only when jieba is ready)."""
        issue = self._issue
        if issue is None or self.running or not words.is_ready():
            return
        heads = [h for h in story_heads(issue, self.session.current_item_id) if h not in self._done]
        if not heads:
            return
        self.running = True
        first, rest = heads[:1], heads[1:]
        self.shell.run_task(story_keywords, issue, first,
                            on_done=lambda found: self._arrived(issue, found, rest),
                            on_failed=lambda _exc: self._failed(issue))

    def _arrived(self, issue: Issue, found: dict[str, list[str]], rest: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        if issue is not self._issue:   # another issue arrived meanwhile: start on that one
            self.running = False
            self.start()
            return
        self._apply(found)
        rest = [h for h in rest if h not in self._done]
        if rest:
            self.shell.run_task(story_keywords, issue, rest,
                                on_done=lambda more: self._arrived(issue, more, []),
                                on_failed=lambda _exc: self._failed(issue))
        else:
            self.running = False

    def _failed(self, issue: Issue) -> None:
        self.running = False   # keywords are a nicety: a failure leaves the headlines without them
        if shiboken6.isValid(self) and issue is not self._issue:
            self.start()

    def _apply(self, found: dict[str, list[str]]) -> None:
        for head, keywords in found.items():
            self._done.add(head)
            if keywords:
                self.pane.set_keywords(head, keywords)
