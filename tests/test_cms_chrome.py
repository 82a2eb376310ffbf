"""The chrome that the common publishing platforms print around a post (blog engines, newsletter
and member platforms, news sites' reading aids and paywalls, forums, shops), and article prose
that uses the same words, which must stay.

Pages and lines are made up; each family is checked in several languages.
"""

from __future__ import annotations

import pytest

import cleaner

PARA = "The senior envoys met in Seoul on Friday for the first time in four months to discuss the talks."
PARA_DE = "Die Regierung hat am Dienstag angekündigt, dass sie ihre Pläne noch vor dem Sommer vorlegen werde."
CLOSE = "Officials said a second round could follow in the spring if both sides agreed."
CLOSE_DE = "Ein zweites Treffen könnte im Frühjahr folgen, wenn sich beide Seiten auf die Tagesordnung einigen."


def removed(text: str) -> dict[str, str]:
    """Removed text (stripped) -> rule id."""
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


def kept_lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n") if line.strip()}


# ---------------------------------------------------------------------------------------------
# A sidebar printed above the post: the walk down a widget's list stops at the headline.
# ---------------------------------------------------------------------------------------------

SIDEBAR_FIRST = [
    # (page without a title line, headline)
    ("Menü\nStartseite\nÜber uns\nKategorien\nKuchen\nBrot\nSuppen\n\nKürbissuppe mit Ingwer\n\n"
     "Diese Suppe koche ich jeden Herbst, sobald die ersten Hokkaido-Kürbisse auf dem Markt liegen, und "
     "jedes Jahr ein wenig anders.\n\nDer Ingwer gibt ihr die Schärfe, die Kokosmilch die Ruhe.",
     "Kürbissuppe mit Ingwer"),
    ("Categorieën\nBalkon\nGroente\n\nMijn moestuin op het balkon\n\n"
     "Tomaten kweken op het balkon lukt ook in Amsterdam, als je geduld hebt, een grote pot en een plek "
     "waar de zon de hele middag staat.",
     "Mijn moestuin op het balkon"),
]


@pytest.mark.parametrize("page,headline", SIDEBAR_FIRST)
def test_headline_below_a_category_widget_stays(page, headline):
    out = kept_lines(page)
    assert headline in out
    assert "Kuchen" not in out and "Balkon" not in out


def test_headline_named_by_the_title_below_a_category_widget_stays():
    page = ("Slow-cooked beans – The Quiet Kitchen\n\nSkip to content\nHome\nCategories\nBread\nBeans\n\n"
            "Slow-cooked beans\n\nMay 3, 2023 by Tess\n\n"
            "Beans are the cheapest protein there is, and the most patient. Soak them overnight and they will "
            "forgive almost anything.")
    out = kept_lines(page)
    assert "Slow-cooked beans" in out
    assert "Bread" not in out and "Categories" not in out


def test_tags_below_the_post_still_go():
    page = f"{PARA}\n\nTags\nSeoul\nDiplomacy\n\nShare this:\nFacebook"
    gone = removed(page)
    assert gone.get("Seoul") == "tag-list" and gone.get("Diplomacy") == "tag-list"


# ---------------------------------------------------------------------------------------------
# Chrome lines that go, by platform family and language: (rule, lines, language). Each is put
# between two paragraphs (a line that only goes in its widget's company is checked in a page).
# ---------------------------------------------------------------------------------------------

