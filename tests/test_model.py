"""The issue model's value behaviour: what a dataclass gave it (fields, defaults, ==, repr, hashing of
SourceRef alone), kept now that its classes are plain ones with slots, and pickling (parse workers send
issues to the reader as pickles)."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from reader.core.model import Block, Issue, IssueWarning, Item, Page, SourceRef, Story
from reader.core.serialize import issue_from_data, issue_to_data


def _issue() -> Issue:
    source = SourceRef("01.md", 3)
    first = Item("p1-1", title="头条", byline=["赵兵"], blocks=[Block("paragraph", "正文", source)],
                 continues_to=3, source=source)
    later = Item("p3-1", page=3, title="头条", continued_from=1, blocks=[Block("paragraph", "续")])
    issue = Issue("pages-md", "江川日报", dt.date(2026, 3, 2),
                  [Page(1, "要闻", ["李明"], [first]), Page(3, items=[later])],
                  [Story("s1", ["p1-1", "p3-1"])], source="sample")
    issue.warn("truncated", "text stops", page=3, item="p3-1", params={"page": 3})
    return issue


def test_defaults_are_the_dataclass_defaults_and_each_object_has_its_own_lists() -> None:
    a, b = Item("p1-1"), Item("p1-2")
    assert (a.kind, a.page, a.complete, a.title, a.byline, a.blocks, a.cross_refs) == ("article", 1, True, None,
                                                                                      [], [], [])
    a.byline.append("赵兵")
    a.blocks.append(Block("paragraph", "x"))
    assert b.byline == [] and b.blocks == []
    assert Page(1).items is not Page(2).items and Issue("x").pages is not Issue("y").pages
    assert IssueWarning("c", "m").params == {} and Issue("x").warnings == []


def test_equality_is_field_by_field_and_only_within_a_class() -> None:
    assert _issue() == _issue()
    changed = _issue()
    changed.pages[1].items[0].blocks[0].text = "另"
    assert changed != _issue()
    assert Block("paragraph", "x") != Block("heading", "x")
    assert Story("s1", ["a"]) != ("s1", ["a"])
    assert Page(1) != Issue("x")


def test_the_item_index_is_neither_compared_nor_shown() -> None:
    used, fresh = _issue(), _issue()
    assert used.item("p3-1") is not None        # fills its index of items by id
    assert used == fresh
    assert repr(used) == repr(fresh) and "_ids" not in repr(used)


def test_repr_names_every_field_in_order_as_a_dataclass_did() -> None:
    assert repr(SourceRef("01.md")) == "SourceRef(file='01.md', line=None)"
    assert repr(Block("caption", "图", SourceRef("a", 2))) == \
        "Block(kind='caption', text='图', source=SourceRef(file='a', line=2))"
    assert repr(Story("s1", ["p1-1"])) == "Story(id='s1', parts=['p1-1'])"
    assert repr(Item("p1-1")).startswith("Item(id='p1-1', kind='article', page=1, kicker=None, title=None,")
    assert repr(Item("p1-1")).endswith("source=None, image=None, link=None)")
    assert repr(Issue("x")) == "Issue(format='x', paper=None, date=None, pages=[], stories=[], warnings=[], " \
                               "source=None)"


def test_a_source_ref_is_an_immutable_hashable_value_and_the_rest_are_unhashable() -> None:
    ref = SourceRef("01.md", 3)
    assert hash(ref) == hash(SourceRef("01.md", 3)) and len({ref, SourceRef("01.md", 3)}) == 1
    with pytest.raises(AttributeError):
        ref.line = 4  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del ref.file
    assert ref.line == 3
    for value in (Block("paragraph", "x"), Item("p1-1"), Page(1), Story("s", []), IssueWarning("c", "m"), Issue("x")):
        with pytest.raises(TypeError):
            hash(value)


def test_the_classes_keep_no_attributes_beside_their_fields() -> None:
    with pytest.raises(AttributeError):
        Item("p1-1").headline = "typo"  # type: ignore[attr-defined]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_an_issue_survives_pickling_and_copying(protocol: int) -> None:
    issue = _issue()
    again = pickle.loads(pickle.dumps(issue, protocol=protocol))
    assert again == issue and again is not issue
    assert again.item("p3-1") == issue.item("p3-1")
    assert again.pages[0].items[0].source == SourceRef("01.md", 3)
    assert copy.deepcopy(issue) == issue and copy.copy(SourceRef("a", 1)) == SourceRef("a", 1)


def test_the_stored_form_gives_an_equal_issue() -> None:
    issue = _issue()
    assert issue_from_data(issue_to_data(issue)) == issue
