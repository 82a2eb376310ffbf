"""author-bio without an "About the author" header: bios that name the page's writer.

A bio names the person the byline names ("By Jane Roe" ... "Jane Roe is a ..."), or stands
right under that person's name; a paragraph that introduces someone else, or the person the
article is about, stays. Names and lines are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

import cleaner

PARA = ("The city council voted on Tuesday to close the old harbour bridge for six months of repairs, "
        "after engineers found corrosion in its main cables.")
PARA_2 = ("Traffic will be diverted over the northern ring road, and the ferry will run every twenty "
          "minutes instead of every hour while the works last.")
PARA_DE = ("Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für sechs Monate zu sperren, "
           "nachdem Ingenieure Rost an den Tragseilen gefunden hatten.")
PARA_DE_2 = ("Der Verkehr wird über den nördlichen Ring umgeleitet, und die Fähre fährt während der "
             "Bauarbeiten alle zwanzig Minuten statt einmal pro Stunde.")
PARA_FR = ("Le conseil municipal a voté mardi la fermeture du vieux pont du port pendant six mois, "
           "après que des ingénieurs ont trouvé de la rouille sur ses câbles.")
PARA_ES = ("El ayuntamiento votó el martes cerrar el viejo puente del puerto durante seis meses, "
           "después de que los ingenieros encontraran óxido en sus cables.")


def removed(text: str) -> dict[str, str]:
    """Removed text (stripped) -> rule id."""
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


def page(*blocks: str) -> str:
    return "\n\n".join(blocks)


# -- bios that go -----------------------------------------------------------------------------

@pytest.mark.parametrize("byline, bio, paragraphs", [
    # Above the story, right under the byline.
    ("By Nora Feldt", "Nora Feldt is a personal finance writer who has covered banking and insurance for "
     "more than a decade. She previously worked as a tax adviser.", (PARA, PARA_2)),
    # The first name alone opens the bio.
    ("By Owen Castellano", "Owen has worked as a professional data engineer since 2009. He writes about "
     "databases and the tools around them.", (PARA, PARA_2)),
    ("Von Jonas Reitmeyer", "Jonas Reitmeyer lehrt Wirtschaftsgeschichte an der Universität Kassel. Er ist "
     "Mitherausgeber einer Zeitschrift für Stadtforschung.", (PARA_DE, PARA_DE_2)),
    ("12.03.2021, 11:30 Uhr von Ilka Brandhorst", "Ilka Brandhorst ist Redakteurin im Ressort Lokales und "
     "schreibt über Verkehr und Stadtplanung.", (PARA_DE, PARA_DE_2)),
    ("Par Margaux Delorme", "Margaux Delorme est journaliste indépendante. Elle écrit sur l'urbanisme et "
     "les transports depuis 2015.", (PARA_FR,)),
    ("Por Lucía Serrano", "Lucía Serrano es periodista y escribe sobre transporte y urbanismo. Ella vive "
     "en Valencia.", (PARA_ES,)),
    ("Di Marco Bellandi", "Marco Bellandi è giornalista e scrive di trasporti e di urbanistica.", (PARA,)),
    ("Door Jan van Dijk", "Jan van Dijk is journalist bij een regionale krant. Hij schrijft over verkeer.", (PARA,)),
    ("Autorka: Anna Kowalczyk", "Anna Kowalczyk jest dziennikarką. Pisze o transporcie i urbanistyce.", (PARA,)),
])
def test_a_bio_that_names_the_bylines_writer_goes_above_the_story(byline, bio, paragraphs):
    text = page("Harbour bridge to close", byline, bio, *paragraphs)
    out = cleaner.clean(text)
    assert bio not in out
    assert all(paragraph in out for paragraph in paragraphs)
    assert removed(text)[bio] == "author-bio"


def test_a_bio_that_names_the_bylines_writer_goes_below_the_story():
    bio = ("Nora Feldt is a senior editor who has covered city hall since 2012. She lives near the "
           "harbour with her two dogs.")
    text = page("By Nora Feldt", PARA, PARA_2, bio, "More from Nora Feldt")
    out = cleaner.clean(text)
    assert bio not in out and PARA in out and PARA_2 in out


def test_the_byline_may_put_the_name_on_the_line_below_its_lead():
    bio = "Nora Feldt is a travel writer based in Lisbon. She has covered southern Europe for ten years."
    text = page("Harbour bridge to close", "By\nNora Feldt\nFull Bio", bio, PARA, PARA_2)
    assert removed(text)[bio] == "author-bio"
    assert PARA in cleaner.clean(text)


def test_names_and_roles_of_the_bylines_writers_in_an_author_box():
    box = ["Ilka Brandhorst", "Redakteurin in der Politik.", "Tomas Wendler", "Korrespondent in Paris."]
    text = page("Hafenbrücke wird gesperrt", "Von Ilka Brandhorst und Tomas Wendler", PARA_DE,
                "\n\n".join(box), PARA_DE_2)
    got = removed(text)
    assert all(got.get(line) == "author-bio" for line in box)
    out = cleaner.clean(text)
    assert PARA_DE in out and PARA_DE_2 in out


def test_a_role_under_the_writers_credit_printed_twice_goes():
    credit = "Marta Zielińska, Gazeta Portowa"
    text = page(credit, PARA, PARA_2, credit, "starsza analityczka ds. transportu", "Więcej na ten temat")
    assert removed(text)["starsza analityczka ds. transportu"] == "author-bio"
    # A credit printed once is left alone; so is a heading repeated above a sentence.
    once = page(PARA, PARA_2, credit, "starsza analityczka ds. transportu")
    assert "starsza analityczka ds. transportu" in cleaner.clean(once)


def test_a_bio_under_the_writers_name_line_goes():
    bio = ("Jonas Reitmeyer lehrt Wirtschaftsgeschichte an der Universität Kassel. Er ist Mitherausgeber "
           "einer Zeitschrift für Stadtforschung.")
    text = page("Hafenbrücke wird gesperrt", "Jonas Reitmeyer", bio, PARA_DE, PARA_DE_2,
                "Weitere Texte: Jonas Reitmeyer")
    assert removed(text)[bio] == "author-bio"
    # A profile page: the person's name is its title, the paragraph under the name its text.
    profile = page("Jonas Reitmeyer - Stadtrat Hafenstadt", "Jonas Reitmeyer", bio, PARA_DE, "Partei: Grüne\nGeboren: 1965")
    assert bio in cleaner.clean(profile)


def test_under_a_named_author_header_any_bio_under_the_name_goes():
    bio = ("Hat schon als Kind die Lokalzeitung ausgetragen, mochte Kreuzworträtsel lieber als Sport und "
           "liest heute am liebsten Reiseberichte.")
    text = page(PARA_DE, PARA_DE_2, "Über den Autor", "Jonas Reitmeyer", bio, "Suche")
    got = removed(text)
    assert got[bio] == "author-bio" and got["Jonas Reitmeyer"] == "author-bio"


def test_under_an_author_header_a_bio_may_open_with_the_first_name():
    bio = "Owen has worked as a data engineer since 2009, although his career began in sales. He lives in Leeds."
    text = page(PARA, PARA_2, "Owen Castellano", "Data Engineer", "About the author", bio, "Hire Owen")
    assert removed(text)[bio] == "author-bio"


def test_under_an_about_header_that_names_the_bylines_writer_the_box_goes():
    role = "Coach für Lernen und Lehren | Lehrer an einer Berufsschule in Kassel | bloggt über Schule"
    text = page("12.03.2021 von Jonas Reitmeyer", PARA_DE, PARA_DE_2, "Über Jonas Reitmeyer", role)
    got = removed(text)
    assert got[role] == "author-bio" and got["Über Jonas Reitmeyer"] == "author-bio"
    # "About" a place, not a writer of the page: left to the other rules.
    other = page(PARA, PARA_2, "About Port Haven", "Port Haven is a town of 4,000 people on the northern coast. It has a ferry.")
    assert "Port Haven is a town" in cleaner.clean(other)


# -- article text that stays ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # The article is about someone else: a portrait that opens with its subject.
    page("By Nora Feldt", "Tobias Wren is a nurse in Ohio. He works nights at the county hospital and "
         "has done so for eleven years.", PARA, PARA_2),
    # The writer is the article's subject as well: it names them again ("Reitmeyer explains ...").
    page("Von Jonas Reitmeyer", "Jonas Reitmeyer hat seine Doktorarbeit über die Häfen der Ostsee "
         "geschrieben. Er leitet das Seminar im Mai.", PARA_DE,
         "Im Seminar erklärt Jonas Reitmeyer, wie die Häfen der Hanse ihre Brücken bezahlten und warum "
         "das heute noch lehrreich ist."),
    # Reported speech: the line is a quote, not a bio.
    page("By Nora Feldt", "Nora Feldt is a lawyer and the author of two novels, her sister said. She "
         "has written since she was twelve.", PARA, PARA_2),
    # Several people, each under their name: the article is a list of people.
    page("Candidates for the harbour board", "Tobias Wren", "Tobias Wren is a nurse in Ohio. He works "
         "nights at the county hospital.", "Mara Ostend", "Mara Ostend is a teacher in Dayton. She has "
         "taught history since 2004.", PARA),
    # A subheading and a paragraph that opens with it: not a name and a bio.
    page(PARA_DE, "Die Regierung", "Die Regierung hat am Dienstag neue Regeln beschlossen. Sie will "
         "damit den Verkehr auf der Brücke entlasten.", PARA_DE_2),
    page(PARA, "Docker Engine", "Docker Engine is available on Linux, macOS and Windows. It runs "
         "containers for the reporters' tools.", PARA_2),
    # A byline name line followed by a sentence of the article, not a role.
    page("Von Ilka Brandhorst", "Ilka Brandhorst", PARA_DE, PARA_DE_2),
    # The writer's own essay says what they are, between two of its paragraphs.
    page("By Nora Feldt", PARA, "Nora Feldt is a writer, and this is the story of how she lost her job and "
         "found a new one in the same week.", PARA_2),
    page("Par Margaux Delorme", PARA_FR, "Margaux Delorme est journaliste, et c'est en tant que journaliste "
         "qu'elle a assisté au conseil, écrit-elle.", PARA_FR.replace("mardi", "jeudi")),
    # The essay's standfirst above it and its note below it speak of the text itself.
    page("By Nora Feldt", "Nora Feldt is a writer who has lived in Leeds for twenty years. This is her story "
         "of the flood, and of the neighbours who helped her.", PARA, PARA_2),
    page("Von Ilka Brandhorst", "Ilka Brandhorst ist Autorin und lebt seit zwanzig Jahren in Leipzig. Dies ist "
         "ihre Geschichte vom Hochwasser.", PARA_DE, PARA_DE_2),
    page("Par Margaux Delorme", "Margaux Delorme est écrivaine et vit à Lyon depuis vingt ans. Voici son histoire "
         "de l'inondation.", PARA_FR, PARA_FR.replace("mardi", "jeudi")),
    page("Por Nora Feldt", "Nora Feldt es escritora y vive en Sevilla desde hace veinte años. Esta es su historia "
         "de la riada.", PARA_ES, PARA_ES.replace("martes", "jueves")),
    page("By Owen Castellano", PARA, PARA_2, "Owen Castellano is a teacher in Leeds. He wrote this essay after "
         "his school was closed by the council last year."),
    page("Von Ilka Brandhorst", PARA_DE, PARA_DE_2, "Ilka Brandhorst ist Lehrerin in Kassel. Sie hat diesen Text "
         "geschrieben, nachdem ihre Schule geschlossen wurde."),
])
def test_article_prose_about_people_stays(text):
    out = cleaner.clean(text)
    for block in text.split("\n\n"):
        if len(block.split()) >= 8:
            assert block in out, block


@pytest.mark.parametrize("line", ["Redakteur war er nie, sagt er.", "Reporter, said the mayor, are welcome.",
                                  "Editor's note: this story was updated on Friday."])
def test_a_short_quote_that_opens_with_a_role_under_the_writers_name_stays(line):
    text = page("Von Ilka Brandhorst und Tomas Wendler", PARA_DE, "Tomas Wendler", line, PARA_DE_2)
    assert line in cleaner.clean(text)


# -- property ---------------------------------------------------------------------------------

FIRST = st.sampled_from(["Nora", "Owen", "Ilka", "Tomas", "Margaux", "Jonas"])
LAST = st.sampled_from(["Feldt", "Castellano", "Brandhorst", "Wendler", "Delorme", "Reitmeyer"])
ROLES = st.sampled_from([
    "is a senior editor who has covered city hall since 2012. She lives near the harbour.",
    "is a reporter who writes about transport. He joined the paper in 2019.",
    "ist Redakteurin im Ressort Lokales. Sie schreibt über Verkehr.",
])


@settings(max_examples=40, deadline=None)
@given(FIRST, LAST, ROLES, st.booleans())
def test_a_bylines_writers_bio_goes_and_the_story_stays(first, last, role, below):
    name = f"{first} {last}"
    bio = f"{name} {role}"
    story = [PARA, PARA_2] if " is " in role else [PARA_DE, PARA_DE_2]
    blocks = [f"By {name}", *story, bio] if below else [f"By {name}", bio, *story]
    out = cleaner.clean(page(*blocks))
    assert bio not in out
    assert all(paragraph in out for paragraph in story)
    assert cleaner.clean(out) == out
