"""Pages of kinds other than news that people scrape into corpora: forum threads and Q&A pages,
documentation, university and research pages, government guidance and reports, shop and app
pages, event and job pages, newsletters, wikis, blogs and recipe blogs. Their own lines (a
forum's last answer, the headings a page's table of contents lists, a guidance page's steps)
must stay; the chrome of their kind (a forum member's meta lines, "Was this page helpful?", a
shop's rating counters, a job board's buttons) must go, and made-up prose that uses the same
words must stay. All pages and lines are made up.
"""

from __future__ import annotations

import pytest

import cleaner
from marked import check_marked

PARA = "The senior envoys met in Seoul on Friday for the first time in four months to discuss the stalled talks."
PARA_2 = ("The two sides agreed to meet again in the spring, officials said, though neither gave a date or "
          "named the city where the next round would be held.")


def check_page(page: str, chrome: bool = True) -> None:
    """Lines marked "!!" are chrome that must go (unless `chrome` is off), "??" may go either way,
    the rest must stay."""
    check_marked(page.strip("\n").split("\n"), chrome)


# --------------------------------------------------------------------------------------------
# A forum's last answer, between its post number and its buttons, is a post, not a sidebar's
# island between two menus.
# --------------------------------------------------------------------------------------------

FORUM = """\
??Tomato leaves curling after repotting - help? | Grow Your Own Forum
!!Skip to content
!!Forums
!!What's new
!!Members
!!Log in
!!Register
!!Search forums

??Home
??Forums
??Gardening
??Fruit & Veg

Tomato leaves curling after repotting - help?

!!Thread starter greenthumb_jo
!!Start date Apr 12, 2025

??greenthumb_jo
!!Messages: 12

Hi all, I repotted six tomato seedlings into bigger pots last weekend and since then the lower leaves have started curling upwards. They get about six hours of sun on a south-facing windowsill.

Is this transplant shock or am I overwatering? Any tips appreciated.

!!Reply
!!Quote
!!Report
??OldPlotter
!!Messages: 3,482

Sounds like transplant shock to me. Leaf roll on the lower leaves is common for a week or so after repotting, especially if some roots got torn, and it passes on its own.

I would water only when the top inch of compost is dry, and keep them out of the hottest midday sun for a few days.

!!Reply
!!Quote
!!Report
??greenthumb_jo
??Apr 15, 2025
??#3

Thanks, that did the trick. Watered less and they perked up within three days.

!!Reply
!!Report

!!You must log in or register to reply here.

!!Similar threads
!!Blossom end rot on first trusses
!!Best compost for chillies?
!!Share:
!!Facebook
!!Reddit
!!Contact us
!!Terms and rules
!!Privacy policy
!!Help
"""


def test_a_forums_last_answer_above_its_reply_button_stays():
    check_page(FORUM)


MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Podcasts"]
TOPICS = ["Rail", "Floods", "Transport", "River Ouse"]
SIDEBAR = ["Harbour", "Villages", "Fishing", "Ferries", "Markets"]
FOOTER = ["Contact", "Careers", "Advertise", "Imprint", "Privacy", "Terms"]
BLURB = "The paper is printed in the old mill and delivered by bike to every house on the south bank."


def island_page(below: list[str]) -> str:
    return "\n".join([*MENU, "", PARA, "", PARA_2, "", PARA, "", *TOPICS, "", "Mara Lind reported from the north quay.",
                      "", *SIDEBAR, "", BLURB, "", *below, "", *FOOTER])


def test_a_sidebars_blurb_between_two_menus_still_goes():
    assert BLURB not in cleaner.clean(island_page(["Archive", "Events", "Letters"])).split("\n")


@pytest.mark.parametrize("button", ["Reply", "Antworten", "Répondre", "Responder"])
def test_a_post_above_its_reply_button_stays(button):
    assert BLURB in cleaner.clean(island_page([button, "Archive", "Events", "Letters"])).split("\n")


