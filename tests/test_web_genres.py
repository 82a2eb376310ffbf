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

PARA = "The senior envoys met in Seoul on Friday for the first time in four months to discuss the stalled talks."
PARA_2 = ("The two sides agreed to meet again in the spring, officials said, though neither gave a date or "
          "named the city where the next round would be held.")


def check_page(page: str) -> None:
    """Lines marked "!!" are chrome that must go, "??" may go either way, the rest must stay."""
    raw = page.strip("\n").split("\n")
    marks = [line[:2] if line[:2] in ("!!", "??") else "" for line in raw]
    lines = [line[2:] if mark else line for line, mark in zip(raw, marks)]
    text = "\n".join(lines)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    decisions = cleaner.explain(text).decisions
    removed = {starts.index(d.start): d for d in decisions if d.start in starts}
    assert not [(d.rule, d.text) for d in decisions if d.start not in starts]
    lost = [(lines[i], d.rule) for i, d in removed.items() if marks[i] == "" and lines[i].strip()]
    assert not lost
    kept = [line for i, (line, mark) in enumerate(zip(lines, marks)) if mark == "!!" and i not in removed]
    assert not kept


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
