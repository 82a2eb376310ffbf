"""The block classifier (rule ``boilerplate``) and language detection."""

from __future__ import annotations

import cleaner
import pytest
from cleaner import Config
from cleaner.language import detect, rank, stopwords
from cleaner.rules.classify import MIN_ARTICLE_CHARS
from hypothesis import assume, given, settings, strategies as st

MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Podcasts"]
FOOTER = ["Contact", "Careers", "Advertise", "Imprint", "Privacy", "Terms"]

ARTICLE = [
    "Floods close the northern rail line for a week",
    "",
    "By Mara Lind, 3 May 2024",
    "",
    "The northern rail line will stay closed until next Monday after heavy rain washed away a section of the track near the river, the operator said on Tuesday.",
    "",
    "What happens next",
    "",
    "Engineers have started to rebuild the embankment, and replacement buses will run every half hour between the two towns while the work goes on.",
    "",
    "He declined to comment.",
    "",
    "The operator said that tickets bought for the closed section will be refunded in full, and that passengers can also use them on the buses.",
]

GERMAN = [
    "Hochwasser legt Bahnstrecke für eine Woche lahm",
    "",
    "Die nördliche Bahnstrecke bleibt nach dem Starkregen bis zum kommenden Montag gesperrt, weil ein Teil des Gleises am Fluss weggespült wurde.",
    "",
    "Wie es weitergeht",
    "",
    "Die Techniker haben mit dem Wiederaufbau des Damms begonnen, und zwischen den beiden Orten fahren in dieser Zeit alle halbe Stunde Ersatzbusse.",
    "",
    "Fahrkarten für den gesperrten Abschnitt werden nach Angaben des Betreibers vollständig erstattet, sie gelten auch in den Bussen.",
]


def page(article: list[str], menu=MENU, footer=FOOTER) -> str:
    return "\n".join([*menu, "", *article, "", *footer])


def test_menus_and_footers_around_the_article_go():
    result = cleaner.explain(page(ARTICLE))
    assert result.text == "\n".join(ARTICLE)
    assert {d.text for d in result.decisions} == set(MENU) | set(FOOTER)
    # Labels no vocabulary knows ("Politics", "Culture") go because of the run they are in.
    mine = [d for d in result.decisions if d.rule == "boilerplate"]
    assert {"Politics", "Culture"} <= {d.text for d in mine}
    assert all("in a run of short lines" in d.evidence for d in mine)


def test_german_page():
    menu = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Auto"]
    footer = ["Impressum", "Kontakt", "Jobs", "Mediadaten", "Datenschutz", "Abo"]
    assert cleaner.clean(page(GERMAN, menu, footer)) == "\n".join(GERMAN)


def test_headline_and_subheadings_inside_the_article_stay():
    text = page(ARTICLE)
    out = cleaner.clean(text)
    for line in ("Floods close the northern rail line for a week", "What happens next", "He declined to comment."):
        assert line in out.split("\n")


def test_ingredient_like_lines_outside_the_prose_stay():
    # Short lines with figures or function words may be the article's list: not a menu.
    ingredients = ["200 g sugar", "3 eggs", "a pinch of salt", "1 cup of milk"]
    text = "\n".join([*MENU, "", *ingredients, "", *ARTICLE[4:], "", *FOOTER])
    out = cleaner.clean(text).split("\n")
    assert all(line in out for line in ingredients)
    assert not any(line in out for line in MENU)


def test_a_lone_short_line_at_the_edge_is_not_a_menu():
    text = "\n".join([*ARTICLE, "", "Table 1", "Ridership 2023"])
    assert cleaner.clean(text) == text


def test_no_article_no_removal():
    # Without enough prose there is nothing to anchor an article on: a list stays a list.
    text = "\n".join(["Shopping", "Milk", "Bread", "Eggs", "Butter", "Apples"])
    assert "boilerplate" not in cleaner.explain(text).counts()


def test_page_without_stoplist_language():
    article = [
        "北部铁路线因暴雨冲毁河边一段轨道而关闭，运营方周二表示，线路将至少关闭到下周一，工程人员已经开始修复路基，预计需要一周时间。",
        "",
        "在施工期间，两镇之间每半小时有一班替代巴士，已购买该区段车票的乘客可以全额退款，也可以直接乘坐替代巴士出行，运营方对此表示歉意。",
        "",
        "当地居民表示，这是近十年来最严重的一次洪水，许多农田被淹没，政府已经派出救援队伍前往受灾地区，帮助居民转移到安全地点。",
    ]
    menu = ["首页", "新闻", "体育", "财经", "娱乐", "科技", "汽车"]
    out = cleaner.clean("\n".join([*menu, "", *article, "", *menu]))
    assert out == "\n".join(article)


def test_classifier_can_be_switched_off():
    text = page(ARTICLE)
    assert "boilerplate" not in cleaner.explain(text, config=Config.preset("precision")).counts()
    assert "boilerplate" not in cleaner.explain(text, config=Config().disable("boilerplate")).counts()


def test_language_detection():
    assert detect(" ".join(ARTICLE)) == "en"
    assert detect(" ".join(GERMAN)) == "de"
    assert detect("Le gouvernement a annoncé mardi que la ligne restera fermée pendant toute la semaine, et les voyageurs pourront utiliser leurs billets dans les bus.") == "fr"
    assert detect("El Gobierno anunció el martes que la línea seguirá cerrada hasta el final de la semana.") == "es"
    assert detect("") is None
    assert rank(" ".join(GERMAN + ARTICLE))[:2] in (["de", "en"], ["en", "de"])
    assert "und" in stopwords("de") and "und," in stopwords("de")
    assert stopwords(None) == frozenset()


WORDS = st.sampled_from(["the", "rail", "line", "will", "stay", "closed", "and", "of", "engineers", "said", "to", "a",
                         "river", "after", "rain", "in", "town", "buses", "run", "was", "for", "on"])
