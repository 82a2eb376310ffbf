"""Long chrome lines that read like prose: the site speaking about itself in sentences (terms,
disclaimers, licences, newsletter pitches, long copyright footers, rows of legal links).

Each family is matched by the site's own voice ("this site", "our", "you", an imperative to the
reader); the SURVIVORS are article sentences that talk about the same things and must stay.
The lines are made up for the tests, in several languages.
"""

from __future__ import annotations

import pytest

import cleaner

# Paragraphs long enough to count as prose: the removal budget weighs a long notice against them.
PARA = ("The senior envoys met in Seoul on Friday for the first time in four months to discuss the talks, "
        "and both sides said afterwards that the meeting had been useful.")
PARA_DE = ("Die Regierung hat am Dienstag angekündigt, dass sie ihre Pläne noch vor dem Sommer vorlegen werde, "
           "und die Opposition verlangte eine Debatte im Parlament.")

# (rule id, chrome line)
CHROME = [
    # Copyright footers that go on with the site's terms, longer than a copyright line.
    ("legal-notice", "© 2004-2021 Example Health Media Ltd, a Big Holding Company. All rights reserved. Example Health is a "
                     "registered trade mark. Any medical information published on this website is not intended as a "
                     "substitute for informed medical advice."),
    ("legal-notice", "Copyright © 2018 Example Magazine, Inc. Reproduction of material from any Example Magazine pages "
                     "without written permission is strictly prohibited. EXAMPLE is registered in the U.S. Patent and "
                     "Trademark Office."),
    ("legal-notice", "© 2022 Beispiel Verlag GmbH & Co. KG. Alle Rechte vorbehalten. Die Inhalte dieser Website dienen "
                     "nur der allgemeinen Information und ersetzen keine persönliche Beratung durch einen Fachmann."),
    # Terms accepted by using the site.
    ("legal-notice", "Use of this website constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement."),
    ("legal-notice", "By using this site, you agree to our Terms of Service and acknowledge our Privacy Policy."),
    ("legal-notice", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."),
    ("legal-notice", "Mit der Nutzung dieser Website erklären Sie sich mit unseren Nutzungsbedingungen und der Datenschutzerklärung einverstanden."),
    ("legal-notice", "En utilisant ce site, vous acceptez nos conditions générales d'utilisation."),
    ("legal-notice", "Al utilizar este sitio web, usted acepta nuestros términos de uso y la política de privacidad."),
    ("legal-notice", "Utilizzando questo sito accetti i termini e le condizioni d'uso."),
    ("legal-notice", "Door gebruik te maken van deze website ga je akkoord met onze algemene voorwaarden."),
    ("legal-notice", "Ao utilizar este site, você concorda com os termos de uso e a política de privacidade."),
    ("legal-notice", "Korzystając z serwisu akceptujesz regulamin oraz politykę prywatności."),
    # Rows of legal links with dashes between them or items that are no link of the vocabulary.
    ("legal-notice", "Archiv – RSS – Impressum – Datenschutz – 2011-2023 by Erika Muster – Powered by Pelican"),
    ("legal-notice", "IMPRESSUM | DATENSCHUTZ | COPYRIGHT MAX MUSTER | EIN PROJEKT VON BEISPIEL"),
    ("legal-notice", "Nutzungsbedingungen | Datenschutzrichtlinie | Impressum/Offenlegung | Werben auf beispiel.at"),
    ("legal-notice", "About - Contact - Privacy Policy - Terms of Use - 2024 Example Weekly"),
    # The German imprint's headings on their own.
    ("legal-notice", "Haftung für Links"),
    ("legal-notice", "Haftungsbeschränkung für externe Links"),
    # Disclaimers: no advice, no responsibility, in the site's words.
    ("site-notice", "Our website services, content and products are for informational purposes only. Example Health "
                    "does not provide medical advice, diagnosis or treatment."),
    ("site-notice", "The Birth Circle does not offer medical advice or treatments to its members. If you are worried "
                    "about your health or your baby's, we urge you to contact your doctor or midwife right away."),
    ("site-notice", "Disclaimer: The answers below are not provided or commissioned by the bank advertiser. They have "
                    "not been reviewed, approved or otherwise endorsed by the bank advertiser."),
    ("site-notice", "Editorial note: The advertising disclosure below does not apply to this article, which was written "
                    "by our newsroom without any paid links."),
    ("site-notice", "We do not provide financial advice; please speak to a qualified adviser before you invest."),
    ("site-notice", "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links."),
    ("site-notice", "Die Inhalte dieser Website ersetzen keine ärztliche Beratung und dürfen nicht zur Selbstdiagnose verwendet werden."),
    ("site-notice", "Les informations publiées sur ce site ne remplacent en aucun cas une consultation chez un médecin."),
    ("site-notice", "La información de este sitio no sustituye en ningún caso la consulta con un profesional de la salud."),
    ("site-notice", "Le informazioni contenute in questo sito non sostituiscono in alcun modo il parere del medico."),
    ("site-notice", "De informatie op deze website vervangt geen medisch advies van je huisarts."),
    ("site-notice", "As informações deste site não substituem a consulta com um médico ou outro profissional de saúde."),
    ("site-notice", "Redakcja nie ponosi odpowiedzialności za treść komentarzy publikowanych przez czytelników."),
    ("site-notice", "Example Times is not responsible for the opinions or media content presented by contributors. To "
                    "report abuse, click here."),
    ("site-notice", "Hiermit distanziere ich mich ausdrücklich von allen Inhalten aller verlinkten Seiten."),
    ("site-notice", "This site is not responsible for the content of comments posted by readers."),
    ("site-notice", "This post contains references to products from our partners. We may receive compensation when you "
                    "click on links to those products, and terms apply to the offers listed on this page. Our "
                    "recommendations are made by our editors alone, and partners do not review or approve what we write "
                    "about their cards, loans or accounts before it is published."),
    # The site's material may not be reused.
    ("site-notice", "Reproduction of material from any of our pages without written permission is strictly prohibited."),
    ("site-notice", "No part of this website may be reproduced without the prior consent of the publisher."),
    ("site-notice", "Nachdruck und Vervielfältigung nur mit schriftlicher Genehmigung des Verlags."),
    ("site-notice", "Niets uit deze uitgave mag worden verveelvoudigd zonder schriftelijke toestemming van de uitgever."),
    # Newsletter pitches in more wordings.
    ("site-notice", "Bleib auf dem Laufenden mit dem wöchentlichen Branchen-Newsletter. Jetzt kostenlos anmelden!"),
    ("site-notice", "Lust auf neue Rezepte jede Woche? Dann wirf einen Blick in unseren Küchennewsletter!"),
    ("site-notice", "Suscríbete y te enviaremos cada mañana un correo con las noticias más importantes del día."),
    ("site-notice", "Subscribe today and we'll send you the best of our reporting every Friday morning."),
    ("site-notice", "Votre adresse e-mail est uniquement utilisée pour vous envoyer notre lettre d'information hebdomadaire."),
    ("site-notice", "Iscriviti e ti invieremo ogni settimana una selezione dei nostri articoli migliori."),
    ("site-notice", "Inscreva-se e enviaremos as principais notícias da semana para você."),
    # Licence lines.
    ("site-notice", "Slideshow.js © Erika Muster licensed under the MIT License"),
    ("site-notice", "Der Wissens-Podcast von Erika Muster steht unter einer Creative Commons Namensnennung 4.0-Lizenz (CC BY 4.0)."),
    ("site-notice", "Klassenfotos und Texte von Max Muster ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz."),
    ("site-notice", "Alle redaktionellen Eigenbeiträge stehen, sofern nicht anders angegeben, unter der Lizenz Creative Commons BY-SA."),
    ("site-notice", "Ce carnet est mis à disposition selon les termes de la Licence Creative Commons Attribution 4.0 International."),
    ("site-notice", "Este sitio está bajo una Licencia Creative Commons Atribución-CompartirIgual 4.0 Internacional."),
    ("site-notice", "Questo diario è distribuito con Licenza Creative Commons Attribuzione 4.0 Internazionale."),
    ("site-notice", "Este trabalho está licenciado com uma Licença Creative Commons - Atribuição 4.0 Internacional."),
    ("site-notice", "Dit werk valt onder een Creative Commons Naamsvermelding 4.0 Internationaal-licentie."),
    # A form's consent given by sending, the widget's own words, appeals, issue promotions, feedback.
    ("site-notice", "Mit dem Absenden des Kommentars akzeptierst du, dass deine Angaben gespeichert werden."),
    ("site-notice", "By submitting this form, you agree that we may contact you about our events."),
    ("site-notice", "Mit diesem Button kannst du diese Folge deiner Merkliste hinzufügen. Dazu musst du dich anmelden:"),
    ("site-notice", "Gefällt dir unser Magazin? Wir haben uns gegen eine Bezahlschranke entschieden und bleiben frei lesbar."),
    ("site-notice", "Wir zeigen keine Werbung und nehmen kein Geld von Parteien. Unterstützen Sie unsere Unabhängigkeit!"),
    ("site-notice", "Dieser Beitrag stammt aus Ausgabe 3/2021 des Magazins. Das Heft ist ab 12. März im Handel erhältlich."),
    ("site-notice", "Die aktuelle Ausgabe ist jetzt an jedem Kiosk, im Abo und als E-Paper erhältlich."),
    ("site-notice", "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, schreiben Sie der Redaktion eine E-Mail."),
    ("site-notice", "If you have any comments about this article, please contact our newsroom by email."),
    ("site-notice", "Submit your letter to the editor via this form."),
    ("site-notice", "Disclaimer: The answers below are not provided or commissioned by the card issuer. They have not been "
                    "reviewed, approved or otherwise endorsed by the card issuer, and it is not the issuer's responsibility "
                    "to make sure that every question is answered."),
    ("site-notice", "This blog participates in the Amazon Associates program and earns from qualifying purchases."),
    ("site-notice", "Bei diesem Artikel handelt es sich um einen Gastbeitrag aus unserer Leser-Community."),
    ("site-notice", "Lesen Sie die Wanderzeitschrift auch digital in der App oder bestellen Sie sie als Abo oder Einzelheft:"),
    ("site-notice", "Dürfen wir Sie in Ihrem Browser über die wichtigsten Meldungen des Tages informieren?"),
    ("site-notice", "We'd like to send you notifications for the latest news and updates."),
    ("site-notice", "Du willst keinen neuen Beitrag verpassen? Dann gib hier deine E-Mail-Adresse ein."),
    ("call-to-action", "Um das Rezept kommentieren zu können, müssen Sie angemeldet sein."),
    ("call-to-action", "You must be logged in to post a comment."),
    ("call-to-action", "Para comentar debes registrarte con tu correo electrónico."),
    ("call-to-action", "Vous devez être connecté pour publier un commentaire."),
    ("call-to-action", "Devi essere registrato per commentare questo articolo."),
    ("call-to-action", "Pflichtfelder sind mit * markiert."),
    ("call-to-action", "Les champs obligatoires sont indiqués avec *"),
    ("call-to-action", "Los campos obligatorios están marcados con *"),
    ("call-to-action", "I campi obbligatori sono contrassegnati *"),
    ("call-to-action", "Vereiste velden zijn gemarkeerd met *"),
    ("call-to-action", "Wymagane pola są oznaczone *"),
    ("site-notice", "Example Daily would like to send you push notifications."),
    ("site-notice", "Subscribe now to our digital edition for the full story."),
    ("site-notice", "Tous nos derniers épisodes chaque semaine dans votre boîte mail."),
    ("site-notice", "Recibe cada mañana las noticias más importantes en tu correo."),
    ("site-notice", "Das Vereinsheft gibt es jetzt auch digital! Einfach hier klicken und für die App registrieren!"),
    ("site-notice", "Our weekly briefing is free for readers. Just click here and sign up in under a minute."),
    # A blog, webcomic, podcast or magazine describing itself: what it is about, how often it
    # appears, since when, whose it is; its taglines and promotions.
    ("site-notice", "Der Foodblog mit den schnellen Rezepten. Jeden Freitag gibt es ein neues Gericht."),
    ("site-notice", "Ein Blog über das Gärtnern auf meinem Balkon, begonnen 2016 mit drei Tomatenpflanzen. Hier "
                    "berichte ich, was wächst und was nicht, und ich freue mich über jeden Tipp aus euren Gärten. "
                    "Außerdem verblogge ich ab und zu Rezepte mit dem, was die Ernte hergibt, und was mir sonst "
                    "rund um Pflanzen begegnet."),
    ("site-notice", "A webcomic about two grumpy cats. New strips every Monday and Thursday."),
    ("site-notice", "A blog about my travels through South America, started in 2014 with a backpack and a camera."),
    ("site-notice", "Le podcast des amateurs de jazz. Un nouvel épisode chaque mercredi."),
    ("site-notice", "Un blog sobre mis viajes por Asia, empezado en 2015 con una mochila."),
    ("site-notice", "Il fumetto con le pecore più buffe del web. Una nuova striscia ogni lunedì."),
    ("site-notice", "Een blog over mijn moestuin, begonnen in 2017 met twee bakken."),
    ("site-notice", "Blog o moich podróżach po Azji, od 2015 roku."),
    ("site-notice", "In diesem Blog schreiben Kolleginnen und Gäste über Technik, Musik und alles dazwischen."),
    ("site-notice", "On this blog, our editors write about music, film and the gear behind them."),
    ("site-notice", "Alles über Gartenmöbel, Grills und Pflanzen. Außerdem haben wir viele Tipps für euren Balkon."),
    ("site-notice", "Everything about coffee, from bean to cup. We also review grinders and machines."),
    ("site-notice", "The best recipes, delivered to your inbox every Friday."),
    ("site-notice", "Smart reads, delivered weekly."),
    ("site-notice", "Morning Brief delivers daily news from the markets before the bell."),
    ("site-notice", "Weekly insights on the tools and ideas shaping your work."),
    ("site-notice", "Independent journalism, funded by readers"),
    ("site-notice", "Unabhängig und leserfinanziert"),
    ("site-notice", "Das Gartenmagazin lesen oder verschenken und Prämie sichern!"),
    ("site-notice", "Subscribe and save 40%!"),
    ("site-notice", "Texte, die bewegen – Nutzen Sie unsere Rechner!"),
    ("site-notice", "Immer bestens informiert über Rezepte, Trends und Aktionen rund um die Küche."),
    ("site-notice", "Protect the coast - support the Ocean Trust."),
    ("site-notice", "Rezepte, Tipps und Ideen ... wir haben jede Menge Themen für dich!"),
    ("site-notice", "Etwa alle drei Wochen erscheint eine neue Folge. Es gibt kurze und lange Episoden."),
    ("site-notice", "A new comic every Monday and Thursday."),
    ("site-notice", "Auf dem Beispielblog gibt es gelegentlich Links zu fremden Webseiten. Ich habe keinen Einfluss auf "
                    "deren Inhalte und übernehme keine Verantwortung dafür."),
    ("site-notice", "*Bonus value is an estimated value calculated by Example Points and not the card issuer."),
    ("site-notice", "Take your favourite shows with you and never miss an episode."),
    ("site-notice", "Jetzt die aktuelle Ausgabe bestellen!"),
    ("site-notice", "Viel Spaß mit der neuen Ausgabe!"),
    ("legal-notice", "Some rights reserved 2016-2024 by Example Newsfeed, a partnership of Example Media Networks and "
                     "Example Media Group LLC. Content published by our staff is covered by an open license that allows "
                     "use and reuse by anyone, with credit."),
]

# Article sentences on the same topics: the site is not speaking about itself.
SURVIVORS = [
    "We may receive compensation from the city for the damage, the residents' association said.",
    "Sign up to get the best seats, fans queued outside the stadium from early morning.",
    "Die Inhalte dieser Website ersetzen keine ärztliche Beratung, hatte das Gericht in einem früheren Urteil festgestellt.",
    "By using the app, users agree to share their location with the company, the report found.",
    "Use of the site constitutes a large share of the traffic, the company said in its annual report.",
    "Mit der Nutzung der App stimmen die Kunden der Weitergabe ihrer Daten zu, kritisieren Verbraucherschützer.",
    "En utilisant ce site pendant des années, les lecteurs ont appris à lire les cartes météo.",
    "The © symbol was first used in 1909, and all rights reserved became a standard phrase decades later.",
    "Copyright lawyers say reproduction of the material without written permission is prohibited in most countries.",
    "Das Impressum - so der Anwalt - und die Datenschutzerklärung fehlten auf der Seite des Händlers.",
    "Privacy - the right to be left alone - matters to voters more than terms of trade.",
    # Disclaimers reported on.
    "The company said its website does not provide medical advice, a claim regulators dispute.",
    "Google does not provide medical advice through its search results, the spokeswoman said.",
    "The insurer argued that its app was for informational purposes only and could not be blamed.",
    "\u201eWir übernehmen keine Haftung für die Inhalte externer Links\u201c, sagte der Anwalt des Betreibers.",
    "Der Verband warnt, dass Gesundheits-Apps keine ärztliche Beratung ersetzen.",
    "La Haute Autorité rappelle que ces applications ne remplacent pas une consultation médicale.",
    "Regulators say such disclaimers are not provided by the advertiser in most cases.",
    # Reuse, newsletters, licences, appeals and issues reported on.
    "Reproduction without permission is banned under the new law, which takes effect in May.",
    "Der Nachdruck ist nur mit Genehmigung der Erben erlaubt, entschied das Gericht.",
    "Readers who subscribe to the newsletter get a weekly summary, and the publisher plans a second one.",
    "Der Verein verschickt seinen Newsletter seit 2015 an rund 4000 Mitglieder.",
    "Wikipedia text is licensed under a Creative Commons Attribution-ShareAlike 4.0 license, which means anyone may reuse it.",
    "The photos are licensed under a Creative Commons license, which allows reuse with credit.",
    "The photo is under a Creative Commons 2.0 license, but the museum disputes the claim.",
    "El texto está bajo una licencia Creative Commons 4.0, explicó la editorial, y puede copiarse.",
    "\u201eUnterstützen Sie unsere Arbeit\u201c, stand auf den Plakaten der Demonstranten.",
    "Die neue Ausgabe des Magazins erscheint am Donnerstag mit einem Schwerpunkt auf Klimapolitik.",
    "This post originally appeared on a partner site and is republished with permission.",
    "If you have comments on the draft law, the ministry accepts them until June.",
    "By submitting the forms late, the company lost its licence, the court found.",
    "Mit dem Absenden der Unterlagen endete die Frist, erklärte die Behörde.",
    "Lesen Sie das Kleingedruckte im Vertrag, bevor Sie ein Abo abschließen, rät die Verbraucherzentrale.",
    "Bei diesem Treffen handelt es sich um ein Gespräch unter Nachbarn, betonte der Bürgermeister.",
    "Dürfen wir Sie etwas fragen? So begann der Anruf, den die Polizei nun untersucht.",
    "Users must be logged in to comment on the forum, which has 20,000 members.",
    "The retailer participates in the program through a partner in Ireland.",
    "YouTube is not responsible for the content its users upload, the judge ruled, and the case was dismissed.",
    "The platform is not responsible for what its users post, according to the ruling.",
    "Les escrocs envoient des messages qui arrivent directement dans votre boîte mail.",
    "Los estafadores envían mensajes que llegan en tu correo como si fueran del banco.",
    "The regulator would like to send the notifications to every household by June.",
    "Para comentar la ley, los diputados tienen una semana, dijo la presidenta.",
    "Die Pflichtfelder im Antrag sind seit Januar andere, sagt das Amt.",
    "Wer hier klicken und sich registrieren wollte, bekam eine Fehlermeldung, sagte ein Nutzer.",
    # Publications reported on, and posts that open by naming their blog.
    "Ein Blog über Hunde, den sie 2013 begann, machte sie bekannt.",
    "Ein Podcast über Geldanlage, seit 2019 jeden Montag neu, erreicht inzwischen 50 000 Hörer.",
    "Ein Blog über meine Reisen war schon lange mein Traum. Seit 2015 schreibe ich nun jede Woche.",
    "Der Podcast über Geldanlage erscheint jeden Montag und hat 50 000 Hörer.",
    "A podcast about grief, started by two sisters in 2019, has become a surprise hit.",
    "The magazine, founded in 1999, publishes weekly reports on the steel industry.",
    "In this blog, I will show you how to deploy the app in five minutes.",
    "In diesem Blog schreiben wir seit Jahren über Katzen.",
    "Alles über die Impfung: Was wir bisher wissen",
    "Alles über die Reform steht im Gesetzentwurf, den wir hier verlinken.",
    "Daily news about the war kept our families glued to the radio.",
    "Fresh stories, delivered weekly, kept readers coming back for years.",
    "The app delivers daily updates on air quality, which residents have found helpful.",
    "The newspaper, funded by readers since 1821, has never made a profit.",
    "Immer gut informiert über die Lage war der Minister nicht.",
    "Nutzen Sie unsere Angebote, rief der Händler den Passanten zu.",
    "It is time to act, and I urge you to support the NHS.",
    "Sie liest den Blog über Gartenarbeit jeden Morgen, bevor sie zur Arbeit fährt.",
    "My blog about knitting started in 2010, and it changed my life.",
    "Our podcast on climate science, launched in 2020, reached a million downloads last week.",
    "Alle zwei Wochen erscheint eine neue Folge, die bis zu zwei Stunden lang ist und von zwei Journalistinnen moderiert wird.",
    "Auf Wikipedia gibt es Links zu fremden Seiten, die der Verein nicht prüft.",
    "The value is calculated by the bank and not the issuer, experts say.",
    "Take your time with the recipe and never miss a step: the dough needs an hour to rest.",
    "Die aktuelle Ausgabe bestellen viele Leser inzwischen online.",
    # An imprint page's own text.
    "Unser Angebot enthält Links zu externen Websites Dritter, auf deren Inhalte wir keinen Einfluss haben.",
    # How-tos and first-person posts that use the same words about something else.
    "Öffnen Sie die App. Geben Sie Ihre E-Mail-Adresse ein und tippen Sie auf Weiter.",
    "Sie haben noch kein Konto? Dann geben Sie Ihre E-Mail-Adresse ein und klicken Sie auf Registrieren.",
    "Mit diesem Button können Sie die Einstellungen der Kamera zurücksetzen.",
    "I can't give you medical advice, but here is what helped me when my knee hurt: rest, ice and patience.",
    "ChatGPT does not give medical advice, so you should see a doctor about such symptoms.",
    "By using our service, you agree to hand over your data, the lawsuit said.",
    "Copyright Office guidance says works made entirely by AI cannot be registered, and license holders must "
    "disclose any AI-generated parts of a work when they apply, according to a statement on Thursday that "
    "lawyers called overdue.",
    # A long paragraph that quotes a notice further in is the article's (long notices must open
    # the line).
    "For years, health bloggers have closed their posts with a standard line, and lawyers doubt it protects "
    "them: this site is for informational purposes only, one of them wrote, yet readers still followed its "
    "advice to stop their medicine, and two of them ended up in hospital last winter.",
]


def removed_by(text: str) -> dict[str, str]:
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


@pytest.mark.parametrize("rule, line", CHROME, ids=[f"{r}-{line[:30]}" for r, line in CHROME])
def test_site_speaking_about_itself_goes(rule, line):
    text = f"{PARA}\n\n{PARA_DE}\n\n{line}\n\n{PARA.replace('Seoul', 'Tokyo')}"
    result = cleaner.explain(text)
    removed = {d.text.strip(): d.rule for d in result.decisions}
    assert removed.get(line) == rule, f"{removed.get(line)} ({result.kept})"
    assert PARA in result.text and PARA_DE in result.text


@pytest.mark.parametrize("line", SURVIVORS)
def test_sentences_about_the_same_things_stay_in_the_body(line):
    assert cleaner.explain(f"{PARA}\n\n{line}\n\n{PARA_DE}").decisions == ()


@pytest.mark.parametrize("line", SURVIVORS)
def test_sentences_about_the_same_things_stay_at_the_end(line):
    assert cleaner.clean(f"{PARA}\n\n{PARA_DE}\n\n{line}").endswith(line)


@pytest.mark.parametrize("box", [
    ["Autor", "Dr. Max Muster", "ist Gründungspartner der Kanzlei Muster und Partner in Berlin. Zu seinen "
     "Tätigkeitsfeldern zählen das Bankrecht und das Internetrecht."],
    ["About the author", "Jane Roe", "is a science writer based in Leeds who spent ten years in a laboratory."],
])
def test_a_bio_may_go_on_from_the_name_line(box):
    text = f"{PARA}\n\n{PARA_DE}\n\n" + "\n\n".join(box)
    assert removed_by(text) == dict.fromkeys(box, "author-bio")


def test_the_sites_about_box_at_the_end_goes():
    about = ("Example Road is the home of web novels and fan fiction! In our friendly community, you can find "
             "talented writers and many readers who give them feedback.")
    assert removed_by(f"{PARA}\n\n{PARA_DE}\n\n{about}") == {about: "author-bio"}


@pytest.mark.parametrize("line", [
    "Meduza is an independent news outlet based in Riga. It was founded in 2014 by journalists who left Russia.",
    'Meduza is an independent news outlet based in Riga, and "we will keep publishing", its editor said.',
    "Das Portal ist ein Nachrichtenportal für die Region und gehört seit 2019 zu einem Verlag aus Ulm.",
])
def test_a_publication_described_by_the_article_stays(line):
    assert cleaner.clean(f"{PARA}\n\n{PARA_DE}\n\n{line}").endswith(line)


@pytest.mark.parametrize("box", [
    ["Über uns", "Seit 30 Jahren sind wir als Chor in der Altstadt aktiv. Wir proben jeden Dienstag im Gemeindehaus."],
    ["About us", "Example Ledger is an independent newsroom covering housing and transport in the valley."],
    ["About", "Example Ledger is an independent newsroom covering housing and transport in the valley.",
     "We publish every weekday and are funded by our members."],
    ["Qui sommes-nous ?", "Le Petit Exemple est un journal en ligne consacré à la vie culturelle de la région."],
    ["Sobre nosotros", "El Ejemplo es un diario digital dedicado a la información local desde 2010."],
    ["Chi siamo", "Il Giornale d'Esempio racconta ogni giorno la vita della provincia."],
    ["Over ons", "Het Voorbeeld is een onafhankelijk nieuwsplatform over wonen en werken in de stad."],
    ["O nas", "Przykładowy Portal to niezależny serwis informacyjny o życiu w naszym mieście."],
])
def test_the_sites_about_box_below_the_article_goes(box):
    text = f"{PARA}\n\n{PARA_DE}\n\n" + "\n\n".join(box) + "\n\nImpressum\nDatenschutz\nKontakt"
    removed = removed_by(text)
    assert all(removed.get(line) == "site-notice" for line in box[1:]), removed
    assert PARA in cleaner.clean(text) and PARA_DE in cleaner.clean(text)


@pytest.mark.parametrize("text", [
    # An "About us" page: its text is the article.
    "Über uns\n\nDie Beispiel GmbH entwickelt seit 1998 Software für Arztpraxen in ganz Deutschland.\n\n"
    "Unser Team aus vierzig Entwicklerinnen und Entwicklern arbeitet in Ulm und Leipzig, und wir betreuen heute "
    "mehr als dreitausend Praxen mit unseren Programmen und unserem Kundendienst.",
    # A paragraph of the article follows the box: the label is a subheading.
    f"{PARA}\n\nAbout\n\nThe programme began in 2019 and now covers four districts.\n\n{PARA_DE}",
    # The last item of a menu above the headline.
    f"Home\nNews\nAbout\n\nCan the city still afford its parks?\n\n{PARA}\n\n{PARA_DE}",
    # Reported speech under the label.
    f"{PARA}\n\n{PARA_DE}\n\nAbout\n\nThe group is a charity that helps refugees find work, its director said.",
])
def test_text_under_an_about_label_that_is_no_about_box_stays(text):
    assert all(d.rule != "site-notice" for d in cleaner.explain(text).decisions)


# Made-up taglines and blurbs of a publication, and article sentences built from the same words.
from hypothesis import given, settings, strategies as st  # noqa: E402

_ADJECTIVES = st.sampled_from(["World-class", "Smart", "Honest", "The best", "Fresh", "Independent"])
_CONTENT = st.sampled_from(["articles", "stories", "recipes", "essays", "reads", "insights"])
_SCHEDULE = st.sampled_from(["daily", "weekly", "monthly", "every Friday", "to your inbox every Monday"])
_PUBLICATION = st.sampled_from(["Ein Blog", "Der Foodblog", "Ein Podcast", "Der Webcomic", "Das Magazin"])
_SUBJECT = st.sampled_from(["über Gärten", "mit den frechen Katzen", "rund um das Radfahren", "über Musik"])
_DAY = st.sampled_from(["Montag", "Donnerstag", "Freitag", "Sonntag"])


@settings(max_examples=60, deadline=None)
@given(_ADJECTIVES, _CONTENT, _SCHEDULE)
def test_generated_taglines_go(adjective, content, schedule):
    tagline = f"{adjective} {content}, delivered {schedule}."
    assert removed_by(f"{PARA}\n\n{PARA_DE}\n\n{tagline}\n\n{PARA}") == {tagline: "site-notice"}


@settings(max_examples=60, deadline=None)
@given(_PUBLICATION, _SUBJECT, _DAY)
def test_generated_self_descriptions_go(publication, subject, day):
    line = f"{publication} {subject}. Jeden {day} gibt es hier etwas Neues."
    assert removed_by(f"{PARA}\n\n{PARA_DE}\n\n{line}\n\n{PARA}") == {line: "site-notice"}


@settings(max_examples=60, deadline=None)
@given(_ADJECTIVES, _CONTENT, _SCHEDULE, _PUBLICATION, _SUBJECT, _DAY)
def test_generated_sentences_about_publications_stay(adjective, content, schedule, publication, subject, day):
    lines = [
        f"{adjective} {content} were delivered {schedule} to the old address by mistake.",
        f"{adjective} {content}, delivered {schedule}, kept the small shop busy all year.",
        f"{publication} {subject} erscheint jeden {day} und hat inzwischen viele Leser.",
        f"{publication} {subject} war lange ein Geheimtipp, jeden {day} lasen ihn mehr Menschen.",
    ]
    for line in lines:
        assert cleaner.clean(f"{PARA}\n\n{line}\n\n{PARA_DE}") == f"{PARA}\n\n{line}\n\n{PARA_DE}"


# Articles that tell of a banner, a prompt or a rights line: they say who wrote or asked it, call
# it a phrase, or quote it inside a sentence. Made up, in several languages.
TOLD_OF_SURVIVORS = [
    "Sign up for our newsletter, a pop-up asks within three seconds of arriving on the site.",
    "Melden Sie sich für unseren Newsletter an: Mit diesem Satz beginnt jede zweite Website.",
    "Abonnez-vous à notre newsletter, demande le site dès la première visite, a constaté l'association.",
    "Suscríbete a nuestro boletín, dice el aviso que aparece en la pantalla.",
    "Folgen Sie uns auf Twitter, schrieb die Polizei und veröffentlichte das Fahndungsfoto.",
    "Disclaimer: the information on this page does not constitute legal advice, the gym's website stated.",
    "Diese Website verwendet Cookies – diesen Satz kennen die meisten Internetnutzer.",
    "Ce site utilise des cookies : la phrase est devenue familière depuis l'entrée en vigueur du RGPD.",
    "Questo sito utilizza i cookie: la frase compare su ogni sito europeo dal 2015.",
    "Deze website maakt gebruik van cookies, een zin die iedere Nederlander kent.",
    "Ta strona używa plików cookie, informuje komunikat, który większość użytkowników od razu zamyka.",
    "Im Banner hieß es: \u201eWir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.\u201c",
    "Selon le juge, le bandeau \u00ab Ce site utilise des cookies \u00bb ne permettait pas de refuser.",
    "Alle Rechte vorbehalten, stand unter dem Vertrag, den der Kläger nie gesehen hatte.",
    "Alle Rechte vorbehalten: Dieser Vermerk schützt nach deutschem Recht gar nichts, sagt die Anwältin.",
    "Deze website gebruikt cookies, meldt de banner, maar weigeren is lastig, zegt de toezichthouder.",
    "Wszelkie prawa zastrzeżone – taki napis widnieje pod każdym zdjęciem w serwisie.",
    "Este sitio web utiliza cookies, advertía el mensaje, y casi nadie lo leía, según el estudio.",
    "Todos los derechos reservados, rezaba el pie de la foto que el periódico copió.",
    "Il Garante ha multato la società perché il banner \u00ab Questo sito utilizza i cookie \u00bb non permetteva di rifiutare.",
]

# The same families as the page prints them, quoted button names and licence notes included.
TOLD_OF_CHROME = [
    ("newsletter-prompt", "Sign up for our newsletter"),
    ("newsletter-prompt", "Abonnez-vous à notre newsletter"),
    ("legal-notice", "Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu bieten."),
    ("legal-notice", "Ce site utilise des cookies pour améliorer votre expérience."),
    ("legal-notice", "Die Cookie-Einstellungen auf dieser Website sind auf \"Cookies zulassen\" eingestellt, um das beste "
                     "Surferlebnis zu ermöglichen."),
    ("legal-notice", "Alle Rechte vorbehalten."),
    ("legal-notice", "Deze website gebruikt cookies."),
    ("legal-notice", "Wszelkie prawa zastrzeżone."),
    ("legal-notice", "Este sitio web utiliza cookies propias y de terceros para mejorar nuestros servicios. Si continúa "
                     "navegando, consideramos que acepta su uso."),
    ("site-notice", "Dieses Blog steht unter einer Creative Commons Namensnennung 3.0 Lizenz."),
    ("site-notice", "All content is licensed under a Creative Commons Attribution 4.0 International License, unless stated otherwise."),
]


@pytest.mark.parametrize("line", TOLD_OF_SURVIVORS)
def test_an_article_telling_of_a_notice_keeps_it(line):
    assert line in cleaner.clean(f"{PARA}\n\n{line}\n\n{PARA_DE}")
    assert cleaner.clean(f"{PARA}\n\n{PARA_DE}\n\n{line}").endswith(line)


@pytest.mark.parametrize("rule, line", TOLD_OF_CHROME, ids=[f"{r}-{line[:30]}" for r, line in TOLD_OF_CHROME])
def test_the_notice_itself_still_goes(rule, line):
    removed = removed_by(f"{PARA}\n\n{PARA_DE}\n\n{line}")
    assert removed.get(line) == rule, removed


@pytest.mark.parametrize("line", ["Accept all cookies? Not so fast", "All rights reserved? Not for AI, the court says",
                                  "Alle Cookies akzeptieren? Warum sich der Klick lohnt"])
def test_a_headline_asking_about_a_notice_stays(line):
    for text in (f"{line}\n\n{PARA}\n\n{PARA_DE}", f"{PARA}\n\n{line}\n\n{PARA_DE}"):
        assert cleaner.clean(text) == text


@pytest.mark.parametrize("line", ["Accept all cookies?", "Accept all cookies? Yes No", "Accept cookies? Settings Reject all"])
def test_a_banners_question_with_its_buttons_goes(line):
    assert removed_by(f"{PARA}\n\n{PARA_DE}\n\n{line}").get(line) == "legal-notice"


@pytest.mark.parametrize("line", ["Subscribe or perish: the newsletter boom", "Get rich with newsletters? Few writers do",
                                  "Have a newsletter? Here is how to grow it", "Receive, read, delete: life with 40 newsletters"])
def test_a_headline_about_newsletters_stays(line):
    for text in (f"{line}\n\n{PARA}\n\n{PARA_DE}", f"{PARA}\n\n{line}\n\n{PARA_DE}"):
        assert cleaner.clean(text) == text


@pytest.mark.parametrize("line", ["Get the newsletter: the best of the week, every Friday", "Subscribe to our newsletter: it is free",
                                  "Sign up now: the best stories in your inbox", "Get the newsletter? Click here",
                                  "Sign up for Deep Dive: Inside the Investigations newsletter"])
def test_a_sign_up_in_two_parts_still_goes(line):
    assert line not in cleaner.clean(f"{PARA}\n\n{PARA_DE}\n\n{line}")