CHROME = [
    # Blog engines: share rows, like buttons, post footers, comment prompts, post navigation.
    ("share-prompt", ["Diesen Post per E-Mail versenden", "In Twitter freigeben", "In Facebook freigeben", "Auf Pinterest teilen"], "de"),
    ("share-prompt", ["Enviar por correo electrónico", "Escribe un blog", "Compartir con Facebook"], "es"),
    ("share-prompt", ["Invia tramite email", "Condividi su Pinterest"], "it"),
    ("share-prompt", ["Dit e-mailen", "Delen op Facebook"], "nl"),
    ("share-prompt", ["Wyślij pocztą e-mail", "Udostępnij w usłudze Twitter", "Polub Wczytywanie…"], "pl"),
    ("tag-list", ["Eingestellt von Landküche um 09:14"], "de"),
    ("tag-list", ["Publié par Lou à 18:05"], "fr"),
    ("tag-list", ["Publicado por Marta en 20:41"], "es"),
    ("tag-list", ["Pubblicato da Sara alle 09:12"], "it"),
    ("tag-list", ["Geplaatst door Joost om 21:03"], "nl"),
    ("tag-list", ["Opublikowane przez Ewa o 19:40"], "pl"),
    # (English "Labels:" is a word of prose too: between two sentences, as here, the line is the
    # article's; under a post's last paragraph it goes, see tests/test_chrome_more.py.)
    ("tag-list", ["Libellés : semis, tomates"], "fr"),
    ("tag-list", ["Etykiety: pierogi, święta"], "pl"),
    ("call-to-action", ["Kommentar veröffentlichen"], "de"),
    ("call-to-action", ["Enregistrer un commentaire"], "fr"),
    ("call-to-action", ["No hay comentarios:", "Publicar un comentario"], "es"),
    ("call-to-action", ["Posta un commento"], "it"),
    ("call-to-action", ["Geen opmerkingen:", "Een reactie posten"], "nl"),
    ("call-to-action", ["Prześlij komentarz"], "pl"),
    ("call-to-action", ["Neuerer Post Älterer Post Startseite"], "de"),
    ("call-to-action", ["Article plus récent Article plus ancien Accueil"], "fr"),
    ("call-to-action", ["Entrada más reciente Entrada antigua Página principal"], "es"),
    ("call-to-action", ["Post più recente Post più vecchio Home page"], "it"),
    ("call-to-action", ["Nieuwere post Oudere post Homepage"], "nl"),
    ("call-to-action", ["Nowszy post Starszy post Strona główna"], "pl"),
    ("call-to-action", ["← Articoli meno recenti", "Articoli più recenti →"], "it"),
    ("call-to-action", ["← Starsze wpisy", "Nowsze wpisy →"], "pl"),
    ("call-to-action", ["View my complete profile"], "en"),
    ("call-to-action", ["Mein Profil vollständig anzeigen"], "de"),
    ("call-to-action", ["Afficher mon profil complet"], "fr"),
    ("legal-notice", ["Simple theme. Powered by Blogger."], "en"),
    ("legal-notice", ["Design „Einfach“. Powered by Blogger."], "de"),
    ("legal-notice", ["Thème Simple. Fourni par Blogger."], "fr"),
    ("legal-notice", ["Tema Sencillo. Con la tecnología de Blogger."], "es"),
    ("legal-notice", ["Mogelijk gemaakt door Blogger."], "nl"),
    ("legal-notice", ["Obsługiwane przez usługę Blogger."], "pl"),
    ("legal-notice", ["Theme: ColorMag von ThemeGrill. Bereitgestellt von WordPress."], "de"),
    ("legal-notice", ["Forum-Software von XenForo® © 2010-2023 XenForo Ltd."], "de"),
    # Newsletter and member platforms.
    ("newsletter-prompt", ["Type your email…", "Give a gift subscription"], "en"),
    ("newsletter-prompt", ["Member-only story"], "en"),
    ("newsletter-prompt", ["Deine E-Mail-Adresse eingeben…", "Ein Abonnement verschenken"], "de"),
    ("newsletter-prompt", ["Saisissez votre e-mail…", "Offrir un abonnement"], "fr"),
    ("newsletter-prompt", ["Escribe tu correo electrónico…", "Regalar una suscripción"], "es"),
    ("call-to-action", ["Discussion about this post"], "en"),
    ("call-to-action", ["Diskussion über diesen Beitrag"], "de"),
    ("call-to-action", ["Debate sobre esta publicación"], "es"),
    ("image-credit", ["Foto van Jan Kowalski op Unsplash"], "nl"),
    ("image-credit", ["Zdjęcie autorstwa Jan Kowalski z Unsplash"], "pl"),
    # News sites: reading aids and paywalls.
    ("widget-residue", ["Escuchar noticia"], "es"),
    ("widget-residue", ["Luister naar dit artikel"], "nl"),
    ("widget-residue", ["Posłuchaj artykułu"], "pl"),
    ("call-to-action", ["Weiterlesen mit Plus", "Lesen Sie mit Plus weiter"], "de"),
    ("newsletter-prompt", ["Erster Monat gratis", "Jederzeit kündbar"], "de"),
    ("newsletter-prompt", ["Jetzt 4 Wochen für 0,99 € testen"], "de"),
    ("newsletter-prompt", ["Abonnez-vous sans engagement", "Déjà abonné ? Se connecter"], "fr"),
    ("newsletter-prompt", ["Offre spéciale : 1 € le premier mois"], "fr"),
    ("newsletter-prompt", ["Hazte suscriptor por 1 € al mes", "¿Ya eres suscriptor? Inicia sesión"], "es"),
    ("newsletter-prompt", ["Questo articolo è riservato agli abbonati"], "it"),
    ("newsletter-prompt", ["Dit artikel is exclusief voor abonnees"], "nl"),
    ("newsletter-prompt", ["Ten artykuł jest dostępny tylko dla subskrybentów"], "pl"),
    ("call-to-action", ["Suscríbete para seguir leyendo"], "es"),
    ("call-to-action", ["Abbonati per continuare a leggere"], "it"),
    ("call-to-action", ["Word abonnee en lees verder"], "nl"),
    # Forums and Q&A pages.
    ("widget-residue", ["Asked 12 years, 3 months ago", "Modified 1 year ago", "Viewed 4.2m times"], "en"),
    ("widget-residue", ["Sorted by:", "Highest score (default)"], "en"),
    ("widget-residue", ["Thread starter Jo", "Start date Mar 12, 2023"], "en"),
    ("widget-residue", ["Ersteller Gartenfreund"], "de"),
    ("widget-residue", ["Auteur de la discussion Jardinier75", "Date de début 12 mars 2023"], "fr"),
    ("widget-residue", ["Iniciado por Hortelano"], "es"),
    ("call-to-action", ["Zitieren", "Melden"], "de"),
    ("call-to-action", ["Citer", "Signaler"], "fr"),
    ("call-to-action", ["Du musst dich anmelden oder registrieren, um hier zu antworten."], "de"),
    ("call-to-action", ["Vous devez vous connecter ou vous inscrire pour répondre ici."], "fr"),
    ("call-to-action", ["Debes iniciar sesión o registrarte para responder aquí."], "es"),
    ("nav-menu", ["Accueil du forum", "Nouveaux messages"], "fr"),
    ("widget-residue", ["Post by hivemind » Mon Mar 06, 2023 10:32 am", "Join Date: Mar 2010", "Posts: 1,234"], "en"),
    ("widget-residue", ["Beitrag von imker_anna » Mo 6. Mär 2023, 10:32", "Mitglieder in diesem Forum: 0 Mitglieder und 1 Gast"], "de"),
    ("nav-menu", ["Return to “Wintering”", "Jump to", "Who is online"], "en"),
    ("nav-menu", ["Zurück zu „Überwinterung“", "Wer ist online?"], "de"),
    ("nav-menu", ["3 posts • Page 1 of 1"], "en"),
    ("nav-menu", ["3 Beiträge • Seite 1 von 1"], "de"),
    ("call-to-action", ["Reply With Quote", "Continue this thread", "Post Reply"], "en"),
    ("call-to-action", ["Mit Zitat antworten", "Frage beantworten"], "de"),
    ("call-to-action", ["Voir les 12 commentaires"], "fr"),
    ("call-to-action", ["Ver comentarios (12)"], "es"),
    ("call-to-action", ["Alle 12 Kommentare anzeigen", "Sie müssen angemeldet sein, um kommentieren zu können."], "de"),
    ("newsletter-prompt", ["Subscribe to Slow Money Notes"], "en"),
    ("newsletter-prompt", ["Abonniere Notizen aus dem Schrebergarten"], "de"),
    ("newsletter-prompt", ["Abonnez-vous à Carnets du potager", "Cet article vous est offert"], "fr"),
    ("legal-notice", ["Veröffentlicht mit Ghost"], "de"),
    ("share-prompt", ["Artikel verschenken"], "de"),
    ("share-prompt", ["Offrir l'article", "Ajouter à mes favoris"], "fr"),
    ("reading-time", ["Lecture 3 min."], "fr"),
    ("site-notice", ["Pour lire gratuitement cet article réservé aux abonnés, connectez-vous"], "fr"),
    ("site-notice", ["Para seguir leyendo, hazte suscriptor"], "es"),
    ("widget-residue", ["Posted 3 days ago"], "en"),
    ("tag-list", ["Posted in Uncategorized"], "en"),
    ("tag-list", ["Veröffentlicht in Allgemein"], "de"),
    ("legal-notice", ["Theme by Example Themes"], "en"),
    ("call-to-action", ["View all posts by Jane Roe"], "en"),
    ("call-to-action", ["Alle Artikel von Jana Vogt", "Zur Autorenseite", "Zum Kommentarbereich"], "de"),
    ("call-to-action", ["Tous les articles de Julie Martin"], "fr"),
    ("call-to-action", ["See all responses", "Next Page"], "en"),
    ("call-to-action", ["Sign in to save this article."], "en"),
    ("call-to-action", ["Connectez-vous pour ajouter cet article à vos favoris."], "fr"),
    ("share-prompt", ["Reblog"], "en"),
    # A shop's product box beside a post.
    ("widget-residue", ["Rated 4.50 out of 5", "SKU: ESP-500"], "en"),
    ("widget-residue", ["Bewertet mit 4.50 von 5", "Artikelnummer: ESP-500", "Vorrätig", "zzgl. Versand"], "de"),
    ("widget-residue", ["Kostenloser Versand ab 40 € innerhalb Deutschlands"], "de"),
    ("widget-residue", ["Prix habituel 14,90 € Prix soldé 12,90 €"], "fr"),
    ("widget-residue", ["Hay existencias", "Precio habitual 14,90 € Precio de oferta 12,90 €"], "es"),
    ("widget-residue", ["Spedizione gratuita per ordini superiori a 40 €", "Disponibilità immediata"], "it"),
    ("widget-residue", ["Add to cart", "In stock", "Only 3 left in stock", "Free shipping over $50"], "en"),
    ("widget-residue", ["Regular price $49.00 Sale price $39.00", "Free returns within 30 days", "Cart (0)"], "en"),
    ("widget-residue", ["In den Warenkorb", "Auf Lager", "Sofort lieferbar", "Lieferzeit: 1-3 Werktage"], "de"),
    ("widget-residue", ["inkl. MwSt., zzgl. Versandkosten", "Kostenloser Versand ab 50 €", "30 Tage Rückgaberecht"], "de"),
    ("widget-residue", ["Ajouter au panier", "Livraison gratuite dès 50 €", "Retours gratuits sous 30 jours"], "fr"),
    ("widget-residue", ["Añadir al carrito", "Envío gratis a partir de 50 €", "Devoluciones gratuitas en 30 días"], "es"),
    ("widget-residue", ["Aggiungi al carrello", "Spedizione gratuita"], "it"),
    ("widget-residue", ["In winkelwagen", "Op voorraad"], "nl"),
    ("widget-residue", ["Dodaj do koszyka", "Darmowa dostawa"], "pl"),
    # Navigation: language switchers, archive widgets, page numbers.
    ("nav-menu", ["EN | DE | FR"], "en"),
    ("nav-menu", ["Deutsch · English · Français"], "de"),
    ("nav-menu", ["1 2 3 … 10 Next »"], "en"),
    ("nav-menu", ["« Zurück 1 2 3 … 12 Weiter »"], "de"),
]