PARAGRAPH = st.lists(WORDS, min_size=20, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
LABEL = st.sampled_from(MENU + FOOTER + ["Login", "Search", "Newsletter", "Shop", "Video"])
# (Menus of a full page: at least PAGE_MENU_LINES labels around the article.)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=3, max_size=8, unique=True),
       st.lists(LABEL, min_size=6, max_size=14), st.lists(LABEL, min_size=6, max_size=14))
def test_prose_between_menus_survives_in_order(paragraphs, top, bottom):
    assume(sum(map(len, paragraphs)) >= MIN_ARTICLE_CHARS)
    text = "\n".join([*top, "", "\n\n".join(paragraphs), "", *bottom])
    out = cleaner.clean(text).split("\n")
    assert [line for line in out if line in paragraphs] == paragraphs
    assert not set(out) & (set(top) | set(bottom))


PROSE = [
    "Readers wrote to us about the closure, and we will publish a selection of their letters in the weekend edition.",
    "The operator has promised a full report on the embankment, and the council wants to see it before the line reopens.",
]
TEASERS = ["Storms cost the region its harvest", "Why the bridge took ten years to build", "A walk along the old canal",
           "The best bakeries in the north", "Five trains you can still ride", "How the ferry got its name"]


def test_a_chrome_labels_section_below_the_article_goes_down_to_its_second_prose_line():
    teasers = TEASERS
    blurb = "A new walking trail follows the river from the old mill to the harbour"  # no final stop
    text = "\n".join([*MENU, "", *ARTICLE, "", *FOOTER, "", "Share on Facebook", teasers[0], blurb, *teasers[1:], "",
                      PROSE[0], "", PROSE[1], "", "Ten facts about the river", "", *MENU])
    result = cleaner.explain(text)
    out = result.text.split("\n")
    assert not set(teasers) & set(out) and blurb not in out
    assert {d.text: d.evidence for d in result.decisions}[teasers[0]] == "short line below a chrome label after the article"
    # Sentences stay, and the second prose line ends the section: what follows it stays by
    # default (it may be the article's own).
    assert PROSE[0] in out and PROSE[1] in out and "Ten facts about the river" in out


def test_a_chrome_labels_section_goes_below_an_article_without_menus_too():
    for label in ("Newsletter", "Tags", "About the author", "Impressum"):
        text = "\n".join([*ARTICLE, "", label, *TEASERS[:3]])
        result = cleaner.explain(text)
        assert result.text == "\n".join(ARTICLE)
        assert {d.rule for d in result.decisions if d.text in TEASERS} == {"boilerplate"}


def test_a_teaser_blurb_without_a_final_stop_does_not_end_a_section():
    blurb = "The old ferry across the estuary is back in service after two years of repairs and a long fight over money"
    text = "\n".join([*ARTICLE, "", "Newsletter", TEASERS[0], blurb, TEASERS[1]])
    result = cleaner.explain(text)
    assert result.text == "\n".join(ARTICLE)
    assert {d.rule for d in result.decisions if d.text in (blurb, TEASERS[1])} == {"boilerplate"}


def test_a_sentence_below_a_chrome_label_stays():
    # The article may go on below a label: a line that reads as a sentence is never part of a section.
    sentence = "The line reopens on Monday."
    text = "\n".join([*ARTICLE, "", "Newsletter", TEASERS[0], sentence, TEASERS[1]])
    out = cleaner.clean(text).split("\n")
    assert sentence in out and TEASERS[0] not in out and TEASERS[1] not in out
    # A line that starts like a label but ends like a sentence opens no section.
    text = "\n".join([*ARTICLE, "", "Follow the money, investigators say.", "North Korea Cyber Activities Fund Nuclear Programs"])
    assert cleaner.clean(text) == text


def test_page_edges_below_an_article_without_menus_start_at_the_first_chrome_label():
    after = ["Newsletter", *TEASERS, PROSE[0], "Ten facts about the river", PROSE[1]]
    text = "\n".join([*ARTICLE, "", *after])
    assert cleaner.clean(text).split("\n")[-3:] == ["", PROSE[0], PROSE[1]]
    assert cleaner.clean(text, config=Config.preset("recall")) == "\n".join(ARTICLE)


def test_a_share_button_between_the_parts_of_an_article_without_menus_opens_no_section():
    # A recipe's story, its "Pin" button, then its ingredients: the button is not the end.
    ingredients = ["200 g flour", "2 eggs", "a pinch of salt"]
    text = "\n".join([*ARTICLE, "", "Pin", *ingredients])
    assert cleaner.clean(text).split("\n")[-3:] == ingredients


def test_page_edges_take_what_follows_the_first_chrome_label_in_the_recall_preset():
    teasers = ["Share on Facebook", *TEASERS]
    text = "\n".join([*MENU, "", *ARTICLE, "", *FOOTER, "", *teasers, "", PROSE[0], "", PROSE[1], "", "Ten facts about the river", "", *MENU])
    # By default what follows the section of a chrome label stays: it may be the article's own.
    assert cleaner.clean(text).split("\n")[-5:] == [PROSE[0], "", PROSE[1], "", "Ten facts about the river"]
    recall = cleaner.explain(text, config=Config.preset("recall"))
    assert recall.text == "\n".join(ARTICLE)
    assert {d.text: d.rule for d in recall.decisions}["Ten facts about the river"] == "boilerplate"
    assert not Config().page_edges and Config.preset("recall").page_edges


def test_page_edges_keep_long_sentences_and_draw_no_edge_above_the_article():
    long_sentence = ("Readers wrote to us about the closure in the hundreds, and we will publish a selection of "
                     "their letters, with the replies of the operator, in the weekend edition of the paper.")
    lead = ["Floods close the line", "Engineers at work", "Buses every half hour", "Refunds in full"]
    text = "\n".join([*lead, "", *MENU, *FOOTER, "", *ARTICLE[4:], "", "Share on Facebook", "", long_sentence, "", *FOOTER])
    out = cleaner.clean(text, config=Config.preset("recall")).split("\n")
    assert long_sentence in out  # kept by the prose guard
    assert all(line in out for line in lead)


