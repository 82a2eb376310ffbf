"""German-language sites: municipalities, authorities, clubs, parishes, charities, universities,
company newsrooms, trade magazines, shops' magazines, regional papers, blogs, forums and practice
pages. Their menus and footers go; article lines that use the same words stay (made-up pages)."""

from __future__ import annotations

import pytest

import cleaner

MENU = ("Zum Inhalt springen\nHauptnavigation\nSuche\nMenü\nLeichte Sprache\nGebärdensprache\n"
        "Verein\nAbteilungen\nTermine\nAktuelles\nKontakt\n\n")
FOOTER = ("\n\nDas könnte Sie auch interessieren\nSozialberatung\nKurberatung für Mütter\n\n"
          "Kontakt\nImpressum\nDatenschutz\nBarrierefreiheitserklärung\nCookie-Einstellungen\n"
          "© 2025 Musterverein e.V.\n")
SMALL_MENU = ("Caritasverband Musterkreis e.V.\nHilfe finden\nBeratung\nPflege\nKinder & Familie\n"
              "Ehrenamt\nSpenden\nÜber uns\nLeichte Sprache\n\n")
SMALL_FOOTER = ("\n\nDas könnte Sie auch interessieren\nSozialberatung\nKurberatung für Mütter\n\n"
                "Jetzt spenden und helfen\n\nKontakt\nImpressum | Datenschutz | Barrierefreiheitserklärung\n"
                "© 2025 Caritasverband Musterkreis e.V.\n")

MORE = ("Die Verwaltung bittet alle Bürgerinnen und Bürger, sich vorab über die Einzelheiten zu informieren, "
        "weil sich in diesem Jahr einige Regeln geändert haben und nicht alles wie gewohnt abgegeben werden kann.")


def page(*body: str, menu: str = MENU, footer: str = FOOTER) -> str:
    return menu + "\n\n".join(body) + footer


def lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n")}


# -- an office's hours and address between two paragraphs are the article's ------------------

OFFICE = (
    "Neue Schuldnerberatung in Lindenau eröffnet",
    "Seit dem 1. März bietet der Caritasverband auch in Lindenau eine Schuldner- und Insolvenzberatung an. "
    "Die Beratung ist kostenlos, vertraulich und steht allen Menschen offen.",
    "Wer Hilfe sucht, kann ohne Termin in die offene Sprechstunde kommen oder vorab anrufen. Mitzubringen "
    "sind, soweit vorhanden, Kontoauszüge, Mahnungen und Verträge.",
    "„Viele Menschen kommen erst zu uns, wenn der Gerichtsvollzieher schon vor der Tür steht“, sagt "
    "Beraterin Tanja Wolff.",
    "Öffnungszeiten der Beratungsstelle\n\nMontag und Mittwoch: 9 bis 12 Uhr\nDonnerstag: 14 bis 17 Uhr\n"
    "und nach Vereinbarung",
    "Adresse\n\nCaritas-Beratungsstelle Lindenau\nMarktstraße 14\n88131 Lindenau\nTelefon 08382 40 50 60",
    "Die Stelle wird vom Landkreis und aus Kirchensteuermitteln finanziert. Im ersten Jahr rechnet die "
    "Caritas mit rund 200 Ratsuchenden, vor allem Familien und Alleinerziehenden.",
)
BLOCK = ["Öffnungszeiten der Beratungsstelle", "Montag und Mittwoch: 9 bis 12 Uhr", "Donnerstag: 14 bis 17 Uhr",
         "Caritas-Beratungsstelle Lindenau", "Marktstraße 14", "88131 Lindenau", "Telefon 08382 40 50 60"]


@pytest.mark.parametrize("menu,footer", [(MENU, FOOTER), (SMALL_MENU, SMALL_FOOTER)])
def test_hours_and_address_between_two_paragraphs_stay(menu, footer):
    out = lines(page(*OFFICE, menu=menu, footer=footer))
    assert [line for line in BLOCK if line not in out] == []
    assert "Kurberatung für Mütter" not in out


@pytest.mark.parametrize("block", [
    "Musterverein e.V.\nHauptstraße 5\n12345 Musterstadt\nTel. 01234 56789\nE-Mail: info@musterverein.example",
    "Pressekontakt:\nSabine Feld\nTelefon: +49 731 1234-567\npresse@brauner.example",
    "Adresse\n\nCaritas-Beratungsstelle Lindenau\nMarktstraße 14\n88131 Lindenau\nTelefon 08382 40 50 60",
])
def test_a_contact_block_after_the_last_paragraph_still_goes(block):
    body = OFFICE[:4]
    out = lines(page(*body, block))
    assert [line for line in block.split("\n")[1:] if line.strip() and line.strip() in out] == []
    # ... and so does one followed by page furniture rather than prose.
    out = lines(page(*body, block, "Teilen auf Facebook\nTeilen auf X\nDrucken / Versenden"))
    assert [line for line in block.split("\n")[1:] if line.strip() and line.strip() in out] == []


