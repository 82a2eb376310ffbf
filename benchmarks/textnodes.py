"""Text-node dumps: every text node of a page on a line of its own, as a scraper that calls
BeautifulSoup's ``get_text("\\n", strip=True)`` writes them (no blank lines; a link or an
emphasis inside a sentence is a line of its own).

``python benchmarks/quality.py DATASET --input textnodes`` scores `cleaner.clean` on such dumps,
made from the dataset's pages (needs the ``html`` extra, for selectolax).

>>> text_nodes("<p>Da der <a href=x>Darm</a> und die Psyche</p><script>x=1</script><p> Ende. </p>")
'Da der\\nDarm\\nund die Psyche\\nEnde.'
"""

from __future__ import annotations

# Elements whose text no reader sees (get_text would print a script's code; scrapers drop it).
HIDDEN = ("script", "style", "noscript", "template")


def text_nodes(html: str) -> str:
    """The stripped, non-empty text nodes of `html`'s body (or of the whole page), one a line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(list(HIDDEN))
    root = tree.body or tree.root
    if root is None:
        return ""
    pieces = (node.text_content for node in root.traverse(include_text=True) if node.tag == "-text")
    return "\n".join(piece.strip() for piece in pieces if piece and piece.strip())