def test_an_articles_own_lists_and_tables_are_not_menus():
    table = [f"| Row {n} | {n * 3} mg | ({n} %) |" for n in range(1, 16)]
    jokes = ["What do you call a fish with no eyes?", "A fsh.", "Knock, knock.", "Who's there?", "Boo.", "Boo who?"]
    contacts = ["Falco", "www.falco.example", "Milchbar", "www.milchbar.example", "Press: Jan Koch"]
    for extra in (table, jokes, contacts):
        text = "\n".join([*ARTICLE, "", *extra])
        assert cleaner.clean(text) == text


def test_a_few_labels_after_an_article_are_not_a_page():
    # A short run of labels after the prose ("Herzlichst / Eure / MARTINA BERG") is a sign-off;
    # only a text with many stacked labels around its article is taken for a full page.
    text = "\n".join([*ARTICLE, "", "Herzlichst", "Eure", "MARTINA BERG"])
    assert cleaner.clean(text) == text


def test_a_heading_above_prose_is_kept_by_a_named_guard():
    headline = "Northern Rail Closure Extended"  # no function word, no figure: shaped like a label
    text = page([headline, "", *ARTICLE[4:]])
    result = cleaner.explain(text)
    assert {k.text: k.guard for k in result.kept}.get(headline) == "block-heading-guard"
    assert result.text.split("\n")[0] == headline


def test_a_long_list_on_one_side_of_the_article_is_not_a_page():
    # Twenty bare names after the prose look like a menu, but a page has menus on both sides.
    names = ["UFRJ", "UFMG", "UFBA", "UFPB", "UERJ", "UFAM", "UnB", "UFSC", "UFPE", "UFC",
             "UFPR", "UFG", "UFF", "UFRN", "UFES", "UFAL", "UFS", "UFPI", "UFMA", "UFT"]
    text = "\n".join([*ARTICLE, "", *names])
    assert cleaner.clean(text) == text


def test_labels_printed_twice_around_the_article_go_but_a_repeated_standfirst_stays():
    standfirst = "Engineers found corrosion in the main cables during a routine inspection"
    text = "\n".join([*MENU, "", "Weekend Specials", "", standfirst, "", *ARTICLE[4:], "",
                      "Weekend Specials", "", *FOOTER, "", standfirst])
    out = cleaner.clean(text).split("\n")
    assert "Weekend Specials" not in out
    assert standfirst in out


FERRY = [
    "Harbour ferry returns after two years of repairs",
    "",
    "The old ferry across the estuary is back in service from Saturday, after two years in the yard and a long argument "
    "between the council and the operator over who should pay for the new engines.",
    "",
    "The first crossing leaves the north quay at seven in the morning, and the timetable will be the same as before the "
    "repairs, with a boat every twenty minutes until late in the evening.",
    "",
    "Fares stay at the old price for the first month, the operator said, and season tickets bought before the ferry was "
    "taken out of service will be honoured until the end of the year.",
    "",
    "The engines were built in the town's own yard, which had not built anything for a ferry in forty years, and the work "
    "took longer than planned because parts had to be made by hand.",
    "",
    "Two new crew members were trained over the winter, and the captain, who has sailed the route for twenty years, said "
    "the boat now runs more quietly than it ever did.",
    "",
    "Residents on the south bank, who had to drive around the estuary for almost an hour, welcomed the news and said they "
    "hoped the boat would never be taken away from them again.",
]
# Teasers whose blurbs are long enough to read as prose: the article run takes them in.
RELATED_TEASERS = [
    "Storms cost the region its harvest",
    "",
    "Farmers in the valley say the wet summer has cost them more than half of their wheat, and they are asking the "
    "government for help with the losses",
    "",
    "Why the bridge took ten years to build",
    "",
    "The new bridge over the river was planned in the nineties, and it took a decade of arguments about money and the "
    "route before the first stone was laid",
    "",
    "A walk along the old canal",
    "",
    "The towpath between the two mills is open again after the winter, and it is one of the most beautiful walks in the "
    "county for families with children",
]


def test_a_related_list_at_the_end_of_the_article_run_goes_with_its_blurbs():
    text = page([*FERRY, "", "Related posts", "", *RELATED_TEASERS])
    result = cleaner.explain(text)
    assert result.text == "\n".join(FERRY)
    evidence = {d.text: d.evidence for d in result.decisions}
    assert evidence[RELATED_TEASERS[4]] == "short line below a related-list label at the article's end"
    assert evidence[RELATED_TEASERS[6]] == "good line below a related-list label at the article's end"


def test_a_related_label_above_the_rest_of_the_story_takes_nothing():
    # The same shape (a label, then subheading and paragraph units) where the story goes on:
    # the label stands in the article's first part, and the units are the article's.
    units = [
        "Engines from the old yard", "",
        "The engines were built in the town's own yard, which had not built anything for a ferry in forty years, and the "
        "work took longer than planned because parts had to be made by hand", "",
        "A quieter boat", "",
        "Two new crew members were trained over the winter, and the captain, who has sailed the route for twenty years, "
        "said: \u201cthe boat now runs more quietly than it ever did.\u201d", "",
        "What the residents say", "",
        "Residents on the south bank, who had to drive around the estuary for almost an hour, welcomed the news and said "
        "they hoped the boat would never be taken away from them again.",
    ]
    article = [*FERRY[:5], "", "More on the ferry", "", *units]
    text = page(article)
    # (The list rule takes a label with one entry below it on its own: switched off here.)
    assert cleaner.clean(text, config=Config().disable("most-read-list")) == "\n".join(article)
    assert {d.text for d in cleaner.explain(text).decisions if d.rule == "boilerplate"} <= set(MENU)
    # Lower in the article, a paragraph that ends like a sentence after a related label stays.
    closing = FERRY[-1][:-1] + ", the operator said: \u201cwe are proud of her.\u201d"
    article = [*FERRY[:-1], "Related posts", "", *RELATED_TEASERS[:4], "", closing]
    result = cleaner.explain(page(article))
    assert closing in result.text.split("\n")
    # (The blurb above it was proposed, and kept as a heading of that paragraph.)
    assert {(k.rule, k.guard) for k in result.kept if k.text == RELATED_TEASERS[2]} == {("boilerplate", "block-heading-guard")}


