"""Photos' images and original-article links as the importers read them (reader.core.addresses)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.addresses import local_image, web_link
from reader.core.formats.pages.layout import parse_page
from reader.core.loading import open_issue
from reader.core.serialize import issue_from_data, issue_to_data

pytestmark = pytest.mark.core


def test_a_page_extractions_image_before_its_caption_is_the_photos_image(tmp_path: Path) -> None:
    page = tmp_path / "03.md"
    text = "## 春耕忙\n\n![](images/%E5%9B%BE1.jpg)\n\n农民在田间作业。 记者 柯玉栋 摄\n"
    photo = parse_page(text, str(page)).items[0]
    assert photo.kind == "photo"
    assert photo.image == str(tmp_path / "images" / "图1.jpg")
    assert [b.text for b in photo.blocks] == ["农民在田间作业。"]


def test_an_image_inside_the_caption_paragraph_counts_and_its_alt_text_stays_text(tmp_path: Path) -> None:
    text = "## 题\n\n正文一段。\n\n![夜景](night.png)图为夜景。\n记者 王明 摄\n"
    items = parse_page(text, str(tmp_path / "a.md")).items
    photo = next(it for it in items if it.kind == "photo")
    assert photo.image == str(tmp_path / "night.png")
    assert "夜景" in photo.blocks[0].text


def test_an_image_before_plain_text_or_on_the_network_is_no_photos_image(tmp_path: Path) -> None:
    text = ("## 甲\n\n![](logo.png)\n\n正文一段。\n\n"
            "## 乙\n\n![](https://example.com/p.jpg)\n\n图为远景。 记者 王明 摄\n")
    items = parse_page(text, str(tmp_path / "a.md")).items
    assert [it.image for it in items] == [None, None]
    assert items[0].blocks[0].text == "正文一段。"


def test_an_article_files_image_path_is_read_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "一版").mkdir()
    (tmp_path / "一版" / "01-图.md").write_text(
        "---\ntitle: 图片新闻\nimage: pics/a.jpg\nlink: https://example.com/a.html\ndate: 2026-07-13\n---\n"
        "游客在公园赏花。\n", encoding="utf-8")
    (tmp_path / "一版" / "02-文.md").write_text(
        "---\ntitle: 文章\nimage: false\nurl: javascript:alert(1)\n---\n正文一段。\n", encoding="utf-8")
    issue = open_issue(tmp_path)
    photo, article = list(issue.items())
    assert (photo.kind, photo.image, photo.link) == (
        "photo", str(tmp_path / "一版" / "pics" / "a.jpg"), "https://example.com/a.html")
    assert (article.kind, article.image, article.link) == ("article", None, None)


def test_a_feed_items_link_is_kept_and_only_when_it_is_a_web_address(tmp_path: Path) -> None:
    body = ('&lt;div class="article"&gt;&lt;h1&gt;{t}&lt;/h1&gt;&lt;div id="ozoom"&gt;&lt;!--enpcontent--&gt;'
            '&lt;p&gt;正文一段。&lt;/p&gt;&lt;!--/enpcontent--&gt;&lt;/div&gt;&lt;/div&gt;')
    feed = tmp_path / "f.xml"
    feed.write_text(
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>报</title>"
        f"<item><title>[01版：要闻] 甲</title><link>https://paper.example.cn/a.html</link>"
        f"<description>{body.format(t='甲')}</description></item>"
        f"<item><title>[01版：要闻] 乙</title><link>file:///etc/passwd</link>"
        f"<description>{body.format(t='乙')}</description></item>"
        "</channel></rss>", encoding="utf-8")
    first, second = open_issue(feed).items()
    assert first.link == "https://paper.example.cn/a.html"
    assert second.link is None


def test_image_and_link_survive_storage(tmp_path: Path) -> None:
    text = "## 春耕忙\n\n![](a.jpg)\n\n农民在田间作业。 记者 柯玉栋 摄\n"
    (tmp_path / "01.md").write_text(text, encoding="utf-8")
    issue = open_issue(tmp_path)
    next(issue.items()).link = "https://example.com/x"
    again = issue_from_data(issue_to_data(issue))
    photo = next(again.items())
    assert (photo.image, photo.link) == (str(tmp_path / "a.jpg"), "https://example.com/x")


@pytest.mark.parametrize("address", ["http://x/y.jpg", "data:image/png;base64,AAAA", "file:///etc/x.png",
                                     "", "   ", "mailto:a@b"])
def test_addresses_with_a_scheme_name_no_local_image(address: str) -> None:
    assert local_image(address, "/tmp/a.md") is None


@given(st.text(max_size=80))
def test_no_address_crashes_the_readers_and_a_local_image_is_absolute(address: str) -> None:
    found = local_image(address, "/tmp/issue/a.md")
    assert found is None or Path(found).is_absolute()
    link = web_link(address)
    assert link is None or link.lower().startswith(("http://", "https://"))