# --------------------------------------------------------------------------------------------
# A guidance page's or a wiki's table of contents lists the article's headings; the headings
# themselves, printed again above their sections, stay. A menu printed twice still goes.
# --------------------------------------------------------------------------------------------

GUIDANCE = """\
??Apply for a Council Tax discount if you live alone - GOV.EXAMPLE
!!Skip to main content
!!Menu
!!Search
??Accept additional cookies
??Reject additional cookies
??View cookies

??Home
??Housing and local services
??Council Tax

Apply for a Council Tax discount if you live alone

If you're the only adult in your home, you can get 25% off your Council Tax bill.

??Contents
??Who can get the discount
??How to apply
??If your circumstances change

Who can get the discount

You can apply if you're 18 or over and no other adult lives with you as their main home.

Some people are not counted as adults, for example:

full-time students
apprentices

How to apply

Apply to your local council. You'll need:

your Council Tax account number
the date you started living alone

If your circumstances change

You must tell your council within 21 days if another adult moves in. You may have to pay a penalty of £70 if you do not.

!!Related content
!!Council Tax bands
!!Council Tax Reduction

!!Services and information
!!Benefits
!!Births, death, marriages and care
!!Help
!!Privacy
!!Cookies
!!Accessibility statement
!!Contact
!!© Crown copyright
"""


def test_headings_a_table_of_contents_lists_stay():
    check_page(GUIDANCE)


MENU_TWICE = "\n".join([
    *SIDEBAR, "Letters", "Obituaries", "Puzzles", "", "Flood defences to be raised along the river", "",
    PARA, "", PARA_2, "", PARA, "", PARA_2, "", *SIDEBAR, "Letters", "Obituaries", "Puzzles", "", *FOOTER])


def test_a_menu_printed_again_in_the_footer_still_goes():
    out = cleaner.clean(MENU_TWICE).split("\n")
    assert not {*SIDEBAR, "Letters", "Obituaries", "Puzzles"} & set(out)


# --------------------------------------------------------------------------------------------
# The chrome of these kinds of pages, alone on its line below the article: feedback widgets and
# page tools, a forum member's meta lines and a post's buttons, counters beside a post, a review,
# a product or a paper, a shop's old prices, a job board's and an event's buttons.
# --------------------------------------------------------------------------------------------

CHROME = [
    # feedback widgets and page tools (documentation, help centres, guidance pages)
    "Was this page helpful?", "Is this page useful?", "Did you find this page helpful?", "Report a problem with this page",
    "Edit this page", "Edit on GitHub", "Get emails about this page", "Print this page", "Submit a request",
    "War diese Seite hilfreich?", "Ist diese Seite nützlich?", "Cette page vous a-t-elle été utile ?",
    "¿Te ha resultado útil esta página?", "Questa pagina ti è stata utile?", "Was deze pagina nuttig?",
    "Czy ta strona była pomocna?", "Esta página foi útil?", "Var den här sidan till hjälp?",
    # a post's buttons (forums, community pages, reviews) and a recipe card's prompts
    "Was this reply helpful?", "Was this review helpful?", "Mark as New", "Report Inappropriate Content",
    "View solution in original post", "Click to expand...", "Zum Erweitern anklicken...", "Cliquez pour agrandir...",
    "Did you make this recipe?", "Tried this recipe? Let us know how it was!", "Rezept bewerten",
    # a forum member's meta lines
    "Joined: Mar 2, 2025", "Joined: Tue Jan 10, 2023 8:12 pm", "Member since: 12.03.2019", "Membre depuis : 12/03/2019",
    # counters beside a post, a review, a product or a paper
    "1 Kudo", "0 Kudos", "12 out of 20 found this helpful", "23 people found this review helpful", "Helpful (12)",
    "Unhelpful (1)", "1,203 Accesses", "12 Citations", "5 Altmetric", "Rating 4.6 out of 5 stars with 1,084 reviews",
    "4.86 from 22 votes", "\u2605\u2605\u2605\u2605\u2606 4.3 (218 reviews)", "4,5 von 5 Sternen (123 Bewertungen)",
    "12 Personen fanden diese Bewertung hilfreich",
    # a shop's box: old prices, savings, buttons
    "Was $179.99", "Save $50.00", "Save 23%", "Statt 49,99 \u20ac", "Verified buyer", "Buy now with PayPal",
    "Write a review", "Quantity", "Verifizierter Kauf", "Achat vérifié", "Compra verificada",
    # job boards, event pages, documentation
    "Apply now", "Apply for this job", "Save job", "Report job", "Share this job", "Jetzt bewerben", "Postuler",
    "Add to calendar", "Buy tickets", "Zum Kalender hinzufügen", "Copy code", "Download this chart",
    "Skip to primary sidebar", "Search docs", "Cite this article", "Rights and permissions",
    # a web agency's credit in the footer of a school's, a parish's or a club's site
    "Website by Parish Sites", "School website by Example Schools", "Webdesign von Studio Nord",
    "Site réalisé par Agence Exemple",
]


