"""Long-form articles in German, French, Spanish, Portuguese, Italian, Russian, Polish, Swedish and
Dutch whose lines look like chrome: interviews with "SPIEGEL:" / "Вопрос:" / "P." labels, live
blogs with times, book reviews with "Verlag, 320 Seiten, 24 Euro" lines, spec lists, letters
signed with a name and a town and titled like labels, poems whose lines open with a menu's
words, press releases with a contact block inside, articles about cookie banners, newsletters,
social media and rights lines headed by their very words. Every line stays, alone (the
negatives of tests/test_fixtures.py), inside a page of its own language (menu above, footer
below) and under a list of teasers right above its headline; the frame's labels still go, and
so does the chrome each narrowed rule or widened guard was made for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NEGATIVE_DIR = FIXTURES / "negative"


def out_lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n")}


def lost(text: str, article: str) -> list[str]:
    """The article's lines that cleaning `text` removed."""
    out = out_lines(text)
    return [line.strip() for line in article.split("\n") if line.strip() and line.strip() not in out]


def pages(paragraphs: list[str]) -> str:
    """Lines as a dump prints paragraphs: a blank line between them."""
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------
# A page of each language: its menu, its footer (share row, most-read list, legal links) and a
# list of teasers; `SURE` are the frame's labels that must go around every article.

