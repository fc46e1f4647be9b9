"""GroupedListModel: the shared two-level index scheme, checked through a toy subclass."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.gui.widgets.grouped_model import GroupedListModel

pytestmark = pytest.mark.gui


class FruitModel(GroupedListModel):
    """Toy model: fruit groups (name, members)."""

    def __init__(self, groups: list[tuple[str, list[str]]]) -> None:
        super().__init__()
        self.groups = groups

    def group_count(self) -> int:
        return len(self.groups)

    def child_count(self, group: int) -> int:
        return len(self.groups[group][1])

    def header_text(self) -> str:
        return "Fruit"

    def group_data(self, row: int, role: int) -> Any:
        return self.groups[row][0] if role == Qt.ItemDataRole.DisplayRole else None

    def child_data(self, group: int, row: int, role: int) -> Any:
        return self.groups[group][1][row] if role == Qt.ItemDataRole.DisplayRole else None


GROUPS = [("citrus", ["lemon", "lime", "orange"]), ("empty", []), ("berry", ["fig"])]


def test_toy_model_passes_modeltester(qtmodeltester) -> None:
    qtmodeltester.check(FruitModel(GROUPS), force_py=True)
    qtmodeltester.check(FruitModel([]), force_py=True)


def test_index_scheme_counts_data_and_flags() -> None:
    model = FruitModel(GROUPS)
    assert model.rowCount() == 3 and model.columnCount() == 1
    assert [model.rowCount(model.index(g, 0)) for g in range(3)] == [3, 0, 1]
    citrus = model.index(0, 0)
    lime = model.index(1, 0, citrus)
    fig = model.index(0, 0, model.index(2, 0))
    assert (citrus.data(), lime.data(), fig.data()) == ("citrus", "lime", "fig")
    assert model.parent(lime) == citrus and not model.parent(citrus).isValid()
    assert model.parent(fig).row() == 2
    assert model.child_position(lime) == (0, 1) and model.child_position(fig) == (2, 0)
    assert model.child_position(citrus) is None and model.child_position(QModelIndex()) is None
    assert model.rowCount(lime) == 0 and not model.index(0, 0, lime).isValid()
    for out_of_range in (model.index(3, 0), model.index(0, 1), model.index(-1, 0), model.index(3, 0, citrus),
                         model.index(0, 0, model.index(1, 0))):
        assert not out_of_range.isValid()
    assert model.flags(lime) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.flags(citrus) & Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(citrus) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Fruit"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(QModelIndex()) is None and lime.data(Qt.ItemDataRole.ToolTipRole) is None


def test_subclass_must_supply_its_counts() -> None:
    with pytest.raises(NotImplementedError):
        GroupedListModel().rowCount()
