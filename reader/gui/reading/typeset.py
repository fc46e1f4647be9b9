"""Stories typeset for paper: the pane's own typesetting (story_document) into a document of their own,
each story after the first starting on a new page, without the pane's keywords."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from ...core.model import Issue
from ...core.reading_order import story_heads
from .story_document import StoryWriter, Typography


def story_groups(issue: Issue, item_id: str | None) -> list[list[str]]:
    """The stories to print, each as its part ids: the story of item_id, or every story of the issue
    (in printed order, repeated copies and later parts within their story)."""
    heads = [item_id] if item_id is not None else story_heads(issue)
    return [[it.id for it in issue.story_items(head)] for head in heads if issue.story_items(head)]


def typeset_stories(issue: Issue, stories: list[list[str]], typography: Typography) -> QTextDocument:
    """A document holding the stories one after the other, each after the first on a new page."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(typography.font())
    for number, ids in enumerate(stories):
        items = [it for it in (issue.item(i) for i in ids) if it is not None]
        writer = StoryWriter(doc, issue, typography)
        if number:
            writer.cursor.movePosition(QTextCursor.MoveOperation.End)
            start = writer.cursor.position() + 1
            writer._first_block = False    # the story goes on after the one before, in a new block
            writer.write(items)
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            page_break = QTextBlockFormat()
            page_break.setProperty(QTextFormat.Property.PageBreakPolicy,
                                   QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore.value)
            cursor.mergeBlockFormat(page_break)
        else:
            writer.write(items)
    return doc
