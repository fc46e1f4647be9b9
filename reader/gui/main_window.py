"""The reader's window: sidebar of pages and headlines, the reading pane, menus, keys and memory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..core.model import Issue
from .article_view import ArticleView
from .citation import cited, story_text
from .fonts import FontChoice, MissingFontBanner, choose_font, installed_families
from .navigation import History, Position, ReadingOrder
from .plain_text import as_written, menu_text, plain_label
from .settings import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE, ReaderSettings
from .story_document import Typography
from .themes import resolve_theme, window_palette
from .workers import IssueLoader, TaskSignals, describe_error, run_in_pool

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QDockWidget

    from .find_controller import FindController
    from .sidebar import IssueSidebar


@dataclass
class PendingOpen:
    """What to show once an issue being opened arrives."""

    item_id: str | None = None
    scroll: int = 0
    fallback: str | None = None    # a path to open instead if this one fails (no dialog)


COMMANDS_AT_THE_LATEST_MS = 300   # commands_after_first_paint: made by then even if no story is painted


class MainWindow(QMainWindow):
    """Pages and headlines on the left, the whole story on the right.

    Extension points for later panels: `add_left_panel()` (a tab beside the sidebar, e.g. a library),
    `add_reader_bar()` (a bar above or below the reading pane, e.g. a find bar), `add_dock()` (a dock,
    e.g. search results), `menus` (file, edit, view, go, help), `register_opener()` (open issues that
    are not paths, e.g. library:ID), `show_item()` / `reveal()`, `run_in_background()`, and the signals
    `issue_loaded` and `current_item_changed`.
    """

    issue_loaded = Signal(object)          # the Issue now on screen
    current_item_changed = Signal(str)     # id of the article selected and shown
    open_failed = Signal(str, str)         # path, message (after the error dialog)

    def __init__(self, settings: ReaderSettings, font_families: list[str] | None = None,
                 theme: str | None = None, commands_after_first_paint: bool = False) -> None:
        """commands_after_first_paint (start-up): the menus' actions and their keys are made just after
        the first story is painted (the menu titles are there at once), see ensure_commands()."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.issue: Issue | None = None
        self.issue_path: str | None = None
        self.current_item_id: str | None = None
        self.history = History()
        self.order: ReadingOrder | None = None
        self._pending = PendingOpen()
        self._openers: dict[str, Callable[[str], Issue]] = {}
        self._tasks: set[TaskSignals] = set()
        self._theme_override = theme
        self._window_dark = False   # whether the application palette is the dark one
        self.font_choice: FontChoice = choose_font(installed_families() if font_families is None else font_families)
        self.font_size = settings.font_size()
        self.loader = IssueLoader(self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_load_failed)

        self._build_widgets()
        self._commands_built = False
        self.theme_actions: dict[str, QAction] = {}
        self._build_menu_bar()
        if commands_after_first_paint:
            self.article.first_story_painted.connect(lambda: QTimer.singleShot(0, self, self.ensure_commands))
            QTimer.singleShot(COMMANDS_AT_THE_LATEST_MS, self, self.ensure_commands)   # no story to paint
        else:
            self.ensure_commands()
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Newspaper Reader"))
        self.apply_theme(theme or settings.theme(), quick=True)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme)
        # the desktop's scheme itself is asked once the first story is on screen (see resolve_theme)
        self.article.first_story_painted.connect(lambda: QTimer.singleShot(0, self, self._on_system_scheme))
        self.restore_layout()
        self._find: FindController | None = None   # built on first use or by defer_find()
        self._sidebar_after_paint = False

    def fill_sidebar_after_first_paint(self) -> None:
        """Start-up: the first issue's headlines go into the sidebar just after its story is painted."""
        self._sidebar_after_paint = True
        self.article.first_story_painted.connect(lambda: QTimer.singleShot(0, self, self._fill_sidebar_late))

    def _fill_sidebar_late(self) -> None:
        sidebar = self.sidebar     # built now if it was not yet
        if self.issue is None or sidebar.model.issue is self.issue:
            return
        sidebar.set_issue(self.issue)
        if self.current_item_id:
            sidebar.select_item(self.current_item_id)

    @property
    def sidebar(self) -> IssueSidebar:
        """The pages and headlines (built on first use: at start-up, just after the first story is painted,
        since its module and widgets cost more than a frame)."""
        if self._sidebar is None:
            from .sidebar import IssueSidebar
            self._sidebar = IssueSidebar()
            self._sidebar.item_selected.connect(lambda item_id: self.show_item(item_id))
            self._sidebar.page_selected.connect(self._on_page_row)
            layout = QVBoxLayout(self._sidebar_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._sidebar)
            if self._sidebar_holder.isVisible():    # in a window on screen: shown and placed now, not a turn later
                self._sidebar.show()
                layout.activate()
        return self._sidebar

    @property
    def find(self) -> FindController:
        """The find bar, results dock, hit highlighting and keywords (built on first use)."""
        if self._find is None:
            from .find_controller import FindController
            self._find = FindController(self)
        return self._find

    def defer_find(self, words_in_background: bool = False) -> None:
        """Build the find bar and its parts just after the first story is painted (start-up);
        words_in_background: then load jieba a moment later, as `FindController.load_words_in_background`."""
        def build() -> None:
            find = self.find
            if words_in_background:
                find.load_words_in_background()
        self.article.first_story_painted.connect(lambda: QTimer.singleShot(0, self, build))

    # ---- building
    def _build_widgets(self) -> None:
        self._sidebar: IssueSidebar | None = None     # built on first use (see the sidebar property)
        self._sidebar_holder = QWidget()
        self._sidebar_holder.setObjectName("sidebarHolder")
        self.left_panels = QTabWidget()
        self.left_panels.setObjectName("leftPanels")
        self.left_panels.setTabBarAutoHide(True)
        self.left_panels.setDocumentMode(True)
        self.left_panels.addTab(self._sidebar_holder, self.tr("Pages"))

        self.article = ArticleView(self._typography(quick=True))
        self.article.page_link_activated.connect(self.follow_page_link)
        self.font_banner: MissingFontBanner | None = None     # only built when a font is missing
        column = QWidget()
        column.setObjectName("readingColumn")
        self._column_layout = QVBoxLayout(column)
        self._column_layout.setContentsMargins(0, 0, 0, 0)
        self._column_layout.setSpacing(0)
        if self.font_choice.missing:
            self.font_banner = MissingFontBanner()
            self._column_layout.addWidget(self.font_banner)
        self._column_layout.addWidget(self.article, 1)

        self.splitter = QSplitter()   # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left_panels)
        self.splitter.addWidget(column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)

        self.position_label = plain_label(QLabel())     # file text (paper, titles) is shown as written
        self.position_label.setObjectName("positionLabel")
        self.notes_label = plain_label(QLabel())
        self.notes_label.setObjectName("notesLabel")
        self.statusBar().addWidget(self.position_label, 1)
        self.statusBar().addPermanentWidget(self.notes_label)

    def _action(self, text: str, slot: Callable[[], Any],
                *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence   # with the commands, after the first paint (start-up)
        action = QAction(self)     # not QAction(text, parent): resolving that overload sets up QIcon (151 enum members)
        action.setText(text)
        sequences: list[QKeySequence] = []
        for key in keys:
            for seq in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                        else [key if isinstance(key, QKeySequence) else QKeySequence.fromString(key)]):
                if not seq.isEmpty() and seq not in sequences:
                    sequences.append(seq)
        if sequences:
            action.setShortcuts(sequences)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)   # shortcuts work wherever focus is in the window
        return action

    def ensure_commands(self) -> None:
        """Make the actions (menu entries and keys) and put them in the menus, once."""
        if self._commands_built:
            return
        self._commands_built = True
        self._build_actions()
        self._fill_menus()
        self._update_history_actions()
        self._fill_recent_menu()
        name = self._theme_name()
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence
        std = QKeySequence.StandardKey
        self.act_open = self._action(self.tr("&Open Issue File…"), self.choose_file, std.Open)
        self.act_open_folder = self._action(self.tr("Open Issue &Folder…"), self.choose_folder,
                                            "Ctrl+Shift+O")
        self.act_clear_recent = self._action(self.tr("&Clear Recent"), self.clear_recent)
        self.act_quit = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.act_copy = self._action(self.tr("&Copy"), self.article.copy, std.Copy)
        self.act_copy_cited = self._action(self.tr("Copy with &Citation"), self.copy_with_citation,
                                           "Ctrl+Shift+C")
        self.article.context_actions = [self.act_copy_cited]
        self.act_larger = self._action(self.tr("&Larger Text"), lambda: self.change_font_size(1),
                                       "Ctrl+=", "Ctrl++", std.ZoomIn)
        self.act_smaller = self._action(self.tr("&Smaller Text"), lambda: self.change_font_size(-1),
                                        "Ctrl+-", std.ZoomOut)
        self.act_actual = self._action(self.tr("&Actual Size"), lambda: self.change_font_size(0), "Ctrl+0")
        self.act_next = self._action(self.tr("&Next Article"), self.next_article, "J", "Down")
        self.act_prev = self._action(self.tr("&Previous Article"), self.previous_article, "K", "Up")
        self.act_next_page = self._action(self.tr("Next P&age"), lambda: self.step_page(1), "]")
        self.act_prev_page = self._action(self.tr("Previous Pa&ge"), lambda: self.step_page(-1), "[")
        self.act_page_down = self._action(self.tr("Scroll &Down"), lambda: self.scroll_screen(1), "Space")
        self.act_page_up = self._action(self.tr("Scroll &Up"), lambda: self.scroll_screen(-1), "Shift+Space")
        self.act_top = self._action(self.tr("Start of Article"), lambda: self.article.set_scroll_value(0), "Home")
        self.act_end = self._action(self.tr("End of Article"),
                                    lambda: self.article.set_scroll_value(self.article.verticalScrollBar().maximum()),
                                    "End")
        self.act_back = self._action(self.tr("&Back"), self.go_back, "Alt+Left", std.Back)
        self.act_forward = self._action(self.tr("&Forward"), self.go_forward, "Alt+Right", std.Forward)
        self.act_keys = self._action(self.tr("&Keyboard Shortcuts"), self.show_keys, "F1")
        self.act_about = self._action(self.tr("&About"), self.show_about)
        # the find bar's actions live here so their keys work before the find bar is built (defer_find)
        self.act_find = self._action(QCoreApplication.translate("FindController", "&Find in Issue…"),
                                     lambda: self.find.open(), std.Find, "/")
        self.act_find_next = self._action(QCoreApplication.translate("FindController", "Find &Next"),
                                          lambda: self.find.next_hit(), "F3")
        self.act_find_previous = self._action(QCoreApplication.translate("FindController", "Find Pre&vious"),
                                              lambda: self.find.previous_hit(), "Shift+F3")
        self.act_find_close = self._action(QCoreApplication.translate("FindController", "Close Find &Bar"),
                                           lambda: self.find.close(), "Esc")
        self.act_find_close.setEnabled(False)

        self.theme_group = QActionGroup(self)
        for name, label in (("system", self.tr("Follow &System")), ("light", self.tr("&Light")),
                            ("sepia", self.tr("S&epia")), ("dark", self.tr("&Dark"))):
            action = QAction(self)
            action.setText(label)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action

    def _build_menu_bar(self) -> None:
        """The menu titles (their entries come with the actions, see ensure_commands)."""
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            "file": bar.addMenu(self.tr("&File")), "edit": bar.addMenu(self.tr("&Edit")),
            "view": bar.addMenu(self.tr("&View")), "go": bar.addMenu(self.tr("&Go")),
            "help": bar.addMenu(self.tr("&Help"))}

    def _fill_menus(self) -> None:
        m = self.menus
        m["file"].addActions([self.act_open, self.act_open_folder])
        self.recent_menu = m["file"].addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m["file"].addSeparator()
        m["file"].addAction(self.act_quit)
        m["edit"].addActions([self.act_copy, self.act_copy_cited])
        m["edit"].addSeparator()
        m["edit"].addActions([self.act_find, self.act_find_next, self.act_find_previous, self.act_find_close])
        m["view"].addActions([self.act_larger, self.act_smaller, self.act_actual])
        theme_menu = m["view"].addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        m["view"].addSeparator()
        m["go"].addActions([self.act_next, self.act_prev, self.act_next_page, self.act_prev_page])
        m["go"].addSeparator()
        m["go"].addActions([self.act_page_down, self.act_page_up, self.act_top, self.act_end])
        m["go"].addSeparator()
        m["go"].addActions([self.act_back, self.act_forward])
        m["help"].addActions([self.act_keys, self.act_about])

    # ---- extension points
    def add_left_panel(self, widget: QWidget, title: str) -> int:
        """Add a panel as a tab beside the sidebar (tabs appear once there are two); returns its index."""
        return self.left_panels.addTab(widget, title)

    def add_reader_bar(self, widget: QWidget, top: bool = True) -> None:
        """Put a bar (e.g. a find bar) above or below the reading pane."""
        index = self._column_layout.indexOf(self.article)
        self._column_layout.insertWidget(index if top else index + 1, widget)

    def add_dock(self, widget: QWidget, title: str, name: str,
                 area: Qt.DockWidgetArea | None = None) -> QDockWidget:
        """Add a dock (e.g. search results) with a toggle in the View menu; name keeps its place saved."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea if area is None else area, dock)
        self.menus["view"].addAction(dock.toggleViewAction())
        state = self.settings.window_state()
        if state is not None:
            self.restoreDockWidget(dock)
        return dock

    def register_opener(self, prefix: str, opener: Callable[[str], Issue]) -> None:
        """Open paths starting with prefix (e.g. 'library:') with opener, on the thread pool."""
        self._openers[prefix] = opener
        self.loader.openers = self._openers

    def run_in_background(self, fn: Callable[..., Any], *args: Any,
                          on_done: Callable[[Any], Any] | None = None,
                          on_failed: Callable[[Any], Any] | None = None) -> TaskSignals:
        """Run fn(*args) off the GUI thread; on_done(result) / on_failed(exception) run on the GUI thread."""
        holder: list[TaskSignals] = []

        def finished(callback: Callable[[Any], Any] | None, value: Any) -> None:
            if holder:
                self._tasks.discard(holder[0])
            if callback is not None:
                callback(value)

        signals = run_in_pool(fn, *args, on_done=lambda r: finished(on_done, r),
                              on_failed=lambda e: finished(on_failed, e))
        holder.append(signals)
        self._tasks.add(signals)
        return signals

    # ---- opening
    def open_path(self, path: str | Path, item_id: str | None = None, scroll: int = 0,
                  fallback: str | None = None) -> None:
        """Start opening an issue off the GUI thread; the issue on screen stays until it arrives."""
        self._pending = PendingOpen(item_id, scroll, fallback)
        self.statusBar().showMessage(self.tr("Opening {path}…").format(path=path))
        self.loader.load(str(path))

    def open_path_now(self, path: str | Path, item_id: str | None = None) -> bool:
        """Open an issue on the GUI thread (for --screenshot); False after showing the error."""
        try:
            issue = self.loader.open_now(str(path))
        except Exception as exc:  # any failure of an importer is shown, not raised
            self._on_load_failed(str(path), describe_error(str(path), exc))
            return False
        self._pending = PendingOpen(item_id)
        self._on_loaded(str(path), issue)
        return True

    def set_issue(self, issue: Issue, path: str, item_id: str | None = None, scroll: int = 0) -> None:
        """Put an issue on screen at an article (default: the first) and remember it."""
        self.issue, self.issue_path = issue, path
        self.history.clear()
        self._update_history_actions()
        self.order = ReadingOrder(issue)
        items = list(issue.items())
        if self._sidebar_after_paint and not self.article.has_painted_story():
            if self._sidebar is not None:
                self._sidebar.set_issue(None)      # filled a frame after the story is on screen
        else:
            self.sidebar.set_issue(issue)
        self._update_title()
        self._update_notes()
        self.settings.add_recent_issue(path)
        self._fill_recent_menu()
        self.issue_loaded.emit(issue)
        target = item_id if item_id and issue.item(item_id) else (self.order.first() or
                                                                  (items[0].id if items else None))
        if target is None:
            self.current_item_id = None
            self.article.show_message(self.tr("This issue has no articles."))
            self._fill_sidebar_late()      # no story will be painted to bring the sidebar: its pages now
            self._update_status()
            return
        self.show_item(target)
        if scroll:
            QTimer.singleShot(0, lambda: self.article.set_scroll_value(scroll))

    def _on_loaded(self, path: str, issue: Issue) -> None:
        pending, self._pending = self._pending, PendingOpen()
        self.statusBar().clearMessage()
        self.set_issue(issue, path, pending.item_id, pending.scroll)

    def _on_load_failed(self, path: str, message: str) -> None:
        pending, self._pending = self._pending, PendingOpen()
        self.statusBar().clearMessage()
        if pending.fallback:
            self.open_path(pending.fallback)
            return
        if self.issue is None:
            self.show_open_hint()
        self.show_error(self.tr("Cannot open this issue"), message)
        self.open_failed.emit(path, message)

    def show_open_hint(self) -> None:
        """Say how to open an issue (the pane while nothing is open)."""
        self.article.show_message(self.tr("Open an issue with File ▸ Open, or drop it on this window."))

    def show_error(self, title: str, message: str) -> None:
        """A warning dialog naming the file and the problem."""
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(self, title, as_written(message))

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Issue File"), self._start_dir(),
            self.tr("Newspaper issues (*.md *.markdown *.txt *.xml *.rss);;All files (*)"))
        if path:
            self.open_path(path)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path = QFileDialog.getExistingDirectory(self, self.tr("Open Issue Folder"), self._start_dir())
        if path:
            self.open_path(path)

    def _start_dir(self) -> str:
        return str(Path(self.issue_path).parent) if self.issue_path else str(Path.home())

    def clear_recent(self) -> None:
        self.settings.clear_recent_issues()
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        if not self._commands_built:
            return
        self.recent_menu.clear()
        recent = self.settings.recent_issues()
        for path in recent:
            action = self.recent_menu.addAction(menu_text(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.act_clear_recent)
        self.act_clear_recent.setEnabled(bool(recent))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if dropped_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        path = dropped_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    # ---- showing and navigating
    def show_item(self, item_id: str, at_part: bool = False) -> bool:
        """Show the whole story of an item and select the item in the sidebar; False if unknown."""
        if self.issue is None or self.issue.item(item_id) is None:
            return False
        if item_id not in self.article.item_ids() or self.article.issue is not self.issue:
            self.article.show_story(self.issue, item_id)
        elif not at_part:
            self.article.set_scroll_value(0)
        if at_part:
            self.article.scroll_to_part(item_id)
        if self._sidebar is not None or not self._sidebar_after_paint:
            self.sidebar.select_item(item_id)
        self.current_item_id = item_id
        self._update_status()
        self._remember_position()
        self.current_item_changed.emit(item_id)
        return True

    def reveal(self, item_id: str, field_name: str, block: int | None = None, offset: int = 0,
               length: int = 0) -> bool:
        """Show an item's story and select a span of one of its fields (e.g. a search hit).

        A field the pane does not show (a later part's repeated headline) scrolls to the part instead;
        returns whether the span itself was selected.
        """
        if not self.show_item(item_id):
            return False
        if self.article.reveal(item_id, field_name, block, offset, length):
            return True
        self.article.scroll_to_part(item_id)
        return False

    def follow_page_link(self, page: int) -> None:
        """Go to a page named by a seam: the story's part there, else the page's first article."""
        if self.issue is None or self.issue.page(page) is None:
            return
        self._push_history()
        parts = [i for i in self.article.item_ids() if (it := self.issue.item(i)) and it.page == page]
        if parts:
            self.show_item(parts[0], at_part=True)
            return
        page_obj = self.issue.page(page)
        if page_obj is not None and page_obj.items:
            self.show_item(page_obj.items[0].id)
        else:
            self.sidebar.select_page(page)

    def go_back(self) -> None:
        """Return to where the reader was before following a link."""
        if self.current_item_id:
            self._go_to(self.history.go_back(Position(self.current_item_id, self.article.scroll_value())))

    def go_forward(self) -> None:
        if self.current_item_id:
            self._go_to(self.history.go_forward(Position(self.current_item_id, self.article.scroll_value())))

    def next_article(self) -> None:
        """The next article in printed order (skipping repeated copies and later parts of stories)."""
        target = self.order.next_after(self.current_item_id) if self.order else None
        if target:
            self.show_item(target)

    def previous_article(self) -> None:
        target = self.order.previous_before(self.current_item_id) if self.order else None
        if target:
            self.show_item(target)

    def step_page(self, direction: int) -> None:
        """The first article of the previous (-1) or next (1) page that has any."""
        if self.issue is None:
            return
        pages = [p for p in self.issue.pages if p.items]
        current = self.issue.item(self.current_item_id) if self.current_item_id else None
        numbers = [p.number for p in pages]
        if current is None or current.page not in numbers:
            index = 0 if direction > 0 else len(pages) - 1
        else:
            index = numbers.index(current.page) + direction
        if 0 <= index < len(pages):
            self.show_item(pages[index].items[0].id)

    def scroll_screen(self, direction: int) -> None:
        """Space: a screen down, or the next article at the end; Shift+Space: a screen up."""
        if direction > 0 and self.article.at_end():
            self.next_article()
        elif direction < 0 and self.article.at_start():
            self.previous_article()
        else:
            self.article.page_step(direction)

    def article_position(self) -> tuple[int, int]:
        """(i, n): the article on screen is the i-th of n articles of the issue (1-based; 0 when none)."""
        return self.order.position(self.current_item_id) if self.order else (0, 0)

    def _push_history(self) -> None:
        if self.current_item_id:
            self.history.push(Position(self.current_item_id, self.article.scroll_value()))
            self._update_history_actions()

    def _go_to(self, position: Position | None) -> None:
        if position is not None:
            self.show_item(position.item_id)
            self.article.set_scroll_value(position.scroll)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        if not self._commands_built:
            return
        self.act_back.setEnabled(bool(self.history.back))
        self.act_forward.setEnabled(bool(self.history.forward))

    def _on_page_row(self, number: int) -> None:
        """A page row picked in the sidebar: show its first article, keep the page row current."""
        page = self.issue.page(number) if self.issue else None
        if page is None or not page.items:
            return
        self.show_item(page.items[0].id)
        self.sidebar.select_page(number)

    # ---- copying
    def copy_with_citation(self) -> None:
        """Put the selection (or the whole story) on the clipboard with 《paper》date 第N版."""
        if self.issue is None or not self.article.item_ids():
            return
        items = [it for it in (self.issue.item(i) for i in self.article.item_ids()) if it]
        cursor = self.article.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n") if cursor.hasSelection() \
            else story_text(items)
        QGuiApplication.clipboard().setText(cited(text, self.issue, items))
        self.statusBar().showMessage(self.tr("Copied with citation."), 3000)

    # ---- type and themes
    def _typography(self, quick: bool = False) -> Typography:
        theme = resolve_theme(self._theme_name(), quick)
        return Typography(self.font_choice.family, float(self.font_size), theme)

    def _theme_name(self) -> str:
        return self._theme_override or self.settings.theme()

    def change_font_size(self, step: int) -> None:
        """Larger (1), smaller (-1) or default (0) body text."""
        size = DEFAULT_FONT_SIZE if step == 0 else self.font_size + step
        self.font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, size))
        self.settings.set_font_size(self.font_size)
        self.article.set_typography(self._typography())

    def set_theme(self, name: str) -> None:
        """Switch to a theme (system, light, sepia, dark) and remember it."""
        self._theme_override = None
        self.settings.set_theme(name)
        self.apply_theme(name)

    def apply_theme(self, name: str, quick: bool = False) -> None:
        """Colour the window and the reading pane for a theme name (quick: see resolve_theme)."""
        theme = resolve_theme(name, quick)
        app = QApplication.instance()
        palette_changed = False
        if isinstance(app, QApplication) and theme.dark != self._window_dark:
            app.setPalette(window_palette(theme, app.style().standardPalette()))
            self._window_dark = theme.dark
            palette_changed = True
        if name in self.theme_actions:
            self.theme_actions[name].setChecked(True)
        typography = Typography(self.font_choice.family, float(self.font_size), theme)
        if typography != self.article.typography or palette_changed:   # the pane was built with it: not twice
            self.article.set_typography(typography)

    def _on_system_scheme(self, *_args: object) -> None:
        if self._theme_name() == "system":
            self.apply_theme("system")

    # ---- status and memory
    def _update_title(self) -> None:
        if self.issue is None:
            return
        label = " ".join(x for x in (self.issue.paper, self.format_date()) if x)
        self.setWindowTitle(self.tr("{issue} — Newspaper Reader").format(issue=label or self.issue_path))

    def format_date(self) -> str:
        """The issue's date as the UI language writes it, or ''."""
        d = self.issue.date if self.issue else None
        return self.tr("{month}/{day}/{year}").format(year=d.year, month=d.month, day=d.day) if d else ""

    def status_text(self) -> str:
        """paper · date · 第N版 · 第i篇/共n篇"""
        if self.issue is None:
            return ""
        parts = [x for x in (self.issue.paper, self.format_date()) if x]
        item = self.issue.item(self.current_item_id) if self.current_item_id else None
        if item is not None:
            parts.append(self.tr("Page {page}").format(page=item.page))
        i, n = self.article_position()
        if n:
            parts.append(self.tr("Article {i} of {n}").format(i=i or "–", n=n))
        return " · ".join(parts)

    def _update_status(self) -> None:
        self.position_label.setText(self.status_text())

    def _update_notes(self) -> None:
        warnings = self.issue.warnings if self.issue else []
        self.notes_label.setText(self.tr("Notes on this issue: {n}").format(n=len(warnings)) if warnings else "")
        self.notes_label.setToolTip(as_written("\n".join(w.message for w in warnings[:30])))

    def _remember_position(self) -> None:
        if self.issue_path:
            self.settings.set_last_position(self.issue_path, self.current_item_id, self.article.scroll_value())

    def restore_layout(self) -> None:
        """Geometry, docks and splitter as they were."""
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        """Remember geometry, docks, splitter and the reading position."""
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        from PySide6.QtCore import QByteArray
        self.settings.set_splitter_state(QByteArray(self.splitter.saveState()))
        self._remember_position()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_layout()
        super().closeEvent(event)

    # ---- help
    def show_keys(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.information(self, self.tr("Keyboard Shortcuts"), self.tr(
            "J or ↓: next article\nK or ↑: previous article\n] and [: next and previous page\n"
            "Space / Shift+Space: scroll a screen down / up\nHome / End: start / end of the article\n"
            "Alt+← / Alt+→: back / forward after following a page link\n"
            "Ctrl+= / Ctrl+- / Ctrl+0: larger / smaller / default text\n"
            "Ctrl+Shift+C: copy with citation\n"
            "Ctrl+F or /: find in the issue; Enter or F3 / Shift+Enter or Shift+F3: next / previous hit; "
            "Esc: close the find bar\n"
            "Ctrl+I: import into the library\nCtrl+Shift+F: search the library\n"
            "Ctrl+D: bookmark the article"))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, self.tr("About Newspaper Reader"), self.tr(
            "Newspaper Reader: read Chinese newspaper issues as text, page by page, "
            "with stories followed across pages."))


def dropped_path(mime: QMimeData) -> str | None:
    """The first local file or folder in dropped data."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            return url.toLocalFile()
    return None