# The article's topics, printed as a row of links under it.
TOPICS = ["Rail", "Floods", "Transport", "River Ouse"]
SIDEBAR = ["Harbour", "Villages", "Fishing", "Ferries", "Markets"]
# A sidebar's description of the site: prose between two menus.
WIDGET = [
    "Independent news from the estuary towns since 1921, written by and for the people who live along the coast",
    "The paper is printed in the old mill and delivered by bike to every house on the south bank.",
]


def test_a_short_stretch_of_prose_between_menus_below_the_article_goes():
    sign_off = "Mara Lind reported from the north quay."
    text = "\n".join([*MENU, "", *ARTICLE, "", *TOPICS, "", sign_off, "", *SIDEBAR, "", *WIDGET, "", *FOOTER])
    result = cleaner.explain(text)
    out = result.text.split("\n")
    assert not set(WIDGET) & set(out)
    assert {d.text: d.evidence for d in result.decisions}[WIDGET[0]] == "good line of a short stretch between menus below the article"
    # The first stretch after the article is its own: a sign-off after the topic links stays.
    assert sign_off in out and all(line in out for line in ARTICLE)


def test_the_articles_last_lines_after_its_topic_links_and_comment_replies_stay():
    # The same shape as an island, right after the article: its closing lines.
    closing = [
        "Correction: an earlier version of this story gave the wrong date for the reopening of the line",
        "The operator has asked passengers to check the timetable before they travel.",
    ]
    text = "\n".join([*MENU, "", *ARTICLE, "", *TOPICS, "", *closing, "", *SIDEBAR, "", *WIDGET, "", *FOOTER])
    out = cleaner.clean(text).split("\n")
    assert all(line in out for line in [*ARTICLE, *closing])
    # A reply between two comments' buttons is a comment, left to the comment rules.
    reply = [
        "Mara Lind 3 May 2024 at 10:12",
        "Thanks for the kind words, we will follow the story and report again when the line reopens next week",
    ]
    text = "\n".join([*MENU, "", *ARTICLE, "", *TOPICS, "", closing[1], "", *SIDEBAR, "", *reply, "", *FOOTER])
    assert reply[1] in cleaner.clean(text, config=Config().disable("comment-thread")).split("\n")


def test_a_recipes_steps_between_its_tabs_and_its_rating_buttons_stay():
    # A recipe card below the story: ingredients, a row of tabs, the steps, a row of buttons.
    # The steps are prose between two menus, like an island, but three lines of it or more.
    story = [
        "Lemon drizzle cake for a rainy Sunday",
        "",
        "My grandmother baked this cake every Sunday in the winter, and the smell of lemon in the kitchen still "
        "takes me back to her little house by the river.",
        "",
        "It is the simplest cake I know, and it keeps for days in a tin, if anyone lets it: in our house it has "
        "never lasted past Tuesday afternoon.",
        "",
        "The trick is to pour the syrup over the cake while it is still warm, so that it soaks in and leaves a "
        "crisp, sugary crust on top.",
    ]
    ingredients = ["200 g flour", "200 g butter", "200 g sugar", "4 eggs", "2 lemons"]
    tabs = ["Method", "Notes", "Nutrition", "Reviews"]
    steps = [
        "Heat the oven to 180 degrees and line a loaf tin with baking paper.",
        "Beat the butter and the sugar until pale, then add the eggs one at a time.",
        "Fold in the flour and the zest of the lemons, pour it into the tin and bake it for 45 minutes.",
    ]
    buttons = ["Rate this recipe", "Print", "Pin", "Share"]
    text = "\n".join([*MENU, "", *story, "", *TOPICS, "", *ingredients, "", *tabs, "", *steps, "", *buttons, "", *FOOTER])
    out = cleaner.clean(text).split("\n")
    assert all(line in out for line in [*story, *ingredients, *steps])


def test_short_sentences_below_a_chrome_label_on_a_full_page_go():
    # A teaser list of questions and a sign-up note under "Newsletter", below the article.
    teasers = ["Is the ferry safe in a storm?", "Why did the bridge take ten years?", "Sign up and never miss a story!"]
    text = "\n".join([*MENU, "", *ARTICLE, "", "Newsletter", *teasers, "", *FOOTER])
    result = cleaner.explain(text)
    assert result.text == "\n".join(ARTICLE)
    evidence = {d.text: d.evidence for d in result.decisions}
    assert evidence[teasers[0]] == "sentence of fewer than 10 words below a chrome label after the article"


def test_a_longer_sentence_below_a_chrome_label_stays_and_short_ones_without_menus():
    # The article's own sentences below a label run longer than a teaser's question ...
    closing = "The new timetable will be on the website next week."  # ten words
    text = "\n".join([*MENU, "", *ARTICLE, "", "Newsletter", "Is the ferry safe in a storm?", closing, "", *FOOTER])
    out = cleaner.clean(text).split("\n")
    assert closing in out and "Is the ferry safe in a storm?" not in out
    # ... and on a text without menus a short sentence below a label stays too.
    text = "\n".join([*ARTICLE, "", "Newsletter", TEASERS[0], "The line reopens on Monday.", TEASERS[1]])
    assert "The line reopens on Monday." in cleaner.clean(text).split("\n")


def test_a_see_also_list_followed_by_more_of_the_article_stays():
    # A wiki's "See also" list in the article's last part, then its next section: the article
    # resumes with a paragraph, so the label opens no section there.
    see_also = ["See also", "", "The harbour railway", "A bridge for the estuary", "Life on the north quay"]
    later = [
        "Behind the story", "",
        "The ferry in the winter of 1963, when the estuary froze over", "",
        "The idea for this piece came from a reader on the south bank, who sent us her grandfather's photographs of "
        "the ferry in the hard winter of 1963 and asked whether the old boat would ever sail again.",
    ]
    article = [*FERRY, "", *see_also, "", *later]
    # (The list rule takes a list under "See also" on its own: switched off here.)
    assert cleaner.clean(page(article), config=Config().disable("most-read-list")) == "\n".join(article)


