"""Back and forward after following a link, as in a browser."""

from __future__ import annotations

from typing import NamedTuple


class Position(NamedTuple):
    """A place to come back to: an article and how far down it was scrolled (a NamedTuple and a plain
    class below: a dataclass compiles its methods as it is made, and the window makes these before its
    first paint)."""

    item_id: str
    scroll: int


class History:
    """Back and forward stacks."""

    def __init__(self) -> None:
        self.back: list[Position] = []
        self.forward: list[Position] = []

    def push(self, here: Position) -> None:
        """Remember here before following a link (forward history is dropped)."""
        self.back.append(here)
        self.forward.clear()

    def go_back(self, here: Position) -> Position | None:
        """Where Back leads from here (None: nowhere); here becomes Forward's target."""
        if not self.back:
            return None
        self.forward.append(here)
        return self.back.pop()

    def go_forward(self, here: Position) -> Position | None:
        """Where Forward leads from here (None: nowhere)."""
        if not self.forward:
            return None
        self.back.append(here)
        return self.forward.pop()

    def clear(self) -> None:
        self.back.clear()
        self.forward.clear()
