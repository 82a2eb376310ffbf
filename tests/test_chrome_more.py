"""Chrome of press pages, live blogs, podcasts and blogs (counters after a colon, links to a file,
update and episode buttons), and the article text of the same words that must stay; headings of a
few words that the paragraph below opens with."""

from __future__ import annotations

import pytest

import cleaner

PARA = "The council met on Tuesday evening to discuss the new budget for the coming year, and members raised concerns."
PARA2 = "Residents said they had waited for months for an answer, and the mayor promised a decision before the summer."


def removed(text: str) -> dict[str, str]:
    """Removed text (stripped) -> rule id."""
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


def page(*lines: str) -> str:
    return "\n\n".join(lines)


CHROME = [
    # counters with the count after a colon
    ("share-prompt", "Просмотров: 1245"),
    ("share-prompt", "Views: 1,245"),
    ("share-prompt", "Aufrufe: 312"),
    ("share-prompt", "Visualizações: 98"),
    ("share-prompt", "Vues : 1 245"),
    ("share-prompt", "Comments: 0"),
    # links to a file
    ("share-prompt", "Descarregar comunicado (PDF, 230 KB)"),
    ("share-prompt", "Pressmeddelande (PDF)"),
    ("share-prompt", "Download press release (PDF, 1.2 MB)"),
    ("share-prompt", "Pressemitteilung herunterladen (PDF, 85 KB)"),
    ("share-prompt", "Annual report 2023 [PDF 2 MB]"),
    ("share-prompt", "Download PDF"),
    ("share-prompt", "Als PDF herunterladen"),
    ("share-prompt", "Télécharger le PDF"),
    # live blogs and podcasts
    ("call-to-action", "Show more updates"),
    ("call-to-action", "Liveblog neu laden"),
    ("call-to-action", "Ver más actualizaciones"),
    ("share-prompt", "Share episode"),
    ("share-prompt", "Folge teilen"),
    ("share-prompt", "Download MP3"),
    ("widget-residue", "Descargar episodio"),
    # a blog's profile widget
    ("widget-residue", "My photo"),
]


@pytest.mark.parametrize("rule,line", CHROME)
def test_chrome_goes_between_paragraphs(rule, line):
    text = page("Council approves the budget", PARA, line, PARA2)
    assert removed(text).get(line) == rule
    assert PARA in cleaner.clean(text) and PARA2 in cleaner.clean(text)


def test_blog_profile_widget_goes():
    text = page("My trip to Lisbon", PARA, PARA2, "About Me", "My photo", "View my complete profile", "Followers", "Blog Archive")
    out = cleaner.clean(text)
    for line in ("My photo", "View my complete profile", "Followers"):
        assert line not in out.splitlines()


ARTICLE = [
    # the counters' words in prose and in a figure that is no counter
    "Views: the mayor's office said it had received hundreds of letters from residents on the plan.",
    "Views: 1.2 million in a day, a record for the channel.",
    "Aufrufe: mehr als zwölftausend in einer Stunde, sagte die Sprecherin des Ministeriums.",
    "Просмотров: больше миллиона за сутки — столько набрал ролик с заседания, сообщил пресс-секретарь.",
    # the download words in sentences
    "Download press release (PDF) links were sent to journalists on Monday, before the figures leaked.",
    "Wer das Dokument als PDF herunterladen wollte, musste sich vorher registrieren.",
    "Read the full report (PDF).",
    "Download the full report as a PDF here",
    # the buttons' words in sentences
    "Show more updates, fewer ads: that was the promise of the new app, which launched on Monday.",
    "Share episode links with your friends, the host told listeners at the end of the show.",
    "Download MP3 files from the archive is free for members, the library said on Friday.",
    "My photo of the eclipse won the local competition, and the prize was a new camera.",
]


@pytest.mark.parametrize("line", ARTICLE)
def test_article_lines_of_the_same_words_stay(line):
    text = page("Council approves the budget", PARA, line, PARA2)
    assert line in cleaner.clean(text).splitlines()