RECIPE_STORY = [
    "This lentil soup has been our family's favourite winter dinner for years, and it takes less than an hour from start to finish.",
    "",
    "The trick is to fry the spices in the oil before the lentils go in, so that they release their aroma into the whole pot.",
    "",
    "If you have leftovers, the soup keeps for three days in the fridge and tastes even better the next day.",
]
RECIPE_CARD = [
    "Ingredients for 4 people", "", "200 g red lentils", "1 onion", "2 carrots", "Salt", "Pepper", "",
    "Instructions", "", "Chop the onion and the carrots and fry them in the oil for five minutes.",
    "Add the lentils and the stock and let them simmer for 25 minutes.",
]
KITCHEN_MENU = ["Home", "Recipes", "Dinner", "Desserts", "Baking", "Holidays", "About", "Contact"]
KITCHEN_FOOTER = ["Privacy Policy", "Terms", "Contact", "Newsletter", "Instagram", "Pinterest", "Facebook", "© 2024 Example Kitchen"]


def test_a_recipe_card_below_the_story_stays_on_a_full_page():
    # The card reads like a menu to the classifier (stacked labels, figures, one-line steps)
    # and follows a share button: the recipe-guard keeps its parts.
    card_head = ["Jump to Recipe", "Print Recipe", "", "Red Lentil Soup", "", "Prep Time", "10 mins", "Cook Time", "30 mins", ""]
    page = "\n".join(KITCHEN_MENU + ["", "Red Lentil Soup", ""] + RECIPE_STORY + [""] + card_head + RECIPE_CARD + [""] + KITCHEN_FOOTER)
    result = cleaner.explain(page)
    out = result.text.split("\n")
    for line in RECIPE_CARD + RECIPE_STORY:
        assert line in out
    assert {k.guard for k in result.kept if k.text in RECIPE_CARD} == {"recipe-guard"}
    assert "Jump to Recipe" not in out and "Dinner" not in out


def test_an_ingredients_item_of_a_menu_keeps_no_menu():
    menu = ["Recipes", "Ingredients", "Techniques", "Videos", "Shop", "Magazine", "Community", "Events"]
    page = "\n".join(menu + [""] + ARTICLE + [""] + KITCHEN_FOOTER)
    result = cleaner.explain(page)
    assert not [k for k in result.kept if k.guard == "recipe-guard"]
    assert "Techniques" not in result.text.split("\n")


INGREDIENT = st.one_of(
    st.builds("{} {} {}".format, st.integers(1, 500), st.sampled_from(["g", "ml", "tbsp", "tsp", "cups"]),
              st.sampled_from(["flour", "sugar", "red lentils", "vegetable stock", "butter", "rice"])),
    st.sampled_from(["Salt", "Pepper", "1 onion", "2 carrots", "A pinch of nutmeg", "Olive oil"]),
)
STEP = st.lists(WORDS, min_size=6, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=40, deadline=None)
@given(st.lists(INGREDIENT, min_size=2, max_size=12, unique=True), st.lists(STEP, min_size=1, max_size=6, unique=True),
       st.sampled_from([("Ingredients", "Instructions"), ("Zutaten für 4 Personen", "Zubereitung"),
                        ("Ingrédients", "Préparation"), ("Ingredients for the dough", "Method")]))
def test_a_recipe_cards_ingredients_and_steps_survive_on_a_full_page(ingredients, steps, headings):
    card_head = ["Jump to Recipe", "Print Recipe", "", "Prep Time", "10 mins", "Servings", "4", ""]
    card = [headings[0], "", *ingredients, "", headings[1], "", *steps]
    page = "\n".join(KITCHEN_MENU + ["", "Red Lentil Soup", ""] + RECIPE_STORY + [""] + card_head + card + [""] + KITCHEN_FOOTER)
    out = cleaner.clean(page).split("\n")
    assert [line for line in out if line and line in card] == [line for line in card if line]


LIST_STORY = [
    "Witch hazel in winter: what the shrub needs now",
    "",
    "Few shrubs flower as reliably in the cold months as witch hazel, and its thin yellow petals are a welcome sight on a grey January morning.",
    "",
    "If the shrub does not flower, it is usually unhappy with its place in the garden or with the soil, which should be moist but never wet.",
    "",
    "The most important points:",
]
LIST_ITEMS = ["Very hardy", "Winter flowers", "Yellow petals", "Curled petals in frost", "No winter care",
              "Moist soil", "Sunny spot", "No fertiliser", "Light pruning"]
LIST_STORY_END = [
    "",
    "Tips",
    "",
    "Even when the petals curl up in hard frost, the shrub usually takes no harm, and the flowers open again as soon as it gets milder.",
    "",
    "On frost-free days it is worth watering the shrub now and then, because evergreen neighbours take most of the rain.",
]


def test_a_list_inside_the_article_stays_on_a_full_page():
    # Split by a list of short labels, the article reads as two runs of prose with a menu
    # between them; the line that introduces the list with a colon and the prose on both
    # sides make it the article's (list-guard).
    text = page(LIST_STORY + LIST_ITEMS + LIST_STORY_END)
    result = cleaner.explain(text)
    out = result.text.split("\n")
    for line in LIST_STORY + LIST_ITEMS + LIST_STORY_END:
        assert line in out
    assert "list-guard" in {k.guard for k in result.kept}
    assert "Politics" not in out and "Careers" not in out


def test_a_list_below_a_colon_without_the_article_resuming_goes():
    # The same list at the article's end with only the footer below: nothing shows it is
    # the article's, and the classifier's removals stand.
    text = page(LIST_STORY + LIST_ITEMS)
    assert not [k for k in cleaner.explain(text).kept if k.guard == "list-guard"]


LABEL = st.lists(st.sampled_from(["Hardy", "Winter", "Flowers", "Frost", "Petals", "Water", "Shade", "Soil",
                                  "Pruning", "Yellow", "Scent", "Garden", "Roots"]), min_size=1, max_size=3, unique=True).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(LABEL, min_size=3, max_size=10, unique=True),
       st.sampled_from(["The most important points:", "Das Wichtigste in Kürze:", "Ce qu'il faut savoir :", "You will need:"]))