# -- a short notice under a site's menus: the menus go, the notice stays ----------------------

NOTICE = (
    "Ostern in St. Johannis: Gottesdienste und Angebote",
    "Liebe Gemeinde,",
    "in diesem Jahr feiern wir Ostern wieder mit vielen Gottesdiensten und einem Osterfrühstück im "
    "Gemeindehaus. Herzliche Einladung an alle, auch an diejenigen, die sonst selten kommen.",
    "Gründonnerstag, 17. April, 19 Uhr: Tischabendmahl im Gemeindehaus\nKarfreitag, 18. April, 10 Uhr: "
    "Gottesdienst mit Abendmahl\nOstersonntag, 20. April, 6 Uhr: Osternacht mit Osterfeuer",
    "Für das Osterfrühstück bitten wir um Anmeldung im Gemeindebüro bis zum 11. April.",
    "Ihre Pfarrerin Ulrike Behrens",
)


def test_a_notice_under_menus_loses_the_menus_and_keeps_its_lines():
    out = lines(page(*NOTICE[:3], MORE, *NOTICE[3:]))
    for block in NOTICE:
        for line in block.split("\n"):
            assert line in out
    assert not {"Gebärdensprache", "Abteilungen", "Sozialberatung", "Barrierefreiheitserklärung"} & out


def test_a_short_note_without_menus_is_left_whole():
    text = "\n\n".join(NOTICE) + "\n\nTermine\nGottesdienste\nKirchenmusik\nGemeindebrief"
    assert cleaner.clean(text) == text


def test_a_short_notice_with_menus_on_one_side_only_keeps_its_list():
    # A list of bare names after a short text is the text's own list, not a footer.
    names = "Anna Weidinger\nThomas Bauer\nPetra Hummel\nGeorg Lachner\nKlaus Hummel\nBirgit Sailer"
    text = "\n\n".join(NOTICE[:3]) + "\n\nGeehrt wurden:\n\n" + names
    out = lines(text)
    assert all(name in out for name in names.split("\n"))


# -- prose about the chrome words stays -------------------------------------------------------

ABOUT_CHROME = [
    "Impressum und Datenschutzerklärung müssen von jeder Seite aus mit höchstens zwei Klicks erreichbar sein.",
    "Üblich sind die Links „Impressum | Datenschutz“ im Fußbereich der Seite.",
    "Nach dem Eintrag ins Formular „Newsletter abonnieren“ bekommt der Kunde eine E-Mail mit einem Bestätigungslink.",
    "Der Button „Alle ablehnen“ muss genauso sichtbar sein wie „Alle akzeptieren“.",
    "ein Link „Zum Inhalt springen“ ganz oben, damit Tastaturnutzer nicht durch die ganze Hauptnavigation tabben müssen,",
    "Behörden müssen zusätzlich Informationen in Leichter Sprache und in Deutscher Gebärdensprache anbieten.",
    "Auch der Cookie-Banner muss mit der Tastatur bedienbar sein.",
    "Unter „Schreibe einen Kommentar“ steht meist der Satz, dass die E-Mail-Adresse nicht veröffentlicht wird.",
]
PARA = ("Mit dem Barrierefreiheitsstärkungsgesetz müssen ab dem 28. Juni 2025 auch viele private Unternehmen "
        "ihre Websites und Online-Shops barrierefrei gestalten. Was bedeutet das konkret für kleine Betriebe?")


@pytest.mark.parametrize("sentence", ABOUT_CHROME)
def test_a_sentence_about_the_chrome_stays(sentence):
    assert sentence in lines(page("Barrierefreie Websites: Ab Juni 2025 wird es Pflicht", PARA, sentence, PARA))


@pytest.mark.parametrize("chrome", [
    "Zum Inhalt springen", "Leichte Sprache", "Gebärdensprache", "Barrierefreiheitserklärung",
    "Cookie-Einstellungen", "© 2025 Musterverein e.V.", "Sozialberatung",
])
def test_the_chrome_itself_goes(chrome):
    assert chrome not in lines(page("Barrierefreie Websites: Ab Juni 2025 wird es Pflicht", PARA, PARA))


# -- opening hours in an article about new opening hours are the article -----------------------

