"""Whole articles whose lines look like chrome: a poem whose one-word lines are a menu's or a share
button's words, a checklist of short sections named like labels, interviews with one-word
answers, results lines, letters signed with a name and a town, articles about newsletters,
cookies and comments. Every line of them stays, alone and inside a page's menu and footer (the
frame's chrome still goes); the chrome each narrowed rule was made for still goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NEGATIVE_DIR = FIXTURES / "negative"

MENU = ["Skip to content", "Home", "News", "Sport", "Culture", "Subscribe", "Sign in"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "Most Read",
          "Council approves new budget after long debate", "2 hours ago",
          "Schools to close early for the summer holidays", "5 hours ago", "About us", "Contact",
          "Privacy policy", "Cookie settings", "\u00a9 2025 Example Media Ltd. All rights reserved."]


def framed(article: str) -> str:
    """The article under a site's menu and over its footer, as a full-page dump prints them."""
    return "\n".join(MENU) + "\n\n" + article.strip("\n") + "\n\n" + "\n".join(FOOTER) + "\n"


def lost(text: str, article: str) -> list[str]:
    """The article's lines that cleaning `text` removed."""
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    return [line.strip() for line in article.split("\n") if line.strip() and line.strip() not in out]


def pages(paragraphs: list[str]) -> str:
    """Lines as a dump prints paragraphs: a blank line between them."""
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------
# The long-form negatives: every line stays inside a page's frame too, and the frame goes.

LONGFORM = [e["file"] for e in json.loads((FIXTURES / "index.json").read_text(encoding="utf-8"))["negatives"]
            if e.get("longform")]


def test_there_are_longform_negatives():
    assert len(LONGFORM) >= 10


# Known gaps, pinned as strict xfails (they fail the day the gap closes).
FRAME_GAPS = {
    # term-guard: under a menu, three of the run's four headings are labels ("Subscribe", "Log
    # in", "Terms and conditions"), one short of the free headings a run needs (TERM_FREE).
    "en_longform_about_subscriptions.txt": "a run of headings of which most are labels, under a menu",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=FRAME_GAPS[n])]
                                               if n in FRAME_GAPS else []) for n in LONGFORM])
def test_a_longform_article_survives_inside_a_page(name):
    article = (NEGATIVE_DIR / name).read_bytes().decode("utf-8")
    text = framed(article)
    assert lost(text, article) == []
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    # (The menu's section names, "News", "Sport", "Culture", are nobody's label: over a short
    # article the block classifier leaves them, which is not what these articles test.)
    labels = [line for line in MENU + FOOTER if line not in ("News", "Sport", "Culture")]
    assert [line for line in labels if line in out and line not in article] == []


# ---------------------------------------------------------------------------------------------
# verse-guard: a line of verse made of a label's words, its sentence carried on below.

POEMS = {
    "en": ["The harbour empties like a lung,\nthe boats lie down on their sides,\ngulls argue over what is left.",
           "Home\nis a word the tide keeps saying\nand taking back.",
           "Share\nthe shore with me, she said,\nand I did,\nuntil the water came."],
    "de": ["Die Blätter fallen,\neiner nach dem andern,\nder Wind hat keine Eile.",
           "Startseite\nnennt mein Enkel den Bildschirm,\nich nenne es Fenster.",
           "Teilen\nwollte ich den Apfel,\ndu hast ihn ganz gegessen."],
    "fr": ["La mer se retire,\nles barques se couchent sur le flanc.",
           "Accueil,\ndisait le panneau de la gare,\net personne n'attendait."],
    "es": ["La marea se lleva las barcas,\nlas gaviotas discuten lo que queda.",
           "Compartir\nla orilla contigo, dijiste,\ny la compartimos."],
}


@pytest.mark.parametrize("lang", sorted(POEMS))
def test_verse_lines_named_like_labels_stay(lang):
    poem = pages(POEMS[lang])
    assert lost(poem, poem) == []
    assert lost(framed(poem), poem) == []


