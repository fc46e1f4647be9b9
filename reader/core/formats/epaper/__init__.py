"""E-paper article HTML, read by its layout: feeds of it (feed.py) and saved article pages (saved_pages.py).

article.py reads one article's HTML (headings or a header table, header lines, body blocks);
assemble.py puts an issue together from the articles (copies, printed parts, warnings).
"""