def test_new_opening_hours_in_the_article_stay_and_the_footers_go():
    hours = ["Montag", "08:00 – 12:00 Uhr", "Dienstag", "08:00 – 12:00 Uhr und 14:00 – 18:00 Uhr",
             "Mittwoch", "geschlossen", "Donnerstag", "08:00 – 12:00 Uhr und 14:00 – 19:00 Uhr"]
    text = page(
        "Neue Öffnungszeiten im Bürgerbüro ab 1. April",
        "Ab dem 1. April 2025 gelten im Bürgerbüro der Gemeinde Oberaichbach neue Öffnungszeiten. Damit "
        "reagiert die Verwaltung auf Wünsche aus der Bürgerschaft nach längeren Sprechzeiten.",
        "Die neuen Öffnungszeiten im Überblick:",
        "\n".join(hours),
        "Am Mittwoch bleibt das Bürgerbüro künftig geschlossen, weil an diesem Tag Schulungen für die neue "
        "Software stattfinden. Termine außerhalb der Öffnungszeiten können telefonisch vereinbart werden.",
        MORE,
        "Öffnungszeiten\nMo – Fr 08:00 – 12:00 Uhr\nDo 14:00 – 18:00 Uhr\nRathausplatz 1\n74321 Oberaichbach\n"
        "Telefon: 07654 123-0",
    )
    out = cleaner.clean(text).split("\n")
    assert [line for line in out if line in hours] == hours
    assert "Rathausplatz 1" not in out and "Mo – Fr 08:00 – 12:00 Uhr" not in out


# -- a menu's "Themen" is no tag header over the headline and its date line --------------------

def test_the_headline_under_a_menu_that_ends_with_topics_stays():
    text = ("Zum Inhalt springen\nOrtsverein\nVorstand\nGemeinderatsfraktion\nThemen\nTermine\nMitglied werden\nKontakt\n\n"
            "Haushaltsrede 2025: „Investieren statt verwalten“\n\nVeröffentlicht am 28.02.2025 in Gemeinderatsfraktion\n\n"
            "Haushaltsrede des Fraktionsvorsitzenden Peter Lindner in der Gemeinderatssitzung vom 25. Februar 2025 "
            "(es gilt das gesprochene Wort)\n\n"
            "der vorliegende Haushalt ist solide, aber mutlos. Wir haben in den vergangenen Jahren Rücklagen gebildet, "
            "und jetzt ist die Zeit, sie für die Zukunft unserer Gemeinde einzusetzen.\n\n" + MORE) + FOOTER
    out = lines(text)
    assert "Haushaltsrede 2025: „Investieren statt verwalten“" in out
    assert not {"Ortsverein", "Gemeinderatsfraktion", "Mitglied werden"} & out


def test_tags_over_a_date_line_and_a_short_line_still_go():
    text = (PARA + "\n\n" + PARA + "\n\nThemen\nDatenschutz\nWebsite\n\nBarrierefreiheit 2025\n\n12.03.2025\n\n"
            "Teilen auf Facebook")
    out = lines(text)
    assert not {"Datenschutz", "Website"} & out


# -- the article's subheading that the menu prints too stays -----------------------------------

def test_a_subheading_named_like_a_menu_item_stays_between_paragraphs():
    dates = ["Donnerstag, 20. März 2025, 19:30 Uhr", "„Die Flurbereinigung der 1960er Jahre“ – Referent: Dr. Walter Kessler",
             "Donnerstag, 24. April 2025, 19:30 Uhr", "„Vom Bahnhof zum Bürgerzentrum“ – Referentin: Inge Mahler",
             "Ort: Altes Rathaus, Kirchstraße 2, Lindenbach", "Eintritt frei, Spenden erbeten."]
    text = page(
        "Vortragsreihe 2025: „Lindenbach im Wandel“",
        "Auch in diesem Jahr lädt der Heimat- und Geschichtsverein wieder zu einer Vortragsreihe ins Alte Rathaus "
        "ein. Im Mittelpunkt steht die Entwicklung unseres Ortes vom Bauerndorf zur Pendlergemeinde.",
        "Termine",
        "\n\n".join(dates),
        "Alle Termine finden auch bei schlechtem Wetter statt; das Alte Rathaus ist barrierefrei zugänglich.",
        MORE,
    )
    out = cleaner.clean(text).split("\n")
    assert "Termine" in out[out.index("Vortragsreihe 2025: „Lindenbach im Wandel“"):]
    assert all(line in out for line in dates)
    assert "Abteilungen" not in out and "Sozialberatung" not in out


# -- a club's, an office's or a parish's sign-off under its notice stays -----------------------

NOTICE_PARA = ("Die diesjährige Sperrmüllsammlung findet am Samstag, 5. April 2025, von 8 bis 12 Uhr am "
               "Altstoffsammelzentrum in der Gewerbestraße statt. Bitte trennen Sie Holz, Metall und Kunststoff zu Hause.")