@pytest.mark.parametrize("rule_id,lines,lang", CHROME, ids=[f"{c[0]}-{c[2]}-{c[1][0][:24]}" for c in CHROME])
def test_platform_chrome_goes(rule_id, lines, lang):
    para, close = (PARA_DE, CLOSE_DE) if lang == "de" else (PARA, CLOSE)
    text = "\n\n".join([para, *lines, close])
    gone = removed(text)
    for line in lines:
        assert gone.get(line.strip()) == rule_id, (line, gone.get(line.strip()))
    assert cleaner.clean(text) == f"{para}\n\n{close}"


def test_member_platform_box_goes():
    box = ("Slow Money Notes is a reader-supported publication. To receive new posts and support my work, consider "
           "becoming a free or paid subscriber.")
    text = "\n\n".join([
        "Ten years ago I put my first thousand pounds into a world index fund, and today I want to look back at what "
        "that did for me, and what it did not.", box, "Type your email…", "Subscribe",
        "What I learned is simple: time in the market beats timing the market, and fees matter more than any "
        "forecast I have read since."])
    gone = removed(text)
    assert gone.get(box) == "site-notice" and gone.get("Type your email…") == "newsletter-prompt"
    assert "What I learned is simple" in cleaner.clean(text)


ARCHIVE_WIDGETS = [
    # A WordPress archive widget, a Blogger one with its fold marks, in several languages.
    ["Archives", "March 2023 (4)", "February 2023 (7)", "January 2023 (3)"],
    ["Archiv", "Oktober 2022 (2)", "September 2022 (5)"],
    ["Archives", "mai 2023 (3)", "avril 2023 (6)"],
    ["Archivos", "julio 2023 (2)", "junio 2023 (4)"],
    ["Archiwa", "kwiecień 2023 (3)", "marzec 2023 (5)"],
    ["Blog Archive", "► 2023 (12)", "▼ 2022 (31)", "► December (3)", "▼ März (4)"],
]


