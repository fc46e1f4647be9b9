"""The command table: every command of the reader as data, declared by the feature it belongs to.

A Command names its id, its text (translated in the "Commands" context), its keys, where it goes in
the menus ("menu/section"), and its target: "feature.method" (with args), resolved when it runs
through the provider the feature registered (`provide`), so a command's keys work before its feature
is built. Submenus are data too, filled when they open. The table itself is Qt-free: QActions are
made from it by shell/menus.py (after the first paint), and the F1 list is written from it.

Keys are text: "Ctrl+Shift+O", "J", or a platform's standard key as "std:Find" (QKeySequence.StandardKey).
"""

from __future__ import annotations

from typing import Callable, Iterable, NamedTuple


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark source for translation in context (lupdate reads the call); returns it as it is.
    PySide's own is typed as returning object."""
    return source


CONTEXT = "Commands"          # the translation context of command and submenu texts


class Command(NamedTuple):
    """One thing the reader can do from a menu or a key (a NamedTuple, not a frozen dataclass: about
    60 commands are declared before the first paint, and a dataclass compiles its methods as it is made)."""

    id: str
    text: str
    target: str                       # "feature.method"
    args: tuple[object, ...] = ()
    keys: tuple[str, ...] = ()
    menu: str = ""                    # "file/open" (menu or submenu id / section); "" for keys only
    checkable: bool = False
    group: str = ""                   # an exclusive group (one checked at a time)
    tip: str = ""                     # a tooltip (translated in CONTEXT)


class Submenu(NamedTuple):
    """A menu inside a menu section: static (commands name its id as their menu) or filled as it opens."""

    id: str
    title: str
    menu: str                         # where it goes: "file/open"
    fill: str = ""                    # "feature.method" called with the QMenu before it shows


Entry = Command | Submenu


class CommandTable:
    """The commands and submenus of the reader, the features that carry them out, and their state."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.providers: dict[str, Callable[[], object]] = {}
        self.enabled: dict[str, bool] = {}
        self.checked: dict[str, bool] = {}
        self._listeners: list[Callable[[list[Entry]], None]] = []
        self._state_listeners: list[Callable[[str], None]] = []

    # ---- declaring
    def add(self, entries: Iterable[Entry]) -> None:
        """Add a feature's commands and submenus (in the order they appear in their menu sections)."""
        added = list(entries)
        for entry in added:
            if entry.id in self.entries:
                raise ValueError(f"command {entry.id!r} declared twice")
            self.entries[entry.id] = entry
        for listener in self._listeners:
            listener(added)

    def provide(self, feature: str, provider: Callable[[], object]) -> None:
        """Carry out `feature.…` targets with the object provider() returns (built on first use, say)."""
        self.providers[feature] = provider

    def on_added(self, listener: Callable[[list[Entry]], None]) -> None:
        """Call listener with the entries of every later add() (the menus make their actions)."""
        self._listeners.append(listener)

    def on_state(self, listener: Callable[[str], None]) -> None:
        """Call listener with a command's id when its enabled or checked state changes."""
        self._state_listeners.append(listener)

    # ---- running
    def resolve(self, target: str) -> Callable[..., object] | None:
        """The bound method a target names, or None when its feature is not provided."""
        feature, _, method = target.partition(".")
        provider = self.providers.get(feature)
        return getattr(provider(), method) if provider is not None else None

    def run(self, command_id: str, *args: object) -> bool:
        """Carry out a command (with its own args, then these); False when its feature is not there."""
        entry = self.entries.get(command_id)
        if not isinstance(entry, Command) or not self.enabled.get(command_id, True):
            return False
        fn = self.resolve(entry.target)
        if fn is None:
            return False
        fn(*entry.args, *args)
        return True

    # ---- state
    def set_enabled(self, command_id: str, on: bool) -> None:
        if self.enabled.get(command_id) != on:
            self.enabled[command_id] = on
            self._changed(command_id)

    def set_checked(self, command_id: str, on: bool) -> None:
        if self.checked.get(command_id) != on:
            self.checked[command_id] = on
            entry = self.entries.get(command_id)
            if on and isinstance(entry, Command) and entry.group:
                for other in self.commands():
                    if other.group == entry.group and other.id != command_id:
                        self.checked[other.id] = False
            self._changed(command_id)

    def is_enabled(self, command_id: str) -> bool:
        return self.enabled.get(command_id, True)

    def is_checked(self, command_id: str) -> bool:
        return self.checked.get(command_id, False)

    def _changed(self, command_id: str) -> None:
        for listener in self._state_listeners:
            listener(command_id)

    # ---- reading
    def commands(self) -> list[Command]:
        return [e for e in self.entries.values() if isinstance(e, Command)]

    def with_keys(self) -> list[Command]:
        """The commands that have keys, in the order declared (for the F1 list)."""
        return [c for c in self.commands() if c.keys]