def test_items_of_a_list_inside_the_article_survive(items, intro):
    story = LIST_STORY[:-1] + [intro]
    out = cleaner.clean(page(story + items + LIST_STORY_END)).split("\n")
    assert [line for line in out if line in items] == items


BLOG_POST = [
    "My new rucksack and a small mistake",
    "",
    "I had wanted this rucksack for months, and when it finally arrived I noticed that I had ordered the larger of the two sizes by mistake.",
    "",
    "The shop would take it back, of course, but the return costs almost as much as a new strap, and the colour is exactly the one I wanted.",
    "",
    "I carried it around the city for a whole week to see whether I could get used to it, and to my surprise it fits a laptop and a jumper.",
    "",
    "So what do I do with it now? Keep it, sell it, or hide it in the wardrobe and never speak of it again? Tell me what you would do.",
    "",
    "Have a lovely Sunday, all of you!",
]
BLOG_BELOW = ["Share this post", "Related Posts", "Autumn in the city", "A weekend in Lisbon", "Five cosy scarves", "Reading list"]


@pytest.mark.parametrize("sign_off", ["x Lena", "xoxo", "Liebe Grüße, Lena", "Bisous, Claire", "Love, Lena", "XO Jen"])
def test_a_bloggers_sign_off_below_the_post_stays(sign_off):
    text = page(BLOG_POST + [sign_off, ""] + BLOG_BELOW)
    result = cleaner.explain(text)
    out = result.text.split("\n")
    assert sign_off in out
    assert "Five cosy scarves" not in out and "Politics" not in out


@pytest.mark.parametrize("greeting,name", [("Liebe Grüße,", "Anna"), ("Love,", "Lena x"), ("Bises,", "Claire"),
                                           ("Un abrazo,", "Lucía"), ("Cheers,", "Tom")])
def test_a_sign_off_on_two_lines_below_the_post_stays(greeting, name):
    # The greeting ends with a comma and the name stands on the line below.
    out = cleaner.clean(page(BLOG_POST + [greeting, name, ""] + BLOG_BELOW)).split("\n")
    assert greeting in out and name in out
    assert "Five cosy scarves" not in out


def test_a_commenters_greeting_above_a_reply_button_is_no_sign_off():
    text = page(BLOG_POST + ["Viele Grüße,", "Julia", "", "Antworten", ""] + BLOG_BELOW)
    assert not [k for k in cleaner.explain(text).kept if k.guard == "sign-off-guard"]


def test_a_bare_greeting_or_a_menu_label_below_the_post_is_no_sign_off():
    # "Liebe Grüße" without a name closes comments as often as posts; "Love Island" is a label.
    for line in ["Liebe Grüße", "Love Island"]:
        text = page(BLOG_POST + [line, ""] + BLOG_BELOW)
        assert not [k for k in cleaner.explain(text).kept if k.guard == "sign-off-guard"]


@pytest.mark.parametrize("heading, text", [
    ("Über uns", "Wir sind ein kleiner Verein von Ehrenamtlichen, der seit 2009 die Tafel in unserer Stadt betreibt. "
                 "Jede Woche geben wir Lebensmittel an rund 300 Familien aus."),
    ("About us", "We are a small team of volunteers who have run the food bank in our town since 2009, and every "
                 "week we hand out parcels to around 300 families."),
])
def test_the_heading_of_an_about_page_its_title_names_stays(heading, text):
    # The page is the "About us" page: its heading is the headline, not the footer's link.
    page_text = "\n".join([f"{heading} | Food Bank Example", "", *MENU, heading, "", heading, "", text, "", *FOOTER, heading])
    out = cleaner.clean(page_text).split("\n")
    assert out.count(heading) == 1 and text in out
    assert out.index(heading) == out.index(text) - 2
    # On an article's page the same link in the footer goes.
    assert heading not in cleaner.clean(page(ARTICLE, footer=[*FOOTER, heading])).split("\n")


def test_a_short_headline_printed_again_above_the_article_stays():
    # The page title, a breadcrumb and the headline itself: the same short line three times
    # outside the article. Labels printed twice around the article go, the headline does not.
    headline = "Lithium from the shredder"
    text = "\n".join([f"{headline} | Example Tech News", "", *MENU, "", "Home", "Science", headline, "", headline, "",
                      "By Mara Lind, 3 May 2024", "", *ARTICLE[4:], "", *FOOTER, "", *MENU])
    out = cleaner.clean(text).split("\n")
    assert headline in out
    assert "Politics" not in out


@settings(max_examples=30, deadline=None)
@given(st.tuples(st.sampled_from(["Lithium", "Batteries", "Recycling", "Plants", "Floods"]),
                 st.sampled_from(["from", "in", "for", "of", "on"]),
                 st.sampled_from(["the shredder", "Berlin", "the north", "old phones", "scrap"])),
       st.sampled_from([" | ", " - ", " – ", " » "]))
def test_a_headline_of_two_to_four_words_survives_its_repeats(words, separator):
    # (A headline of labels alone, "Lithium Batteries", reads as a menu item; one with a
    # function word as a short line that may be repeated.)
    headline = " ".join(words)
    assume(headline.lower() not in {m.lower() for m in MENU + FOOTER})
    text = "\n".join([f"{headline}{separator}Example News", "", *MENU, "", "Home", "Science", headline, "", headline, "",
                      "By Mara Lind, 3 May 2024", "", *ARTICLE[4:], "", *FOOTER, "", *MENU])
    assert headline in cleaner.clean(text).split("\n")


def test_a_headline_of_labels_that_the_title_names_stays():
    # "Effiziente Hybridbatterie" has no function word: between the last menu and the
    # byline it reads as one more menu item. The page's title line names it (title-guard).
    headline = "Effiziente Hybridbatterie"
    text = "\n".join([f"{headline} | Beispiel Technik", "", *MENU, "", headline, "", "Von Mara Lind, 3. Mai 2024", "",
                      *GERMAN[2:], "", *FOOTER, "", *MENU])
    result = cleaner.explain(text)
    out = result.text.split("\n")
    assert out.count(headline) == 1
    assert [k.guard for k in result.kept if k.text == headline] == ["title-guard"]
    assert "Politics" not in out