@pytest.mark.parametrize("line", CHROME)
def test_the_chrome_of_these_pages_goes(line):
    out = cleaner.clean(f"{PARA}\n\n{PARA_2}\n\n{line}").split("\n")
    assert line not in out and PARA_2 in out


# Prose that uses the same words, and lines of these kinds that are no chrome: they stay between
# two paragraphs and at the end of a text.
SURVIVORS = [
    "Was this page helpful to the jury? The judge said it was not.",
    '"Was this page helpful?" is the question the council now asks at the bottom of every page.',
    "Edit this page, the teacher told the class, and then print it.",
    "Apply now for the grant: the council has \u00a32 million to give away this year.",
    "Apply for this job if you like working with data.",
    "Write a review of the book in 200 words and send it to the school office.",
    "Customers also bought more bread than usual during the strike, the shop said.",
    "Quantity matters less than quality, the chef says.",
    "Verified buyers left 1,200 reviews in a week, the company said.",
    "Save 23% on energy bills by insulating the loft, the report says.",
    "Was $179.99 a fair price for the headphones? Most readers thought so.",
    "Joined: the two villages merged in 1974.",
    "12 Citations in one year is a lot for a paper in this field.",
    "4 people found this helpful, the survey says, and 6 did not.",
    "Rating 4.6 out of 5 stars with 1,084 reviews, the kettle is the shop's best seller.",
    "Click to expand the map, the guide says.",
    "Report a problem with this page to the webmaster.",
    "Print this page and bring it with you on the day.",
    "Tried this recipe? We did, and it was delicious.",
    "Buy tickets early: the last three concerts sold out within an hour.",
    "Add to calendar: the market returns on the first Saturday of every month.",
    "Copy the code below into a file called app.py:",
    "Download this chart and the data behind it from the statistics office's website.",
    # a review's verdict, a poll's answer and a listing's headings stay
    "Rating: 4.5/5", "Rated 4.5 out of 5", "Yes (412)", "Citations", "Member since 2019", "Quantity and quality",
    # headlines in title case and sentences about a site's makers
    "Powered by Hope", "Designed by Committee", "Built by Hand", "Website by the council",
    "Website by Parish Sites, the diocese's new web team, went live on Monday.",
]


@pytest.mark.parametrize("line", SURVIVORS)
def test_prose_with_the_same_words_stays(line):
    assert line in cleaner.clean(f"{PARA}\n\n{line}\n\n{PARA_2}").split("\n")
    assert line in cleaner.clean(f"{PARA}\n\n{PARA_2}\n\n{line}").split("\n")


# --------------------------------------------------------------------------------------------
# A name and its place split by one comma is no menu label: an event's venue, a research
# project's team, a paper's authors. A paper's keywords under its abstract open no section of
# chrome: its introduction follows them.
# --------------------------------------------------------------------------------------------

