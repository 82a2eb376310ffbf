"""French, Spanish, Italian and Catalan sites of kinds the dev set has few of: regional papers,
municipal sites, sports pages, recipe sites, classifieds, press releases. Their menus and footers
go; the article's match sheet, byline, recipe facts and a listing's features stay, and made-up
prose that uses the same words stays too."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.rules.classify import listed_sentence

MENUS = {
    "fr": "Aller au contenu\nMenu\nRugby\nFootball\nCyclisme\nHandball\nBasket\nTennis\nAutres sports\nRésultats\nClassements\nVidéos\nAbonnez-vous\n\n",
    "es": "Menú\nPortada\nAlbacete\nProvincia\nDeportes\nFútbol\nBaloncesto\nMás deportes\nClasificaciones\nHemeroteca\n\n",
    "it": "Vai al contenuto\nMenu\nCalcio\nBasket\nVolley\nCanottaggio\nMontagna\nAltri sport\nClassifiche\nAbbonati\n\n",
    "ca": "Vés al contingut\nMenú\nFutbol\nBàsquet\nHoquei\nCiclisme\nAtletisme\nAltres esports\nClassificacions\nSubscriu-te\n\n",
}
FOOTERS = {
    "fr": "\n\nLire aussi\nTop 14 : le Stade Toulousain corrige Bayonne\nPro D2 : Béziers enchaîne une quatrième victoire\n\n"
          "Mentions légales\nCGU\nCookies\nNous contacter\n© 2024 Midi Sports. Tous droits réservés.\n",
    "es": "\n\nNoticias relacionadas\nEl Albacete prepara la visita al Tenerife\nConvocatoria de 22 jugadores para el derbi\n\n"
          "Aviso legal\nPolítica de privacidad\nCookies\nContacto\n© 2024 La Tribuna. Todos los derechos reservados.\n",
    "it": "\n\nArticoli correlati\nIl Lecco presenta il nuovo allenatore\nSerie C, il calendario del girone A\n\n"
          "Note legali\nPrivacy policy\nCookie policy\nContatti\n© 2024 Lecco Sport. Tutti i diritti riservati.\n",
    "ca": "\n\nNotícies relacionades\nEl Girona FC rep el Betis diumenge\nEl Manresa perd a Badalona\n\n"
          "Avís legal\nPolítica de privacitat\nGaletes\nContacte\n© 2024 Esport Gironí. Tots els drets reservats.\n",
}


# A paragraph that gives each made-up page enough prose to be located as an article.
MORE = {
    "fr": "L'entraîneur a salué l'état d'esprit de son groupe, qui avait perdu ses trois derniers matchs à l'extérieur et "
          "devait absolument réagir devant son public avant la longue trêve internationale du mois prochain.",
    "es": "El entrenador destacó la actitud de sus jugadores, que venían de perder los tres últimos partidos fuera de casa y "
          "necesitaban reaccionar ante su afición antes del largo parón de selecciones del mes que viene.",
    "it": "L'allenatore ha elogiato lo spirito del gruppo, che veniva da tre sconfitte consecutive in trasferta e doveva "
          "assolutamente reagire davanti al proprio pubblico prima della lunga sosta per le nazionali del mese prossimo.",
    "ca": "L'entrenador va elogiar l'actitud del grup, que venia de perdre els tres últims partits a fora i havia de "
          "reaccionar davant de la seva afició abans de la llarga aturada de seleccions del mes que ve.",
}


def page(lang: str, *body: str) -> str:
    return MENUS[lang] + "\n\n".join((*body[:2], MORE[lang], *body[2:])) + FOOTERS[lang]


def lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n")}


# -- a match sheet under the report: heading, line-ups, scorers and referee stay ---------------

REPORTS = {
    "fr": (
        "Top 14 : Castres renverse Toulon au bout du suspense (24-22)",
        "Le stade Pierre-Fabre a longtemps cru à la défaite. Dominateurs en première période, les Toulonnais menaient logiquement à la pause après un essai en force.",
        "Dumora, entré en jeu à l'heure de jeu, a eu le dernier mot en passant une pénalité de 40 mètres à la 82e minute.",
        "La fiche du match\n\nCastres : 2 essais (Vidal 51e, Lacoste 74e), 1 transformation, 4 pénalités.\n"
        "Toulon : 1 essai (Roux 28e), 1 transformation, 5 pénalités.\nArbitre : M. Gauzère.\nSpectateurs : 11 248.",
    ),
    "es": (
        "El Albacete remonta ante el Eldense en el Carlos Belmonte (2-1)",
        "El Albacete sumó tres puntos de oro en su lucha por la permanencia tras remontar el gol inicial del Eldense, que se adelantó en el minuto 12.",
        "«Hemos sufrido, pero el equipo ha creído hasta el final», declaró el técnico en la sala de prensa.",
        "Ficha técnica\n\nAlbacete: Altube; Carlos Neva, Djetei, Vallejo, Lorenzo; Riki, Agus Medina; Fuster, Lazo, Jordi Escobar; Higinio.\n"
        "Eldense: Guruzeta; Timor, Montiel, Pere Marco, Marcos; Ortuño, Tejero; Soberón, Mario Ortiz, Carlos Fernández; Ferreiro.\n"
        "Goles: 0-1, min. 12: Ferreiro. 1-1, min. 54: Higinio. 2-1, min. 80: Fuster.\nÁrbitro: Galech Apezteguía (Comité Balear).",
    ),
    "it": (
        "Serie C, il Lecco travolge la Pro Patria: 3-0 al Rigamonti-Ceppi",
        "Il Lecco ritrova la vittoria e lo fa in grande stile. Davanti a 2.500 spettatori, la squadra di mister Baldini domina per novanta minuti.",
        "«Oggi abbiamo fatto quello che chiedevo da settimane», ha detto il tecnico nel dopo partita.",
        "Il tabellino\n\nLecco (3-5-2): Melgrati; Celjak, Battistini, Marrone; Lepore, Ionita, Galli, Degli Innocenti, Crociata; Sipos, Novakovich.\n"
        "Pro Patria (3-4-1-2): Rovida; Saporetti, Piu, Fietta; Cassetti, Ferri, Mallamo, Citterio; Nicco; Castelli, Stanzani.\n"
        "Reti: 18' e 39' Sipos, 62' Ionita.\nArbitro: Di Cicco di Lanciano.",
    ),
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_match_sheet_below_the_report_stays(lang):
    body = REPORTS[lang]
    out = lines(page(lang, *body))
    sheet = [line for line in body[-1].split("\n") if line.strip()]
    assert [line for line in sheet if line not in out] == []
    assert [line for line in body[:3] if line not in out] == []
    # ... while the menus and the footer's lists still go.
    assert not {"Clasificaciones", "Classements", "Classifiche"} & out
    assert not {"Mentions légales", "Aviso legal", "Note legali"} & out


@pytest.mark.parametrize("line", [
    "Castres : 2 essais (Vidal 51e, Lacoste 74e), 1 transformation, 4 pénalités.",
    "Goles: 0-1, min. 12: Ferreiro. 1-1, min. 54: Higinio. 2-1, min. 80: Fuster.",
    "Lecco (3-5-2): Melgrati; Celjak, Battistini, Marrone; Lepore, Ionita; Sipos, Novakovich.",
    "Northfield: Clarke; Ellis, Moyo, Hart; Stone.",
])
def test_match_sheet_lines_are_lists_written_as_sentences(line):
    assert listed_sentence(line)


@pytest.mark.parametrize("line", [
    "Home | News | Sport | Culture | Contact",
    "Tags: Politik, Sport, Wirtschaft",
    'Radical Dips: "Bloody Chicken", "Smashed Fish", "Pineapple Zombie" und "Vampire Garlic".',  # no figure
    "Lire aussi : Lisbonne, Porto, Madrid…",
])
def test_link_rows_and_teasers_are_not_lists_written_as_sentences(line):
    assert not listed_sentence(line)


def test_ficha_tecnica_as_a_footer_link_still_goes():
    # The masthead's link among a Portuguese footer's links is no heading of a line-up.
    text = page("es", *REPORTS["es"][:3]) + "\nFicha técnica\nEstatuto editorial\nContactos\n"
    assert "Ficha técnica" not in lines(text)


# -- the byline under the standfirst and over the date ----------------------------------------

@pytest.mark.parametrize("lang,byline,stamp", [
    ("es", "Javier Ortega", "Albacete | 06/04/2024 - 20:55"),
    ("ca", "Per Jordi Vilaseca", "Manresa, 18/04/2024 - 10:30"),
    ("it", "di Marco Ferraris", "14 maggio 2024 - 09:12"),
])
def test_a_bare_byline_over_the_date_stays(lang, byline, stamp):
    share = {"es": "Compartir\nTwittear\nWhatsApp", "ca": "Comparteix a Facebook\nComparteix a X\nEnvia per correu",
             "it": "Condividi su Facebook\nCondividi su WhatsApp\nInvia per email"}[lang]
    head, first = REPORTS.get(lang, REPORTS["es"])[:2]
    standfirst = {"es": "Los manchegos dieron la vuelta al marcador en la segunda parte con goles de Higinio y Manu Fuster.",
                  "ca": "L'associació de veïns ha recollit més de 600 signatures per demanar que la línia 3 passi cada vint minuts.",
                  "it": "Il cedimento dopo le piogge della notte. Nessun ferito, ma i residenti dovranno utilizzare la viabilità alternativa."}[lang]
    more = ("Text del segon paràgraf de la notícia, amb prou paraules perquè sigui prosa i no un menú de la pàgina, "
            "com passa sempre que el diari publica una crònica llarga.")
    text = page(lang, head, standfirst, f"{byline}\n{stamp}", share, first, more)
    out = lines(text)
    assert byline in out and stamp in out and standfirst in out


def test_teaser_bylines_below_the_article_still_go():
    body = REPORTS["es"][:3]
    teasers = ("Más noticias\n\nEl Albacete prepara la visita al Tenerife sin Higinio, lesionado en el tobillo.\nLaura Sánchez\n07/04/2024\n\n"
               "La afición llena el autobús para el derbi de la próxima jornada en Cartagena.\nMario Ruiz\n06/04/2024")
    out = lines(page("es", *body, teasers))
    assert "Laura Sánchez" not in out and "Mario Ruiz" not in out


# -- a listing's features and a recipe's facts: "key : value" lines under their heading -------

ANNONCE = (
    "Appartement T3 60 m² - Quimper centre",
    "Au cœur de Quimper, à deux pas de la cathédrale, appartement de type 3 au deuxième étage d'une petite copropriété calme, "
    "avec un séjour lumineux exposé sud et deux chambres.",
    "Cave et place de parking privative. Chauffage individuel au gaz. Aucuns travaux à prévoir dans la copropriété.",
    "Critères\n\nType de bien : appartement\nSurface : 60 m²\nPièces : 3\nClasse énergie : D",
)


def test_a_listings_features_under_their_heading_stay():
    out = lines(page("fr", *ANNONCE, "Signaler l'annonce\nAjouter aux favoris\nPartager\n\nContacter l'annonceur\nVoir le numéro"))
    assert {"Critères", "Type de bien : appartement", "Surface : 60 m²", "Pièces : 3"} <= out


def test_a_recipes_facts_in_french_typography_stay():
    recipe = ("Tarte aux poireaux et au chèvre facile\n\nPréparation : 20 min\nCuisson : 35 min\nDifficulté : facile\n"
              "Coût : bon marché\n\nIngrédients pour 6 personnes\n\n1 pâte brisée\n3 poireaux\n150 g de fromage de chèvre frais\n\n"
              "Préparation\n\nPréchauffer le four à 180 °C. Laver les poireaux et les émincer finement, puis les faire fondre "
              "quinze minutes à feu doux dans une poêle avec un peu de beurre.\n\nBattre les œufs avec la crème, saler, poivrer, "
              "étaler la pâte dans un moule, ajouter les poireaux, le chèvre émietté puis l'appareil, et enfourner pour 35 minutes.")
    out = lines(page("fr", recipe))
    assert {"Difficulté : facile", "Coût : bon marché", "Préparation : 20 min"} <= out


# -- survivors: prose that uses the same words ------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("es", "La ficha técnica del partido recoge que el árbitro mostró siete tarjetas amarillas y expulsó a dos jugadores."),
    ("fr", "Critères : le jury a retenu la qualité du dossier, le coût des travaux et le calendrier proposé par la commune."),
    ("it", "Il tabellino racconta una partita dominata dai padroni di casa, che hanno tirato in porta undici volte."),
    ("ca", "Per Jordi Vilaseca, que presideix l'associació des de fa deu anys, la nova línia és una victòria del barri."),
])
def test_prose_with_the_same_words_stays(lang, sentence):
    body = list(REPORTS.get(lang, REPORTS["fr"])[:3])
    body.insert(2, sentence)
    assert sentence in lines(page(lang, *body))


# -- Catalan sites: their menus, share rows, teasers, comment forms and footers ---------------

CA_ARTICLE = (
    "Els veïns de Sant Joan reclamen més freqüència de l'autobús a Manresa",
    "L'associació de veïns ha recollit més de 600 signatures per demanar que la línia 3 passi cada vint minuts i no cada mitja hora.",
    "L'Associació de Veïns de Sant Joan ha lliurat aquest dimecres a l'Ajuntament més de 600 signatures per reclamar una "
    "millora del servei d'autobús urbà que connecta el barri amb el centre de la ciutat.",
    "Segons la presidenta de l'entitat, «molts veïns són gent gran que no té cotxe i que depèn de l'autobús per anar al "
    "metge o a comprar».",
    "El regidor de Mobilitat ha assegurat que estudiaran la petició i que la freqüència podria millorar a partir del "
    "setembre, quan entri en vigor el nou contracte del servei.",
)

CA_CHROME = [
    "Vés al contingut", "Comparteix a Facebook", "Comparteix per WhatsApp", "Envia per correu",
    "Llegiu també: Manresa estrena tres autobusos elèctrics", "Etiquetes", "El més llegit", "Subscriu-te al butlletí",
    "Deixa un comentari", "Avís legal", "Política de privacitat", "Política de galetes",
    "© 2024 Diari del Bages. Tots els drets reservats.",
    "Aquest lloc web utilitza galetes per millorar l'experiència de navegació. Si continueu navegant, n'accepteu l'ús.",
]


def test_catalan_chrome_goes_and_the_article_stays():
    text = ("Diari del Bages\nVés al contingut\nMenú\nCerca\nManresa\nComarca\nSocietat\nPolítica\nEsports\nCultura\n"
            "Opinió\nSubscriu-te\nInicia la sessió\n\nInici › Manresa › Societat\n\n"
            + "\n\n".join(CA_ARTICLE[:2]) + "\n\nComparteix a Facebook\nComparteix per WhatsApp\nEnvia per correu\n\n"
            + "\n\n".join(CA_ARTICLE[2:4]) + "\n\nLlegiu també: Manresa estrena tres autobusos elèctrics\n\n" + CA_ARTICLE[4]
            + "\n\nEtiquetes\nManresa\nMobilitat\n\nEl més llegit\n1. Tallada la C-55 per un accident a Castellbell\n"
            "2. El Baxi Manresa perd a Badalona\n\nRep el butlletí amb les notícies del Bages cada matí\n"
            "Subscriu-te al butlletí\n\nDeixa un comentari\n\nAvís legal\nPolítica de privacitat\nPolítica de galetes\n"
            "Contacte\nPublicitat\n© 2024 Diari del Bages. Tots els drets reservats.\n\n" + CA_CHROME[-1] + "\n")
    out = lines(text)
    assert [line for line in CA_ARTICLE if line not in out] == []
    assert [line for line in CA_CHROME if line in out] == []


@pytest.mark.parametrize("sentence", [
    "Llegiu també el reportatge que vam publicar ahir sobre la línia 3, perquè explica per què es va retallar el servei.",
    "Comparteix a Facebook les fotos de la festa, va demanar l'alcalde als veïns que hi van participar.",
    "Aquest lloc web utilitza galetes, va explicar la tècnica, però la majoria d'usuaris no llegeix l'avís sencer.",
    "Les galetes de la Teresa, fetes amb mantega i ametlles, es van esgotar a la fira en menys d'una hora.",
    "Tots els drets reservats a les entitats van quedar recollits al conveni que es va signar dijous.",
])
def test_catalan_prose_with_the_same_words_stays(sentence):
    body = list(CA_ARTICLE)
    body.insert(3, sentence)
    out = lines(MENUS["ca"] + "\n\n".join(body) + FOOTERS["ca"])
    assert sentence in out


# -- live tickers, obituary pages, classifieds and recipe cards: their buttons go -------------

@pytest.mark.parametrize("lang,labels", [
    ("fr", ["DIRECT", "Actualiser le direct", "Déposer une condoléance", "Allumer une bougie", "Signaler l'annonce",
            "Voir le numéro", "Aller à la recette", "Imprimer la recette"]),
    ("es", ["EN DIRECTO", "Actualizar", "Enviar condolencias", "Ver teléfono", "Guardar en favoritos",
            "Saltar a la receta", "Valora esta receta"]),
    ("it", ["DIRETTA", "Aggiorna", "Lascia un messaggio di cordoglio", "Accendi un lumino", "Mostra numero",
            "Segnala annuncio", "Vai alla ricetta"]),
    ("ca", ["DIRECTE", "Actualitza", "Vés a la recepta", "Mostra el telèfon"]),
])
def test_buttons_of_live_tickers_obituaries_classifieds_and_recipes_go(lang, labels):
    body = list(REPORTS.get(lang, REPORTS["fr"])[:3]) if lang != "ca" else list(CA_ARTICLE)
    text = MENUS[lang] + "\n".join(labels[:2]) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(labels[2:]) + FOOTERS[lang]
    out = lines(text)
    assert [label for label in labels if label in out] == []


@pytest.mark.parametrize("lang,sentence", [
    ("fr", "En direct de la tribune, le président du club a promis de garder l'entraîneur jusqu'à la fin de la saison."),
    ("es", "En directo desde el estadio, la radio local narró la remontada con una emoción que muchos no olvidarán."),
    ("it", "In diretta televisiva, il sindaco ha annunciato che la strada riaprirà prima della fine del mese."),
    ("fr", "Allumer une bougie devant la mairie : c'est ce qu'ont fait des centaines d'habitants samedi soir."),
])
def test_prose_that_opens_with_a_buttons_words_stays(lang, sentence):
    body = list(REPORTS[lang][:3])
    body.insert(2, sentence)
    assert sentence in lines(page(lang, *body))


@pytest.mark.parametrize("lang,heading", [("fr", "Direct"), ("es", "Directo"), ("it", "Diretta"), ("ca", "Directe")])
def test_a_live_label_as_a_subheading_between_paragraphs_stays(lang, heading):
    first = {"fr": "La chaîne régionale a diffusé le match sur son site, et plus de vingt mille personnes l'ont suivi.",
             "es": "La cadena regional emitió el partido en su web, y más de veinte mil personas lo siguieron.",
             "it": "La rete regionale ha trasmesso la partita sul suo sito, e più di ventimila persone l'hanno seguita.",
             "ca": "La cadena regional va emetre el partit al seu web, i més de vint mil persones el van seguir."}[lang]
    second = {"fr": "Le direct a attiré deux fois plus de spectateurs que l'an dernier, selon la chaîne.",
              "es": "El directo atrajo al doble de espectadores que el año pasado, según la cadena.",
              "it": "La diretta ha attirato il doppio degli spettatori dell'anno scorso, secondo la rete.",
              "ca": "El directe va atreure el doble d'espectadors que l'any passat, segons la cadena."}[lang]
    body = (CA_ARTICLE if lang == "ca" else REPORTS[lang])[:2]
    out = lines(MENUS[lang] + "\n\n".join((*body, MORE[lang], first, heading, second)) + FOOTERS[lang])
    assert heading in out and second in out


# -- a small site's page: a short menu above the article, a footer of legal links below -------

ASSOCIATION = (
    "Assemblée générale 2024 : un bilan positif pour l'association",
    "L'assemblée générale de l'association s'est tenue samedi 3 février à la salle des fêtes d'Écluzelles, en "
    "présence de 64 adhérents et de plusieurs élus des communes riveraines.",
    "Le président a présenté le rapport moral : l'année 2023 a été marquée par le nettoyage des berges sur six "
    "kilomètres, l'organisation de la fête de l'écluse et l'accueil de 1 200 visiteurs.",
    "Le rapport financier, présenté par la trésorière, fait apparaître un excédent de 2 340 euros. Les deux rapports "
    "ont été adoptés à l'unanimité par les adhérents présents.",
)
SMALL_MENU = "Les Amis du Canal\nL'association\nNos actions\nLe canal\nAgenda\nAdhérer\nFaire un don\nNous contacter\n\n"


@pytest.mark.parametrize("footer", [
    "\n\nMentions légales - Politique de confidentialité\n",
    "\n\n© 2024 Les Amis du Canal. Tous droits réservés.\n",
    "\n\nAvís legal · Política de galetes\n",
])
def test_a_small_sites_menu_goes_above_a_legal_footer(footer):
    out = lines(SMALL_MENU + "\n\n".join(ASSOCIATION) + footer)
    assert [line for line in ASSOCIATION if line not in out] == []
    assert not {"Nos actions", "Le canal", "Adhérer", "Faire un don"} & out


def test_without_a_legal_footer_a_short_list_above_the_article_stays():
    # No footer: the lines above may be the article's own (a list of names, a programme).
    out = lines(SMALL_MENU + "\n\n".join(ASSOCIATION) + "\n")
    assert "Nos actions" in out


def test_headings_between_the_headline_and_the_first_paragraph_stay_on_a_small_sites_page():
    title = "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik? – Die Achse"
    text = (title + "\n\nStart\nHeute\nShop\nWoche\nPodcast\nSuche\nKontakt\n\n"
            "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?\n\nRisikoanalyse\n\nAnsteckungsgefahr\n\n"
            + "\n\n".join(ASSOCIATION[1:]) + "\n\nImpressum\nDatenschutz\n")
    out = lines(text)
    assert {"Risikoanalyse", "Ansteckungsgefahr", "Bericht zur Lage vom 22.04.2020 – worauf wartet die Politik?"} <= out
    assert not {"Heute", "Woche", "Podcast"} & out


# -- the regional press's photo credit without a colon ----------------------------------------

@pytest.mark.parametrize("credit", [
    "Photo Progrès /Marc Vidal", "(Photo Midi Sports - Lionel Garnier)", "Foto Gazzetta / Marco Neri",
    "(Foto Ufficio Stampa / Comune)",
])
def test_a_papers_credit_without_a_colon_goes(credit):
    body = list(REPORTS["fr"][:3])
    body.insert(2, credit)
    assert credit not in lines(page("fr", *body))


@pytest.mark.parametrize("line", [
    "Photo Booth - The Musical",
    "Foto Finish - Das Rennen",
    "Foto Gazzetta / Marco Neri, il vincitore della gara di ieri, sorride al traguardo.",
])
def test_headings_and_captions_that_open_with_photo_stay(line):
    body = list(REPORTS["fr"][:3])
    body.insert(2, line)
    assert line in lines(page("fr", *body))