def test_the_title_guard_keeps_no_site_name():
    # Only the site's name is printed as a line: the guard keeps nothing.
    text = "\n".join(["Effiziente Hybridbatterie | Beispiel Technik", "", *MENU, "", "Beispiel Technik", "",
                      "Von Mara Lind, 3. Mai 2024", "", *GERMAN[2:], "", *FOOTER, "", *MENU])
    assert not [k for k in cleaner.explain(text).kept if k.guard == "title-guard"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Effiziente", "Hybridbatterie", "Neue", "Solarzellen", "Stadtwerke", "Bilanz", "Rekord",
                                 "Windkraft"]), min_size=2, max_size=4, unique=True),
       st.sampled_from([" | ", " - ", " – ", " » "]))
def test_a_headline_that_the_title_names_survives_on_a_full_page(words, separator):
    headline = " ".join(words)
    text = "\n".join([f"{headline}{separator}Beispiel Technik", "", *MENU, "", headline, "", "Von Mara Lind, 3. Mai 2024",
                      "", *GERMAN[2:], "", *FOOTER, "", *MENU])
    assert headline in cleaner.clean(text).split("\n")


def test_a_headline_that_holds_a_separator_stays_when_the_title_names_it():
    # "Update | Harbour bridge closed" is the beginning of the title line, up to its second
    # separator; split at every separator, no part of the title is the headline.
    headline = "Update | Harbour Bridge Closed"
    text = "\n".join([f"{headline} | News | Example Gazette", "", *MENU, "", headline, "",
                      "Drivers face long detours", "", *ARTICLE[4:], "", *FOOTER, "", *MENU])
    result = cleaner.explain(text)
    assert headline in result.text.split("\n")
    assert [k.guard for k in result.kept if k.text == headline] == ["title-guard"]


def _max_sum_run(letters: str, lengths: list[int]) -> tuple[int, int] | None:
    """The maximum-sum run of line scores, found line by line (without the minimum of prose):
    what `_article` must find."""
    from cleaner.rules.classify import NEAR_SCORE, SHORT_COST, SOFT_COST

    best = total = 0
    span = None
    start = 0
    for j, (letter, size) in enumerate(zip(letters, lengths)):
        score = {"h": -SHORT_COST, "s": -SOFT_COST, "n": NEAR_SCORE, "G": size}.get(letter, -size)
        if total <= 0:
            total, start = 0, j
        total += score
        if total > best:
            best, span = total, (start, j)
    return span


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("GGnshbB"), st.integers(1, 250)), min_size=1, max_size=60), st.booleans())
def test_the_article_run_is_the_maximum_sum_run_of_line_scores(rows, agnostic):
    from cleaner.document import Document
    from cleaner.rules.classify import _article

    letters = "".join(letter for letter, _ in rows)
    lines = ["x" * size for _, size in rows]
    doc = Document("\n".join(lines))
    doc.memo["stopwords"] = frozenset() if agnostic else frozenset({"the"})
    expected = _max_sum_run(letters, list(map(len, lines)))
    good = sum(len(line) for line, letter in zip(lines, letters) if letter == "G")
    assert _article(doc, letters) == (expected if good >= MIN_ARTICLE_CHARS else None)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "Anna ", "Yalcin | ", "Iwona ", "Ben, ", "posted on "]),
       st.sampled_from(["23. Juni 2016", "August 3, 2019", "29.07.2006", "2019-05-03", "3 mai 2021", "12/05/21", "Mai 2021"]),
       st.sampled_from([" um ", " at ", " | ", ", ", " ", " - ", " à ", "  "]),
       st.sampled_from(["17:21", "4:11 pm", "4:11 PM", "16 h 11", "16  h\u00a011", "5 pm", "5\u00a0PM", "10.12 Uhr",
                        "12:30:45", "9h05", "17", "noon", "17 Uhr"]),
       st.sampled_from(["", " | Antworten", " Reply", " ->", "!"]))
def test_every_comment_time_holds_a_time_of_day(name, date, sep, time, tail):
    # The islands' comment test looks for a time of day before the whole comment-time
    # pattern: a line that the pattern matches must hold one.
    from cleaner.patterns import COMMENT_TIME
    from cleaner.rules.classify import _CLOCK

    line = f"{name}{date}{sep}{time}{tail}"
    assert COMMENT_TIME.match(line) is None or _CLOCK(line) is not None


def test_a_headline_longer_than_a_label_that_the_title_names_stays():
    # Over LABEL_MAX_CHARS characters and without a function word: a menu item to the
    # classifier, and a line too long for a label's key. The title line names it.
    headline = "Kommunale Wärmeplanung verzögert Fernwärmeausbau trotz Bundesförderung deutlich"
    assert len(headline) > 64
    text = "\n".join([f"{headline} | Beispiel Energie", "", *MENU, "", headline, "", "Ein Kommentar", "",
                      *GERMAN[2:], "", *FOOTER, "", *MENU])
    result = cleaner.explain(text)
    out = result.text.split("\n")
    assert out.count(headline) == 1
    assert [k.guard for k in result.kept if k.text == headline] == ["title-guard"]
    assert "Politics" not in out and "Beispiel Energie" not in out


def test_a_headline_made_of_a_buttons_words_that_the_title_names_stays():
    # "Gefällt mir" is a share button's label; as the post's headline, named by the title line
    # and right above the byline and the first paragraph, it stays.
    text = "\n".join(["Gefällt mir – Beispielblog", "", *MENU, "", "Gefällt mir", "3. Mai 2024, 16:20 von lena", "",
                      *GERMAN[2:], "", *FOOTER, "", *MENU])
    result = cleaner.explain(text)
    assert result.text.split("\n").count("Gefällt mir") == 1
    assert [k.guard for k in result.kept if k.text == "Gefällt mir"] == ["title-guard"]
    # On a page whose title names another headline, the button goes.
    other = "\n".join(["Hochwasser legt Bahnstrecke lahm – Beispielblog", "", *MENU, "", "Hochwasser legt Bahnstrecke lahm",
                       "3. Mai 2024, 16:20 von lena", "", *GERMAN[2:], "", "Gefällt mir", "", *FOOTER, "", *MENU])
    assert "Gefällt mir" not in cleaner.clean(other).split("\n")