@pytest.mark.parametrize("text, chrome", [
    # a share button over a photo's credit, the credit's agency in small letters
    ("Neues Auto: Leasen oder kaufen? Für wen lohnt sich was?\nTeilen\ndpa/Jan Woitas Im Oktober steigt das "
     "Rabattniveau wieder an. Besonders Kleinwagen sind jetzt günstig zu kaufen.", "Teilen"),
    # an offer's button over a product named in small letters, under the offer's points
    ("Tagesaktuelle Nachrichten, Preis- und Marktdaten\nExklusive Beiträge, Videos und Hintergrundinfos\n"
     "Preisvorteile auf Webinare und Produkte\n\nJetzt testen\ntop agrar Digital + Print\n\nJahresabo", "Jetzt testen"),
    # a menu: its items open with capitals
    ("Home\nNews\nSport\n\nCouncil approves new budget\n\nThe council met on Tuesday evening to discuss the plans, "
     "which have been debated for years.", "Home"),
])
def test_labels_over_a_lowercase_line_that_is_no_verse_still_go(text, chrome):
    assert chrome not in {line.strip() for line in cleaner.clean(text).split("\n")}


# ---------------------------------------------------------------------------------------------
# term-guard: a run of short sections that opens the text (a checklist under its headline).

CHECKLIST = pages([
    "Moving house? A checklist", "Moving is stressful. Here is what to sort out, and when.",
    "Two months before", "Book a removal firm.", "One month before", "Tell your bank, your GP and your employer.",
    "One week before", "Contact your energy supplier with a meter reading.", "On the day", "Take photos of the meters.",
    "Login details", "Keep a list of your online accounts and change the address in each.",
    "Register to vote", "You need to register at your new address.",
    "Subscribe", "If you get a paper delivered, tell the newsagent.",
])


def test_a_checklist_that_opens_the_text_keeps_its_headings():
    assert lost(CHECKLIST, CHECKLIST) == []
    # ... and under a menu whose last label stands right above the headline: the run's first
    # heading and sentence are the headline and its standfirst.
    assert lost(framed(CHECKLIST), CHECKLIST) == []


def test_a_list_of_teasers_under_its_header_still_goes():
    teasers = pages(["Most Read", "Subscribe", "Why the paper is raising its price next month.",
                     "Council news", "The budget debate ran until midnight on Tuesday.",
                     "School holidays", "Schools will close early for the summer this year."])
    text = pages(["The council met on Tuesday evening to discuss the plans, which have been debated for years.",
                  teasers])
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Most Read", "Subscribe"} & out


def test_a_footer_of_column_titles_over_blurbs_still_goes():
    footer = pages(["Newsletter", "Get our best stories every Friday.", "Contact", "Write to the newsroom.",
                    "Privacy policy", "How we use your data."])
    text = pages(["The council met on Tuesday evening to discuss the plans, which have been debated for years.",
                  "Share this article", footer])
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Newsletter", "Contact", "Privacy policy"} & out


# ---------------------------------------------------------------------------------------------
# heading-guard: a one-word subheading over a short paragraph that takes up its word; a button's
# name over a paragraph that talks about the button.

PARAGRAPH = ("The study, by the University of Harrow, looked at twelve hundred news sites in fourteen countries "
             "over two years.")
ABSATZ = "Auch die Cookie-Banner haben sich verändert, wie die Forscher in ihrer Untersuchung zeigen."


@pytest.mark.parametrize("heading, paragraph, above", [
    ("Kommentare", "Viele Seiten haben die Kommentarfunktion abgeschaltet.", ABSATZ),
    ("Comments", "Fewer sites still publish reader comments.", PARAGRAPH),
    ("Commentaires", "Les commentaires ont presque disparu.", PARAGRAPH),
    ("Kommentarer", "Allt färre tidningar låter läsarna kommentera artiklarna.", PARAGRAPH),
])
def test_a_one_word_subheading_over_a_short_paragraph_on_its_topic_stays(heading, paragraph, above):
    text = pages([above, heading, paragraph, above])
    assert lost(text, text) == []


@pytest.mark.parametrize("label, state", [
    ("Comments", "Comments are closed for this article."),
    ("Comments", "Be the first to comment on this article."),
    ("Kommentare", "Schreibe den ersten Kommentar zu diesem Artikel."),
    ("Kommentare", "Die Kommentarfunktion ist für diesen Artikel deaktiviert."),
    ("Commentaires", "Soyez le premier à commenter cet article."),
    ("Comentarios", "Sé el primero en comentar."),
    ("Reacties", "Er zijn nog geen reacties."),
    ("Commenti", "Sii il primo a commentare."),
    ("Kommentarer", "Bli först att kommentera."),
    ("Kommentarer", "Skriv den första kommentaren."),
])
def test_a_comment_box_label_and_its_state_still_go(label, state):
    text = pages([PARAGRAPH, label, state])
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert label not in out and state not in out