@pytest.mark.parametrize("sign_off", [
    "Der Vorstand", "Ihr Praxisteam", "Der Bürgermeister\nIng. Franz Haslinger", "Ihre Pfarrerin Ulrike Behrens",
    "Die Schulleitung", "The Committee", "Le bureau", "La junta directiva", "Il direttivo", "Het bestuur",
])
def test_a_role_that_signs_off_the_notice_stays(sign_off):
    out = lines(page("Sperrmüllsammlung 2025", NOTICE_PARA, MORE, NOTICE_PARA, sign_off))
    assert all(line in out for line in sign_off.split("\n"))
    assert "Sozialberatung" not in out


def test_a_role_in_the_menus_still_goes():
    menu = MENU.replace("Verein\n", "Der Vorstand\nDas Team\n")
    footer = FOOTER.replace("Kontakt\n", "Der Vorstand\nDas Team\nKontakt\n")
    out = lines(page("Sperrmüllsammlung 2025", NOTICE_PARA, MORE, NOTICE_PARA, menu=menu, footer=footer))
    assert "Der Vorstand" not in out and "Das Team" not in out


@pytest.mark.parametrize("sentence", ["Der Vorstand hat beschlossen", "Das Team hinter dem Projekt"])
def test_the_role_pattern_wants_the_role_alone(sentence):
    from cleaner.patterns import ROLE_SIGN_OFF
    assert ROLE_SIGN_OFF.match(sentence) is None


# -- an event's sections named like labels ("Anfahrt", "Barrierefreiheit") stay ----------------

def test_the_sections_of_an_event_under_its_programme_stay():
    article = [
        "Tag der offenen Tür 2025",
        "Am Samstag, 10. Mai 2025, öffnet die Hochschule Oberrhein von 10 bis 16 Uhr ihre Türen. Studieninteressierte, "
        "Eltern und alle Neugierigen können Labore besichtigen, an Schnuppervorlesungen teilnehmen und mit Studierenden "
        "ins Gespräch kommen.",
        "Programm",
        "10:00 Uhr\nBegrüßung durch die Rektorin, Audimax\n10:30 – 15:30 Uhr\nLaborführungen (Start alle 30 Minuten, "
        "Foyer Gebäude B)\n11:00 Uhr\nSchnuppervorlesung „Wie lernen Maschinen?“, Hörsaal 2\n13:00 Uhr\n"
        "Infovortrag Bewerbung und Zulassung, Hörsaal 1",
        "Anfahrt",
        "Die Hochschule erreichen Sie mit den Buslinien 5 und 12 (Haltestelle Campus). Parkplätze sind am "
        "Veranstaltungstag auf dem Parkdeck P2 kostenlos.",
        "Barrierefreiheit",
        "Alle Gebäude sind barrierefrei zugänglich. Für Gäste mit Hörbehinderung steht bei der Begrüßung eine "
        "Gebärdensprachdolmetscherin zur Verfügung.",
        "Eine Anmeldung ist nicht erforderlich.",
    ]
    footer = ("\n\nZurück zur Übersicht\nTermin exportieren (iCal)\n\nWeitere Veranstaltungen\n15.05.2025 Karrieremesse\n"
              "22.05.2025 Ringvorlesung Nachhaltigkeit\nAlle Termine\n\nHochschule Oberrhein\nBadstraße 24\n77652 Offenburg\n\n"
              "Impressum\nDatenschutz\nBarrierefreiheit\nLeichte Sprache\nGebärdensprache\n")
    out = cleaner.clean(page(*article, footer=footer)).split("\n")
    wanted = [line for block in article for line in block.split("\n")]
    assert [line for line in out if line in wanted] == wanted
    assert not {"Weitere Veranstaltungen", "Alle Termine", "Gebärdensprache", "Impressum"} & set(out)


def test_a_most_read_label_between_teasers_still_opens_its_list():
    teasers = ("Raspao, el cambiante refresco que tiene historia y que todos recuerdan de su infancia\n\nMás leídas\n\n"
               "¡Le creció todo! Cuestionan la naturalidad de las nalgas de la cantante famosa; ¿se operó de verdad?\n\n"
               "¡Tenía su cargamento! La policía encontró múltiples armas en la casa del rapero famoso")
    out = lines(page(PARA, PARA, MORE, teasers))
    assert "Más leídas" not in out


@pytest.mark.parametrize("sign_off", ["Eure Jana", "Deine Petra", "Votre Claire"])
def test_a_possessive_before_the_writers_name_signs_off(sign_off):
    out = lines(page("Tomaten vorziehen", NOTICE_PARA, MORE, NOTICE_PARA, sign_off))
    assert sign_off in out


def test_a_possessive_before_a_noun_is_no_sign_off():
    from cleaner.patterns import SIGN_OFF
    assert SIGN_OFF.match("Eure Meinung zählt") is None and SIGN_OFF.match("Eure") is None