def test_a_teaser_list_and_the_site_name_go_while_the_headline_stays():
    # The headline printed again in a list of teasers below the article, and the site's name
    # that the title line holds printed in the header and the footer: the list and the name
    # go, one copy of the headline stays above the byline.
    headline = "Floods close the northern rail line for a week"
    site = "Example Gazette"
    text = "\n".join([f"{headline} | {site}", "", site, *MENU, "", headline, "", *ARTICLE[2:], "",
                      "Most read", headline, "Harbour towers to be sold", "New bridge opens in June",
                      "Mayor backs tram plan", "", *FOOTER, site, "", *MENU])
    out = cleaner.clean(text).split("\n")
    assert out.count(headline) == 1 and out.index(headline) < out.index(ARTICLE[2])
    assert site not in out
    assert "Harbour towers to be sold" not in out and "Mayor backs tram plan" not in out


STAMPED_PAGE_MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reisen", "Auto", "Panorama",
                     "Regional", "Karriere", "Podcasts"]


def test_a_headline_over_its_date_stays_without_a_title_line():
    # No title line names it (a dump of the article's container): a headline without function
    # words after the last menu item, over the date and the first paragraph.
    headline = "Hund vertreibt Einbrecher – Zeugenaufruf"
    for stamp in ["3. Mai 2024, 11:19", "Von Mara Lind", "Veröffentlicht am 3. Mai 2024 von mlind"]:
        text = "\n".join([*STAMPED_PAGE_MENU, "", headline, stamp, "", *GERMAN[2:], "", *FOOTER, *STAMPED_PAGE_MENU])
        result = cleaner.explain(text)
        assert headline in result.text.split("\n"), stamp
        assert "Politik" not in result.text.split("\n")


def test_teasers_over_their_dates_and_a_section_name_over_the_date_go():
    blurb = ("Die Stadtwerke wollen in diesem Jahr mehr Windräder bauen als in den fünf Jahren davor, "
             "sagte der Geschäftsführer am Montag bei der Vorstellung der Bilanz.")
    teasers = ["Neue Windräder für den Norden geplant", "3. Mai 2024", blurb,
               "Hafenfest lockt tausende Besucher an", "4. Mai 2024", blurb.replace("Montag", "Dienstag")]
    text = "\n".join([*STAMPED_PAGE_MENU, "", *GERMAN, "", *STAMPED_PAGE_MENU, *teasers, *FOOTER])
    out = cleaner.clean(text).split("\n")
    assert "Neue Windräder für den Norden geplant" not in out and "Hafenfest lockt tausende Besucher an" not in out
    # A section's name of two words over the date is no headline.
    text = "\n".join([*STAMPED_PAGE_MENU, "", "Energie & Umwelt", "3. Mai 2024", "", *GERMAN[2:], "", *FOOTER,
                      *STAMPED_PAGE_MENU])
    assert "Energie & Umwelt" not in cleaner.clean(text).split("\n")


def test_a_headline_kept_against_a_list_rule_stays_kept_when_cleaned_again():
    # A copy taken by a list's or a button row's rule is kept only under a title line that
    # stays: cleaned again, the title line is gone and the copy would be the first line.
    text = "Most Read\nMost Read\nWeitere Auskunft gibt das Rathaus in der Lindenstraße 5 unter Tel. 0123 45678."
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


def test_a_legal_link_named_by_a_title_line_that_went_is_no_headline():
    # The first line, "Privacy policy", is the title line and a legal link; legal-notice takes
    # it, and its copy further down is a link too: kept as "the headline the title names", it
    # would go when the cleaned text is cleaned (its first line names no such headline).
    prose = ["Die Stadtverwaltung teilte am Mittwoch mit, dass die Arbeiten an der Brücke bald abgeschlossen sein sollen.",
             "The council met on Tuesday evening and agreed, after a long and at times heated debate, on a new budget."]
    text = "\n".join(["Privacy policy", prose[0], "Impressum", "She looked at him and left.", "Privacy policy", "",
                      "Kontakt", "Privacy policy", prose[1]])
    once = cleaner.clean(text)
    assert "Privacy policy" not in once.split("\n")
    assert cleaner.clean(once) == once
    assert all(line in once for line in prose)


def _between_paragraphs_by_scan(letters, repeated, menu, k, m):
    # The plain reading of classify._between_paragraphs: scan to the prose on the far side.
    hard = set("hB")
    found = set()
    for j in repeated:
        if j > m:
            far = letters.find("G", j + 1)
            inside = far != -1 and not hard.intersection(letters[j + 1:far]) and not any(m < x < far for x in menu)
        else:
            far = letters.rfind("G", 0, j)
            inside = far != -1 and not hard.intersection(letters[far + 1:j]) and not any(far < x < k for x in menu)
        if not inside:
            found.add(j)
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_labels_between_paragraphs_by_bisection_match_a_scan(data):
    from cleaner.rules.classify import _between_paragraphs

    letters = data.draw(st.text(alphabet="GnshbB", min_size=3, max_size=60))
    k = data.draw(st.integers(0, len(letters) - 1))
    m = data.draw(st.integers(k, len(letters) - 1))
    outside = [j for j in range(len(letters)) if j < k or j > m]
    repeated = set(data.draw(st.lists(st.sampled_from(outside), unique=True))) if outside else set()
    menu = sorted(data.draw(st.lists(st.sampled_from(outside), unique=True))) if outside else []
    assert _between_paragraphs(letters, repeated, menu, k, m) == _between_paragraphs_by_scan(letters, repeated, menu, k, m)