FRAMES = {
    "de": (["Zum Inhalt springen", "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Abo", "Anmelden"],
           ["Artikel teilen", "Facebook", "WhatsApp", "E-Mail", "Meistgelesen", "Stadtrat beschließt neuen Haushalt",
            "vor 2 Stunden", "Schulen schließen früher für die Sommerferien", "vor 5 Stunden", "Über uns", "Kontakt",
            "Impressum", "Datenschutz", "Cookie-Einstellungen", "© 2025 Beispiel Medien GmbH. Alle Rechte vorbehalten."],
           ["Top-Themen", "Umgehungsstraße wird im März eröffnet", "Einbruch in der Innenstadt: Mann festgenommen",
            "Schulen gewinnen Preis für Leseprojekt"]),
    "fr": (["Aller au contenu", "Accueil", "Politique", "Économie", "Sport", "Culture", "S'abonner", "Se connecter"],
           ["Partager l'article", "Facebook", "Twitter", "E-mail", "Les plus lus", "Le conseil municipal adopte son budget",
            "il y a 2 heures", "Les écoles fermeront plus tôt cet été", "il y a 5 heures", "Qui sommes-nous", "Contact",
            "Mentions légales", "Politique de confidentialité", "Gérer les cookies",
            "© 2025 Exemple Médias. Tous droits réservés."],
           ["À la une", "La déviation ouvrira en mars", "Un homme interpellé après un cambriolage",
            "Les écoles primées pour leur projet lecture"]),
    "es": (["Ir al contenido", "Portada", "Política", "Economía", "Deportes", "Cultura", "Suscríbete", "Iniciar sesión"],
           ["Compartir", "Facebook", "Twitter", "Correo", "Lo más leído", "El pleno aprueba el presupuesto", "hace 2 horas",
            "Los colegios cerrarán antes en verano", "hace 5 horas", "Quiénes somos", "Contacto", "Aviso legal",
            "Política de privacidad", "Configuración de cookies",
            "© 2025 Ejemplo Medios S.L. Todos los derechos reservados."],
           ["Lo último", "La variante abrirá en marzo", "Detenido un hombre tras un robo en el centro",
            "Premio para los colegios por su plan lector"]),
    "pt": (["Ir para o conteúdo", "Início", "Política", "Economia", "Desporto", "Cultura", "Assine", "Entrar"],
           ["Partilhar", "Facebook", "Twitter", "E-mail", "Mais lidas", "Câmara aprova orçamento", "há 2 horas",
            "Escolas fecham mais cedo no verão", "há 5 horas", "Quem somos", "Contactos", "Termos de uso",
            "Política de privacidade", "Definições de cookies", "© 2025 Exemplo Media. Todos os direitos reservados."],
           ["Em destaque", "Variante abre em março", "Homem detido após assalto no centro",
            "Escolas premiadas por projeto de leitura"]),
    "it": (["Vai al contenuto", "Home", "Politica", "Economia", "Sport", "Cultura", "Abbonati", "Accedi"],
           ["Condividi", "Facebook", "Twitter", "Email", "I più letti", "Il consiglio approva il bilancio", "2 ore fa",
            "Le scuole chiudono prima per l'estate", "5 ore fa", "Chi siamo", "Contatti", "Note legali",
            "Privacy policy", "Impostazioni cookie", "© 2025 Esempio Media Srl. Tutti i diritti riservati."],
           ["In evidenza", "La tangenziale apre a marzo", "Furto in centro, arrestato un uomo",
            "Premiate le scuole per il progetto lettura"]),
    "ru": (["Перейти к содержанию", "Главная", "Политика", "Экономика", "Спорт", "Культура", "Подписка", "Войти"],
           ["Поделиться", "ВКонтакте", "Telegram", "Одноклассники", "Самое читаемое", "Городская дума приняла бюджет",
            "2 часа назад", "Школы закроются раньше на лето", "5 часов назад", "О нас", "Контакты",
            "Политика конфиденциальности", "© 2025 Пример Медиа. Все права защищены."],
           ["Главное", "Объездную дорогу откроют в марте", "В центре задержан грабитель",
            "Школы получили премию за проект чтения"]),
    "pl": (["Przejdź do treści", "Strona główna", "Polityka", "Gospodarka", "Sport", "Kultura", "Subskrybuj", "Zaloguj się"],
           ["Udostępnij", "Facebook", "Twitter", "E-mail", "Najczęściej czytane", "Rada miasta przyjęła budżet",
            "2 godziny temu", "Szkoły zamkną się wcześniej na wakacje", "5 godzin temu", "O nas", "Kontakt",
            "Regulamin", "Polityka prywatności", "Ustawienia cookies",
            "© 2025 Przykład Media Sp. z o.o. Wszelkie prawa zastrzeżone."],
           ["Najnowsze", "Obwodnica zostanie otwarta w marcu", "Zatrzymano włamywacza w centrum",
            "Szkoły nagrodzone za projekt czytelniczy"]),
    "sv": (["Hoppa till innehållet", "Start", "Nyheter", "Sport", "Kultur", "Prenumerera", "Logga in"],
           ["Dela artikeln", "Facebook", "Twitter", "E-post", "Mest läst", "Kommunen klubbar budgeten", "2 timmar sedan",
            "Skolorna stänger tidigare i sommar", "5 timmar sedan", "Om oss", "Kontakta oss", "Integritetspolicy",
            "Cookie-inställningar", "© 2025 Exempel Media AB. Alla rättigheter förbehållna."],
           ["Just nu", "Förbifarten öppnar i mars", "Man gripen efter inbrott i centrum", "Skolor prisas för läsprojekt"]),
    "nl": (["Naar inhoud", "Home", "Binnenland", "Economie", "Sport", "Cultuur", "Abonneer", "Inloggen"],
           ["Deel dit artikel", "Facebook", "Twitter", "E-mail", "Meest gelezen", "Gemeenteraad stemt in met begroting",
            "2 uur geleden", "Scholen eerder dicht voor de zomer", "5 uur geleden", "Over ons", "Contact",
            "Privacybeleid", "Cookie-instellingen", "© 2025 Voorbeeld Media B.V. Alle rechten voorbehouden."],
           ["Net binnen", "Rondweg gaat in maart open", "Man opgepakt na inbraak in centrum", "Scholen beloond voor leesproject"]),
}
SURE = {
    "de": ["Zum Inhalt springen", "Artikel teilen", "Datenschutz", "Cookie-Einstellungen", "Stadtrat beschließt neuen Haushalt",
           "© 2025 Beispiel Medien GmbH. Alle Rechte vorbehalten."],
    "fr": ["Aller au contenu", "Partager l'article", "Les plus lus", "Mentions légales", "Gérer les cookies",
           "© 2025 Exemple Médias. Tous droits réservés."],
    "es": ["Ir al contenido", "Aviso legal", "Política de privacidad", "Configuración de cookies",
           "El pleno aprueba el presupuesto", "© 2025 Ejemplo Medios S.L. Todos los derechos reservados."],
    "pt": ["Ir para o conteúdo", "Mais lidas", "Política de privacidade", "Definições de cookies",
           "© 2025 Exemplo Media. Todos os direitos reservados."],
    "it": ["Vai al contenuto", "I più letti", "Note legali", "Impostazioni cookie",
           "© 2025 Esempio Media Srl. Tutti i diritti riservati."],
    "ru": ["Перейти к содержанию", "Самое читаемое", "Политика конфиденциальности", "© 2025 Пример Медиа. Все права защищены."],
    "pl": ["Przejdź do treści", "Udostępnij", "Najczęściej czytane", "Polityka prywatności", "Ustawienia cookies",
           "© 2025 Przykład Media Sp. z o.o. Wszelkie prawa zastrzeżone."],
    "sv": ["Hoppa till innehållet", "Dela artikeln", "Integritetspolicy", "Cookie-inställningar",
           "© 2025 Exempel Media AB. Alla rättigheter förbehållna."],
    "nl": ["Deel dit artikel", "Privacybeleid", "Cookie-instellingen", "Gemeenteraad stemt in met begroting",
           "© 2025 Voorbeeld Media B.V. Alle rechten voorbehouden."],
}