EVENT = """\
??An evening with Dr Helen Marsh: The Secret Life of Moths | Northgate Museum
!!Skip to content
!!What's on
!!Visit
!!Learn
!!Support us
!!Shop
!!Book tickets

??What's on
??Talks

An evening with Dr Helen Marsh: The Secret Life of Moths

Thursday 15 May 2025
7pm - 8.30pm
Lecture Theatre, Northgate Museum
Tickets: £12, concessions £8, members free

!!Book now
!!Add to calendar

Moths outnumber butterflies in Britain by more than twenty to one, yet most of us could not name five of them.

Ecologist Dr Helen Marsh has spent twenty years counting moths in gardens across the country. In this illustrated talk she explains why their numbers are falling and what we can do in our own gardens to help.

Doors open at 6.30pm. The bar will be open before and after the talk.

!!You might also like
!!Family Bug Hunt
!!Museum Lates: Night Sky
!!Opening times
!!Sign up to our newsletter
!!Facebook
!!Instagram
!!Privacy
!!Cookies
"""

PROJECT = """\
??SEAGRASS: Restoring seagrass meadows in the Wadden Sea - Institute for Coastal Research
!!Skip to main content
!!About the Institute
!!Research
!!People
!!Publications
!!Careers
!!News
!!Contact
!!Search
!!Departments
!!Coastal Ecology
!!Marine Geology
!!Ocean Modelling
!!Data Centre

SEAGRASS: Restoring seagrass meadows in the Wadden Sea

Project duration: 2023 - 2027
Principal investigator: Prof. Dr. Jan de Vries

Seagrass meadows store carbon, protect coasts and shelter young fish, but more than 90% of the Wadden Sea's meadows were lost in the 20th century.

SEAGRASS tests three ways of replanting meadows at six sites and follows how well each survives storms and grazing over four years.

Partners

University of Groningen
Danish Coastal Authority

Team

Prof. Dr. Jan de Vries
Dr. Sofie Andersen
Lars Meyer, PhD student

!!Share this page
!!Print
!!About the Institute
!!Departments
!!Coastal Ecology
!!Marine Geology
!!Ocean Modelling
!!Data Centre
!!Imprint
!!Data protection
!!Accessibility
"""

PAPER = """\
??Street trees reduce summer surface temperatures in dense neighbourhoods | Journal of Urban Ecology
!!Journals
!!Books
!!Conferences
!!Log in
!!Register
!!Cart (0)
!!Search all content
!!Subjects
!!Ecology
!!Geography
!!Urban Studies
!!Climate Science

Street trees reduce summer surface temperatures in dense neighbourhoods

Anna Berg, Luis Ortega

Published: 14 May 2024

!!Download PDF
!!Cite this article
!!1,203 Accesses
!!12 Citations

Abstract

Urban heat islands raise health risks in summer. We measured surface temperatures on 240 streets in three European cities during July 2022 and compared streets with and without mature trees.

Streets with a tree canopy cover above 40% were on average 6.2 °C cooler at street level at 3 pm than streets without trees. The effect was larger on narrow streets.

Keywords

urban heat island; street trees; surface temperature

1 Introduction

Cities are warming faster than the countryside around them.

!!Rights and permissions
!!Reprints and permissions
!!Subjects
!!Ecology
!!Geography
!!Urban Studies
!!Climate Science
!!Privacy choices
!!Accessibility statement
!!© 2024 Example Science Publishers
"""


@pytest.mark.parametrize("page", [EVENT, PROJECT, PAPER], ids=["event", "project", "paper"])
def test_names_with_their_place_and_a_papers_keywords_stay(page):
    # (Pages this short are no full page for the block classifier: their menus are not asserted.)
    check_page(page, chrome=False)


def test_a_row_of_labels_split_by_commas_still_goes():
    menu = ["Harbour", "Villages", "Fishing", "Ferries", "Markets", "Letters", "Obituaries", "Puzzles"]
    row = "Facts, Backgrounds, Dossiers"
    text = "\n".join([*menu, "", PARA, "", PARA_2, "", PARA, "", PARA_2, "", row, "", *menu, "", *FOOTER])
    assert row not in cleaner.clean(text).split("\n")


