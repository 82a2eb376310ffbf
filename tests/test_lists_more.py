"""most-read-list: more teaser lists and their headers.

Headers in more languages and shapes (a row of tabs, "<header> for <topic>"), teasers printed
as headline + blurb + date, and lists whose headlines sit under a repeated category label;
against article prose that uses the same words, subheadings, chronologies and press reviews.
All lines are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner

ARTICLE = (
    "The city council approved the new budget on Tuesday after a debate that lasted until midnight.\n\n"
    "Most of the money goes to schools and the repair of two bridges, the mayor said."
)


def removed(text: str) -> list[str]:
    return [d.text.strip() for d in cleaner.explain(text).decisions if d.rule == "most-read-list"]


def kept(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# Chrome that goes
# --------------------------------------------------------------------------------------------

# A list below the article that goes whole: header, entries, blurbs, dates (name -> tail).
TEASER_LISTS = {
    "headline, blurb, date": (
        "\n\nArticles en relation\n\n"
        "Le port rouvre ses quais\n\n"
        "Économie Les dockers reprennent le travail après trois semaines de grève dans le port de la ville.\n\n"
        "04.12.2019\n\n"
        "Un nouveau pont pour la vallée\n\n"
        "Région Le chantier du pont doit durer deux ans et coûter quarante millions de francs.\n\n"
        "28.11.2019"
    ),
    "one-word header, category labels": "\n\nÄhnlich\nWein & Genuss\n\nRiesling zum Fisch: so passt es\n\nWein & Genuss\n\nRotwein richtig lagern",
    "section in quotes, link labels": (
        "\n\nMehr «Leben»\n\nSo gelingt der perfekte Espresso\n\nLink zum Artikel\n\n"
        "Diese Katze kann Türen öffnen!\n\nLink zum Artikel\n\nWarum Pilze im Herbst so gut schmecken\n\nLink zum Artikel"
    ),
    "a question among headlines, a byline": (
        "\n\nRelated stories\n\nTen ways to save on heating\nHow much fat is in a pound of butter?\n"
        "Why bridges need repairs\n\nRelated articles\n\nThe harbour at night\n\nby Jane Doe on May 3, 2019\n"
        "Photographers spent a week on the quay to show the work that goes on after dark.\nContinue reading"
    ),
    "exclamations among headlines": (
        "\n\nDas könnte Sie auch interessieren\n\nWarum der Bus so oft zu spät kommt\n"
        "Mit diesem Trick klappt's!\nZehn Ideen für den Sonntag\nSo wird der Kuchen saftig!"
    ),
    "writer's name and a count": (
        "\n\nÄhnliche Artikel\n\nNeue Brücke für die Altstadt\n\nDer Bau beginnt im März und soll zwei Jahre dauern.\n\n"
        "Anna Schmidt\nVeröffentlicht: vor 48 Minuten\nEmpfehlungen: 4\n\nRotwein richtig lagern\n\n"
        "Ein kühler Keller ist nicht alles, sagt die Winzerin.\n\nPaul Berger\nVeröffentlicht: vor 2 Stunden\nEmpfehlungen: 12"
    ),
    "one-line teasers under a phrase header": (
        "\n\nLesen Sie auch\n\nNeue Brücke für die Altstadt Der Bau beginnt im März.\n"
        "Rotwein richtig lagern Ein kühler Keller ist nicht alles.\n\"Wir bleiben\" Der Verein zieht nicht um.\n"
    ),
    "byline and date": (
        "\n\nArticles liés\n\nLe port rouvre ses quais\n\nLes dockers reprennent le travail après trois semaines de grève.\n\n"
        "Par Jeanne Martin\nLe 05/02/2020\n\nUn nouveau pont pour la vallée\n\n"
        "Le chantier du pont doit durer deux ans et coûter quarante millions.\n\nPar Paul Durand\nLe 28/01/2020"
    ),
}


@pytest.mark.parametrize("name", sorted(TEASER_LISTS))
def test_teaser_list_below_the_article_goes(name):
    assert kept(ARTICLE + TEASER_LISTS[name]) == kept(ARTICLE)


def test_tab_row_of_list_headers_goes_with_its_entries():
    text = ARTICLE + "\n\nMost Read Most Shared\n\nHarbour fire under control\nNew tram line opens in May\nLocal team wins the cup"
    assert kept(text) == kept(ARTICLE)
    assert "Harbour fire under control" in removed(text)


def test_headlines_under_a_repeated_category_label_go_to_the_last_one():
    text = ARTICLE + (
        "\n\nNoticia relaciona\n\nPolitica\n\nParlamento ta aproba e presupuesto nobo\n\n"
        "Politica\n\nMinister ta bishita e scol nobo\n\nPolitica\n\nEleccion ta tuma luga na mei\n\n"
        "Example News is the island's news website, with the latest in local news and sport."
    )
    out = kept(text)
    assert "Eleccion ta tuma luga na mei" not in out
    assert "Politica" not in out
    assert out[-1].startswith("Example News is")


def test_header_for_a_topic_and_headers_in_more_languages():
    for header in ("Neueste Artikel für Wärmepumpe", "Las más leídas", "Ezek is érdekelhetnek", "Weitere Videos",
                   "Verwandte Beiträge", "À écouter aussi", "Otras noticias de Economía", "Imperdibles",
                   "Das wird dir auch gefallen!", "Read more in Photography", "Weitere Pressemitteilungen dieses Verbands"):
        text = ARTICLE + f"\n\n{header}\n\nNeue Förderung ab Januar\nSo sparen Sie Heizkosten\nDer große Test: Pumpen im Vergleich"
        assert kept(text) == kept(ARTICLE), header


def test_teaser_with_date_and_link_on_one_line_goes():
    teaser = ("12.03.2023 - Sport Derby ends in a draw The home side equalised in the last minute. "
              "The coach was pleased anyway. mehr")
    assert kept(ARTICLE + "\n\n" + teaser) == kept(ARTICLE)
    assert kept(ARTICLE + "\n\n3 May 2021 | Politics Talks resume The talks resume on Monday. Read more »") == kept(ARTICLE)


def test_ranked_header_over_a_period_goes_with_its_entries():
    for header in ("Seit 7 Tagen am meisten gelesen", "Most read this week", "Lo más leído de la semana"):
        text = ARTICLE + f"\n\n{header}\n\nHarbour fire under control\nNew tram line opens in May"
        assert kept(text) == kept(ARTICLE), header


def test_question_and_invitation_to_more_recipes_goes_with_the_list():
    for header in ("Neugierig geworden? Dann mach doch gleich mit diesen Rezepten weiter:", "Hungry for more? Try these recipes:"):
        text = ARTICLE + f"\n\n{header}\n1:05 Std. | Mittel\n\nApfelkuchen vom Blech\n\n45 Min. | Einfach\n\nZitronentarte"
        assert kept(text) == kept(ARTICLE), header


def test_long_blurbs_of_teaser_groups_go():
    blurb = ("Der Bau der neuen Brücke beginnt im März und soll nach Angaben der Stadt zwei Jahre dauern, "
             "während der Verkehr über eine Behelfsbrücke im Norden geleitet wird, wie es heißt.")
    # (an article longer than the blurbs: the removal budget keeps prose when the rules would
    # take most of a text's prose)
    article = ARTICLE + "\n\n" + "\n\n".join([
        "The largest share, about forty million, is set aside for the repair of the old stone bridge over the river.",
        "Parents had asked for new roofs and heating in the schools of the northern districts for years, the council heard.",
        "The opposition voted against the budget, saying that the city would have to borrow more money next year.",
        "The mayor said that the city had no choice and that the bridges could not wait any longer, according to the minutes.",
    ])
    text = article + (f"\n\nArticles liés\n\nNeue Brücke für die Altstadt\n\n{blurb}\n\nPar Jeanne Martin\nLe 05/02/2020\n\n"
                      f"Rotwein richtig lagern\n\n{blurb.replace('Brücke', 'Halle')}\n\nPar Paul Durand\nLe 28/01/2020")
    assert kept(text) == kept(article)


# --------------------------------------------------------------------------------------------
# Article text that stays
# --------------------------------------------------------------------------------------------

def test_two_word_header_between_paragraphs_is_a_subheading():
    text = (
        "Der Verband hat am Montag die neue Statistik der Hunderassen vorgestellt, wie jedes Jahr im Frühjahr.\n\n"
        "Am beliebtesten\n\n"
        "Der Labrador führt die Liste an, gefolgt vom Schäferhund und dem Dackel, wie die Zahlen zeigen."
    )
    assert cleaner.clean(text) == text


def test_header_words_in_prose_stay():
    for line in (
        "Am beliebtesten war bei den Gästen der Apfelkuchen, den die Großmutter jeden Sonntag backte.",
        "Weitere Videos will die Polizei nicht veröffentlichen, sagte ein Sprecher am Abend.",
        "Les articles en relation avec ce dossier sont nombreux, a déclaré le ministre.",
        "Las más leídas de la semana fueron las novelas de Borges, dijo la librera.",
        "Most read most shared stories are rarely the best ones, the editor wrote in her column.",
    ):
        assert cleaner.clean(ARTICLE + "\n\n" + line) == ARTICLE + "\n\n" + line


def test_article_resuming_after_a_teaser_box_keeps_its_subheading_and_paragraphs():
    text = (
        ARTICLE + "\n\nLesen Sie auch\n\nNeue Brücke für die Altstadt\n\n"
        "Der Bau beginnt im März und soll zwei Jahre dauern, teilte die Stadt mit.\n\n"
        "Die Schulen\n\n"
        "Die Stadt will zehn Schulen sanieren, die meisten davon im Norden der Stadt.\n\n"
        "Dafür stehen im nächsten Jahr rund zwölf Millionen Euro bereit, sagte der Kämmerer."
    )
    out = kept(text)
    for line in ("Die Schulen", "Die Stadt will zehn Schulen sanieren, die meisten davon im Norden der Stadt.",
                 "Dafür stehen im nächsten Jahr rund zwölf Millionen Euro bereit, sagte der Kämmerer."):
        assert line in out


def test_subheading_paragraph_without_a_date_is_no_teaser_group():
    # A subheading over a one-line paragraph, twice, under a related header: no date follows the
    # paragraphs, so they are the article's.
    text = (
        ARTICLE + "\n\nRelated\n\nThe schools\n\nTen schools will be repaired, most of them in the north of the city.\n\n"
        "The bridges\n\nBoth bridges will close for a month each, starting with the older one in June."
    )
    out = kept(text)
    assert "Ten schools will be repaired, most of them in the north of the city." in out
    assert "Both bridges will close for a month each, starting with the older one in June." in out


def test_article_top_below_a_menu_item_stays():
    # A header in a menu, then the article's headline, standfirst, byline and date: the shape
    # of one teaser, but the article's text follows.
    text = (
        "Últimas noticias\nDeportes\nEconomía\n\nEl precio del pan sube por tercera vez este año\n\n"
        "Los panaderos culpan a la harina y a la energía, que cuestan el doble que hace un año.\n\n"
        "por Ana Pérez\n\nPublicado el 21 de abril de 2022\n\n"
        "El precio del pan subió el lunes por tercera vez en lo que va del año, según la cámara del sector.\n\n"
        "Los consumidores ya compran menos, dijo el presidente de la cámara en una entrevista radial."
    )
    out = kept(text)
    for line in ("El precio del pan sube por tercera vez este año",
                 "Los panaderos culpan a la harina y a la energía, que cuestan el doble que hace un año."):
        assert line in out


def test_dialogue_question_below_a_teaser_list_stays():
    text = (
        "Mehr «Leben»\n\nSo gelingt der perfekte Espresso\n\nLink zum Artikel\n\n"
        "«Anna, weisst du, wo man in Zürich guten Kaffee bekommt?»\nÖh, glaub ja. Weshalb?\n"
        "«Seit wir damals in Rom Espresso tranken, bin ich Fan, und ich will ihn selbst machen.»"
    )
    out = kept(text)
    assert "«Anna, weisst du, wo man in Zürich guten Kaffee bekommt?»" in out
    assert "Öh, glaub ja. Weshalb?" in out


def test_article_list_under_a_header_word_stays():
    above = "Der Verband hat am Montag die neue Statistik der Hunderassen vorgestellt, wie jedes Jahr im Frühjahr."
    below = "Die Zahlen stammen aus den Registern der Zuchtvereine, sagte eine Sprecherin am Dienstag."
    for header, items in (("Am beliebtesten:", ["1. Labrador", "2. Schäferhund", "3. Dackel"]),
                          ("Ähnlich", ["- Katzen", "- Kaninchen"]),
                          ("Most popular:", ["- Labrador", "- German Shepherd"])):
        text = "\n\n".join([above, "\n".join([header, *items]), below])
        assert cleaner.clean(text) == text, header


def test_text_without_blank_lines_after_a_phrase_header_stays():
    lines = [
        "The council met on Tuesday.",
        "Lesen Sie auch",
        "Der Rat hat am Dienstag getagt.",
        "Die Stadt will zehn Schulen sanieren.",
        "Dafür stehen zwölf Millionen Euro bereit.",
        "Der Kämmerer sprach von einem guten Tag.",
    ]
    text = "\n".join(lines)
    assert kept(text)[-4:] == lines[2:]


def test_chronology_in_an_article_stays():
    text = (
        "The strike had a long history, as the union's own chronicle shows.\n\n"
        "Talks collapse\n\nThe union walked out of the talks after the third offer was rejected by its members.\n\n"
        "04.12.2019\n\n"
        "The strike ends\n\nBoth sides signed the agreement late on Friday, and work resumed on Monday morning.\n\n"
        "28.11.2019"
    )
    assert cleaner.clean(text) == text


def test_dated_lines_and_invitations_in_an_article_stay():
    for line in (
        "12.03.2020 - Die Regierung beschließt den Lockdown, die Schulen schließen am Montag.",
        "3 May 2021 - The talks resume; read more about them in our dossier next week.",
        "Was tun? Der Minister will diese Artikel des Gesetzes ändern:",
        "Am meisten gelesen wurde in diesem Jahr ein Buch über Pilze, sagte die Buchhändlerin.",
        "Most read this week was a story about the harbour fire, the editor said.",
    ):
        assert cleaner.clean(ARTICLE + "\n\n" + line) == ARTICLE + "\n\n" + line, line


def test_press_review_of_headlines_stays():
    text = (
        "Our morning press review: what the papers lead with today, in brief.\n\n"
        "Harbour fire under control\n\nFirefighters worked through the night to save the old warehouses, the paper reports.\n\n"
        "New tram line opens in May\n\nThe city expects ten thousand passengers a day on the new line, it writes."
    )
    assert cleaner.clean(text) == text


# --------------------------------------------------------------------------------------------
# Property: teaser groups under a header go, the article above them stays
# --------------------------------------------------------------------------------------------

HEADERS = st.sampled_from(["Articles en relation", "Related articles", "Lesen Sie auch", "Te puede interesar",
                           "Ezek is érdekelhetnek", "Leggi anche"])
HEADLINE = st.sampled_from(["Harbour fire under control", "Neue Brücke für die Altstadt", "Le port rouvre ses quais",
                            "Nueva línea de tranvía en mayo", "Rotwein richtig lagern"])
BLURB = st.sampled_from([
    "The firefighters worked through the night to save the old warehouses by the quay.",
    "Der Bau beginnt im März und soll nach Angaben der Stadt zwei Jahre dauern.",
    "Économie Les dockers reprennent le travail après trois semaines de grève.",
])
DATE = st.sampled_from(["04.12.2019", "28.11.2019", "2 hours ago", "vor 3 Tagen"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HEADERS, st.lists(st.tuples(HEADLINE, BLURB, DATE), min_size=2, max_size=3,
                                unique_by=(lambda g: g[0], lambda g: g[1])))
def test_teaser_groups_go_and_the_article_stays(header, groups):
    lines = [header] + [line for group in groups for line in group]
    text = ARTICLE + "\n\n" + "\n\n".join(lines)
    assert cleaner.clean(text) == cleaner.clean(ARTICLE)


WORDS = ("the council said on tuesday that schools and bridges would be repaired after the long debate "
         "die stadt hat am montag mitgeteilt dass die brücke im sommer gesperrt werde").split()
PARAGRAPH = st.lists(st.sampled_from(WORDS), min_size=8, max_size=30).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH, min_size=2, max_size=5, unique=True), HEADERS,
       st.lists(st.tuples(HEADLINE, BLURB, DATE), min_size=2, max_size=3, unique_by=(lambda g: g[0], lambda g: g[1])),
       st.integers(1, 4))
def test_paragraphs_around_a_teaser_list_survive(paragraphs, header, groups, at):
    at = min(at, len(paragraphs))
    teasers = "\n\n".join([header] + [line for group in groups for line in group])
    text = "\n\n".join(paragraphs[:at] + [teasers] + paragraphs[at:])
    out = kept(text)
    assert [line for line in out if line in paragraphs] == paragraphs
    assert not any(line in out for group in groups for line in group[:2])


def test_paragraph_after_a_list_that_ends_with_a_date_stays():
    last = "Die Stadt hat am Montag mitgeteilt, dass die Brücke im Sommer gesperrt werde."
    text = ARTICLE + "\n\nMost Read\n  1. News\n    Harbour fire under control\n    3 years ago\n\n" + last
    assert kept(text)[-1] == last


def test_the_pages_own_headline_ends_a_teaser_list_above_the_article():
    # A sidebar list printed right above the story runs into its headline and standfirst; the
    # title line names the headline, and the article's first sentence follows it.
    headline = "Despite everything, emissions dipped in 2019"
    standfirst = "Coal has been in a slow decline over the past ten years"
    text = (f"{headline} | Example Magazine\n\nUp Next\n\nA joyful road trip\nJane Roe\n"
            f"Voters urged to turn out\nJohn Doe\n\n{headline}\n\n{standfirst}\n\nJanuary 10, 2020\n\n" + ARTICLE)
    out = kept(text)
    assert headline in out and standfirst in out
    assert "A joyful road trip" not in out


def test_the_pages_own_title_in_a_list_of_latest_posts_is_one_entry():
    # Without the article below it, the page's title among the latest posts ends nothing.
    text = ("Old tram depot reopens | Example Blog\n\n" + ARTICLE + "\n\nRecent Posts\n\nNew bike lanes in the north\n"
            "Old tram depot reopens\nThe harbour at night\nWinter market dates")
    assert "The harbour at night" not in kept(text)


@pytest.mark.parametrize("header, entries", [
    ("Further reading", ["Jane Roe, The Quiet Harbour (London: Example Press, 2019)", "Tom Hale, Fishing Towns of the North (2021)",
                         "Mia Roth, Nets and Tides (Bristol: Harbour Books, 2015)"]),
    ("Weiterführende Literatur", ["Anna Berg: Die Stadt der Bäume. München 2020.", "Peter Muster: Hitze in der Stadt, Berlin 2019"]),
    ("Pour aller plus loin", ["Marie Durand, Les arbres de Paris, Seuil, 2018", "Paul Martin, La ville verte, Gallimard, 2021"]),
    ("Further reading", ["1. Smith, J. (2020). Urban trees. Nature, 580, 12-15.", "2. Roe, J. (2021). Night heat. Science, 371, 100-104."]),
])
def test_a_writers_reading_list_stays(header, entries):
    text = f"{ARTICLE}\n\n{header}\n\n" + "\n".join(entries)
    assert removed(text) == [] and cleaner.clean(text) == text


def test_a_related_list_of_headlines_with_years_still_goes():
    entries = ["Dune (2021)", "Oppenheimer (2023)", "Budget 2025: what it means for you", "Review: the best films of 2024"]
    text = f"{ARTICLE}\n\nFurther reading\n\n" + "\n".join(entries)
    assert removed(text) == ["Further reading", *entries]


def test_a_list_ends_at_the_articles_sources():
    sources = ["Sources", "Office for National Statistics, Fisheries report 2023", "Interview with the harbour master, 12 May 2024"]
    text = f"{ARTICLE}\n\nSee also\n\nCoastal erosion\n\nHistory of fishing in Cornwall\n\n" + "\n\n".join(sources)
    out = kept(text)
    assert all(line in out for line in sources)
    # A menu's section names ("Literatur") are no such heading: the list goes on through them.
    text = f"{ARTICLE}\n\nMehr zum Thema\n\nReise\n\nLiteratur\n\nTechnik"
    assert removed(text) == ["Mehr zum Thema", "Reise", "Literatur", "Technik"]


def test_a_header_printed_twice_in_a_row_is_no_menu_item():
    # "Most Read" right above its own copy read as a menu's item between two labels, stayed,
    # and went on the cleaned text, where its copies were gone: clean() was not idempotent.
    for text in ("1. News\nMost Read\nMost Read\nMost Read\nMost Read\nTags", "Home\nMost Read\nMost Read"):
        once = cleaner.clean(text)
        assert "Most Read" not in once.split("\n") and cleaner.clean(once) == once


# --------------------------------------------------------------------------------------------
# An inline teaser after the bare imperative ("Lea:", "Leia:", "Read:")
# --------------------------------------------------------------------------------------------

PARA_ES = ("La organización condenó la decisión del gobierno de cerrar sus oficinas en la capital, "
           "según un comunicado publicado el lunes por la noche.")


@pytest.mark.parametrize("teaser", [
    "Lea: Consejo Permanente aborda este miércoles el cierre de sus oficinas",
    "LEA: Gobierno anuncia nuevo plan de obras para la región",
    "Leia: Governo anuncia novo pacote de obras para o Nordeste",
    "Read: Full statement from the ministry on the talks",
])
def test_a_teaser_after_the_bare_imperative_goes(teaser):
    assert removed(f"{PARA_ES}\n\n{teaser}\n\n{ARTICLE}") == [teaser]


@pytest.mark.parametrize("line", [
    "Lea: Ich finde das gut, und ich würde es wieder tun.",  # a speaker's sentence
    "Read: the ruling",  # too short for a headline
    "Lea: Sí",
    "Read: Why the Council Changed Its Mind?",  # ends like a sentence
])
def test_a_line_that_opens_with_lea_or_read_but_is_no_teaser_stays(line):
    assert line in kept(f"{PARA_ES}\n\n{line}\n\n{ARTICLE}")


def test_a_speaker_named_lea_in_a_transcript_stays():
    transcript = ("Interviewer: Wie hat alles angefangen?\n\nLea: Das war ein langer Weg für uns alle\n\n"
                  "Interviewer: Und heute?\n\nLea: Heute sind wir zwölf Leute im Team und arbeiten in drei Städten.")
    assert cleaner.clean(transcript) == transcript


# --------------------------------------------------------------------------------------------
# A header left above the article's head
# --------------------------------------------------------------------------------------------

STORY = (
    "COLUMBUS, Ohio — A federal judge on Thursday blocked a state law that would have limited each county "
    "to a single ballot drop box, saying it would confuse voters weeks before the election.\n\n"
    "The state's top elections official said he would appeal the ruling to the court of appeals later this week."
)


def test_a_header_above_the_headline_byline_and_date_does_not_take_them():
    # (Its bar of links removed, "Trending:" stands above the story's headline, standfirst,
    # byline and date: they are the article's head, not the list's entries.)
    head = ("Judge blocks state law on drop boxes\n\nThe state says it will appeal\n\nBy Mark Holloway\n\n"
            "Updated 5:12 PM EDT, October 3, 2024")
    out = cleaner.clean(f"Trending:\n\n{head}\n\n{STORY}")
    assert head in out and STORY in out


def test_a_list_of_teasers_with_a_stamp_under_each_still_goes_above_the_article():
    teasers = "Judge blocks state law on drop boxes\n\nBy Mark Holloway\n\n3 hours ago\n\nCouncil approves budget\n\nBy Jane Roe\n\n5 hours ago"
    assert removed(f"Most Read\n\n{teasers}\n\n{STORY}") == ["Most Read", *[t for t in teasers.split("\n") if t]]


def test_a_ranked_list_under_a_short_paragraph_is_no_articles_head():
    # (Found by the property test: a paragraph too short for the article run above it.)
    text = ("Die die die die die.\n\nMost Read\n\n  1. News\n    Pandora Papers Financial Leak Shows Us the Secrets\n"
            "    3 years ago\n\nDie die die die die die die die.")
    assert removed(text) == ["Most Read", "1. News", "Pandora Papers Financial Leak Shows Us the Secrets", "3 years ago"]