def framed(article: str, lang: str) -> str:
    """The article under its site's menu and over its footer, in its language."""
    menu, footer, _ = FRAMES[lang]
    return "\n".join(menu) + "\n\n" + article.strip("\n") + "\n\n" + "\n".join(footer) + "\n"


def under_teasers(article: str, lang: str) -> str:
    """A full page whose title line names the headline, with a list of teasers right above it."""
    menu, footer, teasers = FRAMES[lang]
    headline = article.strip("\n").split("\n", 1)[0]
    return (f"{headline} | Beispielzeitung\n" + "\n".join(menu[:3]) + "\n\n" + "\n".join(teasers) + "\n\n"
            + article.strip("\n") + "\n\n" + "\n".join(footer) + "\n")


WORLD = [e for e in json.loads((FIXTURES / "index.json").read_text(encoding="utf-8"))["negatives"]
         if e.get("longform") and e["language"] in FRAMES]


def test_there_are_longform_negatives_in_every_language():
    assert {e["language"] for e in WORLD} == set(FRAMES)
    assert len(WORLD) >= 100


@pytest.mark.parametrize("name, lang", [(e["file"], e["language"]) for e in WORLD])
def test_a_longform_article_survives_in_a_page_of_its_language(name, lang):
    article = (NEGATIVE_DIR / name).read_bytes().decode("utf-8")
    for text in (framed(article, lang), under_teasers(article, lang)):
        assert lost(text, article) == []
        out = out_lines(text)
        assert [label for label in SURE[lang] if label in out and label not in article] == []


# ---------------------------------------------------------------------------------------------
# boilerplate: the article's last sections under quoted titles, which the article run leaves out
# for their short lines' cost, stay above the share row; a teaser list below it still goes.

BOOKS = pages([
    "Neue Romane im Herbst: Fünf Bücher, die sich lohnen",
    "„Das Haus am Deich“\nMarie Holm erzählt von drei Schwestern, die nach dem Tod der Mutter das Elternhaus in "
    "Nordfriesland räumen. Ein leises, genaues Buch über das, was Familien nicht aussprechen, und über das Meer.\n"
    "Marie Holm: Das Haus am Deich. Hanser, 320 Seiten, 24 Euro.",
    "„Nachtzug“\nEin Schlafwagenschaffner, eine Nacht zwischen Wien und Hamburg, zwölf Fahrgäste: Jonas Reiter macht "
    "daraus einen Kammerspielroman, der erst spät, dann aber gewaltig seine Spannung entfaltet.\n"
    "Jonas Reiter: Nachtzug. Suhrkamp, 256 Seiten, 22 Euro.",
    "„Winterkind“\nDas Debüt des Jahres.\nLea Falk: Winterkind. Kiepenheuer & Witsch, 208 Seiten, 20 Euro.",
    "„Die Übersetzerin“\nAus dem Französischen von Hanna Weiß.\nClaire Morel: Die Übersetzerin. Wagenbach, 176 Seiten, 18 Euro.",
])