@pytest.mark.parametrize("widget", ARCHIVE_WIDGETS, ids=[w[1] for w in ARCHIVE_WIDGETS])
def test_archive_widget_goes(widget):
    # (A bare "Archives" may head the article's list of sources: only "Blog Archive" and its
    # translations go as the widget's title.)
    text = "\n\n".join([PARA, "\n".join(widget), CLOSE])
    out = kept_lines(text)
    assert not any(line in out for line in widget[1:])
    if widget[0] == "Blog Archive":
        assert "Blog Archive" not in out


# ---------------------------------------------------------------------------------------------
# Article prose that uses the same words stays: reported speech, sentences that open with the
# label, the words as a headline, a subheading between two paragraphs, lists of the article.
# ---------------------------------------------------------------------------------------------

PROSE = [
    ["Archives", "The city archives hold every council minute since 1850, in forty metres of shelves."],
    ["“Archives?” she asked. “Down the stairs, second door on the left.”"],
    ["The flood came in three waves:", "March 2023 (4 deaths)", "June 2023 (2 deaths)", "The city rebuilt the dam after the third."],
    ["Our survey counted the nests:", "2022 (31)", "2023 (12)", "The decline alarmed the rangers, who closed the path."],
    ["The winning numbers were:", "4 8 15 16 23 42", "Nobody won the jackpot, and it rolled over to Saturday."],
    ["Posted by the building manager at 9:00 on Monday, the notice said the lift would be closed."],
    ["Posted by mistake: the tweet that cost a minister his job"],
    ["Eingestellt von der Stadt um 9:00 Uhr wurde der Busverkehr erst am Abend wieder."],
    ["Publié par Gallimard à 18 ans, son premier roman a tout changé."],
    ["Publicado por Anagrama en 2019, el libro vendió cien mil ejemplares."],
    ["Reply", "The word came back in a single line: reply by Friday or lose the grant."],
    ["“Reply to me when you can,” she wrote, and I never did."],
    ["Zitieren", "Wer zitieren will, muss die Quelle nennen, sagt das Urheberrecht."],
    ["Labels", "Food labels in the EU must list allergens in bold since 2014."],
    ["Labels: the industry that decides what you hear"],
    ["The review of my year took five minutes read aloud at dinner."],
    ["Lesezeit: So lange brauchen Kinder für ein Buch", "Eine Studie zeigt, dass Kinder heute weniger lesen als vor zehn Jahren."],
    ["Cet article est réservé aux abonnés, a plaisanté le maire en brandissant le journal local."],
    ["Contenido exclusivo para suscriptores, bromeó el alcalde al abrir el pleno."],
    ["Dieser Artikel ist nur für Abonnenten, scherzte der Bürgermeister und verteilte Kopien."],
    ["Subscribe now, said every advert I saw that year, and I nearly bought a trading course."],
    ["Type your email into any broker's form and you will get a dozen offers within a week."],
    ["Ready for more?", "The second half of the season starts in August with six home games in a row."],
    ["Give a gift subscription to a newspaper, my aunt said, and you give a habit."],
    ["In stock at most hardware stores, flaxseed oil is our choice for the first seasoning."],
    ["Add to cart whatever you like, but a pan that rusts in a month is no bargain."],
    ["Sale", "The sale of the house took two years and three lawyers."],
    ["Free shipping over $50 is now standard across the sector, analysts say."],
    ["Warenkorb", "Der Warenkorb der Statistiker enthält 650 Güter und Dienstleistungen."],
    ["Panier", "Le panier moyen des ménages a augmenté de 12 % en un an, selon l'Insee."],
    ["Only 3 left in the wild: the fight to save the northern white rhino"],
    ["Lieferzeit: 1-3 Werktage, versprach der Händler, doch es wurden sechs Wochen."],
    ["Jetzt 4 Wochen für 0,99 € testen, lockt der Verlag, doch die Kündigung ist kompliziert."],
    ["Only €5 a month and the tickets are gone"],
    ["Asked 12 years ago, the question still has no good answer."],
    ["Viewed 4 million times, the video made the farmer famous overnight."],
    ["Ersteller der Studie ist das Umweltbundesamt in Dessau."],
    ["Iniciado por el gobierno en 2019, el plan nunca se completó."],
    ["Erstellt am 12. März 2023"],
    ["Page 2 of 14 of the report lists the names of the victims."],
    ["The treaty was signed in two copies, EN and DE, each equally binding."],
    ["Powered by WordPress, the blog grew to a million readers by 2015."],
    ["Fourni par Blogger, l'outil était gratuit, ce qui a séduit l'association."],
    ["Photo by photo, the exhibition tells the story of the strike."],
    ["Discussion about this post went on for days in the village."],
    ["Level 1", "The first level is a tutorial: you learn to jump, duck and collect the keys."],
    ["Quote", "“Work hard, be kind.”"],
    ["Jump to the conclusion and you miss the best part of the report."],
    ["Who is online at 3 a.m.? Night nurses, bakers and teenagers, says the survey."],
    ["Rated 4.5 out of 5"],
    ["Rated 4.50 out of 5 by the jury, the wine won the gold medal."],
    ["Posts: the council wants 40 new teaching posts by 2025."],
    ["Return to “Normal”: the exhibition that reopened the museum"],
    ["Subscribe to the idea that less is more, and your kitchen will thank you."],
    ["Voir les 12 commentaires publiés sous l'article permet de mesurer la colère des lecteurs."],
    ["Post by post, the blogger rebuilt her reputation » and her income."],
    ["Lecture 3: Thermodynamics", "The third lecture covers the laws of heat and work, with two experiments."],
    ["Vorrätig hatte der Laden nur noch zwei Säcke Mehl, erzählt die Bäckerin."],
    ["Ask a question", "Send your questions to the editors by Friday; we answer the best ones next week."],
    ["Gehe zu", "Gehe zu Los, ziehe keine 4000 Mark ein: Das Spiel ist so alt wie die Bundesrepublik."],
    ["Archivio", "L'archivio comunale conserva tutti i verbali del consiglio dal 1850, su quaranta metri di scaffali."],
    ["Archiwum", "Archiwum miejskie przechowuje wszystkie protokoły rady od 1850 roku, na czterdziestu metrach półek."],
    ["Koszyk", "Koszyk inflacyjny GUS obejmuje ponad tysiąc towarów i usług, od chleba po bilety."],
    ["Winkelwagen", "De winkelwagen van het CBS bevat honderden producten, van brood tot bioscoopkaartjes."],
    ["Cytuj", "Cytuj źródło, mówił profesor, a nigdy się nie pomylisz."],
    ["Pubblicato da Einaudi nel 1963, il romanzo vendette centomila copie."],
    ["Geplaatst door de gemeente om 9.00 uur, werd het bord binnen een uur beklad."],
    ["Il sindaco ha detto:", "«Non chiuderemo la scuola.»"],
    ["De burgemeester schreef:", "„We sluiten de school niet.”"],
    ["Leestijd: zo lang doen kinderen over een boek", "Uit onderzoek blijkt dat kinderen minder lezen dan tien jaar geleden."],
    ["Tema de la semana", "El precio del alquiler sube por quinto mes consecutivo en Madrid y Barcelona."],
    ["Tema di maturità 2023", "Gli studenti hanno scelto soprattutto la traccia su Quasimodo, dicono i professori."],
    ["Theme by theme, the report walks through the ten biggest risks for the coming year."],
    ["Posted 3 days ago, the video has already been watched two million times."],
    ["Alle Artikel von Jana Vogt zum Thema Verkehr finden Sie in unserem Dossier."],
    ["Posted in Uncategorized, the files sat on the server for years before anyone noticed."],
    ["Subscribed", "Subscribed users get the new features first, the company said on Monday."],
    # A list of the article that looks like a widget's entries, under the article's colon.
    ["Cases per month:", "January 2023 (4)\nFebruary 2023 (7)\nMarch 2023 (12)",
     "The health office expects the numbers to fall again in the summer, as they did last year."],
    ["The leaflet is available in three languages:", "EN | DE | FR",
     "The health office printed ten thousand copies and sends them to every school in the district."],
    # Words of a widget's title or a shop's box heading a list of the article.
    ["Archives", "National Archives, Kew\nBundesarchiv Koblenz\nArchives nationales, Pierrefitte"],
    ["Warenkorb", "Brot\nMilch\nKinokarte\nStrom"],
    ["Sale", "Two bedrooms\nGarden\nGarage"],
    # An event's status under its time is a listing's, not a shop's.
    ["Concert à l'Olympia, samedi 20 h", "Épuisé"],
    ["Koncert w Spodku, sobota, godz. 20", "Wyprzedane"],
    ["Concert in Paradiso, zaterdag 20.00 uur", "Uitverkocht"],
]


