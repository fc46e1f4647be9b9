"""Builders of e-paper feeds and article HTML in the layouts the importer reads, for tests."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).parent / "fixtures" / "epaper"


def article_html(title: str, body: str, sec: str = "", page: int = 1, kicker: str = "") -> str:
    """Article HTML with h3/h1/h2 headings, a p.sec line and the body between enpcontent markers."""
    return (f'<div class="article"><h3><p> {kicker} </p></h3><h1><p> {title} </p></h1><h2></h2>'
            f'<p class="sec"> {sec} <span class="date">《测试报》（<span class="newstime">2026年03月05日</span>'
            f' 第 {page:02d} 版）</span></p><div id="ozoom"><!--enpcontent-->{body}<!--/enpcontent--></div></div>')


def weekly_html(title: str, body: str, author: str = "", page: int = 1, kicker: str = "",
                subtitle: str = "", paper: str = "理论周报") -> str:
    """Article HTML with h3.headline / h1 / h3.subtitle, two p.datesource lines and <cms-content>."""
    return (f'<div class="main-content" id="news_content"><h3 class="headline">{kicker}</h3>'
            f'<h1 style="text-align: center;">{title}</h1><h3 class="subtitle">{subtitle}</h3>'
            f'<p class="datesource">{author} 字数: <text id="wordcount">{len(body)}字</text></p>'
            f'<p class="datesource">   《 {paper} 》（ 2026年03月06日  第 {page:02d} 版 ） </p>'
            f'<cms-content id="content">{body}</cms-content></div>')


def table_html(title: str, lines: list[str], kicker: str = "", subtitle: str = "",
               date: str = "2026-03-05", source: str = "江城电讯 要闻") -> str:
    """An old table page: rows sized by font, a date and source row, the body as <br/>-separated lines."""
    def row(text: str, size: int, bold: bool = False) -> str:
        font = f'<font style="FONT-SIZE: {size}px">{text}</font>'
        return f'<tr><td align="center"><div align="center">{f"<strong>{font}</strong>" if bold else font}</div></td></tr>'
    return ('<div class="contenttext" id="contenttext"><table><tbody>' + row(kicker, 18) + row(title, 23, True)
            + row(subtitle, 18) + '<tr><td><hr size="1"/></td></tr>'
            + f'<tr><td align="center">（ {date} ） 稿件来源：{source}</td></tr></tbody></table>'
            + "<div>" + "<br/>".join(f"　　{line}" for line in lines) + "</div></div>")


def feed_text(*items: tuple[str, str], channel: str = "测试报 - 每日全文订阅", encoding: str = "UTF-8",
              link: str = "") -> str:
    """An RSS 2.0 feed of (item title, description HTML) pairs, descriptions escaped as the real feeds have them."""
    entries = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description></item>\n"
                      for t, d in items)
    return (f"<?xml version='1.0' encoding='{encoding}'?>\n<rss version=\"2.0\"><channel>"
            f"<title>{escape(channel)}</title><link>{escape(link)}</link>\n{entries}</channel></rss>\n")


def write(folder: Path, text: str, name: str = "feed.xml", encoding: str = "utf-8") -> Path:
    """Write text to folder/name in the encoding; the path."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path