def test_the_last_sections_under_short_titles_stay_above_the_footer():
    assert lost(framed(BOOKS, "de"), BOOKS) == []


def test_teaser_headlines_over_blurbs_below_the_share_row_still_go():
    menu = ["Politik", "Wirtschaft", "Sport", "Kultur", "Reise", "Auto", "Digital", "Wissen"]
    books = (NEGATIVE_DIR / "de_longform_buchtipps.txt").read_bytes().decode("utf-8").strip()
    text = ("Zum Inhalt springen\nStartseite\n" + "\n".join(menu) + "\nAbo\nAnmelden\n\n" + books
            + "\n\nArtikel teilen\nFacebook\nWhatsApp\n\n„Die Rückkehr der Wölfe“\nWarum die Jäger protestieren.\n\n"
            "„Streit um den Radweg“\nDie Anwohner klagen.\n\n" + "\n".join(menu) + "\n\nImpressum\nDatenschutz\n")
    assert lost(text, books) == []
    assert not {"„Die Rückkehr der Wölfe“", "„Streit um den Radweg“", "Artikel teilen", "Impressum"} & out_lines(text)


# ---------------------------------------------------------------------------------------------
# site-notice: a newsletter's prompt quoted in a paragraph that reports where it appears.

@pytest.mark.parametrize("line", [
    "Dann kommt das Fenster mit dem Newsletter. „Jetzt anmelden und nichts verpassen“, heißt es dort meistens. "
    "Nur zwei Prozent tun das.",
    "Unter jedem Artikel steht ein Kasten zum Newsletter, „Jetzt anmelden“ steht auf dem Knopf, doch kaum jemand "
    "klickt darauf.",
    "Im Newsletter heißt es jetzt anmelden oder verpassen: Der Verlag setzt auf Druck.",
])
def test_a_newsletter_prompt_quoted_in_a_paragraph_stays(line):
    text = pages(["Wer eine Nachrichtenseite öffnet, muss sich erst durch Banner klicken, zeigt eine neue Studie.",
                  line, "Die Studie erscheint im Frühjahr in der Fachzeitschrift „Publizistik“."])
    assert lost(text, text) == []


@pytest.mark.parametrize("line", [
    "Immer informiert mit dem wöchentlichen Newsletter. Jetzt anmelden!",
    "Der Newsletter für Gartenfreunde: jetzt kostenlos anmelden.",
])
def test_a_newsletter_pitch_still_goes(line):
    text = pages(["Wer eine Nachrichtenseite öffnet, muss sich erst durch Banner klicken, zeigt eine neue Studie.", line])
    assert line not in out_lines(text)


# ---------------------------------------------------------------------------------------------
# heading-guard: a label's words as a subheading over a paragraph that points back at it ("esa
# frase", "C'est le bouton", "Esta menção"), whatever rule took the label.

@pytest.mark.parametrize("heading, paragraph", [
    ("Síguenos en Twitter", "Durante años, esa frase cerraba todas las noticias. Hoy casi ha desaparecido."),
    ("Gérer mes cookies", "C'est le bouton qui permet de revenir sur son choix. Il se trouve souvent en bas de page."),
    ("Foto: Direitos reservados", "Esta menção, explica o advogado, é usada quando o jornal não sabe quem tirou a "
                                  "fotografia. \"É uma forma de dizer: não pagámos.\""),
    ("Alle Rechte vorbehalten", "Dieser Satz steht unter fast jeder Seite. Juristisch ist er überflüssig."),
    ("Все права защищены", "Эта строка внизу страницы, по словам юриста, ничего не добавляет."),
    ("Follow @citydesk", "That line closes most local news stories now, the survey found."),
])
def test_a_label_over_a_paragraph_that_points_back_at_it_stays(heading, paragraph):
    above = "Varios diarios han dejado de publicar en las redes sociales. Les preguntamos por qué lo han hecho."
    below = "El tráfico que llega desde las redes ha caído un 60 % en dos años, según la consultora Similarweb."
    text = pages([above, heading, paragraph, below])
    assert lost(text, text) == []