@pytest.mark.parametrize("lines", PROSE, ids=[p[0][:30] for p in PROSE])
def test_article_prose_with_the_same_words_stays(lines):
    text = "\n\n".join([PARA, *lines, CLOSE])
    out = kept_lines(text)
    for line in (x for block in lines for x in block.split("\n")):
        assert line in out, (line, removed(text).get(line))


# ---------------------------------------------------------------------------------------------
# Whole made-up pages.
# ---------------------------------------------------------------------------------------------

BLOGGER_PAGE = """Landküche: Brot backen im Holzofen

Landküche

Sonntag, 12. Februar 2023

Brot backen im Holzofen

Seit wir den alten Holzofen im Garten wieder in Gang gebracht haben, backen wir jeden Samstag zwölf Laibe, und das halbe Dorf kommt vorbei.

Eingestellt von unserem Nachbarn auf dem Dorfportal, fand das Video vom ersten Backtag über tausend Zuschauer.

Eingestellt von Landküche um 09:14
Diesen Post per E-Mail versenden
BlogThis!
In Twitter freigeben
In Facebook freigeben
Auf Pinterest teilen
Labels: Brot, Holzofen
Keine Kommentare:
Kommentar veröffentlichen
Neuerer Post Älterer Post Startseite
Abonnieren Kommentare zum Post (Atom)
Blog-Archiv
► 2023 (5)
▼ 2022 (18)
► Dezember (2)
Design „Einfach“. Powered by Blogger.
"""