@pytest.mark.parametrize("heading, paragraph", [
    ("Accept all", "Clicking this button lets the site store every kind of cookie, advertising ones included."),
    ("Alle akzeptieren", "Dieser Button wird von neun von zehn Besuchern angeklickt, zeigt die Studie."),
    ("Tout accepter", "Ce bouton est cliqué par huit visiteurs sur dix, selon une étude de la CNIL."),
    ("Paramétrer les cookies", "Ce second bouton, lui, est rarement utilisé."),
    ("Alles accepteren", "Op die knop klikt negen op de tien bezoekers, blijkt uit onderzoek."),
    ("Aceptar todas", "Este botón lo pulsan nueve de cada diez visitantes, según el estudio."),
    ("Aceitar todos", "Este botão é clicado por nove em cada dez visitantes, segundo um estudo."),
    ("Akceptuję wszystkie", "Ten przycisk klika dziewięciu na dziesięciu odwiedzających, wynika z badania."),
    ("Godkänn alla", "Den knappen klickar nio av tio besökare på, enligt en studie från Lunds universitet."),
])
def test_a_buttons_name_over_a_paragraph_about_the_button_stays(heading, paragraph):
    for text in (pages(["Why nobody reads the cookie banner", heading, paragraph, PARAGRAPH]),
                 pages([PARAGRAPH, heading, paragraph, PARAGRAPH])):
        assert lost(text, text) == []


def test_a_consent_banners_buttons_still_go():
    banner = pages([PARAGRAPH, "We use cookies to improve your experience on our site.", "Accept all", "Reject all",
                    "Cookie settings"])
    out = {line.strip() for line in cleaner.clean(banner).split("\n")}
    assert not {"Accept all", "Reject all", "Cookie settings"} & out


# ---------------------------------------------------------------------------------------------
# newsletter-prompt: a line that quotes the prompts and calls them prompts reports on them.

@pytest.mark.parametrize("line", [
    "Sign up for our newsletter. Subscribe now. Don't miss out. Readers see these prompts everywhere.",
    "Newsletter abonnieren, jetzt anmelden, kostenlos testen: Solche Aufforderungen finden Leser auf fast jeder "
    "Nachrichtenseite.",
    "Subscribe to our newsletter, the prompt says, and most readers close it at once.",
])
def test_prompts_quoted_and_called_prompts_stay(line):
    text = pages([PARAGRAPH, line, PARAGRAPH])
    assert lost(text, text) == []


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter. Don't miss out.",
    "Newsletter abonnieren und nichts mehr verpassen!",
    "Subscribe to our newsletter to get the best stories in your inbox.",
])
def test_newsletter_prompts_still_go(line):
    text = pages([PARAGRAPH, line])
    assert line not in {x.strip() for x in cleaner.clean(text).split("\n")}


# ---------------------------------------------------------------------------------------------
# heading-guard: the next heading of an FAQ stands under a short answer to its question.

@pytest.mark.parametrize("faq", [
    ["Mietrecht: Die häufigsten Fragen", "Wo bekomme ich Hilfe?", "Beim Mieterverein.", "Kontakt",
     "Der Mieterverein Altdorf ist dienstags von 16 bis 19 Uhr in der Hauptstraße 5 erreichbar."],
    ["Nowe dowody osobiste: pytania i odpowiedzi", "Jak długo się czeka?", "Około miesiąca.", "Kontakt",
     "Urząd gminy przyjmuje wnioski od poniedziałku do piątku w godzinach od 8 do 16."],
    ["Water meters: your questions answered", "Can I refuse?", "No.", "Contact",
     "The water company's helpline is open from 8am to 8pm on weekdays and until noon on Saturdays."],
])
def test_a_heading_under_an_faqs_short_answer_stays(faq):
    text = pages(faq)
    assert lost(text, text) == []
    assert lost(framed(text), text) == []


def test_a_footer_under_an_faqs_short_answer_still_goes():
    text = pages(["Can I refuse?", "No.", "Contact\nPrivacy policy\nTerms of use",
                  "\u00a9 2025 Example Media Ltd. All rights reserved."])
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Contact", "Privacy policy", "Terms of use"} & out


# ---------------------------------------------------------------------------------------------
# code-guard: a code block's or a program's output lines named like labels.

HOWTO = """How to show a loading message in a shell script

Long scripts should tell the user what they are doing. Here is a simple pattern.

    echo "Loading..."
    sleep 2
    echo "Done"

When it runs, the terminal prints:

    Loading...
    Done

A web page prints the same words while its script fetches the rest, and a link at the bottom reads:

\tBack to top

That is all you need."""


