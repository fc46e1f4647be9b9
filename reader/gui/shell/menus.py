"""The menu bar and the actions made from the command table.

The menu titles are made with the window (they show in the first frame); their entries are made from
the command table by `build_actions()`, which start-up calls just after the first story is painted
(QAction and QKeySequence are imported then, see startup.py). Commands added later (a feature built
after that) get their actions at once. Sections of a menu are separated by a line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from .commands import CONTEXT, QT_TRANSLATE_NOOP, Command, CommandTable, Entry, Submenu

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QActionGroup, QKeySequence

MENU_CONTEXT = "Menus"
ACCELERATOR = re.compile(r"\(&\w\)|&(?=\w)")     # 退出(&Q), &Quit
# (menu id, title, its sections in order)
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File"), ("open", "library", "print", "quit")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit"), ("copy", "find", "library")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View"), ("layout", "size", "docks")),
    ("go", QT_TRANSLATE_NOOP("Menus", "&Go"), ("articles", "pages", "scroll", "history", "issues", "library")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help"), ("help",)),
)


def _split(where: str) -> tuple[str, str]:
    menu, _, section = where.partition("/")
    return menu, section


class MenuBar:
    """The window's menus, filled from the command table (see the module docstring)."""

    def __init__(self, bar: QMenuBar, window: QWidget, table: CommandTable) -> None:
        self.window = window
        self.table = table
        self.menus: dict[str, QMenu] = {}
        self.sections: dict[str, dict[str, list[QAction | QMenu]]] = {}
        for key, title, sections in MENUS:
            self.menus[key] = bar.addMenu(QCoreApplication.translate(MENU_CONTEXT, title))
            self.sections[key] = {name: [] for name in sections}
        self.submenus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        self.built = False
        table.on_added(lambda entries: self._make(entries) if self.built else None)
        table.on_state(self._apply_state)

    def build_actions(self) -> None:
        """Make the actions of every command declared so far and put them in the menus (once)."""
        if not self.built:
            self.built = True
            self._make(list(self.table.entries.values()))

    def action(self, command_id: str) -> QAction | None:
        """The action of a command (None before the actions are made)."""
        return self.actions.get(command_id)

    def submenu(self, submenu_id: str) -> QMenu | None:
        """A submenu (None before the actions are made)."""
        return self.submenus.get(submenu_id)

    def add_to(self, where: str, action: QAction) -> None:
        """Put an action made elsewhere (a dock's toggle) in a menu section."""
        self._place(where, action)

    # ---- making
    def _make(self, entries: list[Entry]) -> None:
        from PySide6.QtGui import QAction, QActionGroup
        for entry in entries:
            if isinstance(entry, Submenu):
                menu = QMenu(QCoreApplication.translate(CONTEXT, entry.title), self.window)
                menu.setObjectName(entry.id)
                self.submenus[entry.id] = menu
                self.sections.setdefault(entry.id, {})
                if entry.fill:
                    menu.aboutToShow.connect(lambda m=menu, target=entry.fill: self._fill(target, m))
                self._place(entry.menu, menu)
                continue
            action = QAction(self.window)   # not QAction(text, parent): that overload sets up QIcon's enums
            action.setObjectName(entry.id)
            action.setText(QCoreApplication.translate(CONTEXT, entry.text))
            if entry.tip:
                action.setToolTip(QCoreApplication.translate(CONTEXT, entry.tip))
            shortcuts = key_sequences(entry.keys)
            if shortcuts:
                action.setShortcuts(shortcuts)
            action.setCheckable(entry.checkable or bool(entry.group))
            if entry.group:
                group = self.groups.get(entry.group)
                if group is None:
                    group = self.groups[entry.group] = QActionGroup(self.window)
                group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=entry: self._trigger(c))
            self.window.addAction(action)     # its keys work wherever the focus is in the window
            self.actions[entry.id] = action
            self._apply_state(entry.id)
            if entry.menu:
                self._place(entry.menu, action)

    def _trigger(self, command: Command) -> None:
        action = self.actions[command.id]
        if action.isCheckable() and not command.group:
            self.table.checked[command.id] = action.isChecked()
        fn = self.table.resolve(command.target)
        if fn is not None:
            fn(*command.args)

    def _fill(self, target: str, menu: QMenu) -> None:
        fn = self.table.resolve(target)
        if fn is not None:
            fn(menu)

    def _apply_state(self, command_id: str) -> None:
        action = self.actions.get(command_id)
        if action is None:
            return
        action.setEnabled(self.table.is_enabled(command_id))
        if action.isCheckable():
            action.setChecked(self.table.is_checked(command_id))

    def _place(self, where: str, item: QAction | QMenu) -> None:
        menu, section = _split(where)
        sections = self.sections.setdefault(menu, {})
        sections.setdefault(section, []).append(item)
        self._rebuild(menu)

    def _rebuild(self, key: str) -> None:
        menu = self.menus.get(key) or self.submenus.get(key)
        if menu is None:
            return
        for old in menu.actions():     # not menu.clear(): it deletes the actions it shows (a dock's toggle too)
            menu.removeAction(old)
            if old.isSeparator():
                old.deleteLater()
        first = True
        for items in self.sections[key].values():
            if not items:
                continue
            if not first:
                menu.addSeparator()
            first = False
            for item in items:
                if isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)


def key_sequences(keys: tuple[str, ...], first_binding: bool = False) -> list[QKeySequence]:
    """The key sequences of a command's keys (standard keys as the platform binds them; first_binding:
    only the first of those, the one worth naming), each once."""
    from PySide6.QtGui import QKeySequence
    found: list[QKeySequence] = []
    for key in keys:
        if key.startswith("std:"):
            sequences = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key[4:]))
            sequences = sequences[:1] if first_binding else sequences
        else:
            sequences = [QKeySequence.fromString(key)]
        for seq in sequences:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


def keys_help(table: CommandTable, translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """The F1 list: every command that has keys, with its keys as the platform writes them."""
    from PySide6.QtGui import QKeySequence
    lines = []
    for command in table.with_keys():
        keys = " / ".join(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText)
                                        for s in key_sequences(command.keys, first_binding=True)))
        if not keys:        # a standard key this platform does not bind
            continue
        lines.append(f"{keys}: {ACCELERATOR.sub('', translate(CONTEXT, command.text)).rstrip('…')}")
    return "\n".join(lines)