def test_labels_over_the_next_paragraph_of_a_story_still_go():
    above = "Varios diarios han dejado de publicar en las redes sociales. Les preguntamos por qué lo han hecho."
    for label in ("Síguenos en Twitter", "Gérer mes cookies", "Foto: Direitos reservados"):
        text = pages([above, label, "El Gobierno aprobó ayer el nuevo plan de vivienda con el apoyo de sus socios.",
                      "El tráfico que llega desde las redes ha caído un 60 % en dos años, según la consultora Similarweb."])
        assert label not in out_lines(text)


# ... a spec sheet's heading named like a footer link, over "key: value" lines under a sentence.

SPECS = pages(["Análisis del Xiaomi Redmi Note 14: el rey de la gama media",
               "Lo hemos probado durante tres semanas. Estas son nuestras conclusiones.",
               "Ficha técnica\nPantalla: 6,67 pulgadas AMOLED\nProcesador: MediaTek Helio G99\nRAM: 8 GB\nPrecio: 249 euros",
               "Si buscas un móvil para todo y no quieres pasar de 250 euros, es difícil encontrar algo mejor."])


@pytest.mark.parametrize("preset", sorted(cleaner.PRESETS))
def test_a_spec_sheets_heading_stays(preset):
    out = {line.strip() for line in cleaner.clean(SPECS, config=cleaner.Config.preset(preset)).split("\n")}
    assert "Ficha técnica" in out


def test_a_footers_masthead_link_still_goes():
    text = pages(["O Governo aprovou ontem o novo plano de habitação com o apoio dos partidos da maioria.",
                  "Ficha técnica\nEstatuto editorial\nContactos\nPolítica de privacidade"])
    assert "Ficha técnica" not in out_lines(text)


# ... a letter's title under the signature of the letter above ("Name, Town").

LETTERS = pages([
    "Listy od czytelników",
    "Dziękuję\nChciałbym podziękować kierowcy autobusu linii 12, który w środę poczekał na moją córkę.\n"
    "Piotr Wiśniewski, Nysa",
    "Zgadzam się\nZ tekstem o korkach na obwodnicy zgadzam się w stu procentach.\nStały czytelnik z Brzegu",
])
BRIEVEN = pages([
    "Brieven van lezers",
    "Bedankt\nIk wil de ambulancebroeders bedanken die zaterdag mijn man hebben gereanimeerd.\nFatima El Amrani, Utrecht",
    "Reageren?\nWie op een artikel wil reageren, kan een brief van maximaal 200 woorden sturen naar "
    "brieven@krant.example.nl. De redactie kan brieven inkorten.",
])


@pytest.mark.parametrize("text", [LETTERS, BRIEVEN])
def test_a_letters_title_under_the_signature_above_stays(text):
    assert lost(text, text) == []


def test_a_comment_forms_field_under_a_notice_still_goes():
    text = pages(["Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, nach einer langen und harten Debatte.",
                  "Ihr Kommentar zu diesem Artikel",
                  "Ihr Name\nE-Mail\nDer Inhalt dieses Feldes wird nicht öffentlich zugänglich angezeigt.\nBetreff\nKommentar",
                  "Liebe Leserinnen und Leser,\nwir freuen uns über jeden Kommentar und wünschen uns eine konstruktive "
                  "Debatte. Beleidigende, unsachliche oder obszöne Beiträge werden gelöscht.", "Speichern"])
    assert "Kommentar" not in out_lines(text)


# ... a poem's one-word title over its stanza, which takes up the word; verse-guard: a line of
# verse over a short line whose sentence the stanza carries on.