def test_lines_of_a_code_block_named_like_labels_stay():
    assert lost(HOWTO, HOWTO) == []
    assert lost(framed(HOWTO), HOWTO) == []


def test_labels_indented_as_deep_as_the_text_still_go():
    # A dump that indents every line (a text browser's) indents its labels as deep as its text.
    text = ("   The council met on Tuesday evening to discuss the plans, which have been debated for years.\n\n"
            "   Share this article\n   Loading...\n   \u00a9 2025 Example Media Ltd. All rights reserved.\n")
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Share this article", "Loading...", "\u00a9 2025 Example Media Ltd. All rights reserved."} & out


# ---------------------------------------------------------------------------------------------
# most-read-list: a teaser list right above the headline ends there when the article opens with
# short sentences only (a recipe, a poem, an interview), not only with a long one.

def page_under_a_teaser_list(article: list[str]) -> tuple[str, str]:
    """A full-page dump: the title line naming the headline, a menu, a list of trending stories
    right above the headline, the article, a footer."""
    body = "\n".join(article)
    head = (f"{article[0]} | Example Gazette\nSkip to main content\nMenu\nHome\nNews\nSport\n\nTrending\n"
            "Ashby bypass to open in March\nMan arrested after high street break-in\n"
            "Schools win award for reading scheme\n\n")
    return head + body + "\n\n" + "\n".join(FOOTER) + "\n", body


@pytest.mark.parametrize("article", [
    ["Mormors kanelbullar", "Ingredienser", "50 g jäst", "5 dl mjölk", "150 g smör", "1 dl socker",
     "Gör så här", "Smält smöret och värm mjölken.", "Grädda i 225 grader i 8 minuter."],
    ["Poema de la semana: Marea baja", "de Lucía Ferrer", "El puerto se vacía como un pulmón,",
     "las barcas se tumban de lado.", "Inicio", "es una palabra que la marea repite", "y se lleva."],
    ["Il sindaco: «Il ponte sarà pronto a giugno»", "D: Sindaco, quando riapre il ponte?", "R: A giugno.",
     "D: Sicuro?", "R: Sicurissimo.", "D: E i costi?", "R: Sono saliti del dieci per cento."],
    ["Wyniki wyborów w Zawadzie", "Jan Nowak 612 głosów", "Maria Wiśniewska 433 głosy",
     "Frekwencja: 48,2 proc.", "Nowy wójt obejmie urząd w maju."],
])
def test_a_teaser_list_above_the_headline_ends_there(article):
    text, body = page_under_a_teaser_list(article)
    assert lost(text, body) == []
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Trending", "Ashby bypass to open in March", "Schools win award for reading scheme"} & out


@pytest.mark.parametrize("name", [pytest.param(n, marks=[pytest.mark.xfail(strict=True, reason=FRAME_GAPS[n])]
                                               if n in FRAME_GAPS else []) for n in LONGFORM])
def test_a_longform_article_survives_under_a_teaser_list(name):
    """Each long-form negative in a full-page dump whose title line names its headline, with a
    list of trending stories right above the headline."""
    article = (NEGATIVE_DIR / name).read_bytes().decode("utf-8")
    headline = article.split("\n", 1)[0]
    text = (f"{headline} | Example Gazette\nSkip to main content\nMenu\nHome\n\nTrending\n"
            "Ashby bypass to open in March\nMan arrested after high street break-in\n"
            "Schools win award for reading scheme\n\n" + article.strip("\n") + "\n\n" + "\n".join(FOOTER) + "\n")
    assert lost(text, article) == []


def test_a_recent_posts_list_that_prints_the_pages_title_still_goes():
    # The page's own title among a blog's recent posts, a headline that asks a question below it.
    text = ("Open data in the city | Example Blog\n\nHome\nAbout\n\nOpen data in the city\n\n"
            "The council published its budget as open data last week, and volunteers have already built "
            "three tools on top of it.\n\nShare this article\n\nRecent Posts\n\nOpen data in the city\n"
            "Two years of the repair café\nWhat does open data cost a small council?\nBitcoin explained for beginners\n"
            "Mix: autumn night sounds\nWe love sharing! The music contest is open!\n\nArchives\n\nApril 2015\nMarch 2015\n"
            "February 2015\n")
    out = {line.strip() for line in cleaner.clean(text).split("\n")}
    assert not {"Two years of the repair café", "What does open data cost a small council?", "Recent Posts"} & out