@pytest.mark.parametrize("heading,paragraph", [
    ("Sigue leyendo", "Sigue leyendo el informe y verás que las cifras no cuadran, dijo la concejala de Hacienda en rueda de prensa."),
    ("En stock", "En stock tienen de todo, desde tornillos hasta pintura, y el dueño conoce a cada cliente por su nombre."),
    ("Show more updates", "Show more updates, fewer ads: that was the promise of the new app, which launched on Monday."),
    ("Liveblog neu laden", "Liveblog neu laden mussten die Leser am Wahlabend oft, weil die Seite immer wieder hängen blieb."),
    ("Followers", "Followers of the channel were asked to vote on the next topic, and most of them chose the budget."),
    ("Read more", "Read more books, the doctor told the patients, and most of them laughed at the advice."),
])
@pytest.mark.parametrize("above", ["paragraph", "menu", "top"])
def test_heading_that_the_paragraph_below_opens_with_stays(heading, paragraph, above):
    lines = {"paragraph": ["A story", PARA], "menu": ["Home", "News", "Sport", "Subscribe"], "top": []}[above]
    text = page(*lines, heading, paragraph, PARA2)
    out = cleaner.clean(text).splitlines()
    assert heading in out and paragraph in out


def test_button_over_a_paragraph_of_other_words_still_goes():
    text = page("Council approves the budget", PARA, "Show more updates", PARA2)
    assert removed(text).get("Show more updates") == "call-to-action"
    text = page("Council approves the budget", PARA, "Sigue leyendo", PARA2)
    assert "Sigue leyendo" in removed(text)


def test_press_page():
    text = page(
        "Home", "Newsroom", "Contact",
        "Press release", "Example Corp reports a record quarter",
        "Example Corp said on Thursday that its revenue rose by a fifth in the third quarter, helped by exports.",
        "The company expects the growth to slow next year as demand in Asia cools, its chief executive said.",
        "Download press release (PDF, 1.2 MB)", "Pressemitteilung herunterladen (PDF, 85 KB)",
        "Aufrufe: 312",
    )
    out = cleaner.clean(text)
    assert "Example Corp reports a record quarter" in out
    assert "(PDF" not in out and "Aufrufe" not in out


@pytest.mark.parametrize("line", ["Labels: Sony, Universal, Warner", "Labels: vegan, gluten-free", "Etiquetas: sin gluten, vegana"])
def test_a_line_of_labels_between_two_paragraphs_is_the_articles(line):
    text = page("The music industry", PARA, line, PARA2)
    assert line in cleaner.clean(text).splitlines()


def test_a_posts_labels_under_its_last_paragraph_go():
    text = page("My trip to Lisbon", PARA, PARA2, "Labels: travel, Portugal", "No comments:", "Post a Comment",
                "Newer Post Older Post Home")
    assert "Labels: travel, Portugal" not in cleaner.clean(text)
    text = page("My trip to Lisbon", PARA, PARA2, "Labels: travel, Portugal")
    assert "Labels: travel, Portugal" not in cleaner.clean(text)
    # a tag word that is no word of prose goes wherever it stands
    text = page("Council approves the budget", PARA, "Tags: Politics, Budget", PARA2)
    assert "Tags: Politics, Budget" not in cleaner.clean(text)


@pytest.mark.parametrize("widget", [
    ["About Me", "My photo", "Jane Doe", "Lisbon, Portugal", "I love travel, food and long walks by the sea.",
     "View my complete profile"],
    ["Über mich", "Mein Foto", "Anna Beispiel", "Mein Profil vollständig anzeigen"],
])
def test_a_blogs_profile_widget_goes(widget):
    text = page("My trip to Lisbon", PARA, PARA2, *widget, "Blog Archive")
    assert cleaner.clean(text) == page("My trip to Lisbon", PARA, PARA2)


def test_about_me_over_the_posts_own_text_stays():
    line = "I grew up in a small town near the sea, and these are the walks I took there as a child."
    text = page("My walks", PARA, "About me", line, PARA2)
    out = cleaner.clean(text).splitlines()
    assert line in out and PARA2 in out