# --------------------------------------------------------------------------------------------
# A blog's calendar widget (its head row of weekdays over rows of days) and the answers under a
# feedback question go; a table of opening hours under the same head row, a draw's numbers and a
# quiz's "Yes" stay.
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head", ["Mo Tu We Th Fr Sa Su", "M T W T F S S", "Mo Di Mi Do Fr Sa So", "L M M J V S D",
                                  "Lu Ma Mi Ju Vi Sá Do", "Ma Di Wo Do Vr Za Zo", "Pn Wt Śr Cz Pt Sb Nd"])
def test_a_calendar_widget_goes(head):
    rows = ["1 2", "3 4 5 6 7 8 9", "10 11 12 13 14 15 16", "17 18 19 20 21 22 23", "24 25 26 27 28 29 30", "31", "« Feb"]
    out = cleaner.clean("\n".join([PARA, "", PARA_2, "", head, *rows])).split("\n")
    assert not {head, *rows} & set(out)


def test_what_only_looks_like_a_calendar_stays():
    for block in ("Mo Di Mi Do Fr Sa So\n9-18 9-18 9-18 9-18 9-18 geschlossen geschlossen",
                  "Mo Tu We Th Fr Sa Su\n4 8 15 16 23 42", "Winning numbers\n3 4 5 6 7 8"):
        for text in (f"{PARA}\n\n{block}\n\n{PARA_2}", f"{PARA}\n\n{PARA_2}\n\n{block}"):
            assert block in cleaner.clean(text)


@pytest.mark.parametrize("question, answers", [
    ("Was this page helpful?", ["Yes", "No"]),
    ("Is this page useful?", ["Maybe", "Yes, this page is useful", "No, this page is not useful"]),
    ("Was this review helpful?", ["Yes (4)", "No (0)"]),
    ("War diese Seite hilfreich?", ["Ja", "Nein"]),
    ("Cette page vous a-t-elle été utile ?", ["Oui", "Non"]),
])
def test_the_answers_under_a_feedback_question_go(question, answers):
    text = "\n".join([PARA, "", PARA_2, "", question, *answers, "", "Privacy policy"])
    assert not {question, *answers} & set(cleaner.clean(text).split("\n"))


def test_a_yes_under_a_question_of_the_article_stays():
    for question in ("Did the plan work?", "Was this page helpful to the jury?", "Was it worth it?"):
        text = f"{PARA}\n\n{question}\n\nYes\n\n{PARA_2}"
        assert "Yes" in cleaner.clean(text).split("\n")


# --------------------------------------------------------------------------------------------
# The article's subheading that the site's menu prints too ("Results") stays above its list when
# the article's next subheading stands between the list and the next paragraph.
# --------------------------------------------------------------------------------------------

CLUB = """\
??Club news: April roundup – Riverside Running Club

!!Riverside Running Club
!!Home
!!Join
!!Training
!!Races
!!Results
!!News
!!Members' area
!!Login

Club news: April roundup

Posted on 30 April 2025 by Club Secretary

A record 64 members ran the Hollybrook 10K on 13 April. Well done to everyone, and a special mention to Priya Shah, who won her age category in 41:22.

Results

1st F45 - Priya Shah 41:22
3rd M60 - Dave Rowe 44:07
Club record (M50) - Mark Ellis 37:58

Summer training

From 6 May, Tuesday track sessions move to 7pm at Eastfield Stadium. Thursday hill reps stay at 6.30pm from the clubhouse.

AGM

The AGM will be on Friday 23 May at 8pm in the clubhouse. Nominations for the committee close on 9 May.

See you out there!

The Committee

!!Categories: Club news
!!← March roundup
!!Leave a Reply

!!Your email address will not be published. Required fields are marked *

!!Comment *
!!Name *
!!Email *
!!Post Comment
!!Recent Posts
!!April roundup
!!Parkrun milestones
!!Archives
!!April 2025
!!March 2025
!!February 2025
!!Proudly powered by WordPress
"""


def test_a_subheading_the_menu_prints_too_stays_above_its_list():
    check_page(CLUB, chrome=False)
    assert cleaner.clean(CLUB).split("\n").count("Results") == 1
