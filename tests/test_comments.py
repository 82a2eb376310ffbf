"""comment-thread: reader-comment threads below the article go, in the languages blogs print
them; the article's own dialogue, quotes, dates and words about comments stay.

Every thread below follows an article of several paragraphs, as on a real page: the rule looks
for threads below the article only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner

ARTICLE_EN = "\n\n".join([
    "The council approved the new cycle lane on Monday after a two-hour debate.",
    "Work on the first section will start in April and should take about six weeks, the city said.",
    "Shop owners on the high street had asked for more delivery bays, and the plan now includes four.",
    "The lane will link the station with the university campus.",
])
ARTICLE_DE = "\n\n".join([
    "Der Gemeinderat hat am Montag nach langer Debatte den neuen Radweg beschlossen.",
    "Die Arbeiten am ersten Abschnitt beginnen im April und sollen etwa sechs Wochen dauern.",
    "Die Geschäftsleute hatten mehr Lieferzonen gefordert, der Plan sieht nun vier vor.",
    "Der Radweg verbindet den Bahnhof mit dem Campus der Universität.",
])
ARTICLE_FR = "\n\n".join([
    "Le conseil municipal a adopté lundi le projet de piste cyclable après deux heures de débat.",
    "Les travaux du premier tronçon commenceront en avril et dureront environ six semaines.",
    "Les commerçants avaient demandé davantage de places de livraison, le plan en prévoit quatre.",
    "La piste reliera la gare au campus universitaire.",
])
ARTICLE_ES = "\n\n".join([
    "El ayuntamiento aprobó el lunes el nuevo carril bici tras un debate de dos horas.",
    "Las obras del primer tramo empezarán en abril y durarán unas seis semanas.",
    "Los comerciantes habían pedido más zonas de carga, y el plan incluye ahora cuatro.",
    "El carril unirá la estación con el campus universitario.",
])

THREADS = {
    "en-wordpress": (ARTICLE_EN, """14 thoughts on “New cycle lane approved”

Mark says:
March 3, 2021 at 4:11 pm

Finally! Took them long enough.

Reply

Priya says:
March 3, 2021 at 6:02 pm

Will there be bike parking at the station?

Reply

Pingback: Cycle lanes in the news this week – Bike Blog

Leave a Reply Cancel reply"""),
    "en-blogger": (ARTICLE_EN, """5 comments:

Iwona May 30, 2019 at 1:06 PM

Interesting plan :)

Reply Delete

Tom Becker May 30, 2019 at 5:38 PM

Great news for commuters.

Reply Delete"""),
    "de-wordpress": (ARTICLE_DE, """2 Kommentare zu „Neuer Radweg beschlossen“

Anna sagt:
23. Juni 2016 um 17:21 Uhr

Na endlich!

Antworten

Bernd Müller sagt:
24. Juni 2016 um 09:02 Uhr

Und wer bezahlt das?

Antworten"""),
    "de-spreeblick": (ARTICLE_DE, """142 Antworten zu Neuer Radweg beschlossen

Yalcin | 29.07.2006 um 14:26

Herrlich! Wirklich!

29.07.2006 um 16:43 | Antworten

Pingback von Radblog – Lesezeichen | 11.09.2011 23:31"""),
    "fr-wordpress": (ARTICLE_FR, """3 réponses à « Piste cyclable adoptée »

Claire a dit :
4 août 2019 à 16:11

Bravo, enfin !

Répondre

Marc a dit :
4 août 2019 à 18:40

Et le stationnement ?

Répondre"""),
    "es-wordpress": (ARTICLE_ES, """2 comentarios en “Aprobado el carril bici”

Lucía dice:
3 de agosto de 2019 a las 16:11

¡Por fin!

Responder

Andrés dice:
3 de agosto de 2019 a las 18:40

¿Y los aparcamientos?

