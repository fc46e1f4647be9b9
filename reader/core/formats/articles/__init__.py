"""Article files (`articles-md`): one Markdown file an article with YAML front matter, in page folders.

loader (the importer: NAME, sniff, load), layout (which files and page folders; a light sniffer),
frontmatter (YAML read as text), body (paragraphs), parts (jumps kept inside one file). Nothing is
imported here, so the light sniffer in layout does not pull in YAML or markdown-it.
"""
