"""The bundled sample issue (resources/sample, 《江川日报》) opens with the structure it was written to have."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

from reader.core.loading import detect_format, open_issue
from reader.core.model import Issue, Item
from reader.core.serialize import issue_from_data, issue_to_data

pytestmark = pytest.mark.core


@pytest.fixture(scope="module")
def sample() -> Issue:
    with resources.as_file(resources.files("resources") / "sample") as folder:
        return open_issue(Path(folder))


def titled(issue: Issue, page: int, title: str) -> Item:
    found = [it for it in issue.items() if it.page == page and it.title == title]
    assert len(found) == 1, [(it.page, it.title) for it in issue.items()]
    return found[0]


def test_masthead_and_pages(sample: Issue) -> None:
    assert sample.format == "pages-md"
    assert (sample.paper, sample.date) == ("江川日报", dt.date(2026, 3, 2))
    assert [(p.number, p.name) for p in sample.pages] == [(1, "要闻"), (2, "经济"), (3, "城市"), (4, "民生")]
    assert all(4 <= len(p.items) <= 6 for p in sample.pages)


def test_jumps_one_to_three_and_one_to_four(sample: Issue) -> None:
    lead = titled(sample, 1, "江川市出台二十条措施支持民营经济发展")
    park = titled(sample, 1, "望湖新区：老厂房变身“科创客厅”")
    assert (lead.continues_to, park.continues_to) == (3, 4)
    rest3 = titled(sample, 3, "江川市出台二十条措施支持民营经济发展")
    rest4 = titled(sample, 4, "望湖新区：老厂房变身“科创客厅”")  # printed under a shortened headline
    assert (rest3.continued_from, rest4.continued_from) == (1, 1)
    assert sorted(s.parts for s in sample.stories) == [[lead.id, rest3.id], [park.id, rest4.id]]
    assert rest3.blocks[0].text.startswith("在政务服务方面") and rest4.blocks[0].text.startswith("人才来了")
    text = "".join(b.text for it in sample.items() for b in it.blocks)
    assert "转3版" not in text and "下转第四版" not in text and "上接" not in text


def test_photos_with_credits(sample: Issue) -> None:
    photos = [it for it in sample.items() if it.kind == "photo"]
    assert len(photos) >= 2
    assert {p.page for p in photos} == {1, 2, 3, 4}
    for p in photos:
        assert [b.kind for b in p.blocks] == ["caption"] and p.byline and p.byline_text
    assert [p.byline for p in photos if p.page == 2] == [["青石县融媒体中心"]]


def test_crossheads_subtitles_and_bylines(sample: Issue) -> None:
    park = titled(sample, 1, "望湖新区：老厂房变身“科创客厅”")
    assert [b.text for b in park.blocks if b.kind == "heading"] == ["老厂房里长出新产业", "配套服务跟上来"]
    assert park.byline == ["苏明远", "吴佳宁"]
    tea = titled(sample, 2, "小茶叶做成大产业")
    assert tea.subtitle == "——青石县茶产业发展调查" and len([b for b in tea.blocks if b.kind == "heading"]) == 2
    power = titled(sample, 2, "前两月全市工业用电量同比增长9.6%")
    assert power.dateline == "本报讯" and power.byline == ["方志远", "梁思远"]


def test_commentary_author_is_the_byline(sample: Issue) -> None:
    comment = titled(sample, 1, "奋斗者的春天")
    assert comment.byline == ["周岚"]
    assert comment.blocks[0].text.startswith("春天是播种的季节")
    assert not any(b.text == "周岚" for b in comment.blocks)


def test_column_breaks_rejoined(sample: Issue) -> None:
    text = [b.text for it in sample.items() for b in it.blocks]
    for joined in ("重点投向科技型中小企业和“专精特新”企业。", "向前奔跑的力量。", "进一步提升电网供电能力。",
                   "确保各项政策落地见效。", "“中央厨房+送餐上门”服务"):
        assert sum(joined in t for t in text) == 1, joined


def test_clean_issue_apart_from_the_qr_labels(sample: Issue) -> None:
    assert [w.code for w in sample.warnings] == ["noise"]
    assert all(it.complete for it in sample.items())


def test_detected_as_page_extraction_and_round_trips(sample: Issue) -> None:
    with resources.as_file(resources.files("resources") / "sample") as folder:
        assert detect_format(Path(folder)) == "pages-md"
    assert issue_to_data(issue_from_data(issue_to_data(sample))) == issue_to_data(sample)