Responder"""),
}


@pytest.mark.parametrize("name", sorted(THREADS))
def test_thread_goes_and_article_stays(name):
    article, thread = THREADS[name]
    result = cleaner.explain(f"{article}\n\n{thread}")
    assert result.text == article
    assert "comment-thread" in {d.rule for d in result.decisions}
    assert all(d.evidence for d in result.decisions)


@pytest.mark.parametrize("notice, rule", [
    ("There are 0 comments. Add yours.", "comment-thread"),
    ("Kommentare insgesamt: 0", "comment-thread"),
    ("No Response so far »", "call-to-action"),  # a prompt label too, and that rule comes first
    ("View the discussion thread.", "comment-thread"),
    ("6 Kommentare zu „Neuer Radweg beschlossen“", "comment-thread"),
])
def test_thread_notices_go_alone(notice, rule):
    result = cleaner.explain(f"{ARTICLE_DE}\n\n{notice}")
    assert result.text == ARTICLE_DE
    assert [d.rule for d in result.decisions] == [rule]


def test_time_stamp_with_comment_count_under_headline_goes():
    byline = "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen"
    text = f"Neuer Radweg beschlossen\n\n{byline}\n\n{ARTICLE_DE}"
    assert [(d.rule, d.text) for d in cleaner.explain(text).decisions] == [("comment-thread", byline)]


@pytest.mark.parametrize("line, kept", [
    ("Veröffentlicht am 6. Juli 2015 von Mark Hosak — Hinterlasse eine Antwort", "Veröffentlicht am 6. Juli 2015 von Mark Hosak"),
    ("September 15, 2020 by Anna Lee Post a Comment", "September 15, 2020 by Anna Lee"),
    ("Posted on 3 May 2021 | Leave a comment", "Posted on 3 May 2021"),
])
def test_prompt_to_comment_is_cut_from_the_byline(line, kept):
    text = f"Neuer Radweg beschlossen\n\n{line}\n\n{ARTICLE_DE}"
    assert cleaner.clean(text) == f"Neuer Radweg beschlossen\n\n{kept}\n\n{ARTICLE_DE}"


def test_prompt_to_comment_with_the_count_goes():
    line = "Comentar este artículo 1 comentario"
    assert [(d.rule, d.text) for d in cleaner.explain(f"{ARTICLE_ES}\n\n{line}").decisions] == [("comment-thread", line)]


@pytest.mark.parametrize("line", [
    "Readers were invited to post a comment.",
    "12. Oktober 2023 · von Gartenwelt · in Garten · 4 Kommentare",
    "Die Leser konnten bis 2019 einen Kommentar schreiben, sagte die Redaktion.",
])
def test_bylines_and_sentences_about_comments_stay(line):
    text = f"{ARTICLE_DE}\n\n{line}\n\n{ARTICLE_DE.replace('Montag', 'Dienstag')}"
    assert cleaner.explain(text).decisions == ()


def test_row_of_thread_links_goes():
    row = "Kommentarfeed | Kommentare geschlossen | Trackback-URL"
    assert [(d.rule, d.text) for d in cleaner.explain(f"{ARTICLE_DE}\n\n{row}").decisions] == [("comment-thread", row)]


def test_long_comment_reading_like_prose_is_kept_by_the_prose_guard():
    long = ("I cycle this route every day and the worst part has always been the roundabout by the "
            "station, so I hope the plan finally fixes it.")
    text = f"{ARTICLE_EN}\n\n2 thoughts on “New cycle lane approved”\n\nMark says:\nMarch 3, 2021 at 4:11 pm\n\n{long}\n\nReply"
    result = cleaner.explain(text)
    assert long in result.text.split("\n")
    assert ("prose-guard", "comment-thread") in {(k.guard, k.rule) for k in result.kept}


def test_reply_of_the_articles_author_stays():
    """A comment signed by a name printed above the thread is the author's reply: it goes on
    with the article ("We are working toward releasing version 0.2")."""
    article = "By Daniel Lemire\n\n" + ARTICLE_EN
    reply = "We are working toward releasing version 0.2 soon."
    text = (f"{article}\n\n5 thoughts on “New cycle lane approved”\n\nDegski says:\nAugust 3, 2019 at 4:11 am\n\n"
            f"Thanks for posting this.\n\nReply\n\nDaniel Lemire says:\nAugust 5, 2019 at 1:46 pm\n\n{reply}\n\nReply")
    out = cleaner.clean(text).split("\n")
    assert reply in out
    assert "Thanks for posting this." not in out and "Degski says:" not in out


# Article text that looks like a thread to a careless rule.
ARTICLES = {
    "interview": "\n\n".join([
        ARTICLE_DE,
        "Interview: Wie geht es mit dem Radverkehr weiter?",
        "Anna Schmidt: Wir brauchen mehr Platz für Räder.",
        "Frage: Und die Autofahrer?",
        "Anna Schmidt: Die profitieren auch.",
        "Frage: Wann kommt der nächste Abschnitt?",
        "Anna Schmidt: Im Herbst.",
    ]),
    "qa": "\n\n".join([
        ARTICLE_EN,
        "Questions and answers",
        "Q: When does work start?",
        "A: In April.",
        "Reply from the city:",
        "The city says the lane will be finished by the summer.",
    ]),
    "quote-sagt": "\n\n".join([
        ARTICLE_DE,
        "Der Bürgermeister sagt:",
        "„Das ist ein guter Tag für alle, die Rad fahren.“",
        "Die Opposition sagt:",
        "„Viel zu teuer.“",
    ]),
    "chronology": "\n\n".join([
        ARTICLE_DE,
        "Chronik",
        "23.06.2016 um 16:14 Uhr",
        "Der Antrag geht ein.",
        "24.06.2016 um 09:30 Uhr",
        "Der Ausschuss berät.",
        "Antworten",
        "Die Stadt antwortet am Abend.",
    ]),
    "discussion-section": "\n\n".join([
        ARTICLE_DE,
        "Diskussion",
        "Die Opposition hält den Plan für zu teuer.",
        "Stand: 23.06.2016, 16:14 Uhr",
    ]),
    "about-comments": "\n\n".join([
        ARTICLE_EN,
        "Comments",
        "Readers left hundreds of comments under the plan.",
        "Many said they would cycle more.",
        "One reader, Mark, says: the lane is too narrow.",
        "The city will reply to every comment by May.",
    ]),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_that_looks_like_a_thread_stays(name):
    text = ARTICLES[name]
    rules = {d.rule: d.text for d in cleaner.explain(text).decisions}
    assert "comment-thread" not in rules, rules


def test_a_commenter_of_a_thread_above_is_no_author():
    """Two threads one below the other (pages run together): a name that signed a comment in
    the first thread does not make the same name's comment in the second the author's reply."""
    thread = "2 thoughts on \u201cThe bridge\u201d\n\nMaria Lopez says:\nMay 3, 2021 at 4:11 pm\nFinally, some good news!\nReply"
    text = f"The bridge opens in May, the city said on Monday.\n\n{thread}\n\nAdvertisement\n\n{thread}"
    assert cleaner.clean(text) == "The bridge opens in May, the city said on Monday."


# --------------------------------------------------------------------------------------------
# "Recent comments" widgets, notes below the comment form, the form's consent notices
# --------------------------------------------------------------------------------------------

# Articles with a paragraph of prose: a notice that reads like prose is removed only when the
# rules leave most of the article's prose (the removal budget).
PROSE_EN = ARTICLE_EN + ("\n\nCyclists had campaigned for a safe route between the station and the campus for more "
                         "than ten years, and the council's transport committee finally backed the plan in a narrow vote."
                         "\n\nThe committee also asked the city to count the cyclists on the new lane every month and "
                         "to publish the figures, so that residents can see whether the lane is used as much as promised.")
PROSE_DE = ARTICLE_DE + ("\n\nRadfahrer hatten sich mehr als zehn Jahre lang für eine sichere Verbindung zwischen dem "
                         "Bahnhof und dem Campus eingesetzt, bis der Verkehrsausschuss den Plan knapp billigte."
                         "\n\nDer Ausschuss bat die Stadt außerdem, die Radfahrer auf dem neuen Weg jeden Monat zu zählen "
                         "und die Zahlen zu veröffentlichen, damit die Bürger sehen, ob der Weg so genutzt wird wie versprochen.")

WIDGETS = {
    "en": (ARTICLE_EN, "Recent Comments\n\nAnna Berg on Ten years of the garden\nJo_Lee on Ten years of the garden\n"
                       "Paul on Winter tyres: are they worth it?"),
    "de": (ARTICLE_DE, "Neueste Kommentare\n\nJo bei Neue Rezepte für den Herbst\nMaria Keller bei Neue Rezepte für den Herbst\n"
                       "Tom bei Radweg: Wie geht es weiter?"),
    "fr": (ARTICLE_FR, "Derniers commentaires\n\nPaul dans Mon voyage en Bretagne\nClaire dans Mon voyage en Bretagne"),
    "es": (ARTICLE_ES, "Comentarios recientes\n\nAna en Mi viaje a Galicia\nLuis en Recetas de otoño"),
    "de-excerpts": (ARTICLE_DE, "Kommentare\n\nJo: Danke für die Anleitung, ich habe es gleich am Wochenende ausprobiert und...\n"
                                "Maria: Bei mir hat der zweite Schritt nicht geklappt, die Farbe ist immer wieder ...\n"
                                "Tom: Super!\n"
                                "Lena: Wo bekommt man die Schablonen eigentlich in dieser Größe, im Baumarkt habe ich …"),
    "de-reader-excerpts": (ARTICLE_DE, "Neueste Leser-Kommentare\n\nVon Jo zu Neuer Radweg: Endlich! Ich fahre die Strecke jeden Tag... mehr\n"
                                       "Von Maria Keller zu Neuer Radweg: Und wo sollen die Lieferwagen halten?... mehr"),
}


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_recent_comments_widget_goes_below_the_article(name):
    article, widget = WIDGETS[name]
    result = cleaner.explain(f"{article}\n\n{widget}\n\nImpressum")
    assert result.text == article
    assert "comment-thread" in {d.rule for d in result.decisions}


def test_recent_comments_widget_goes_above_the_article():
    """On a full page the sidebar may come first."""
    article, widget = WIDGETS["en"]
    assert cleaner.clean(f"{widget}\n\n{article}") == article


WIDGET_LOOKALIKES = {
    "quotes under a subheading": "Latest comments\n\nThe mayor on the decision: “A good day for the city.”\n"
                                 "The opposition on the costs: “Far too expensive.”",
    "sentences under a subheading": "Recent comments\n\nReaders on the forum agreed with the plan.\n\nMost of them cycle to work.",
    "a band's line-up": "The band\n\nPeter on lead guitar\nJohn on lead guitar\nMary on drums\nPaul on bass",
    "dialogue trailing off": "Comments\n\nAnna: I thought we would go down to the lake today, but the weather said rain and then...\n"
                             "Ben: You always say that when you do not want to go swimming with the rest of us at all...\n"
                             "Anna: That is not true, I just do not like the cold water very much and the wind is...\n"
                             "Ben: Then we could take the car and drive to the pool in town instead of the lake, or...",
    "a script without a header": "Anna: I thought we would go down to the lake today, but the weather said rain and then...\n"
                                 "Ben: You always say that when you do not want to go swimming with the rest of us at all...\n"
                                 "Cleo: That is not true, she just does not like the cold water very much and the wind is...",
    "teasers with a label": "Comments\n\nBERLIN: The city council met on Monday to discuss the new cycle lane and its costs...\n"
                            "BERLIN: Shop owners on the high street asked for more delivery bays near the station...\n"
                            "BERLIN: The university welcomed the plan and said students would use the lane every...",
}


@pytest.mark.parametrize("name", sorted(WIDGET_LOOKALIKES))
def test_article_lines_that_look_like_a_widget_stay(name):
    text = f"{ARTICLE_EN}\n\n{WIDGET_LOOKALIKES[name]}\n\n{ARTICLE_EN.replace('Monday', 'Tuesday')}"
    assert "comment-thread" not in {d.rule for d in cleaner.explain(text).decisions}


FORM_NOTES = {
    "owner's thanks": (ARTICLE_EN, "2 thoughts on “New cycle lane approved”\n\nMark April 3, 2021 at 4:11 PM\n\nFinally!\n\n"
                                   "Reply Delete\n\nAdd comment\nLoad more...\n\n"
                                   "A kind word makes my day!\nThanks for stopping by and taking the time to share your thoughts :)"),
    "hint on commenting": (PROSE_DE, "Schreibe einen Kommentar Antworten abbrechen\n\n"
                                       "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.\n\n"
                                       "Kommentar\n\nName *\n\nE-Mail *\n\n"
                                       "Keine Zeit zum Tippen? Dann klicke unten auf einen der Knöpfe, und deine Reaktion wird als "
                                       "Kommentar eingetragen. Fülle bitte noch Name und E-Mail aus und klicke auf Abschicken."),
}


@pytest.mark.parametrize("name", sorted(FORM_NOTES))
def test_note_below_the_comment_form_goes(name):
    article, tail = FORM_NOTES[name]
    result = cleaner.explain(f"{article}\n\n{tail}")
    assert result.text == article
    assert "note below the comment form" in {d.evidence for d in result.decisions}


def test_article_below_a_comment_button_under_the_headline_stays():
    """A "Kommentar schreiben" button under the headline is followed by the article, which may
    speak of comments: a note is looked for below a form in the last half of the text."""
    standfirst = "Ein Kommentar von Anna Schmidt zur Debatte über den neuen Radweg."
    text = f"Neuer Radweg beschlossen\n\nKommentar schreiben\n\n{standfirst}\n\n{ARTICLE_DE}"
    assert standfirst in cleaner.clean(text).split("\n")


@pytest.mark.parametrize("notice", [
    "Please tick the box before posting your comment.",
    "Bitte setze das Häkchen, bevor du deinen Kommentar abschickst.",
    "Veuillez cocher la case avant de publier votre commentaire.",
    "Por favor, marca la casilla antes de publicar tu comentario.",
    "Prosimy o zaznaczenie checkboxa przed dodaniem komentarza. Administratorem danych osobowych podanych w formularzu "
    "jest wydawca serwisu, a dane będą przetwarzane wyłącznie w celu publikacji komentarzy i ich moderacji.",
    "By using this form you agree with the storage and handling of your data by this website.",
    "Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten durch diese Website einverstanden.",
    "Utilizzando questo modulo accetti la memorizzazione e la gestione dei tuoi dati da parte di questo sito web.",
    "Door dit formulier te gebruiken gaat u akkoord met de opslag en verwerking van uw gegevens door deze website.",
])
def test_comment_form_consent_notice_goes(notice):
    article = PROSE_DE if notice.split()[0] in ("Bitte", "Mit") else PROSE_EN
    result = cleaner.explain(f"{article}\n\n{notice}")
    assert result.text == article
    assert [d.rule for d in result.decisions] == ["comment-thread"]


@pytest.mark.parametrize("line", [
    "By using this form you agree with the storage and handling of your data by this website, the regulator said in its ruling.",
    "“Please tick the box before posting your comment,” the notice read, and most users ignored it.",
    "Residents can comment on the plan until May; the council will publish every comment online.",
    "We reserve the right to delete comments that insult other readers or break the law.",
])
def test_sentences_about_comment_forms_stay(line):
    text = f"{ARTICLE_EN}\n\n{line}\n\n{ARTICLE_EN.replace('Monday', 'Tuesday')}"
    assert line in cleaner.clean(text).split("\n")


@given(
    names=st.lists(st.sampled_from(["Anna", "Jo_Lee", "Maria Keller", "Tom", "Luis García", "kim88"]), min_size=1, max_size=8),
    titles=st.lists(st.sampled_from(["Ten years of the garden", "Winter tyres: are they worth it?", "Neue Rezepte für den Herbst",
                                     "Radweg (Teil 2)", "The bridge, again"]), min_size=8, max_size=8),
    header=st.sampled_from(["Recent Comments", "Neueste Kommentare", "Letzte Kommentare", "Derniers commentaires"]),
    prep=st.sampled_from(["on", "bei"]),
)
@settings(max_examples=60, deadline=None)
def test_generated_widget_goes_and_article_stays(names, titles, header, prep):
    widget = "\n".join(f"{name} {prep} {title}" for name, title in zip(names, titles))
    text = f"{ARTICLE_EN}\n\n{header}\n\n{widget}\n\n{ARTICLE_DE}"
    assert cleaner.clean(text) == f"{ARTICLE_EN}\n\n{ARTICLE_DE}"


@pytest.mark.parametrize("stamp, count", [
    ("Anna Berg | 29.07.2006 um 14:26", "1 Kommentar"),
    ("Monday 28 September 2020 19:27", "0 comments"),
])
def test_time_stamp_above_the_count_of_comments_goes(stamp, count):
    """The meta row "<time> - <name> - 91 Ergänzungen" printed on two lines."""
    text = f"{ARTICLE_DE}\n\n{stamp}\n{count}"
    removed = {d.text for d in cleaner.explain(text).decisions}
    assert stamp in removed and cleaner.clean(text) == ARTICLE_DE


@pytest.mark.parametrize("above", ["12. Oktober 2023", "Die Sitzung begann am 23.06.2016 um 16:14 Uhr und dauerte bis in den Abend."])
def test_a_date_or_a_sentence_above_the_count_stays(above):
    text = f"{ARTICLE_DE}\n\n{above}\n4 Kommentare"
    assert above in cleaner.clean(text).split("\n")


@pytest.mark.parametrize("link", ["Subscribe to: Post Comments (Atom)", "Abonnieren Kommentare zum Post (Atom)"])
def test_blog_platforms_link_to_the_comments_feed_goes(link):
    assert cleaner.clean(f"{ARTICLE_EN}\n\n{link}") == ARTICLE_EN


def test_a_button_between_two_comments_does_not_end_the_thread():
    """"Like!" is a label the thread's walk stops at (a share button), but right below it
    come the next comment's marks: it is the comment's button, and the thread goes on."""
    thread = ("45 Gedanken zu „Neuer Radweg beschlossen“\n\nanna 11. Dezember 2012 um 11:07\n\nDanke!\n\nLike!\n"
              "Antwort ↓\n\nhardy 12. Dezember 2012 um 00:18\n\nklar, so ist es.\n\nAntwort ↓")
    assert cleaner.clean(f"{ARTICLE_DE}\n\n{thread}") == ARTICLE_DE


@pytest.mark.parametrize("line", ["Anna 3. Mai 2021 um 16  h 11", "Ben May 3, 2021 at 5  pm"])
def test_the_clock_test_lets_every_comment_time_through(line):
    """`_CLOCK` is a cheap test before `patterns.COMMENT_TIME`: whatever the pattern matches passes it,
    runs of spaces included."""
    from cleaner import patterns as p
    from cleaner.rules.comments import _CLOCK
    assert p.COMMENT_TIME.match(line)
    assert _CLOCK.search(line)