@pytest.mark.parametrize("poem", [
    pages(["Nous publions ci-dessous l'un de ses poèmes les plus connus.",
           "Accueil\nLe port m'a dit accueil\net je suis resté,\nles mouettes en ont ri,\nla mer aussi.",
           "Ses obsèques auront lieu vendredi à 14 heures en l'église Saint-Herlé."]),
    pages(["Поэтесса из Вологды прислала в редакцию подборку стихотворений, написанных этим летом.",
           "Главная\nулица города\nпахнет липой и хлебом,\nя иду по ней\nв который раз.",
           "Елена Орлова родилась в 1979 году. Автор трёх поэтических сборников."]),
])
def test_a_poems_label_named_lines_stay(poem):
    assert lost(poem, poem) == []


# ---------------------------------------------------------------------------------------------
# contact-block: a press release's contact block inside the article, introduced by its sentence
# ("... prendre rendez-vous :"); the site's own below the article, introduced to the reader, goes.

CLINIC = ("Maison de santé de Quimperlé\n12, rue de la Gare\n29300 Quimperlé\nTél. : 02 98 12 34 56\n"
          "Horaires : du lundi au vendredi de 8 h à 20 h")
NEWS = ("La nouvelle maison de santé pluriprofessionnelle de Quimperlé ouvrira ses portes le 3 mars, a annoncé la "
        "mairie dans un communiqué. Elle accueillera six médecins généralistes et deux kinésithérapeutes.")
MORE = ["Le projet a coûté 2,4 millions d'euros, financés pour moitié par la région et pour un quart par l'État. "
        "« C'est une réponse concrète au désert médical », a déclaré la maire, Sophie Le Gall, lors de l'inauguration.",
        "Les médecins, tous installés depuis moins de cinq ans dans le département, ont signé un engagement de "
        "six ans. Une sage-femme et trois infirmières les rejoindront au printemps."]


def test_a_contact_block_introduced_by_the_articles_sentence_stays():
    text = pages([NEWS, "Les patients peuvent déjà prendre rendez-vous :", CLINIC,
                  "Une journée portes ouvertes est prévue le samedi 1er mars."])
    assert lost(text, text) == []


def test_a_contact_block_introduced_to_the_reader_still_goes():
    text = pages([NEWS, *MORE, "Pour toute question, vous pouvez joindre notre accueil :", CLINIC])
    out = out_lines(text)
    assert not {"12, rue de la Gare", "29300 Quimperlé", "Tél. : 02 98 12 34 56"} & out


# ---------------------------------------------------------------------------------------------
# boilerplate: a section's heading over its own list, right below the article run ("Das Urteil"
# / "Drei Jahre Freiheitsstrafe" / ...), stays above the footer; a label the paragraph below
# points back at opens no section below the article.

def test_a_sections_heading_over_its_list_stays_above_the_footer():
    article = (NEGATIVE_DIR / "de_longform_urteil.txt").read_bytes().decode("utf-8")
    text = under_teasers(article, "de")
    assert lost(text, article) == []
    assert not {"Artikel teilen", "Meistgelesen", "Impressum"} & out_lines(text)


def test_a_rights_line_the_last_paragraph_points_back_at_opens_no_section():
    article = (NEGATIVE_DIR / "it_longform_sui_cookie.txt").read_bytes().decode("utf-8")
    for text in (framed(article, "it"), under_teasers(article, "it")):
        assert lost(text, article) == []
    # ... while a rights line under the article still opens the footer.
    text = framed(article, "it").replace("Condividi\n", "Tutti i diritti riservati\nLe notizie del giorno.\nCondividi\n")
    assert "Le notizie del giorno." not in out_lines(text)


# heading-guard: a match sheet's heading over its line-ups under a table; the next heading under
# an FAQ's short answer over a short paragraph; a longer label pointed back at.

def test_a_match_sheets_heading_under_a_table_stays():
    text = pages(["Clasificación\n1. Barcelona, 37 puntos\n2. Real Madrid, 36",
                  "Ficha técnica\nBarcelona: Ter Stegen; Koundé, Cubarsí, Íñigo, Balde; Pedri, De Jong, Gavi.\n"
                  "Sevilla: Nyland; Carmona, Badé, Salas; Agoumé, Sow; Lukébakio, Isaac.\nÁrbitro: Gil Manzano.",
                  "Próxima jornada: el Barça visita Mestalla el sábado."])
    assert lost(text, text) == []


