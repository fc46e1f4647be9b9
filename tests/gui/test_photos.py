"""Photos as photos in the reading pane: a frame with caption and credit, the image from a local file,
else a link to the original article (opened only when clicked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextFrame

from reader.core.model import Block, Issue, Item, Page
from reader.gui.reading.fonts import choose_font, installed_families
from reader.gui.reading.photos import load_photo
from reader.gui.reading.story_document import ORIGINAL_LINK, Typography, write_story
from reader.gui.reading.themes import THEMES

from .test_story_document import anchors

pytestmark = pytest.mark.gui


@pytest.fixture
def typo(qapp) -> Typography:
    return Typography(choose_font(installed_families()).family, 15.0, THEMES["light"])


def photo_issue(image: str | None = None, link: str | None = None) -> Issue:
    photo = Item("p1-1", kind="photo", page=1, title=None, byline=["柯玉栋"], byline_text="记者 柯玉栋 摄",
                 blocks=[Block("caption", "农民在田间作业。")], image=image, link=link)
    article = Item("p1-2", page=1, title="春耕", blocks=[Block("paragraph", "第一段。"),
                                                         Block("caption", "图为无人机作业。"),
                                                         Block("paragraph", "第二段。")])
    return Issue(format="test", paper="测试日报", pages=[Page(1, "要闻", items=[photo, article])])


def frames(doc: QTextDocument) -> list[QTextFrame]:
    return [f for f in doc.rootFrame().childFrames()]


def frame_text(doc: QTextDocument, frame: QTextFrame) -> str:
    return doc.toPlainText()[frame.firstPosition():frame.lastPosition()]


def write_png(path: Path, width: int = 640, height: int = 400) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(path))
    return path


def test_a_photo_is_framed_with_its_caption_and_credit_not_a_headline(typo: Typography) -> None:
    issue = photo_issue()
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p1-1"), typo)
    [frame] = frames(doc)
    inside = frame_text(doc, frame)
    assert "农民在田间作业。" in inside and "记者 柯玉栋 摄" in inside
    credit = layout.position("p1-1", "byline")
    assert credit is not None and frame.firstPosition() <= credit <= frame.lastPosition()
    assert doc.toPlainText().index("农民") < doc.toPlainText().index("记者")    # credit under the caption
    assert anchors(doc) == [] and layout.images == {}


def test_the_image_on_disk_is_shown_in_the_frame_scaled_to_the_column(typo: Typography, tmp_path: Path) -> None:
    png = write_png(tmp_path / "a.png", 4000, 1000)
    issue = photo_issue(str(png), link="https://example.com/a.html")
    doc = QTextDocument()
    layout = write_story(doc, issue, issue.story_items("p1-1"), typo)
    assert layout.images == {"p1-1": str(png)}
    images = [f for f in _char_formats(doc) if f.isImageFormat()]
    assert len(images) == 1
    fmt = images[0].toImageFormat()
    assert 0 < fmt.width() <= typo.em() * 36 + 1 and fmt.height() == pytest.approx(fmt.width() / 4, abs=2)
    assert anchors(doc) == []            # the image is there: no link to the original


def test_without_the_image_the_frame_links_to_the_original_article(typo: Typography, tmp_path: Path) -> None:
    issue = photo_issue(str(tmp_path / "gone.jpg"), link="https://example.com/a.html")
    doc = QTextDocument()
    write_story(doc, issue, issue.story_items("p1-1"), typo)
    [(text, href)] = anchors(doc)
    assert href == f"{ORIGINAL_LINK}:p1-1" and text


def test_a_caption_inside_an_article_is_framed_where_it_stands(typo: Typography) -> None:
    issue = photo_issue()
    doc = QTextDocument()
    write_story(doc, issue, issue.story_items("p1-2"), typo)
    [frame] = frames(doc)
    assert "图为无人机作业。" in frame_text(doc, frame)
    text = doc.toPlainText()
    assert text.index("第一段") < text.index("图为无人机") < text.index("第二段")


def test_files_that_are_no_images_or_too_odd_are_not_read(tmp_path: Path, qapp) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG not really")
    (tmp_path / "dir.png").mkdir()
    for name in ("notes.txt", "broken.png", "dir.png", "absent.png"):
        assert load_photo(str(tmp_path / name), 500) is None
    assert load_photo(None, 500) is None
    image = load_photo(str(write_png(tmp_path / "ok.png", 300, 200)), 500)
    assert image is not None and image.width() == 300          # never scaled up


def test_clicking_the_original_link_asks_to_open_it_and_nothing_else_does(qtbot, typo: Typography) -> None:
    from reader.gui.reading.pane import ArticleView
    pane = ArticleView(typo)
    qtbot.addWidget(pane)
    issue = photo_issue(None, link="https://example.com/a.html")
    pane.show_story(issue, "p1-1")
    asked: list[str] = []
    pane.original_requested.connect(asked.append)
    assert asked == []
    from PySide6.QtCore import QUrl
    pane.anchorClicked.emit(QUrl(f"{ORIGINAL_LINK}:p1-1"))
    assert asked == ["p1-1"]


def _char_formats(doc: QTextDocument):  # type: ignore[no-untyped-def]
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment().charFormat()
            it += 1
        block = block.next()


def test_the_reader_opens_the_original_only_when_its_link_is_clicked(qtbot, reader) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    opened: list[str] = []
    reader.reading.open_url = opened.append
    reader.session.set_issue(photo_issue(None, link="https://example.com/a.html"), "photo-issue")
    assert opened == []                                  # nothing fetched or opened by itself
    reader.reading.pane.anchorClicked.emit(QUrl(f"{ORIGINAL_LINK}:p1-1"))
    assert opened == ["https://example.com/a.html"]
    reader.reading.pane.anchorClicked.emit(QUrl(f"{ORIGINAL_LINK}:p9-9"))    # no such item: nothing
    assert opened == ["https://example.com/a.html"]


def test_a_photo_is_never_wider_than_the_column_even_when_the_pane_narrows(qtbot, typo: Typography,
                                                                        tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.gui.reading.pane import ArticleView
    pane = ArticleView(typo)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    QApplication.processEvents()
    pane.show_story(photo_issue(str(write_png(tmp_path / "wide.png", 3000, 1500))), "p1-1")

    def image_width() -> float:
        return next(f.toImageFormat().width() for f in _char_formats(pane.document()) if f.isImageFormat())

    wide = image_width()
    pane.resize(420, 700)                      # a dock opened beside it, say
    QApplication.processEvents()
    assert image_width() < wide
    assert image_width() <= pane.viewport_size().width() - 2 * 24
    assert pane.horizontalScrollBar().maximum() == 0