def test_blogger_page_keeps_the_post_and_drops_the_platform():
    out = cleaner.clean(BLOGGER_PAGE)
    assert "Brot backen im Holzofen" in out
    assert "Seit wir den alten Holzofen" in out
    assert "Eingestellt von unserem Nachbarn auf dem Dorfportal" in out
    for chrome in ("Eingestellt von Landküche um 09:14", "In Twitter freigeben", "Labels: Brot", "Kommentar veröffentlichen",
                   "Neuerer Post", "► 2023 (5)", "Powered by Blogger"):
        assert chrome not in out, chrome


SHOP_PAGE = """How to care for a cast iron pan – Example Kitchen Co.

Free shipping over $50
Shop
Journal
Cart (0)

How to care for a cast iron pan

Cast iron lasts for generations if you keep it dry and oiled. Here is the routine we use in our test kitchen every week.

In stock at most hardware stores, flaxseed oil is our choice for the first seasoning.

Featured product
Classic Skillet
Add to cart
In stock
Only 3 left in stock
Regular price $49.00 Sale price $39.00
Free returns within 30 days
Secure checkout

Sign up for our newsletter
© 2023 Example Kitchen Co. Powered by Shopify
"""


def test_shop_blog_page_keeps_the_post_and_drops_the_product_box():
    out = cleaner.clean(SHOP_PAGE)
    assert "Cast iron lasts for generations" in out
    assert "In stock at most hardware stores, flaxseed oil" in out
    for chrome in ("Add to cart", "Only 3 left in stock", "Regular price", "Free returns within 30 days", "Cart (0)",
                   "Secure checkout"):
        assert chrome not in out, chrome
