"""HTML input: clean_html / explain_html / extract_html / decode_html."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("selectolax")
pytest.importorskip("trafilatura")

import cleaner
from cleaner.html import decode_html, extract_html, prune
from cleaner.htmlvocab import CONCEPTS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def article_page(body: str, *, head: str = '<meta charset="utf-8">') -> str:
    """A page around `body`, with enough article prose for trafilatura to settle on it."""
    prose = "".join(
        f"<p>Paragraph {n} of the report says the council will vote on the new harbour plan "
        f"after the summer, once the engineers have finished their survey of the old quay walls.</p>"
        for n in range(1, 6)
    )
    return f"<!DOCTYPE html><html><head>{head}<title>Harbour plan</title></head><body>" \
           f"<main><article><h1>Council delays vote on harbour plan</h1>{prose}{body}</article></main></body></html>"


# --------------------------------------------------------------------------- keeps the article


@pytest.fixture(scope="module")
def news():
    return cleaner.explain_html(page("news_article.html"))


@pytest.mark.parametrize("kept", [
    "River towns brace for spring floods",                                   # headline
    "Engineers in three river towns are raising temporary barriers",         # lead
    "The river rose by forty centimetres overnight on Tuesday",              # first paragraph
    "What residents should do",                                              # subheading
    "Move valuables and documents to an upper floor.",                      # list
    "Keep sandbags at every outside door.",
    "| Millbrook | 1.2 km | Friday |",                                      # table
    "has opened its sports hall as a shelter",                              # last paragraph
])
def test_news_page_keeps_the_article(news, kept):
    assert kept in news.text


@pytest.mark.parametrize("dropped", [
    "Sport",                          # menu
    "Home › News",                    # breadcrumb
    "Share on Facebook",              # share bar
    "Jane Doe/Valley Courier",        # photo credit
    "Sign up for our newsletter",     # newsletter box
    "Tom Baker covers the environment",  # author box
    "Related stories",                # related box
    "Council approves new pumping station",
    "Bakery on Main Street",          # most read sidebar
    "We use cookies",                 # cookie banner
    "All rights reserved",            # footer
])
def test_news_page_drops_chrome(news, dropped):
    assert dropped not in news.text


def test_explain_html_reports_prepass_removals(news):
    pre = [d for d in news.decisions if d.start == -1]
    rules = {d.rule for d in pre}
    assert {"html-cookie", "html-share", "html-credit", "html-author-bio", "html-related",
            "html-tags", "html-footer"} <= rules
    share = next(d for d in pre if d.rule == "html-share")
    assert share.text == "Share on Facebook Share on X Email"
    assert share.evidence == '<div> class="share-bar"'
    assert all(d.end == -1 for d in pre)
    assert all(rule.startswith("html-") for rule in rules)


def test_explain_html_text_equals_clean_html(news):
    assert news.text == cleaner.clean_html(page("news_article.html"))


def test_text_decisions_replay_on_the_extracted_text():
    html = article_page("<p>Image: Reuters</p><p>Tags</p><p>Harbour, Council</p>")
    result = cleaner.explain_html(html)
    source = extract_html(html)
    text_decisions = [d for d in result.decisions if d.start >= 0]
    assert text_decisions, "the text rules should have found the credit and the tag list"
    assert cleaner.apply(source, text_decisions) == result.text == cleaner.clean_html(html)
    for d in text_decisions:
        assert source[d.start:d.end] == d.text


def test_cookie_recipe_keeps_its_cookies():
    # "cookie" alone names the content on a recipe page; only a cookie banner is chrome.
    result = cleaner.explain_html(page("cookie_recipe.html"))
    for kept in ("These oatmeal cookies stay soft", "200 g rolled oats", "Chill the dough for an hour",
                 "Store the cookies in a tin"):  # the last one sits in class="no-share"
        assert kept in result.text
    for dropped in ("This site uses cookies", "Share this", "Leave a Reply", "Home Baking Recipes"):
        assert dropped not in result.text
    assert {"html-cookie", "html-share", "html-comments"} <= {d.rule for d in result.decisions}


def test_main_container_is_never_removed_for_its_class():
    # WordPress puts the post's tags and categories on the article itself.
    html = article_page("").replace("<article>", '<article class="post tag-related tag-share category-ads">')
    assert "Paragraph 3 of the report" in cleaner.clean_html(html)


def test_element_holding_most_of_the_text_is_kept():
    prose = "".join(f"<p>Sentence {n} of a long story about the harbour and the old quay walls.</p>" for n in range(40))
    html = f'<html><body><div class="related-wrapper">{prose}</div><nav>Home</nav></body></html>'
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    removals = prune(tree, explain=True)
    assert [r.rule for r in removals] == ["html-nav"]
    assert "Sentence 39" in tree.body.text()


def test_prepass_undone_when_it_would_leave_too_little():
    html = ('<html><body><div class="sidebar">' + "<p>Sidebar words here.</p>" * 30 +
            '</div><p>Tiny.</p></body></html>')
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    assert prune(tree) == []
    assert "Sidebar words" in tree.body.text()


def test_hidden_and_aria_hidden_elements_are_removed():
    html = article_page('<div style="display: none">Hidden promo text</div>'
                        '<span aria-hidden="true">Decorative icon label</span><p hidden>Old version</p>')
    result = cleaner.explain_html(html)
    assert "Hidden promo text" not in result.text
    assert "Decorative icon label" not in result.text
    assert "Old version" not in result.text
    assert "html-hidden" in {d.rule for d in result.decisions}


def test_heading_ids_are_not_chrome_tokens():
    html = article_page('<h2 id="nav_the_vote">The vote after the summer</h2>'
                        "<p>The council says the vote will be the first item on the agenda in September.</p>")
    assert "The vote after the summer" in cleaner.clean_html(html)


LEAD = ('<div class="teaser-text"><p>The harbour plan will wait until autumn, the council decided '
        'on Monday evening after a long debate.</p></div>')


def test_lead_box_dropped_by_the_extractor_is_put_back_below_the_headline():
    html = article_page("").replace("</h1>", "</h1>" + LEAD)
    lines = cleaner.clean_html(html).splitlines()
    assert lines[0] == "Council delays vote on harbour plan"
    assert lines[1].startswith("The harbour plan will wait until autumn")


def test_teaser_of_another_article_is_not_taken_for_the_lead():
    related = ('<aside class="more"><div class="teaser"><p>Storms are expected in the hills and '
               'valleys later this week, the weather service says.</p></div></aside>')
    html = article_page("").replace("</main>", "</main>" + related)
    assert "Storms are expected" not in cleaner.clean_html(html)


def test_lead_on_a_page_without_article_container():
    html = article_page("").replace("<main><article>", '<div class="news">').replace("</article></main>", "</div>")
    html = html.replace("</h1>", "</h1>" + LEAD)
    assert "The harbour plan will wait until autumn" in cleaner.clean_html(html)


def test_read_also_link_paragraphs_go():
    html = article_page('<p><strong>Read also:</strong> <a href="/x">Council approves new pumping station '
                        'for the harbour district</a></p>')
    result = cleaner.explain_html(html)
    assert "pumping station" not in result.text
    assert "Paragraph 5 of the report" in result.text
    link = next(d for d in result.decisions if "pumping station" in d.text)
    assert (link.rule, link.evidence) == ("html-related", "<p> one link to another article")


def test_a_post_made_of_links_keeps_them():
    links = "".join(f'<p><a href="/{n}">Story number {n} about the harbour and the quay walls</a> via Courier</p>'
                    for n in range(8))
    html = f"<html><body><main><article><h1>Links of the week</h1>{links}</article></main></body></html>"
    assert "Story number 7 about the harbour" in cleaner.clean_html(html)


@pytest.mark.parametrize("attributes, concept", [
    ({"class": "box most-read"}, "related"),
    ({"class": "widgetMostRead"}, "related"),
    ({"id": "widget_most_read"}, "related"),
    ({"class": "social-share-buttons"}, "share"),
    ({"class": "cookie-banner"}, "cookie"),
    ({"class": "almost-ready"}, None),          # whole parts only
    ({"class": "cookie-recipe"}, None),         # "cookie" alone is content
    ({"class": "no-share"}, None),              # declared free of share buttons
    ({"class": "post tag-politics"}, None),     # "tag" alone is a post class
    ({"class": "header shadow"}, None),         # "ad" never inside a word
    ({"class": "ad-slot"}, "ads"),
])
def test_class_tokens(attributes, concept):
    from cleaner.html import _token_concept

    hit = _token_concept(attributes)
    assert (hit[0] if hit else None) == concept


def test_every_concept_has_tokens():
    assert all(CONCEPTS.values())
    assert {"share", "newsletter", "related", "author-bio", "tags", "breadcrumb", "cookie",
            "comments", "ads", "paywall"} <= set(CONCEPTS)


# --------------------------------------------------------------------------- decoding


def test_cp1252_bytes_with_declared_latin1():
    html = article_page("<p>Café Müller verkauft Brötchen für 2 € – täglich.</p>",
                        head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    out = cleaner.clean_html(html.encode("cp1252"))
    assert "Café Müller verkauft Brötchen für 2 € – täglich." in out


def test_declared_charset_in_meta():
    html = article_page("<p>Żółta łódź płynie po Wiśle.</p>", head='<meta charset="iso-8859-2">')
    assert "Żółta łódź płynie po Wiśle." in cleaner.clean_html(html.encode("iso-8859-2"))


def test_utf8_bytes_without_declaration_and_with_bom():
    html = article_page("<p>Straße nach Köln gesperrt.</p>", head="")
    assert "Straße nach Köln gesperrt." in cleaner.clean_html(html.encode("utf-8"))
    assert "Straße nach Köln gesperrt." in cleaner.clean_html(b"\xef\xbb\xbf" + html.encode("utf-8"))


def test_wrong_single_byte_declaration_on_utf8_bytes():
    data = '<meta charset="windows-1252"><p>Grüße aus Zürich</p>'.encode("utf-8")
    assert "Grüße aus Zürich" in decode_html(data)


def test_xml_declaration():
    data = '<?xml version="1.0" encoding="ISO-8859-15"?><html><body><p>Prix: 5 €</p></body></html>'
    assert "5 €" in decode_html(data.encode("iso-8859-15"))


def test_undeclared_legacy_bytes_are_guessed():
    data = ("<html><body><p>" + "Die Brücke über den Fluß wird nächste Woche geöffnet. " * 20 +
            "</p></body></html>").encode("cp1252")
    assert "Brücke über den Fluß" in decode_html(data)


# --------------------------------------------------------------------------- never raises


@pytest.mark.parametrize("junk", [
    "", b"", b"\x00\xff" * 1000, "\x00" * 100, "   \n\t ",
    "Just a plain text note.\nNo tags at all, only words about the harbour.",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj",
    "<", "<html", "<<<>>>", "<html><body></body></html>", "<p>",
    '{"json": "not html", "items": [1, 2, 3]}',
], ids=lambda x: repr(x[:12]))
def test_non_pages_give_empty_string(junk):
    assert cleaner.clean_html(junk) == ""
    result = cleaner.explain_html(junk)
    assert result.text == ""


@pytest.mark.parametrize("odd", [
    "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</body></html>",
    "<html><body><p>unclosed <b>bold <i>italic <table><tr><td>cell</body>",
    '<html><body><p class="' + "x" * 10000 + '">long class</p></body></html>',
    "<html><body><p>\ud800 lone surrogate</p></body></html>",
    bytearray(b"<html><body><p>bytearray page</p></body></html>"),
], ids=["deep-nesting", "unclosed-tags", "long-class", "lone-surrogate", "bytearray"])
def test_odd_pages_give_a_string(odd):
    assert isinstance(cleaner.clean_html(odd), str)
    assert isinstance(cleaner.explain_html(odd).text, str)


def test_twenty_megabyte_page():
    # Mostly inline script and data URIs, as big pages are; the article is small.
    blob = "var x = '" + "A" * 1_000_000 + "';\n"
    html = article_page("<script>" + blob * 12 + "</script>"
                        + '<img src="data:image/png;base64,' + "B" * 8_000_000 + '">')
    assert len(html) > 20_000_000
    out = cleaner.clean_html(html.encode("utf-8"))
    assert isinstance(out, str)
    assert "Paragraph 5 of the report" in out


def test_wrong_type_is_a_sentence():
    with pytest.raises(TypeError, match=r"takes the page as str or bytes, not int\."):
        cleaner.clean_html(42)
    with pytest.raises(TypeError, match=r"^explain_html\(\) takes the page as str or bytes, not NoneType\.$"):
        cleaner.explain_html(None)


# --------------------------------------------------------------------------- light import


def test_import_cleaner_does_not_load_the_html_stack():
    code = ("import cleaner, sys; "
            "assert 'trafilatura' not in sys.modules and 'selectolax' not in sys.modules; "
            "assert callable(cleaner.clean_html) and 'selectolax' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- switching rules off


def test_html_rules_can_be_disabled_like_text_rules():
    from cleaner.htmlvocab import HTML_RULES, STRUCTURE_CONCEPTS

    assert set(HTML_RULES) == {f"html-{c}" for c in (*CONCEPTS, *STRUCTURE_CONCEPTS)}
    html = article_page('<div class="disclosure"><p>This story contains paid links to our partners today</p></div>'
                        '<p>Read also: <a href="/b">Why the old quay walls are crumbling so fast</a></p>'
                        '<nav class="share"><a href="/s">Share on Facebook</a></nav>')
    rules = [d.rule for d in cleaner.explain_html(html).decisions]
    assert {"html-ads", "html-related", "html-nav"} <= set(rules)
    config = cleaner.Config(classify=False).disable("html-ads", "html-related", "html-nav")
    result = cleaner.explain_html(html, config=config)
    rules = [d.rule for d in result.decisions]
    # The switched-off rules remove nothing; the <nav> is still taken for its class ("share").
    assert not {"html-ads", "html-related", "html-nav"} & set(rules) and "html-share" in rules
    text = extract_html(html, config=config)
    assert "paid links to our partners" in text and "crumbling so fast" in text
    assert "paid links to our partners" in cleaner.clean_html(html, config=config)
    assert cleaner.apply(text, [d for d in result.decisions if d.start >= 0]) == result.text


def test_unknown_rule_ids_name_the_html_ones_too():
    with pytest.raises(ValueError, match=r"Unknown rule id 'html-shares'; known rules: .*html-share"):
        cleaner.Config().disable("html-shares")


def test_cli_disable_takes_html_rules(tmp_path, capsys):
    from cleaner.cli import main

    html = article_page('<div class="disclosure"><p>This story contains paid links to our partners today</p></div>')
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    assert main(["clean", str(tmp_path / "page.html"), "-o", str(tmp_path / "a"), "-q"]) == 0
    assert "paid links" not in (tmp_path / "a" / "page.txt").read_text(encoding="utf-8")
    assert main(["clean", str(tmp_path / "page.html"), "-o", str(tmp_path / "b"), "-q", "--disable", "html-ads"]) == 0
    assert "paid links" in (tmp_path / "b" / "page.txt").read_text(encoding="utf-8")
    assert main(["explain", str(tmp_path / "page.html"), "--no-color", "--disable", "html-ads"]) == 0
    assert "[html-ads]" not in capsys.readouterr().out
    assert main(["clean", str(tmp_path / "page.html"), "-o", str(tmp_path / "c"), "--disable", "html-shares"]) == 2
    err = capsys.readouterr().err
    assert err == ("cleaner: --disable html-shares: there is no rule with that id. Did you mean html-share? "
                   "`cleaner clean --help` lists the rule ids.\n")
    assert not (tmp_path / "c").exists()


def test_report_extracts_pages_without_the_disabled_html_rules(tmp_path):
    from cleaner.cli import main

    html = article_page('<div class="disclosure"><p>This story contains paid links to our partners today</p></div>')
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    assert main(["report", str(tmp_path / "page.html"), "-o", str(tmp_path / "a.html")]) == 0
    assert "paid links" not in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert main(["report", str(tmp_path / "page.html"), "-o", str(tmp_path / "b.html"), "--disable", "html-ads"]) == 0
    assert "paid links" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_explain_reads_a_page_from_stdin(tmp_path):
    html = article_page('<div class="disclosure"><p>This story contains paid links to our partners today</p></div>')
    done = subprocess.run([sys.executable, "-m", "cleaner", "explain", "--stdin-format", "html", "--no-color", "-"],
                          input=html.encode("utf-8"), capture_output=True, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "- [html-ads] This story contains paid links" in done.stdout.decode()
