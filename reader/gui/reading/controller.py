"""The reading feature: the pane that shows the session's story, the sidebar of pages and headlines,
the status line, copying, scrolling — and what other features may ask of the pane (marks, keywords,
scroll), through methods, never through its widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..widgets.labels import issue_date_text
from ..widgets.plain_text import plain_label
from .appearance import Appearance
from .commands import COMMANDS
from .fonts import MissingFontBanner
from .navigation import Navigation
from .notes import IssueNotes
from .pane import ArticleView

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from ...core.model import Issue
    from ...core.search.issue_search import Hit
    from ..session.session import ReadingSession
    from ..shell.protocol import Shell
    from .marks import HitMarks
    from .pane_text import PaneText
    from .sidebar import IssueSidebar


class ReadingController(QObject):
    """See the module docstring; the session's ReadingView."""

    story_shown = Signal(list)        # item ids of the story now on screen
    keyword_activated = Signal(str)   # a keyword under a headline was clicked
    scrolled = Signal(int)

    def __init__(self, shell: Shell, session: ReadingSession, font_families: list[str] | None = None,
                 theme: str | None = None, defer_sidebar: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.session = session
        self.settings = shell.settings
        self.defer_sidebar = defer_sidebar     # start-up: the headlines come a frame after the story
        self.appearance = Appearance(shell, font_families, theme, self)
        self.pane = ArticleView(self.appearance.typography(quick=True))
        self.pane.context_actions = lambda: [a for a in (shell.action("edit.copy_cited"),) if a is not None]
        self.pane.page_link_activated.connect(session.follow_page)
        self.pane.story_shown.connect(self.story_shown)
        self.pane.keyword_activated.connect(self.keyword_activated)
        self._marks: HitMarks | None = None       # made when find first marks hits (off the start-up path)
        self._pane_text: PaneText | None = None   # made when lookup or read-aloud first needs it
        self._sidebar: IssueSidebar | None = None      # built on first use (see the sidebar property)
        self._sidebar_holder = QWidget()
        self._sidebar_holder.setObjectName("sidebarHolder")
        shell.add_panel(self._sidebar_holder, self.tr("Pages"))
        self.font_banner: MissingFontBanner | None = None     # only built when a font is missing
        shell.set_centre(self.pane)
        if not defer_sidebar:
            self.show_font_banner()
        self.position_label = plain_label(QLabel())  # file text (paper, titles) is shown as written
        self.position_label.setObjectName("positionLabel")
        shell.add_status_widget(self.position_label, permanent=False, stretch=1)
        self.notes = IssueNotes(shell, session, self)
        self.navigation = Navigation(shell, session, self)
        self.appearance.attach(self.pane)
        shell.commands.add(COMMANDS)
        shell.commands.provide("reading", lambda: self)
        shell.commands.provide("session", lambda: session)
        shell.commands.set_enabled("go.back", False)
        shell.commands.set_enabled("go.forward", False)
        shell.on_save(self.remember_position)
        session.attach(self)
        session.current_item_changed.connect(self._on_item_changed)
        session.history_changed.connect(self._update_history)
        session.edge_reached.connect(self._say_edge)
        session.read_marks.changed.connect(self._show_read)
        self.pane.original_requested.connect(self.open_original)
        if not defer_sidebar:
            self.watch_scrolling()
        self.open_url = _open_in_browser       # how a photo's original article is opened (on a click)
        self._page_by_scroll = False           # the reader scrolled since the article was shown

    def watch_scrolling(self) -> None:
        """Follow the pane's scrolling (the status bar's page, `scrolled`, reading to the end); start-up
        calls it after the first paint: touching the scroll bar makes PySide's QScrollBar type (~5 M
        instructions)."""
        bar = self.pane.verticalScrollBar()
        bar.valueChanged.connect(self.scrolled)
        bar.valueChanged.connect(self._on_scrolled)

    @property
    def marks(self) -> HitMarks:
        """The search hits drawn in the pane."""
        if self._marks is None:
            from .marks import HitMarks
            self._marks = HitMarks(self.pane)
        return self._marks

    def show_font_banner(self) -> None:
        """The bar above the pane saying which package gives the machine a Chinese font, when none is
        found (once; it sets a Qt enum, so start-up builds it after the first paint). The font remembered
        from the last run is checked first."""
        self.appearance.check_font()
        if self.appearance.font_choice.missing and self.font_banner is None:
            self.font_banner = MissingFontBanner()
            self.shell.add_bar(self.font_banner, top=True)

    # ---- the sidebar
    @property
    def sidebar(self) -> IssueSidebar:
        """The pages and headlines (built on first use: at start-up, just after the first story is painted,
        since its module and widgets cost more than a frame)."""
        if self._sidebar is None:
            from .sidebar import IssueSidebar
            self._sidebar = IssueSidebar()
            self._sidebar.item_selected.connect(lambda item_id: self.session.show(item_id))
            self._sidebar.page_selected.connect(self._on_page_row)
            self._sidebar.model.set_read(set(self.session.read_marks.read))
            self.appearance.attach_sidebar(self._sidebar.tree)
            self.navigation.build_strip()
            layout = QVBoxLayout(self._sidebar_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._sidebar)
            if self._sidebar_holder.isVisible():    # in a window on screen: shown and placed now, not a turn later
                self._sidebar.show()
                layout.activate()
        return self._sidebar

    def after_first_paint(self) -> None:
        """What a deferred start leaves for a frame after the story: the headlines, the pane's scroll watch
        and remembering the position (both read the scroll bar, whose Python type costs ~5 M instructions)."""
        self.fill_sidebar()
        self.defer_sidebar = False   # an issue arriving later (parsed off the GUI thread) fills it at once
        self.watch_scrolling()
        self.remember_position()

    def fill_sidebar(self) -> None:
        """Put the issue on screen in the sidebar if it is not there yet (start-up, after the first paint)."""
        sidebar = self.sidebar
        issue = self.session.issue
        if issue is None or sidebar.model.issue is issue:
            return
        sidebar.set_issue(issue)
        self.notes.present(issue)      # (its rich-text link, ~0.7 M instructions, waited with the headlines)
        self._show_read()
        if self.session.current_item_id:
            sidebar.select_item(self.session.current_item_id)

    def _on_page_row(self, number: int) -> None:
        """A page row picked in the sidebar: its first article, the page row staying current."""
        self.session.show_page(number)
        self.sidebar.select_page(number)

    # ---- the ReadingView protocol (the session calls these)
    def present_issue(self, issue: Issue) -> None:
        if self.defer_sidebar and not self.pane.has_painted_story():
            if self._sidebar is not None:
                self._sidebar.set_issue(None)      # filled, and the notes link set, a frame after the story
        else:
            self.sidebar.set_issue(issue)
            self._show_read()
            self.notes.present(issue)

    def present(self, issue: Issue, item_id: str, at_part: bool) -> None:
        pane = self.pane
        if item_id not in pane.item_ids() or pane.issue is not issue:
            pane.show_story(issue, item_id)
        elif not at_part:
            pane.set_scroll_value(0)
        if at_part:
            pane.scroll_to_part(item_id)
        if self._sidebar is not None or not self.defer_sidebar:
            self.sidebar.select_item(item_id)

    def reveal(self, item_id: str, field_name: str, block: int | None, offset: int, length: int) -> bool:
        return self.pane.reveal(item_id, field_name, block, offset, length)

    def show_empty(self, reason: str) -> None:
        if reason == "no-articles":
            self.pane.show_message(self.tr("This issue has no articles."))
            self.fill_sidebar()        # no story will be painted to bring the sidebar: its pages now
            self._update_status()
        else:
            self.pane.show_message(self.tr("Open an issue with File ▸ Open, or drop it on this window."))

    def show_page(self, page: int) -> None:
        self.sidebar.select_page(page)

    def scroll_value(self) -> int:
        return self.pane.scroll_value()

    def set_scroll_value(self, value: int) -> None:
        self.pane.set_scroll_value(value)

    # ---- commands
    def copy(self) -> None:
        self.pane.copy()

    def copy_with_citation(self) -> None:
        """Put the selection (or the whole story) on the clipboard with 《paper》date 第N版."""
        from ...core.citation import cited  # not on the start-up path
        from ...core.story_text import story_text
        issue = self.session.issue
        if issue is None or not self.pane.item_ids():
            return
        items = [it for it in (issue.item(i) for i in self.pane.item_ids()) if it]
        cursor = self.pane.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n") if cursor.hasSelection() \
            else story_text(items)
        QGuiApplication.clipboard().setText(cited(text, issue, items))
        self.shell.show_status(self.tr("Copied with citation."), 3000)

    def scroll_screen(self, direction: int) -> None:
        """Space: a screen down, or the next article at the end; Shift+Space: a screen up."""
        if direction > 0 and self.pane.at_end():
            self.session.next_article()
        elif direction < 0 and self.pane.at_start():
            self.session.previous_article()
        else:
            self.pane.page_step(direction)

    def scroll_to_start(self) -> None:
        self.pane.set_scroll_value(0)

    def scroll_to_end(self) -> None:
        self.pane.set_scroll_value(self.pane.verticalScrollBar().maximum())

    # ---- status and memory
    def status_text(self) -> str:
        """paper · date · 第N版 · 第i篇/共n篇"""
        issue = self.session.issue
        if issue is None:
            return ""
        parts = [x for x in (issue.paper, issue_date_text(issue.date)) if x]
        page = self.page_on_screen()
        if page is not None:
            parts.append(self.tr("Page {page}").format(page=page))
        i, n = self.session.article_position()
        if n:
            parts.append(self.tr("Article {i} of {n}").format(i=i or "–", n=n))
        return " · ".join(parts)

    def page_on_screen(self) -> int | None:
        """The page of the part of the story the reader is in: the article's as it is shown (a later part is
        shown at its seam); once the reader scrolls, the last part whose seam is in the upper half of the
        view or above it."""
        issue = self.session.issue
        if issue is None:
            return None
        item_id = self.session.current_item_id
        item = issue.item(item_id) if item_id else None
        ids = self.pane.item_ids()
        if item is None or item_id not in ids or len(ids) < 2 or not self._page_by_scroll:
            return item.page if item is not None else None
        doc = self.pane.document()
        layout = doc.documentLayout()
        top = self.pane.scroll_value() + self.pane.viewport_size().height() / 2
        page = item.page
        for part_id in ids:
            start = self.pane.layout_map.part_starts.get(part_id)
            part = issue.item(part_id)
            if start is None or part is None:
                continue
            if layout.blockBoundingRect(doc.findBlock(start)).top() > top:
                break
            page = part.page
        return page

    def _update_status(self) -> None:
        self.position_label.setText(self.status_text())

    def _on_item_changed(self, _item_id: str) -> None:
        self._page_by_scroll = False
        self._update_status()
        if not self.defer_sidebar:       # (a deferred start remembers it after the first paint)
            self.remember_position()

    def _on_scrolled(self, _value: int) -> None:
        self._page_by_scroll = True
        self._update_status()
        if self.pane.at_end():
            self.navigation.story_read_to_end()

    def _say_edge(self, edge: str) -> None:
        """J, K, ] or [ at either end of the issue, or no unread article left: said in the status bar."""
        words = {"last-article": self.tr("This is the last article of the issue."),
                 "first-article": self.tr("This is the first article of the issue."),
                 "last-page": self.tr("This is the last page of the issue."),
                 "first-page": self.tr("This is the first page of the issue."),
                 "all-read": self.tr("Every article of this issue has been read.")}
        self.shell.show_status(words.get(edge, ""), 4000)

    def _show_read(self) -> None:
        if self._sidebar is not None:
            self._sidebar.model.set_read(set(self.session.read_marks.read))

    def open_original(self, item_id: str) -> None:
        """Open a photo's original article in the browser (asked by a click on its link; http(s) only)."""
        issue = self.session.issue
        item = issue.item(item_id) if issue is not None else None
        if item is not None and item.link:
            self.open_url(item.link)

    def _update_history(self) -> None:
        self.shell.commands.set_enabled("go.back", bool(self.session.history.back))
        self.shell.commands.set_enabled("go.forward", bool(self.session.history.forward))

    def remember_position(self) -> None:
        """The issue, article and scroll offset on screen, for the next start."""
        if self.session.location:
            self.settings.set_last_position(self.session.location, self.session.current_item_id,
                                            self.pane.scroll_value())

    # ---- for other features (find, the library): the pane through methods
    def shown_item_ids(self) -> list[str]:
        return self.pane.item_ids()

    def scroll_to_part(self, item_id: str) -> None:
        self.pane.scroll_to_part(item_id)

    def mark_hits(self, issue: Issue | None, hits: Sequence[Hit], current: int) -> int:
        """Draw search hits in the pane (current: position of the current one); blocks redrawn now."""
        return self.marks.show(issue, hits, current)

    def hit_span(self, hit: Hit) -> tuple[int, int] | None:
        return self.marks.span(hit)

    def scroll_to_hit(self, hit: Hit) -> None:
        self.marks.scroll_to(hit)

    def draw_marks_now(self) -> int:
        return self.marks.draw_in_view()

    def set_keywords(self, item_id: str, words: list[str]) -> None:
        self.pane.set_keywords(item_id, words)

    def clear_keywords(self) -> None:
        self.pane.keywords.clear()

    def show_hit_counts(self, counts: Mapping[str, int] | None) -> None:
        """Only the headlines with hits, with their counts (None: every headline)."""
        sidebar = self.sidebar
        sidebar.set_hit_counts(counts)
        if self.session.current_item_id:
            sidebar.select_item(self.session.current_item_id)

    def headlines_issue(self) -> Issue | None:
        """The issue the sidebar lists (it may lag the session's a frame at start-up)."""
        return self.sidebar.model.issue

    def pane_text(self) -> PaneText:
        """The pane's text for lookup and read-aloud: words, blocks, marks, selection (made on first use)."""
        if self._pane_text is None:
            from .pane_text import PaneText
            self._pane_text = PaneText(self.pane)
        return self._pane_text

    def print_document(self, whole_issue: bool) -> QTextDocument | None:
        """The story on screen (or every story of the issue) typeset as in the pane, in the light theme,
        each story on new pages; None when nothing is shown."""
        from .themes import THEMES
        from .typeset import story_groups, typeset_stories
        issue, item_id = self.session.issue, self.session.current_item_id
        if issue is None or (item_id is None and not whole_issue):
            return None
        typography = self.appearance.typography()._replace(theme=THEMES["light"])
        return typeset_stories(issue, story_groups(issue, None if whole_issue else item_id), typography)

    def focus_pane(self) -> None:
        from PySide6.QtCore import Qt
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def scroll_fraction(self) -> float:
        """How far down the story on screen the reader is (0…1)."""
        bar = self.pane.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.pane.verticalScrollBar()
        bar.setValue(int(round(fraction * bar.maximum())))


def _open_in_browser(address: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    url = QUrl(address)
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