@pytest.mark.parametrize("faq", [
    ["Новые правила техосмотра: ответы на главные вопросы", "Где узнать подробности?", "На портале госуслуг.",
     "Контакты", "Горячая линия Минтранса работает круглосуточно."],
    ["Alles over de nieuwe afvalpas", "Kost het iets?", "Nee.", "Contact", "Bel de gemeente op werkdagen."],
])
def test_a_heading_under_an_faqs_answer_over_a_short_paragraph_stays(faq):
    text = pages(faq)
    assert lost(text, text) == []


def test_a_footer_under_an_faqs_answer_still_goes():
    text = pages(["Kost het iets?", "Nee.", "Contact\nPrivacybeleid\nCookie-instellingen",
                  "\u00a9 2025 Voorbeeld Media B.V. Alle rechten voorbehouden."])
    assert not {"Contact", "Privacybeleid", "Cookie-instellingen"} & out_lines(text)


def test_a_label_of_four_words_pointed_back_at_stays():
    text = pages(["Secondo il Garante, l'opzione per rifiutare deve essere visibile quanto l'altra.",
                  "Tutti i diritti riservati",
                  "Questa dicitura in fondo alle pagine, ha spiegato il Garante, non ha nulla a che vedere con la privacy.",
                  "Le sanzioni vanno da 20.000 a 80.000 euro per ciascun sito."])
    assert lost(text, text) == []


# tag-list: a record label among a song's credits is no post's label.

@pytest.mark.parametrize("credits", [
    "Text und Musik: Nina Brandt\nLabel: Elbklang Records",
    "Paroles : Léa Morin\nMusique : Paul Aubert\nLabel : Pluie Fine",
])
def test_a_record_label_among_credits_stays(credits):
    text = pages(["Die Sängerin hat ihr neues Lied über ihre Heimatstadt veröffentlicht, hier ist der ganze Text.",
                  "Hamburg, Hamburg,\ndu lässt mich nicht los.", credits])
    assert lost(text, text) == []


def test_a_blog_posts_labels_still_go():
    text = pages(["Heute waren wir am See und haben den ganzen Nachmittag in der Sonne gelegen, herrlich war das.",
                  "Eingestellt von Anna um 09:14\nLabel: Ausflüge, Sommer", "Keine Kommentare:"])
    assert "Label: Ausflüge, Sommer" not in out_lines(text)


# ---------------------------------------------------------------------------------------------
# share-prompt: "E-post", "Correo", "Courriel" are network names of a share row; a list of the
# article's channels under its intro keeps them, other items between ("Teléfono").

@pytest.mark.parametrize("row, label", [
    ("Dela artikeln\nFacebook\nTwitter\nE-post", "E-post"),
    ("Compartir\nFacebook\nTwitter\nCorreo", "Correo"),
    ("Partager\nFacebook\nCourriel", "Courriel"),
])
def test_an_email_button_of_a_share_row_goes(row, label):
    text = pages(["El centro de salud ha cambiado su sistema de citas desde el lunes, según ha informado la consejería.",
                  row])
    assert label not in out_lines(text)


@pytest.mark.parametrize("text", [
    pages(["El centro de salud ha cambiado su sistema de citas desde el lunes, según ha informado la consejería.",
           "Puedes pedir cita por:\nTeléfono\nCorreo\nWhatsApp",
           "La consejería espera reducir así las esperas en el mostrador, que superaban la media hora."]),
    pages(["Vårdcentralen har bytt bokningssystem sedan måndagen, meddelar regionen i ett pressmeddelande.",
           "Du kan boka tid via följande kanaler:\nTelefon\nE-post\nWhatsApp",
           "Regionen hoppas att köerna ska bli kortare och att fler ska boka digitalt."]),
])
def test_the_articles_list_of_channels_stays(text):
    assert lost(text, text) == []
