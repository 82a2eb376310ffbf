"""Each chrome family on realistic lines (English and German at least), and the text it must leave.

Every case states which rule must fire, so a regression names the family that broke.
"""

from __future__ import annotations

import pytest

import cleaner

PARA = "The senior envoys met in Seoul on Friday for the first time in four months to discuss the talks."
PARA_DE = "Die Regierung hat am Dienstag angekündigt, dass sie ihre Pläne noch vor dem Sommer vorlegen werde."


def removed_by(text: str) -> dict[str, str]:
    """Removed text (stripped) -> rule id."""
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


# (rule id, chrome lines, language)
CHROME = [
    ("image-credit", ["Image: Reuters"], "en"),
    ("image-credit", ["Photo: Jane Doe/The Daily Planet"], "en"),
    ("image-credit", ["(Photo by Chip Somodevilla/Getty Images)"], "en"),
    ("image-credit", ["Credit: AFP via Getty Images"], "en"),
    ("image-credit", ["REUTERS/Kim Hong-Ji"], "en"),
    ("image-credit", ["Getty Images"], "en"),
    ("image-credit", ["Foto: dpa"], "de"),
    ("image-credit", ["Crédits photos : Bestimage"], "fr"),
    ("image-credit", ["Bild: picture alliance/dpa"], "de"),
    ("image-credit", ["Quelle: nutzer42 / Fotolia.com"], "de"),
    ("image-credit", ["zdjecie / ShutterStock"], "pl"),
    ("image-credit", ["Bildquelle: Imago"], "de"),
    ("image-credit", ["© Reuters"], "en"),
    ("most-read-list", ["Most Read", "1. News", "Pandora Papers Financial Leak Shows Us the Secrets", "3 years ago"], "en"),
    ("most-read-list", ["You may also like", "Ten things to do in Lisbon this summer", "The best budget airlines ranked"], "en"),
    ("most-read-list", ["More from Reuters", "Oil prices climb on supply worries", "2 hours ago"], "en"),
    ("most-read-list", ["Weitere Meldungen aus der Rubrik Gesundheit:", "Was bei Heuschnupfen hilft", "Zecken: So schützen Sie sich"], "de"),
    ("most-read-list", ["Mehr zum Thema Job und Karriere", "Wie viel Homeoffice ist erlaubt?", "Gehalt verhandeln in fünf Schritten"], "de"),
    ("most-read-list", ["Más sobre Deportes", "El club presenta a su nuevo entrenador", "Hace 2 horas"], "es"),
    ("most-read-list", ["Nächster Artikel: Neue Regeln für Mieter ab Januar"], "de"),
    ("most-read-list", ["Vorheriger Artikel ++ Wetter in der Region: mild, aber ungemütlich ++"], "de"),
    ("most-read-list", ["Meistgelesen", "1. Politik", "Neue Regeln für Mieter ab Januar", "vor 2 Tagen"], "de"),
    ("most-read-list", ["Das könnte Sie auch interessieren", "So sparen Sie beim Heizen", "Bahn streicht Verbindungen"], "de"),
    ("most-read-list", ["Read more: Oil prices climb on supply worries"], "en"),
    ("most-read-list", ["Lesen Sie auch: So sparen Sie beim Heizen"], "de"),
    ("most-read-list", ["Previous article Transforming the harbour into a park"], "en"),
    ("most-read-list", ["Nächster Beitrag Neue Regeln für Mieter ab Januar"], "de"),
    ("most-read-list", ["Previous article Transforming Mount Trashmore: Plans to turn an eyesore into a beauty spot"], "en"),
    ("most-read-list", ["Lea más: El Gobierno prorroga el estado de alarma"], "es"),
    ("call-to-action", ["There are no comments yet"], "en"),
    ("call-to-action", ["Zurück zur Startseite"], "de"),
    ("tag-list", ["Markiert: #gesundheit, #winter"], "de"),
    ("author-bio", ["About the author", "Jane Doe is a senior reporter at the Daily Planet covering energy."], "en"),
    ("author-bio", ["About News Team", "Hi, I'm Alex Perez, an experienced writer with a focus on culture news."], "en"),
    ("author-bio", ["Über den Autor", "Max Muster ist Redakteur im Ressort Politik und schreibt über Europa."], "de"),
    ("tag-list", ["Tags", "Us, South Korea, Japan, North korea"], "en"),
    ("tag-list", ["Tags: Politics, Asia, Cyber security"], "en"),
    ("tag-list", ["Filed under: Markets, Energy"], "en"),
    ("tag-list", ["Topics", "Climate", "Energy", "Europe"], "en"),
    ("tag-list", ["Schlagwörter", "Bundestag, Wahl, Steuern"], "de"),
    ("social-handle", ["Follow @rushhourdaily:"], "en"),
    ("social-handle", ["@YouTube"], "en"),
    ("social-handle", ["Follow us on Facebook, Twitter and Instagram"], "en"),
    ("social-handle", ["Folgen Sie uns auf Instagram"], "de"),
    ("share-prompt", ["Share on Facebook", "Share on Twitter", "Pin it"], "en"),
    ("share-prompt", ["Tweet"], "en"),
    ("share-prompt", ["12 shares"], "en"),
    ("share-prompt", ["Facebook", "Twitter", "WhatsApp"], "en"),
    ("share-prompt", ["Artikel teilen", "Drucken"], "de"),
    ("call-to-action", ["Have a tip we should know?"], "en"),
    ("call-to-action", ["Leave a reply"], "en"),
    ("call-to-action", ["Kommentar schreiben"], "de"),
    ("newsletter-prompt", ["Sign up for our newsletter"], "en"),
    ("newsletter-prompt", ["Newsletter abonnieren"], "de"),
    ("ad-label", ["Advertisement"], "en"),
    ("ad-label", ["Anzeige"], "de"),
    ("ad-label", ["Story continues below advertisement"], "en"),
    ("legal-notice", ["© 2023 Example Media Group. All rights reserved."], "en"),
    ("legal-notice", ["We use cookies to give you the best experience on our website. By continuing you accept our cookie policy."], "en"),
    ("legal-notice", ["Diese Website verwendet Cookies, um Ihnen ein optimales Erlebnis zu bieten."], "de"),
    ("legal-notice", ["Copyright 2021 Die Zeitung GmbH. Alle Rechte vorbehalten."], "de"),
    ("legal-notice", ["Privacy Policy", "Terms of Use"], "en"),
    ("widget-residue", ["Real Time Analytics"], "en"),
    ("share-prompt", ["Comments (3)"], "en"),
    ("share-prompt", ["Vos réactions (11)"], "fr"),
    ("share-prompt", ["Kommentare [12]"], "de"),
    ("tag-list", ["Schlagwörter: Frauen im Spitzensport"], "de"),
    ("tag-list", ["Abgelegt unter Aktuelles und mit Inseln, Spielstraße, Verkehr getaggt"], "de"),
    ("tag-list", ["Publicado en Noticias y etiquetado Madrid, Metro."], "es"),
    ("tag-list", ["Pubblicato in Cronaca e taggato Brescia, Garda."], "it"),
    ("tag-list", ["getaggt mit: Grundeinkommen Berlin Demonstration"], "de"),
    ("tag-list", ["Keywords: climate adaptation coastal cities"], "en"),
    ("reading-time", ["5 min read"], "en"),
    ("reading-time", ["Estimated reading time: 6 minutes"], "en"),
    ("reading-time", ["Lesezeit: 3 Minuten"], "de"),
    ("reading-time", ["3 Min. Lesedauer"], "de"),
    ("reading-time", ["Temps de lecture : 4 min"], "fr"),
    ("reading-time", ["Tiempo de lectura: 3 minutos"], "es"),
    ("reading-time", ["11 minut czytania"], "pl"),
    ("reading-time", ["21 minutes - 4312 words"], "en"),
    ("widget-residue", ["Please enable JavaScript to view the comments powered by Disqus."], "en"),
    ("nav-menu", ["Skip to content", "Menu", "Search"], "en"),
    ("image-credit", ["(mlharing / iStock.com)"], "de"),
    ("image-credit", ["Quelle: Statistisches Landesamt Beispielland"], "de"),
    ("image-credit", ["Quelle: Musterverband (MV), 3. März 2022, Bonn"], "de"),
    ("image-credit", ["Source: company data, own calculations"], "en"),
    ("image-credit", ["Źródło: przykład.pl"], "pl"),
    ("image-credit", ["Fuente: Ministerio de Ejemplo"], "es"),
    ("most-read-list", ["Empfohlene Beiträge", "Wie Daten in der Pandemie helfen können", "27. Mai 2020"], "de"),
    ("most-read-list", ["Most Viewed News", "Civic groups protest the plan", "Rival parties clash over the budget"], "en"),
    ("most-read-list", ["Auch lesen: Diese drei Tipps helfen beim Sparen"], "de"),
    ("most-read-list", ["VEA TAMBIÉN: Estudiantes protestan en la capital"], "es"),
    ("share-prompt", ["Mit Freunden teilen"], "de"),
    ("share-prompt", ["2 Kommentare"], "de"),
    ("share-prompt", ["Udostępnij na Facebooku", "Udostępnij na Twitterze"], "pl"),
    ("social-handle", ["Folgen Sie uns:"], "de"),
    ("call-to-action", ["Schreibe einen Kommentar Antworten abbrechen"], "de"),
    ("call-to-action", ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *"], "en"),
    ("call-to-action", ["Click here to download the full report"], "en"),
    ("newsletter-prompt", ["Sign up for our daily newsletter", "Get the stories that matter in your inbox every morning."], "en"),
    ("legal-notice", ["Impressum | Datenschutz | AGB"], "de"),
    ("legal-notice", ["Home | About | Contact | Privacy Policy"], "en"),
    ("tag-list", ["Kategorie: Tutorials"], "de"),
    ("legal-notice", ["Copyright Example Media Group"], "en"),
    ("legal-notice", ["Alle Rechte vorbehalten."], "de"),
    ("legal-notice", ["To find out more, including how to control cookies, see here: Cookie Policy"], "en"),
    ("share-prompt", ["Click to share on Reddit (Opens in new window)"], "en"),
    ("share-prompt", ["Gefällt mir:", "Liken Lade …"], "de"),
    ("call-to-action", ["Kommentar verfassen Antwort abbrechen", "Gib hier deinen Kommentar ein ...", "Name (erforderlich)"], "de"),
    ("call-to-action", ["Save my name, email, and website in this browser for the next time I comment."], "en"),
    ("call-to-action", ["Informiere mich über neue Beiträge per E-Mail."], "de"),
    ("social-handle", ["Folge uns auf"], "de"),
    ("nav-menu", ["Sie befinden sich hier:", "Zurück zur Übersicht"], "de"),
    # Blog and CMS widget strings.
    ("call-to-action", ["Hinterlasse eine Antwort"], "de"),
    ("call-to-action", ["Die Kommentarfunktion ist geschlossen."], "de"),
    ("call-to-action", ["Comments are closed."], "en"),
    ("call-to-action", ["War der Artikel nützlich?"], "de"),
    ("call-to-action", ["Les commentaires sont fermés."], "fr"),
    ("share-prompt", ["Email This", "BlogThis!", "Share to Pinterest"], "en"),
    ("share-prompt", ["Like it? Share it!"], "en"),
    ("share-prompt", ["NEWS TEILEN:"], "de"),
    ("newsletter-prompt", ["Bleiben Sie auf dem Laufenden"], "de"),
    ("newsletter-prompt", ["Solo para suscriptores digitales"], "es"),
    ("newsletter-prompt", ["Make a contribution"], "en"),
    ("most-read-list", ["Am häufigsten gelesen", "Neue Regeln für Mieter ab Januar", "Bahn streicht Verbindungen"], "de"),
    ("most-read-list", ["Pour approfondir", "La réforme des retraites en cinq questions", "Ce que change la loi"], "fr"),
    ("legal-notice", ["Impressum | Datenschutzerklärung | Haftungsausschluss | Bildquellen"], "de"),
    ("nav-menu", ["Navigation schließen"], "de"),
    ("nav-menu", ["Log In / Registrieren"], "de"),
    ("nav-menu", ["Zurück zu allen Meldungen", "zurück zur vorherigen Seite"], "de"),
    ("nav-menu", ["\u2190 Back to all posts"], "en"),
    ("nav-menu", ["Home \u203a Cronaca \u203a Brescia"], "it"),
    ("nav-menu", ["Startseite \u00bb Aktuelles \u00bb Neue Regeln f\u00fcr Mieter ab Januar"], "de"),
    ("nav-menu", ["Startseite | Suche | Mein Konto"], "de"),
    ("call-to-action", ["Next post \u2192", "\u2190 Previous post"], "en"),
    ("site-notice", ["Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten."], "de"),
    ("legal-notice", ["Designed by Elegant Themes | Powered by WordPress"], "en"),
    ("legal-notice", ["Proudly powered by WordPress"], "en"),
    ("legal-notice", ["This page was last edited on 29 January 2020, at 13:22."], "en"),
    ("legal-notice", ["Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert."], "de"),
    ("legal-notice", ["Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted."], "en"),
    ("tag-list", ["This entry was posted in Uncategorized and tagged Berlin, Wahl. Bookmark the permalink."], "en"),
    ("tag-list", ["Dieser Eintrag wurde veröffentlicht in Innovation und verschlagwortet mit Design, Marken."], "de"),
    ("tag-list", ["Posted in Travel | Tagged Italy, Rome"], "en"),
    ("site-notice", ["This site uses Akismet to reduce spam. Learn how your comment data is processed."], "en"),
    ("site-notice", ["Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden."], "de"),
    ("site-notice", ["Enter your email address to follow this blog and receive notifications of new posts by email."], "en"),
    ("site-notice", ["Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen über neue Beiträge via E-Mail zu erhalten."], "de"),
    ("site-notice", ["As an Amazon Associate I earn from qualifying purchases."], "en"),
    ("site-notice", ["Advertising disclosure: We may receive compensation for some of the links in our stories."], "en"),
    ("site-notice", ["Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler."], "de"),
    ("site-notice", ["Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter und bleiben Sie informiert."], "de"),
    ("site-notice", ["Pour ne rien manquer, abonnez-vous à notre newsletter."], "fr"),
    ("site-notice", ["If not explicitly specified otherwise, this work is licensed under a Creative Commons Attribution 2.0 Generic License."], "en"),
    ("site-notice", ["Der Inhalt dieser Seite steht unter einer Creative Commons Namensnennung 4.0 Lizenz."], "de"),
    ("site-notice", ["The views expressed in this article are the author's own."], "en"),
    ("site-notice", ["Royal Road® is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program."], "en"),
    ("site-notice", ["Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY."], "de"),
    ("site-notice", ["Ja, ich möchte den personalisierten Newsletter erhalten."], "de"),
    ("site-notice", ["Als Amazon-Partner verdiene ich an qualifizierten Verkäufen."], "de"),
    ("site-notice", ["En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises."], "fr"),
    ("site-notice", ["Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables."], "es"),
    ("site-notice", ["Ce site utilise Akismet pour réduire les indésirables."], "fr"),
    ("site-notice", ["Join our Telegram channel for daily updates."], "en"),
    ("site-notice", ["To view the full story, please subscribe to The Daily Planet."], "en"),
    ("site-notice", ["If you’re seeing this message but you’re already a subscriber, you can log in for immediate access."], "en"),
    ("site-notice", ["Dieser Artikel ist nur für Abonnenten verfügbar."], "de"),
    ("site-notice", ["Wir sind spendenfinanziert. Unterstütze auch du uns mit einem Dauerauftrag!"], "de"),
    ("site-notice", ["Get the latest news straight to your phone with the Daily Planet app."], "en"),
    ("site-notice", ["Download the Daily Planet app for breaking news alerts."], "en"),
    ("site-notice", ["Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge."], "de"),
    ("site-notice", ["We rely on your support to make local news available to all"], "en"),
    ("site-notice", ["Vous avez lu 1 des 4 articles gratuits ce mois-ci."], "fr"),
    ("site-notice", ["Wählen Sie Ihren Zugang und lesen Sie weiter:"], "de"),
    ("legal-notice", ["Vervielfältigung nur mit Genehmigung"], "de"),
    ("legal-notice", ["ALL RIGHTS RESERVED."], "en"),
    ("legal-notice", ["THIS WEBSITE USES COOKIES."], "en"),
    ("legal-notice", ["PROUDLY POWERED BY WORDPRESS"], "en"),
    ("site-notice", ["No spam, we promise. You can unsubscribe at any time."], "en"),
    ("site-notice", ["This post contains references to products from one or more of our advertisers."], "en"),
    ("site-notice", ["Sign up to get the best content of the week"], "en"),
    ("site-notice", ["You can keep up with me on Twitter"], "en"),
    ("site-notice", ["Instant access to the full article PDF."], "en"),
    ("site-notice", ["Wir schalten keine Werbung und finanzieren uns über unsere Leser."], "de"),
    ("call-to-action", ["Zeilenumbrüche und Absätze werden automatisch erzeugt."], "de"),
    ("call-to-action", ["Pour créer des paragraphes, laissez simplement des lignes vides."], "fr"),
    ("call-to-action", ["Salva il mio nome, email e sito web in questo browser per la prossima volta che commento."], "it"),
    ("call-to-action", ["Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar."], "sv"),
    ("call-to-action", ["Ваш адрес email не будет опубликован."], "ru"),
    ("share-prompt", ["Compartilhar no WhatsApp"], "pt"),
    ("share-prompt", ["Haz clic para compartir en Twitter (Se abre en una ventana nueva)"], "es"),
    ("site-notice", ["Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der Datenschutzerklärung zu."], "de"),
    ("site-notice", ["I am Joyce from Singapore. This blog is a collection of the foods we have enjoyed."], "en"),
    ("call-to-action", ["Wie bewerten Sie diesen Artikel? *"], "de"),
    ("site-notice", ["¡Mira lo que tiene nuestro canal de YouTube!"], "es"),
    ("call-to-action", ["Votre adresse e-mail ne sera pas publiée."], "fr"),
    ("call-to-action", ["Il tuo indirizzo email non sarà pubblicato."], "it"),
    ("call-to-action", ["Twój adres e-mail nie zostanie opublikowany."], "pl"),
    ("call-to-action", ["Vos réactions"], "fr"),
    ("legal-notice", ["Używamy informacji zapisanych za pomocą plików cookies, by zapewnić maksymalną wygodę."], "pl"),
    ("legal-notice", ["Utilizziamo i cookie per migliorare la tua esperienza."], "it"),
    ("legal-notice", ["Deze website gebruikt cookies."], "nl"),
    ("site-notice", ["Introduce tu correo electrónico para seguir este blog y recibir las notificaciones de nuevas entradas."], "es"),
    ("site-notice", ["Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden."], "de"),
    ("site-notice", ['By clicking "Submit", I consent to receiving the above communication.'], "en"),
    ("site-notice", ["Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden."], "de"),
    ("legal-notice", ["Mit der Nutzung unserer Dienste erklären Sie sich damit einverstanden, dass wir Cookies verwenden."], "de"),
    ("share-prompt", ["Teilen Sie dies mit:", "Jump to Recipe Print Recipe"], "de"),
    ("share-prompt", ["Email This BlogThis! Share to Twitter Share to Facebook Share to Pinterest"], "en"),
    ("share-prompt", ["Facebook LinkedIn WhatsApp E-Mail"], "en"),
    ("legal-notice", ["Impressum Datenschutz Kontakt"], "de"),
    ("call-to-action", ["Schreiben Sie einen Kommentar Antworten abbrechen"], "de"),
    ("nav-menu", ["Anmelden Registrieren"], "de"),
    ("most-read-list", ["Sie könnten auch an folgenden Artikeln interessiert sein"], "de"),
    ("site-notice", ["Les opinions exprimées dans les blogs n'engagent que leurs auteurs."], "fr"),
    # Teaser list headers in the languages the dev set has few pages in.
    ("most-read-list", ["Ti potrebbero interessare", "Caldo record, bollino rosso in dieci città", "14 luglio 2023"], "it"),
    ("most-read-list", ["Meer over dit onderwerp", "Nieuwe fietsbrug over het kanaal klaar", "11 maart 2024"], "nl"),
    ("most-read-list", ["Você pode gostar", "Frente fria derruba temperaturas no fim de semana", "07/05/2024"], "pt"),
    ("most-read-list", ["Przeczytaj także", "Rząd zapowiada pomoc dla poszkodowanych", "17.06.2024"], "pl"),
    ("most-read-list", ["Fler nyheter", "Ny cykelväg längs älven klar till sommaren", "13 mars 2024"], "sv"),
    ("most-read-list", ["Новости по теме", "В городе откроют три новые остановки", "14 марта 2024"], "ru"),
    ("most-read-list", ["Sur le même thème", "Les prix des billets de train en hausse", "Un nouvel aéroport à l'étude"], "fr"),
    ("most-read-list", ["Entradas relacionadas", "Los embalses, al nivel más alto en cinco años", "Qué hacer si tu calle se inunda"], "es"),
    ("share-prompt", ["Compartilhe esta notícia", "Compartilhar no Facebook", "Compartilhar no WhatsApp", "Copiar link"], "pt"),
    ("share-prompt", ["Condividi", "Invia per email", "Copia link"], "it"),
    ("share-prompt", ["Deel dit artikel", "Delen via Facebook", "Kopieer link"], "nl"),
    ("share-prompt", ["Dela på Facebook", "Skicka som e-post", "Kopiera länk"], "sv"),
    ("share-prompt", ["Udostępnij", "Wyślij e-mailem", "Kopiuj link"], "pl"),
    ("share-prompt", ["Поделиться", "ВКонтакте", "Одноклассники", "Скопировать ссылку"], "ru"),
    ("share-prompt", ["Enviar por WhatsApp", "Copiar el enlace"], "es"),
    ("share-prompt", ["Partager sur WhatsApp", "Partager par e-mail"], "fr"),
    ("newsletter-prompt", ["Iscriviti alla nostra newsletter", "Abbonati ora"], "it"),
    ("newsletter-prompt", ["Schrijf je in voor onze nieuwsbrief", "Word abonnee"], "nl"),
    ("newsletter-prompt", ["Cadastre-se gratuitamente", "Seja assinante"], "pt"),
    ("newsletter-prompt", ["Zapisz się do newslettera", "Prenumerata"], "pl"),
    ("newsletter-prompt", ["Prenumerera på vårt nyhetsbrev", "Bli prenumerant"], "sv"),
    ("newsletter-prompt", ["Подпишитесь на нашу рассылку", "Подписаться"], "ru"),
    ("newsletter-prompt", ["Apúntate gratis"], "es"),
    ("ad-label", ["Dalsza część artykułu pod reklamą"], "pl"),
    ("ad-label", ["На правах рекламы"], "ru"),
    ("ad-label", ["Continua após a publicidade"], "pt"),
    ("ad-label", ["Sponsrat innehåll"], "sv"),
    ("ad-label", ["Lees verder na de advertentie"], "nl"),
    ("tag-list", ["Ключевые слова", "ремонт дорог, транспорт, мэрия"], "ru"),
    ("tag-list", ["Assuntos", "chuvas", "Defesa Civil", "rodovias"], "pt"),
    # The blog platforms' comment forms, as they translate them.
    ("call-to-action", ["Lascia un commento Annulla risposta", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
                        "Commento *", "Nome *", "Email *", "Sito web", "Pubblica il commento"], "it"),
    ("call-to-action", ["Geef een reactie Reactie annuleren", "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
                        "Reactie *", "Naam *", "E-mail *", "Website", "Reactie plaatsen"], "nl"),
    ("call-to-action", ["Deixe um comentário Cancelar resposta", "O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *",
                        "Comentário *", "Nome *", "Site", "Publicar comentário"], "pt"),
    ("call-to-action", ["Dodaj komentarz Anuluj pisanie odpowiedzi", "Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *",
                        "Komentarz *", "Nazwa *", "Adres e-mail *", "Witryna internetowa", "Opublikuj komentarz"], "pl"),
    ("call-to-action", ["Lämna ett svar Avbryt svar", "Kommentar *", "Namn *", "E-postadress *", "Webbplats", "Publicera kommentar"], "sv"),
    ("call-to-action", ["Добавить комментарий Отменить ответ", "Комментарий *", "Имя *", "Email *", "Сайт", "Отправить комментарий"], "ru"),
    ("call-to-action", ["Deja una respuesta Cancelar la respuesta", "Publicar el comentario"], "es"),
    ("call-to-action", ["Laisser un commentaire Annuler la réponse", "Aucun commentaire"], "fr"),
    ("call-to-action", ["Brak komentarzy", "Pokaż więcej"], "pl"),
    ("call-to-action", ["Nästa artikel", "Föregående artikel"], "sv"),
    ("nav-menu", ["Vai al contenuto principale", "Menu principale", "Il mio account"], "it"),
    ("nav-menu", ["Ga naar de inhoud", "Hoofdmenu", "Mijn account"], "nl"),
    ("nav-menu", ["Pular para o conteúdo", "Página inicial", "Minha conta"], "pt"),
    ("nav-menu", ["Przejdź do treści", "Strona główna", "Moje konto"], "pl"),
    ("nav-menu", ["Hoppa till innehåll", "Meny", "Mina sidor"], "sv"),
    ("nav-menu", ["Перейти к содержимому", "Главная", "Личный кабинет"], "ru"),
    ("nav-menu", ["Mi cuenta", "Cerrar sesión"], "es"),
    ("legal-notice", ["Chi siamo", "Lavora con noi", "Mappa del sito", "Termini e condizioni"], "it"),
    ("legal-notice", ["Over ons", "Colofon", "Privacyverklaring", "Cookieverklaring", "Algemene voorwaarden"], "nl"),
    ("legal-notice", ["Quem somos", "Fale conosco", "Trabalhe conosco", "Política de cookies"], "pt"),
    ("legal-notice", ["O nas", "Polityka cookies", "Mapa strony"], "pl"),
    ("legal-notice", ["Om oss", "Kontakta oss", "Cookiepolicy", "Tillgänglighet"], "sv"),
    ("legal-notice", ["О проекте", "Вакансии", "Пользовательское соглашение"], "ru"),
    ("legal-notice", ["Quiénes somos", "Trabaja con nosotros", "Términos y condiciones"], "es"),
    ("legal-notice", ["Qui sommes-nous", "CGU", "Gérer mes cookies"], "fr"),
    ("legal-notice", ["Godkänn alla", "Neka"], "sv"),
    ("legal-notice", ["Akkoord", "Instellingen aanpassen"], "nl"),
    ("legal-notice", ["Ta strona korzysta z plików cookies w celu realizacji usług zgodnie z Polityką prywatności."], "pl"),
    ("legal-notice", ["Vi använder cookies för att ge dig en bättre upplevelse av vår webbplats."], "sv"),
    ("legal-notice", ["Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим."], "ru"),
    ("legal-notice", ["Deze website maakt gebruik van cookies."], "nl"),
    ("social-handle", ["Seguici su"], "it"),
    ("social-handle", ["Siga-nos nas redes sociais"], "pt"),
    ("social-handle", ["Obserwuj nas"], "pl"),
    ("social-handle", ["Följ oss på Instagram"], "sv"),
    ("social-handle", ["Мы в соцсетях"], "ru"),
    ("social-handle", ["Síguenos en:"], "es"),
    ("site-notice", ["Wyrażam zgodę na przetwarzanie moich danych osobowych w celu otrzymywania newslettera."], "pl"),
    ("site-notice", ["Ho letto e accetto l'informativa sulla privacy"], "it"),
    ("site-notice", ["Нажимая кнопку «Подписаться», вы соглашаетесь с политикой конфиденциальности"], "ru"),
    ("site-notice", ["Ik ga akkoord met de algemene voorwaarden en het privacybeleid."], "nl"),
    ("site-notice", ["Подписывайтесь на наш Telegram-канал"], "ru"),
    ("site-notice", ["Inscreva-se no nosso canal no YouTube!"], "pt"),
    ("most-read-list", ["Mest läst", "Brand i flerfamiljshus under natten", "för 3 timmar sedan", "Skolan får ny rektor", "för 5 timmar sedan"], "sv"),
    ("most-read-list", ["Самое читаемое", "ДТП на проспекте Победы", "2 часа назад", "Погода на выходные", "5 часов назад"], "ru"),
    ("most-read-list", ["Meest gelezen", "Brand in leegstaand pand", "3 uur geleden", "Nieuwe supermarkt opent in mei", "5 uur geleden"], "nl"),
    ("most-read-list", ["Przeczytaj także: Burze nad Polską. Gdzie jest najgroźniej?"], "pl"),
    ("most-read-list", ["Veja também: Frente fria derruba temperaturas no fim de semana"], "pt"),
    ("most-read-list", ["Смотрите также: Набережную благоустроят к лету"], "ru"),
    ("call-to-action", ["Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *"], "sv"),
    ("site-notice", ["При использовании материалов ссылка на сайт обязательна."], "ru"),
    ("site-notice", ["Kopiowanie i rozpowszechnianie materiałów bez zgody wydawcy zabronione."], "pl"),
    ("site-notice", ["Riproduzione riservata"], "it"),
    ("site-notice", ["É proibida a reprodução total ou parcial deste conteúdo."], "pt"),
    ("site-notice", ["Få de viktigaste nyheterna direkt i din inkorg varje morgon."], "sv"),
    ("site-notice", ["Receba as principais notícias do dia no seu e-mail"], "pt"),
    ("site-notice", ["Najważniejsze informacje dnia prosto na Twoją skrzynkę"], "pl"),
    ("site-notice", ["Главные новости дня — в вашей почте каждое утро"], "ru"),
    ("site-notice", ["Het belangrijkste nieuws uit de regio elke ochtend in je mailbox"], "nl"),
    ("site-notice", ["Ricevi ogni mattina nella tua casella di posta le notizie più importanti."], "it"),
    # The blog platforms' share, like, related-post and comment widgets in other languages.
    ("share-prompt", ["Comparte esto:", "Haz clic para compartir en Twitter", "Me gusta esto:", "Me gusta Cargando..."], "es"),
    ("share-prompt", ["Partager :", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)", "J\u2019aime ça :"], "fr"),
    ("share-prompt", ["Compartilhe isso:", "Curtir isso:"], "pt"),
    ("most-read-list", ["Relacionado", "Ruta del Cares: consejos para hacerla en un día", "3 de abril de 2024", "En «Asturias»"], "es"),
    ("most-read-list", ["Similaire", "Crumble aux poires et au chocolat", "10 octobre 2022", "Dans « Desserts »"], "fr"),
    ("call-to-action", ["Entrada anterior", "Entrada siguiente"], "es"),
    ("comment-thread", ["12 réflexions sur « Tarte aux pommes normande »"], "fr"),
    ("comment-thread", ["2 commenti su \u201cSiccità, il Garda ai minimi\u201d"], "it"),
    ("newsletter-prompt", ["Suscríbete al blog por correo electrónico"], "es"),
    ("legal-notice", ["Fièrement propulsé par WordPress"], "fr"),
    ("legal-notice", ["Accepter", "Refuser", "Paramétrer"], "fr"),
    # Comment prompts that ask for an opinion, in a comment box's title.
    ("call-to-action", ["Was meinen Sie?"], "de"),
    ("call-to-action", ["What do you think?"], "en"),
    ("call-to-action", ["Co o tym myślisz?"], "pl"),
    ("call-to-action", ["Dołącz do dyskusji"], "pl"),
    ("call-to-action", ["Share your thoughts"], "en"),
    ("call-to-action", ["¿Qué opinas?"], "es"),
    ("call-to-action", ["Qu'en pensez-vous ?"], "fr"),
    ("call-to-action", ["أضف تعليقك"], "ar"),
    ("call-to-action", ["Zum nächsten Artikel »"], "de"),
    ("newsletter-prompt", ["JETZT KOSTENLOS ANMELDEN »"], "de"),
    ("newsletter-prompt", ["Subscribe for free"], "en"),
    ("widget-residue", ["Nachtmodus an / aus"], "de"),
    ("widget-residue", ["Dark mode on/off"], "en"),
    ("widget-residue", ["Empfohlener redaktioneller Inhalt"], "de"),
    ("widget-residue", ["Video verfügbar bis 14.03.2025"], "de"),
    ("widget-residue", ["Audio abrufbar bis 3. März 2024, 23:59 Uhr"], "de"),
    ("widget-residue", ["Video available until March 3, 2024"], "en"),
    ("reading-time", ["Ten tekst przeczytasz w mniej niż minutę"], "pl"),
    ("reading-time", ["Artykuł przeczytasz w 4 minuty"], "pl"),
    ("reading-time", ["Less than a minute read"], "en"),
    ("reading-time", ["Lesedauer: weniger als eine Minute"], "de"),
    ("social-handle", ["Folge mir Entfolgen Folge Lena Vogt auf Facebook Folge Lena Vogt auf Instagram"], "de"),
    ("social-handle", ["Follow Unfollow Follow Tom Berg on X"], "en"),
    ("newsletter-prompt", ["Daily Planet Newsletter"], "en"),
    ("newsletter-prompt", ["Gartenwelt-Newsletter"], "de"),
    ("tag-list", ["In Reisen, Familie Tags Ostsee, Camping, Sommer"], "de"),
    ("tag-list", ["Posted in Recipes Tagged: soup, winter, quick"], "en"),
    ("tag-list", ["Related Topics Ebook Readers Amazon Kindle"], "en"),
    ("tag-list", ["Tags Homestory, Altbau, Hamburg"], "de"),
    ("tag-list", ["Aufrufe: 532 | Hinzugefügt von: anna | Tags: Reisen, Bilder | Bewertung: 4.0 / 5"], "de"),
    ("legal-notice", ["Es gilt die Datenschutzerklärung."], "de"),
    ("legal-notice", ["Zu unserer Datenschutzerklärung. Bitte beachten Sie auch die Datenschutzerklärung von Example Maps."], "de"),
    ("legal-notice", ["Our privacy policy applies."], "en"),
    ("legal-notice", ["Consultez notre politique de confidentialité."], "fr"),
    ("nav-menu", ["Auf dieser Seite:"], "de"),
    ("nav-menu", ["Table of contents"], "en"),
    ("nav-menu", ["Meist gesucht:"], "de"),
    ("call-to-action", ["Mail the editor"], "en"),
    ("newsletter-prompt", ["Sie wollen mehr von uns?"], "de"),
    ("newsletter-prompt", ["Want more?"], "en"),
    ("most-read-list", ["Weitere Pressemitteilungen", "Stadtwerke senken die Gaspreise", "Neue Buslinie ab Mai"], "de"),
    ("share-prompt", ["Udostępnij na FB (3)"], "pl"),
    ("share-prompt", ["Share on Facebook (12)"], "en"),
    ("share-prompt", ["Zum Rezept Drucken Pinnen"], "de"),
    ("share-prompt", ["214 Bewertungen"], "de"),
    ("share-prompt", ["3 reviews"], "en"),
    ("widget-residue", ["As seen in"], "en"),
    ("widget-residue", ["Bekannt aus:"], "de"),
    ("call-to-action", ["Schreibe einen Kommentar", "Sicherheitscode *"], "de"),
    ("call-to-action", ["Leave a reply", "CAPTCHA Code *"], "en"),
    ("newsletter-prompt", ["Jetzt für Gartenwelt Top-News anmelden"], "de"),
    ("newsletter-prompt", ["Hier zum Corona-Update anmelden »"], "de"),
    ("newsletter-prompt", ["RSS-Feed abonnieren"], "de"),
    ("newsletter-prompt", ["Send me email every new post."], "en"),
    ("call-to-action", ["Sie lesen gern Beispiel.de?"], "de"),
    ("call-to-action", ["Do you enjoy reading our newsletter?"], "en"),
    ("call-to-action", ["Like what you read?"], "en"),
    ("most-read-list", ["Auch auf beispiel.de", "So gelingt der Hefeteig", "Zehn Tipps für den Balkon"], "de"),
    ("most-read-list", ["Also on example.com:", "Ten things to do in Lisbon", "The best budget airlines ranked"], "en"),
    ("most-read-list", ["Wie die Stadt ihre Parks in Zukunft bezahlen will… mehr •••"], "de"),
    ("most-read-list", ["The council wants residents to pay for the new parks ... Read more »"], "en"),
    ("most-read-list", ["Le budget de la ville pour les parcs augmente encore [...] Lire la suite"], "fr"),
]


@pytest.mark.parametrize("rule, lines, lang", CHROME, ids=[f"{r}-{ls[0][:24]}" for r, ls, _ in CHROME])
def test_chrome_goes_with_its_rule(rule, lines, lang):
    para = PARA if lang == "en" else PARA_DE
    text = "\n\n".join([para, "\n".join(lines), para.replace("Seoul", "Tokyo").replace("Dienstag", "Mittwoch")])
    result = cleaner.explain(text)
    removed = {d.text.strip(): d.rule for d in result.decisions}
    for line in lines:
        assert removed.get(line.strip()) == rule, f"{line!r}: {removed.get(line.strip())} ({result.kept})"
    assert para in result.text


def test_a_source_line_goes_but_the_source_of_a_table_stays():
    table = "| Land | Cent/kWh |\n| Bayern | 31,2 |\n| Berlin | 33,8 |"
    text = f"{PARA}\n\nQuelle: Musterverband, Stand Mai\n\n{PARA_DE}\n\n{table}\n\nQuelle: Vergleichsportale, Stand Mai\n\nAm günstigsten ist Strom derzeit im Süden, am teuersten im Norden des Landes."
    result = cleaner.explain(text)
    assert [(d.rule, d.text) for d in result.decisions] == [("image-credit", "Quelle: Musterverband, Stand Mai")]
    assert "Quelle: Vergleichsportale, Stand Mai" in result.text


def test_inline_credit_cut_keeps_the_caption():
    caption = ("The United States, South Korea, and Japan conveyed deep concern over North Korea's "
               '"malicious" cyber activities to support its weapons programs.')
    text = f"{PARA}\n{caption} JEON HEON-KYUN/POOL/AFP via Getty Images\n{PARA_DE}"
    result = cleaner.explain(text)
    assert caption in result.text.split("\n")
    assert [(d.rule, d.text) for d in result.decisions] == [("image-credit", "JEON HEON-KYUN/POOL/AFP via Getty Images")]


@pytest.mark.parametrize("caption, credit", [
    ("Gewerkschaftsvize und Tarifexperte Jonas Reimer.", "Foto: GdP/Hagen Immel"),
    ("Erdölpumpen im Abendrot.", "Bild: TebNad/Shutterstock.com"),
    ("Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt.", "(mlharing / iStock.com)"),
    ("Asante celebrates after scoring the winning penalty at Wembley.", "(Photo by Mark Holden/Getty Images)"),
    ("Le ministre a défendu un effort « indispensable ».", "Crédit photo : Ludovic Marin / AFP"),
    ("Pickets outside the library on the first day of the strike.", "Photograph: Ann Lee/Getty Images"),
    ("The plant will cut its emissions by half by 2030.", "Jane Roe/Reuters files"),
    ("Los dos candidatos, el lunes en el Congreso", "(Foto: Ana Ruiz/Pool via REUTERS)."),
    ("Ein Windpark vor der Küste von Rügen", "© Max Muster"),
    ("Die Werft baut zwei neue Fähren für die Nordsee.", "© Werft AG"),
    ("Der Trainer jubelt nach dem Schlusspfiff.", "| © Verein Nord/Getty Images"),
    ("Angriffe auf Netzwerke nehmen weiter zu.", "– © Erika Muster – stock.adobe.com"),
    ("Le piquet de grève dans le hall de la mairie", "/ (C) Paul Martin"),
])
def test_labelled_and_bracketed_credits_are_cut_from_captions(caption, credit):
    result = cleaner.explain(f"{PARA}\n{caption} {credit}\n{PARA_DE}")
    assert caption in result.text.split("\n")
    assert [(d.rule, d.text) for d in result.decisions] == [("image-credit", credit)]


@pytest.mark.parametrize("line, credit", [
    ("Der Marktplatz im Winter | Foto: Stadt Bonn", "| Foto: Stadt Bonn"),
    ("Wissenschaft spart Energie / Foto: Envato", "/ Foto: Envato"),
    ("Die neue Brücke über den Fluss – Bild: Muster Bau AG", "– Bild: Muster Bau AG"),
    ("Jan Novák, photo: Archives du Gouvernement tchèque", ", photo: Archives du Gouvernement tchèque"),
    ("Puerto de Ejemplo. Foto: Archivo El Diario.", "Foto: Archivo El Diario."),
    ("La ministra durante la sesión. Foto: Presidencia.", "Foto: Presidencia."),
    ("Vista do porto ao entardecer. Foto: Divulgação.", "Foto: Divulgação."),
    ("Der Bürgermeister bei der Eröffnung. Bild: privat.", "Bild: privat."),
])
def test_credits_after_a_separator_a_comma_or_with_a_full_stop_are_cut(line, credit):
    result = cleaner.explain(f"{PARA}\n{line}\n{PARA_DE}")
    assert [(d.rule, d.text) for d in result.decisions] == [("image-credit", credit)]
    assert line[:-len(credit)].rstrip() in result.text.split("\n")


@pytest.mark.parametrize("line", [
    "Er zeigte uns ein altes Bild. Foto: Es war ihr Vater.",
    "Sie zeigte ein Foto: Es war ihr Vater.",
    "We looked at the old photo: it was him.",
    "Alles, was wir brauchten, Foto: Kamera, Licht und Zeit.",
    "The rule is simple, photo: never without consent, and never of children.",
    "The house rules are simple, photo: only with permission",
    "Bild: So sah der Marktplatz im Jahr 1950 aus.",
])
def test_sentences_with_a_credit_label_inside_stay(line):
    assert cleaner.clean(f"{PARA}\n{line}\n{PARA_DE}") == f"{PARA}\n{line}\n{PARA_DE}"


def test_credit_prefilter_heads_of_a_pattern():
    from cleaner.rules.credits import _literal_heads

    # "Image" of "Images?" (the "s" may be left out); "EPA" holds no shorter head.
    assert _literal_heads(r"""(?:Getty\s*Images|AP(?:\s+Photo)?|EPA|Images?
        |Shutter[sS]tock)(?:\.com)?""") == ["AP", "EPA", "Getty", "Image", "Shutter"]


def test_credit_prefilter_matches_case_sensitive_patterns():
    # image-credit turns lines away by the literal, case-sensitive start of an agency name or a
    # credit label: the patterns it guards must stay case-sensitive too.
    import regex
    from cleaner import patterns as p

    for pattern in (p.AGENCY_LINE, p.PAREN_CREDIT_LINE, p.TRAILING_CREDIT):
        assert not pattern.flags & regex.IGNORECASE
        assert "(?i" not in pattern.pattern


@pytest.mark.parametrize("credit", [
    "Ritzau Scanpix/Ida Marie Odgaard", "SOPA Images/LightRocket via Getty Images", "Keystone/Peter Klaunzer",
    "Xinhua/Zhang Cheng", "Anna Lund/TT", "Hans Lucas/AFP", "ZUMA Wire/dpa",
])
def test_agency_credits_go_whole_and_after_a_caption(credit):
    caption = "Demonstrators gathered in front of the parliament on Monday."
    result = cleaner.explain(f"{PARA}\n{credit}\n{PARA_DE}\n{caption} {credit}")
    assert [(d.rule, d.text) for d in result.decisions] == [("image-credit", credit)] * 2
    assert caption in result.text.split("\n")


@pytest.mark.parametrize("counter", ["1.2 k shares", "12shares", "3 Kommentare  ", "1,5M views"])
def test_counters_that_open_with_a_number_go(counter):
    result = cleaner.explain(f"{PARA}\n{counter}\n{PARA_DE}")
    assert [(d.rule, d.text) for d in result.decisions] == [("share-prompt", counter)]


def test_loose_legal_row_needs_half_of_its_items_known():
    row = "Impressum – Datenschutz – Anna Beispiel – Blog seit 2009"
    result = cleaner.explain(f"{PARA}\n{row}\n{PARA_DE}")
    assert [(d.rule, d.text) for d in result.decisions] == [("legal-notice", row)]
    longer = row + " – Gemacht in Bremen"  # two known items of five
    assert not cleaner.explain(f"{PARA}\n{longer}\n{PARA_DE}").decisions


def test_repeated_title_after_quote_folding():
    text = "North Korea’s “malicious” cyber operations\n\nNorth Korea's \"malicious\" cyber operations\n" + PARA
    assert cleaner.clean(text) == "North Korea’s “malicious” cyber operations\n\n" + PARA


def test_page_title_with_site_name_goes_and_headline_stays():
    text = "Auto leasen oder kaufen: Für wen lohnt sich was? - FOCUS Online\n\nAuto leasen oder kaufen: Für wen lohnt sich was?\n" + PARA_DE
    result = cleaner.explain(text)
    assert result.text == "Auto leasen oder kaufen: Für wen lohnt sich was?\n" + PARA_DE
    assert result.decisions[0].rule == "repeated-title"


# Lines that look like chrome to a careless rule and are article text.
SURVIVORS = [
    "Ok.",
    "Go!",
    "The © sign on the old logo was dropped in the redesign.",
    "Zubereitung: 5 Minuten",
    "Themen: Die Zukunft der Arbeit",
    "Nächster Artikel: Diese Überschrift stand über dem Text, den die Zeitung am Montag druckte, erinnert sich der Autor.",
    "Copyright 2019 was a turbulent year for publishers, and the new directive changed how news sites license articles.",
    "© 2020 marked the end of the old licensing model, according to the report.",
    "Next story is about Berlin and its schools.",
    "Abgelegt unter dem Schreibtisch fand er den Brief, den er seit Wochen suchte.",
    "Publicado en el diario oficial el lunes y etiquetado como urgente por el ministerio.",
    "Comments (see below) are welcome",
    "Weitere Meldungen aus der Region erwarten wir am Abend.",
    "The walk to the station takes 5 min.",
    "The ratio of input/output Pool costs rose sharply.",
    "Next year the council will review the plan.",
    "The previous article in this series looked at rents.",
    "North Korea Cyber Activities Fund Nuclear Programs",
    "Currently, the situation on the Korean Peninsula is quite tense",
    "He declined to comment.",
    "  • North Korea's cyber activities spark deep concern",
    "Follow the money.",
    "Follow the money on Friday.",
    "The photo was taken by a tourist.",
    "Photos by the dozen arrived in the newsroom.",
    "Tags on luggage must show the owner's name.",
    "These were the most read books of 2023.",
    "Browsers store cookies for each site you visit.",
    "The newsletter launched in 2019 and now has 40,000 readers.",
    "Advertising revenue fell by a third.",
    "SEOUL, March 3 (Reuters) - North Korea fired a missile on Friday.",
    "BERLIN (dpa) - Die Regierung hat sich geeinigt.",
    "1. Preheat the oven to 200 degrees.",
    "2 cups flour",
    "| Country | Exports | Imports |",
    "    for line in lines: print(line)",
    "And the river keeps its silence",
    "Share prices fell 3 percent on Monday.",
    "Jane Doe is a reporter at heart, her colleagues say.",
    "Comments from the minister were not available.",
    "Related reading for the course includes three novels.",
    "Über den Autor des Buches ist wenig bekannt.",
    "Foto zeigt den Minister bei der Ankunft.",
    "Tweet by tweet, the story spread.",
    'What "All Rights Reserved" Actually Means',
    "Copyright lawyers say the line does no harm.",
    "That is why a banner asks you to accept all cookies, reject them or manage your preferences.",
    "Sie zeigte ein Foto: Es war ihr Vater.",
    "Follow us, the guide said, and keep to the path.",
    "The plugin is powered by WordPress hooks that run on every request.",
    "Enter your email address to follow this blog, she told readers in 2009, and they did.",
    "Stay informed about the risks before you travel.",
    "Die Kommentarfunktion ist geschlossen, weil die Redaktion Beleidigungen nicht mehr moderieren kann.",
    "Readers can subscribe to the newsletter for free, the company said on Monday.",
    "The photos are licensed under a Creative Commons license, which allows reuse.",
    "Die Leser können den Newsletter kostenlos abonnieren, sagte ein Sprecher am Montag.",
    "The retailer said it would pay bloggers a commission of up to ten percent on every sale.",
    "Amazon said it would hire 100,000 workers for the holiday season.",
    "Naomi Klein writes about the shock doctrine in her new book.",
    "Anna Schmidt schreibt über die Folgen in ihrem neuen Buch.",
    "Maria Lopez leitet das Team seit 2019 und will es nun abgeben.",
    "Dieser Artikel wurde in der Zeitschrift Nature veröffentlicht und sorgte für Aufsehen.",
    "The post was posted in a hurry, she admitted.",
    "Home / Away",
    "Home Office",
    "Zurück zur Natur",
    "Start > Ziel: 42 Kilometer",
    "Die die die die die?",
    "Follow the river on foot for two hours.",
    "The mayor said residents could follow the debate on Twitter.",
    "Back to basics",
    "Die Vervielfältigung der Werke ist nur mit Genehmigung der Erben erlaubt, sagte der Anwalt.",
    "Our newsletter team met on Monday.",
    "Maria Lopez is a nurse at the city hospital and the author of two novels, her sister said.",
    "The company said the blog is a way to reach younger readers.",
    "Share prices fell",
    "Open Letter",
    "The company launched a YouTube channel in 2012 and a podcast in 2015.",
    "Download the app and scan the code at the entrance, the organisers said.",
    "The charity asked readers to support its work in Yemen.",
    "The app is available for iOS and Android users.",
    "Subscribers to the service will pay five euros a month from January.",
    "\u201eIch bin damit einverstanden\u201c, sagte sie am Abend.",
    "Ich bin damit nicht einverstanden, sagte der Minister am Abend.",
    "I agree with her assessment, he said, but the vote is still open.",
    "Suche | Finde",
    "Prenumerata kosztuje 30 złotych miesięcznie, podała spółka.",
    "Mi piace pensare che la città cambierà, ha detto il sindaco.",
    "Подписка на журнал подорожала вдвое.",
    "Volgende week beslist de gemeenteraad over het plan.",
    "Ответить на этот вопрос чиновники не смогли.",
    "Saiba mais: o governo publicou as regras no Diário Oficial na segunda-feira.",
    "Ik ga akkoord met de meeste punten, zei de wethouder.",
    "Siga o dinheiro, disse o promotor.",
    "Мы в соцсетях видим много фейков, сказал министр.",
    "Följ med oss till Gotland i sommar.",
    "È vietata la riproduzione degli animali selvatici senza autorizzazione, stabilisce la legge.",
    "При использовании удобрений урожай вырос вдвое.",
    "Fałszywe maile trafiają prosto na Twoją skrzynkę.",
    "O golpe chega no seu e-mail como uma cobrança.",
    "Bedragarna skickar mejl direkt i din inkorg.",
    "Was denken Sie, wie lange das noch gut geht?",
    "What do you think of the new bridge, she asked the mayor.",
    "Co o tym myślisz, zapytał sędzia świadka.",
    "Der Nachtmodus schont die Augen, sagen die Entwickler.",
    "Dark mode is on by default in the new release.",
    "Kostenlos anmelden können sich alle Schüler bis Freitag.",
    "Das Angebot ist verfügbar bis 30.06.2024.",
    "Verfügbar bis 30.06.2024",
    "Die Folge ist in der Mediathek verfügbar bis Ende März.",
    "Przeczytasz w 5 minut cały raport, a potem wrócisz do pracy.",
    "Less than a minute later the lights went out.",
    "Follow the money, follow the votes.",
    "Folge mir, sagte der Bergführer, und bleib dicht hinter mir.",
    "The newsletter",
    "Our weekly newsletter reached 40,000 readers last year.",
    "Tags darauf kam er zurück.",
    "In Berlin tags are printed on every parcel.",
    "Tags: In der Nacht brannte es zweimal.",
    "Die Datenschutzerklärung von Google gilt seit Mai auch für Kinder.",
    "Es gilt die Unschuldsvermutung.",
    "Read our privacy policy, the regulator told the company, before you change it again.",
    "The table of contents lists every chapter of the report.",
    "Want more room? The new model is longer by ten centimetres.",
    "Weitere Pressemitteilungen will die Behörde nicht veröffentlichen.",
    "Bekannt aus Funk und Fernsehen ist vor allem ihre Stimme.",
    "3 reviews of the new law are due by June.",
    "As seen in the chart, prices rose.",
    "Jetzt für den Stadtlauf anmelden",
    "Hier zum Newsletter anmelden, sagte die Sprecherin, könne man sich nicht mehr.",
    "Sie lesen gern Krimis?",
    "Do you enjoy reading aloud to your children?",
    "Also on Friday",
    "Auch auf Sylt",
    "Und dann... mehr oder weniger Stille.",
    "Wait for it... more",
    "He paused for a long time... and then said nothing more.",
    "Source: a person close to the talks said the deal was done.",
    "Source: the mayor's office, which published the figures on Monday",
    "Quelle: Das sagte die Ministerin am Montag in Berlin vor Journalisten.",
    "Quellen:",
    "Source code and documentation",
    "Bild: So sah der Marktplatz im Jahr 1950 aus.",
    "Image: A view of the harbour at dawn.",
    "Photo: the old bridge in 1950, before the flood took it away.",
]


@pytest.mark.parametrize("line", SURVIVORS)
def test_article_lines_survive_in_the_body(line):
    text = f"{PARA}\n\n{line}\n\n{PARA_DE}"
    assert cleaner.explain(text).decisions == ()


@pytest.mark.parametrize("line", SURVIVORS)
def test_article_lines_survive_at_the_end(line):
    text = f"{PARA}\n\n{line}"
    assert cleaner.clean(text).endswith(line.rstrip())


@pytest.mark.parametrize("review", [
    ["Die Presseschau am Morgen:", "Süddeutsche Zeitung: Regierung plant neue Steuer",
     "FAZ: Ärzte warnen vor Winterkrise", "Bild: Sturm erreicht die Küste"],
    ["Die Presseschau am Morgen:", "Bild: Sturm erreicht die Küste", "Welt: Ärzte warnen vor Winterkrise",
     "taz: Regierung plant neue Steuer"],
])
def test_an_outlets_headline_in_a_press_review_stays(review):
    # "Bild" is an outlet here, the line an entry of the article's list of headlines.
    for text in (f"{PARA}\n\n" + "\n".join(review) + f"\n\n{PARA_DE}", f"{PARA}\n\n" + "\n".join(review)):
        assert "Bild: Sturm erreicht die Küste" in cleaner.clean(text).split("\n")


@pytest.mark.parametrize("credits", [
    ["Text: Anna Berg", "Foto: Max Muster", "Grafik: Erika Muster"],
    ["On this Day: Mike Tyson wins the title", "Video: The best fights of March", "Video: The best fights of May!"],
    ["Foto: Max Muster [ CC BY-SA 3.0 ], via Wikimedia Commons", "Sie sind hier: Home » Europa » Emden"],
])
def test_credit_lines_next_to_other_labelled_lines_still_go(credits):
    removed = {d.text for d in cleaner.explain(f"{PARA}\n\n" + "\n".join(credits)).decisions if d.rule == "image-credit"}
    assert [c for c in credits if c.startswith(("Foto", "Video"))][0] in removed


def test_subheading_between_paragraphs_is_kept_by_heading_guard():
    text = f"{PARA}\n\nJobs\n\n{PARA.replace('Seoul', 'Tokyo')}"
    result = cleaner.explain(text)
    assert "Jobs" in result.text.split("\n")
    assert [(k.guard, k.text) for k in result.kept] == [("heading-guard", "Jobs")]


def test_prose_guard_keeps_a_long_sentence_against_label_rules():
    long = "Share " + PARA
    assert cleaner.clean(f"{PARA}\n{long}") == f"{PARA}\n{long}"


def test_related_header_followed_by_a_paragraph_is_a_subheading():
    text = f"{PARA}\n\nTrending\n\n{PARA.replace('Seoul', 'Tokyo')}"
    assert "Trending" in cleaner.clean(text).split("\n")


def test_a_prefix_header_above_a_paragraph_is_a_subheading():
    text = f"{PARA_DE}\n\nMehr zum Thema Klimaschutz\n{PARA_DE.replace('Dienstag', 'Mittwoch')}"
    assert "Mehr zum Thema Klimaschutz" in cleaner.clean(text).split("\n")


def test_a_phrase_header_goes_alone_when_its_teasers_have_paragraphs():
    teaser = "19.01.2021 - Die besten Biathleten sind eingetroffen"
    blurb = "Zwei Tage vor dem ersten Rennen zieht in der Arena allmählich wieder Leben ein, sagen die Veranstalter."
    text = f"{PARA_DE}\n\nDas könnte Sie auch interessieren\n{teaser}\n{blurb}"
    out = cleaner.clean(text).split("\n")
    assert "Das könnte Sie auch interessieren" not in out
    assert teaser in out and blurb in out  # not a list of entries: left to the other rules
    two = cleaner.clean(f"{PARA_DE}\n\nNeueste Artikel\n{teaser}\n{blurb}").split("\n")
    assert "Neueste Artikel" not in two and teaser in two
    # A one-word header above a paragraph may be a subheading and stays (see above).
    assert "Related" in cleaner.clean(f"{PARA}\n\nRelated\n{blurb}").split("\n")


@pytest.mark.parametrize("bio", [
    "Evan Halper writes about a broad range of policy issues out of Washington, with particular emphasis on energy.",
    "Ganesh Sitaraman is a professor at Vanderbilt Law School and the author of The Great Democracy.",
    "Philipp Sarasin lehrt Geschichte der Neuzeit an der Universität Zürich.",
    "Markus Reuter beschäftigt sich mit den Themen Digital Rights, Überwachung und Grundrechte.",
    "Moritz Gathmann leitet das Ressort Berliner Republik. Er studierte Geschichte in Berlin.",
])
def test_a_writers_beat_at_the_end_is_a_bio(bio):
    text = f"{PARA}\n\n{PARA_DE}\n\n{bio}"
    assert [(d.rule, d.text) for d in cleaner.explain(text).decisions] == [("author-bio", bio)]


def test_the_writers_name_may_stand_between_the_author_header_and_the_bio():
    bio = "Markus Reuter ist seit 2016 Redakteur bei netzpolitik.org und schreibt über Grundrechte."
    text = f"{PARA_DE}\n\nÜber den Autor/ die Autorin\n\nMarkus Reuter\n\n{bio}\n\n{PARA_DE.replace('Dienstag', 'Mittwoch')}"
    assert removed_by(text) == dict.fromkeys(["Über den Autor/ die Autorin", "Markus Reuter", bio], "author-bio")


@pytest.mark.parametrize("item", ["Latest News", "Últimas noticias", "Meistgelesen"])
def test_a_list_header_in_a_menu_takes_nothing_below_it(item):
    menu = f"Home\nNews\nSport\n{item}\nWeather\nPodcasts"
    article = ["Harbour bridge to close for six months of repairs",
               "Engineers found corrosion in the main cables during a routine inspection in March",
               "By Hannah Ostrowski", "Published 14 May 2024", PARA]
    out = cleaner.clean(menu + "\n\n" + "\n\n".join(article)).split("\n")
    assert all(line in out for line in article)


def test_question_teasers_are_entries_but_question_subheadings_stay():
    questions = ["Darf ich meine Zaubernuss umpflanzen?", "Ist die Zaubernuss giftig?", "Warum blüht meine Zaubernuss nicht?"]
    out = cleaner.clean(f"{PARA_DE}\n\nLesen Sie auch\n\n" + "\n".join(questions)).split("\n")
    assert out == [PARA_DE]
    faq = f"{PARA_DE}\n\nLesen Sie auch\n\nIst die Zaubernuss giftig?\n{PARA_DE.replace('Dienstag', 'Mittwoch')}"
    assert "Ist die Zaubernuss giftig?" in cleaner.clean(faq).split("\n")


def test_list_stops_at_the_first_sentence():
    text = f"{PARA}\n\nMost Read\n1. Oil prices climb\n2 hours ago\nHe declined to comment.\n{PARA_DE}"
    out = cleaner.clean(text).split("\n")
    assert "He declined to comment." in out and "Most Read" not in out


def test_every_rule_is_documented_with_an_example():
    for rule in cleaner.RULES.values():
        doc = rule.decide.__doc__ or ""
        assert rule.summary and ">>>" in doc and "Avoids" in doc or rule.id == "nav-menu", rule.id


def test_a_link_box_after_a_teaser_list_stays():
    text = "\n".join([
        PARA_DE, "", "Mehr zum Thema auf Example.de", "",
        "2019-01-14: Neues Zentrum für Lexikographie eröffnet", "2018-01-06: Langer Abend der Sprache", "",
        "Weiterführender Link", "", "www.example.org/themenglossar/corona",
    ])
    out = cleaner.clean(text).split("\n")
    assert "Mehr zum Thema auf Example.de" not in out and "2018-01-06: Langer Abend der Sprache" not in out
    assert "Weiterführender Link" in out and "www.example.org/themenglossar/corona" in out


def test_tags_that_run_into_the_next_widget_go_by_their_blocks():
    text = (f"{PARA_DE}\n\nSchlagworte\n\nBerlin\nMitte\n\nTeilen auf\n\nFacebook\n\n"
            "Bewertung\nMangelhaft Ausreichend Befriedigend Gut Sehr gut Hervorragend")
    removed = removed_by(text)
    assert removed.get("Schlagworte") == "tag-list" and removed.get("Berlin") == "tag-list"
    # Under a header that may be a subheading ("Themen"), or when the short lines are one block
    # with a sentence, nothing is taken.
    for header in ("Themen", "Schlagworte"):
        text = f"{PARA_DE}\n\n{header}\n\nBerlin\nMitte\nDie Polizei sucht Zeugen für den Unfall am Montag in der Innenstadt."
        assert cleaner.clean(text) == text


def test_a_long_filing_line_goes_although_it_reads_like_prose():
    story = " ".join([PARA] * 3)
    filing = ("This entry was posted in News, Politics, Asia and tagged Seoul, Tokyo, Beijing, summit, talks, "
              "sanctions, diplomacy, envoys. Bookmark the permalink.")
    result = cleaner.explain(f"{story}\n\n{filing}")
    assert [(d.rule, d.text) for d in result.decisions] == [("tag-list", filing)]
    # The exemption is the filing line's alone: a long sentence about tags stays.
    prose = "Tags on luggage, the airline said, will be printed at the gate from next year, and passengers will no longer queue."
    assert cleaner.clean(f"{story}\n\nTags\n{prose}").endswith(prose)


def test_a_phrase_at_the_end_of_a_vocabulary_line_loses_its_final_mark():
    from cleaner.patterns import phrases
    assert phrases("""Most read: | Das könnte Sie auch interessieren:
        | E-Mail (erforderlich)""") == {"most read", "das könnte sie auch interessieren", "e-mail (erforderlich"}


def test_a_papers_keywords_near_its_abstract_stay():
    title = "Effects of urban trees on summer night temperatures"
    abstract = "Urban trees lower night temperatures by up to 2 K in dense districts, we find from 40 sensors over three summers."
    for opener, keywords in [
        ("Abstract", "Keywords: urban heat island; street trees; night temperature; sensors"),
        ("Résumé", "Mots-clés : îlot de chaleur, arbres, température"),
        ("Resumen", "Palabras clave: clima urbano; árboles"),
        ("Riassunto", "Parole chiave: clima urbano, alberi"),
        ("Samenvatting", "Trefwoorden: stadsklimaat, bomen"),
        ("Streszczenie", "Słowa kluczowe: klimat miejski, drzewa"),
        ("Abstract", "Keywords\nurban heat island, street trees, night temperature"),
    ]:
        text = f"{title}\n\n{opener}\n\n{abstract}\n\n{keywords}\n\n1. Introduction\n\n{PARA}"
        assert cleaner.clean(text) == text, opener
        # Above the abstract, and with the label on the abstract's line.
        text = f"{title}\n\n{keywords}\n\nAbstract: {abstract}\n\n{PARA}"
        assert cleaner.clean(text) == text, opener
    # A blog's tags go, also after a post that talks about abstract art.
    for tags in ("Keywords: Berlin, Kunst, Ausstellung", "Mots-clés : Paris, art, exposition"):
        text = f"Abstract art is back in fashion, the curator says.\n\n{PARA}\n\n{tags}"
        assert removed_by(text).get(tags) == "tag-list"


def test_a_decorator_in_a_code_listing_is_no_handle():
    for code in ("@login_required\ndef dashboard(request):\n    return render(request, 'dashboard.html')",
                 "@dataclass\n@total_ordering\nclass Version:\n    major: int",
                 "    @property\n    async def ready(self):\n        return True",
                 "@Override\npublic String toString() {\n    return name;\n}"):
        text = f"{PARA}\n\nHere is the code:\n\n{code}\n\nThat is all the view needs, and the tests pass."
        assert cleaner.clean(text) == text, code
    # A handle alone on its line still goes, also above a line of prose.
    for text in (f"{PARA}\n\n@rushhourdaily\n\nThe talks resume in May.", f"{PARA}\n\n@rushhourdaily\nDefinitely worth a follow."):
        assert removed_by(text).get("@rushhourdaily") == "social-handle"


def test_the_articles_own_list_of_networks_stays():
    after = "Only a third of them still use Facebook every week, down from two thirds in 2015."
    for intro in ("The most used networks among 13- to 17-year-olds:", "Die Jugendlichen nutzen vor allem diese Netzwerke:"):
        text = f"{PARA}\n\n{intro}\n\nYouTube\n\nTikTok\n\nInstagram\n\nFacebook\n\n{after}"
        assert cleaner.clean(text) == text, intro
    # Under a share or follow prompt, or the site's own voice, the names are buttons.
    for intro in ("Share this article with your friends:", "Folgen Sie unserem Kanal auf diesen Netzwerken:",
                  "You can find us on these networks:"):
        text = f"{PARA}\n\n{intro}\n\nYouTube\n\nTikTok\n\nInstagram\n\n{after}"
        assert removed_by(text).get("TikTok") == "share-prompt", intro


def test_the_licence_header_of_a_code_listing_stays():
    intro = "The file starts like this, with the licence that every file of the project carries:"
    outro = "That header tells readers who owns the code and under which terms they may copy it."
    for code in ("// Copyright 2024 The Example Authors. All rights reserved.\n"
                 "// Use of this source code is governed by a BSD-style license.\npackage main",
                 "/*\n * Copyright (C) 2024 Jane Roe\n * All rights reserved.\n */\n#include <stdio.h>"):
        text = f"{PARA}\n\n{intro}\n\n{code}\n\n{outro}"
        assert cleaner.clean(text) == text, code
    # A footer printed as a list keeps going.
    footer = "* Impressum\n* \u00a9 2024 Example Media. All rights reserved."
    removed = removed_by(f"{PARA}\n\n{outro}\n\n{footer}")
    assert removed.get("* \u00a9 2024 Example Media. All rights reserved.") == "legal-notice"


def test_a_refrain_that_repeats_the_title_stays():
    poem = ("The harbour lights\nby Jane Roe\n\nThe harbour lights\nare calling me home\nacross the water,\nthrough the foam\n\n"
            "The boats are in,\nthe harbour lights\nare all I know")
    assert cleaner.clean(poem) == poem
    song = "Let it rain\n\nLet it rain on the roofs of the town,\nLet it rain\n\nOn the fields and the sea"
    assert cleaner.clean(song) == song
    # The headline's copy above its byline and date goes, and so does one above a button's line.
    page = ("Rail strike ends after ten days\n\nRail strike ends after ten days\nby Jane Roe\nupdated 3 hours ago\n\n"
            "The unions signed the deal on Friday night after talks that lasted until dawn.")
    assert [d.rule for d in cleaner.explain(page).decisions] == ["repeated-title"]
    page = "Get the app today!\n\nThe unions signed the deal on Friday night after long talks.\n\nGet the app today!\nwatson on Facebook"
    assert removed_by(page).get("Get the app today!") == "repeated-title"


def test_a_caption_with_a_fraction_or_a_season_is_no_credit():
    for caption in ("Image: a misty valley at dawn, shot on a phone at 1/250 s.",
                    "Bild: So sah das Stadion in der Saison 2019/20 aus, bevor es umgebaut wurde."):
        text = f"{PARA}\n\n{caption}\n\nThe talks resume in May, the ministry said on Saturday."
        assert cleaner.clean(text) == text, caption
    # A credit's slash between names, or a date's, keeps it a credit.
    for credit in ("Photo: Jane Smith/Reuters.", "Image: Jane Roe for The Times. Taken on 12/03/2024."):
        assert removed_by(f"{PARA}\n\n{credit}").get(credit) == "image-credit", credit


@pytest.mark.parametrize("lines", [
    ["The council met on Tuesday and agreed on a new budget for the coming year after a long debate.",
     "Newsletter",
     "The newsletter has replaced the printed bulletin that the council sent to every household until spring."],
    ["Die Stadtverwaltung teilte am Mittwoch mit, dass die Arbeiten an der Brücke im Sommer enden sollen.",
     "Werbung",
     "Die Werbeeinnahmen der Zeitung sind im vergangenen Jahr um ein Drittel gesunken, teilte der Verlag mit."],
    ["Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat.",
     "Partager",
     "Partager un article sur les réseaux sociaux est devenu un geste quotidien pour la moitié des lecteurs."],
])
def test_a_one_word_subheading_named_like_a_label_stays_when_the_paragraph_takes_it_up(lines):
    assert cleaner.clean("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize("label", ["Anzeige", "Advertisement", "Share", "Newsletter"])
def test_a_label_between_two_paragraphs_that_do_not_take_it_up_still_goes(label):
    first = "Die Stadtverwaltung teilte am Mittwoch mit, dass die Arbeiten an der Brücke im Sommer enden sollen."
    second = "Die Brücke war im vergangenen Winter drei Monate gesperrt, weil ein Pfeiler beschädigt war."
    assert cleaner.clean("\n".join([first, label, second])) == first + "\n" + second


@pytest.mark.parametrize("item", ["Cookies", "Kommentar"])
def test_an_item_named_like_a_label_in_the_article_s_list_stays(item):
    lines = ["The council met on Tuesday and agreed on a new budget for the coming year after a long debate.",
             "What the children brought to the picnic:", "Sandwiches", "Apples", item, "Lemonade",
             "The picnic ended early when the rain set in, but nobody seemed to mind very much at all."]
    assert cleaner.clean("\n".join(lines)) == "\n".join(lines)


@pytest.mark.parametrize("lines", [
    # a share row under its own label
    ["Share this:", "Facebook", "Twitter", "Email"],
    # a reply button right below a list of links the comment cites
    ["The posts I mentioned:", "https://example.org/a", "https://example.org/b", "Antworten"],
    # a label that trails the list
    ["What the children brought to the picnic:", "Sandwiches", "Apples", "Lemonade", "Share"],
])
def test_labels_around_a_list_still_go(lines):
    first = "The council met on Tuesday and agreed on a new budget for the coming year after a long debate."
    last = "The picnic ended early when the rain set in, but nobody seemed to mind very much at all."
    out = cleaner.clean("\n".join([first, *lines, last]))
    assert lines[-1] not in out.split("\n")
