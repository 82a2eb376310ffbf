"""Chrome of Dutch (Netherlands and Flanders), Polish, Czech, Slovak, Danish and Norwegian sites.

Each chrome line is set below a paragraph of the article in its language and must go; each line
of prose uses the same words (reported speech, a sentence that opens with the label, the words
inside a paragraph, a subheading) and must stay. The whole made-up pages are in fixtures/pages
(tests/test_pages.py). All lines are made up.
"""

from __future__ import annotations

import pytest

import cleaner

ARTICLES = {
    "nl": (
        "De gemeente heeft dinsdag bekendgemaakt dat de scholen in het noorden van de stad worden verbouwd, "
        "en dat het werk na de zomer begint en klaar moet zijn voor het schooljaar van 2026.\n\n"
        "Volgens de wethouder van onderwijs kost de verbouwing ongeveer 40 miljoen euro, die de gemeente en het Rijk samen betalen.\n\n"
        "Eerst zijn de scholen aan de beurt waar het dak lekt en de elektriciteit verouderd is, en de lessen "
        "gaan gewoon door: er wordt 's avonds en in het weekend gewerkt.\n\n"
        "De ouders met wie de krant sprak zijn positief, maar willen voor elke school een duidelijke planning zien."
    ),
    "pl": (
        "Władze miasta ogłosiły we wtorek, że szkoły w północnej części miasta zostaną wyremontowane, "
        "a prace ruszą po wakacjach i mają się zakończyć przed początkiem roku szkolnego 2026.\n\n"
        "Według wiceprezydenta odpowiedzialnego za oświatę remont będzie kosztował około 40 mln zł, które zapłacą miasto i rząd.\n\n"
        "Najpierw wyremontowane zostaną szkoły, w których przecieka dach i trzeba wymienić instalację elektryczną, "
        "a lekcje nie zostaną przerwane: prace będą prowadzone wieczorami i w weekendy.\n\n"
        "Rodzice, z którymi rozmawiali dziennikarze, są zadowoleni, ale chcą zobaczyć harmonogram dla każdej szkoły."
    ),
    "cs": (
        "Radnice v úterý oznámila, že školy v severní části města projdou rekonstrukcí, "
        "práce začnou po prázdninách a skončit mají před začátkem školního roku 2026.\n\n"
        "Podle místostarosty pro školství bude oprava stát asi 40 milionů korun, které zaplatí město a stát.\n\n"
        "Nejdříve přijdou na řadu školy, do kterých zatéká a kde je nutné vyměnit elektroinstalaci, "
        "a výuka se přerušovat nebude: dělníci budou pracovat večer a o víkendech.\n\n"
        "Rodiče, se kterými redakce mluvila, jsou spokojení, ale chtějí vidět harmonogram pro každou školu."
    ),
    "sk": (
        "Radnica v utorok oznámila, že školy v severnej časti mesta prejdú rekonštrukciou, "
        "práce sa začnú po prázdninách a skončiť sa majú pred začiatkom školského roka 2026.\n\n"
        "Podľa zástupcu primátora pre školstvo bude oprava stáť asi 40 miliónov eur, ktoré zaplatí mesto a štát.\n\n"
        "Najskôr prídu na rad školy, do ktorých zateká a kde treba vymeniť elektroinštaláciu, "
        "a vyučovanie sa prerušovať nebude: robotníci budú pracovať večer a cez víkendy.\n\n"
        "Rodičia, s ktorými redakcia hovorila, sú spokojní, ale chcú vidieť harmonogram pre každú školu."
    ),
    "da": (
        "Kommunen meddelte tirsdag, at skolerne i den nordlige del af byen skal renoveres, "
        "og at arbejdet begynder efter sommerferien og skal være færdigt, før skoleåret starter i 2026.\n\n"
        "Ifølge formanden for børne- og skoleudvalget koster renoveringen omkring 40 millioner kroner, som kommunen og staten betaler.\n\n"
        "Først bliver de skoler renoveret, hvor taget er utæt og el-installationerne er for gamle, og "
        "undervisningen fortsætter: håndværkerne arbejder om aftenen og i weekenderne.\n\n"
        "Forældrene, som avisen har talt med, er glade, men vil gerne se en tidsplan for hver skole."
    ),
    "no": (
        "Kommunen opplyste tirsdag at skolene i den nordlige delen av byen skal pusses opp, "
        "og at arbeidet starter etter sommerferien og skal være ferdig før skoleåret begynner i 2026.\n\n"
        "Ifølge lederen av oppvekstutvalget koster oppussingen rundt 40 millioner kroner, som kommunen og staten betaler.\n\n"
        "Først står skolene der taket lekker og det elektriske anlegget er for gammelt for tur, og "
        "undervisningen fortsetter: håndverkerne jobber om kvelden og i helgene.\n\n"
        "Foreldrene avisen har snakket med er fornøyde, men vil gjerne se en tidsplan for hver skole."
    ),
}


def kept(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# Chrome that goes: (language, line)
# --------------------------------------------------------------------------------------------

CHROME = [
    # inline teasers, also the Flemish capitals with a full stop
    ("nl", "LEES OOK. Antwerpen krijgt drie nieuwe tramlijnen"),
    ("cs", "Přečtěte si také: Ceny elektřiny pro domácnosti letos klesnou, tvrdí analytici"),
    ("sk", "Prečítajte si aj: Dopravný podnik kúpi 40 nových autobusov"),
    ("da", "Læs også: Flere ældre bliver på arbejdsmarkedet"),
    ("no", "Les også: Lærerne advarer mot mer skjermtid i barnehagen"),
    # photo credits: the Polish abbreviation without a colon
    ("pl", "fot. PAP/Leszek Szymański"),
    ("pl", "Fot. Tomasz Wiśniewski"),
    # tags
    ("cs", "Štítky: Krkonoše, turistika, cestování s dětmi"),
    ("da", "Emner: Pension, Regeringen, Arbejdsmarked"),
    ("no", "Stikkord: tur, Nordmarka, barn, Oslo"),
    ("sk", "Štítky: recepty, halušky, bryndza"),
    # share buttons
    ("nl", "Pin dit recept"),
    ("pl", "Przypnij na Pintereście"),
    ("cs", "Sdílejte:"),
    ("sk", "Zdieľať"),
    ("sk", "Zdieľajte recept"),
    ("da", "Del opslaget"),
    ("no", "Del innlegget"),
    # skip links, log-in and search
    ("nl", "Meteen naar de inhoud"),
    ("pl", "Przejdź do wyszukiwarki"),
    ("cs", "Přejít na obsah"),
    ("sk", "Preskočiť na obsah"),
    ("da", "Gå til hovedindhold"),
    ("no", "Gå til hovedinnhold"),
    # newsletter and subscription buttons
    ("da", "Tilmeld"),
    ("da", "Bliv abonnent"),
    ("no", "Meld meg på"),
    ("sk", "Predplatné"),
    # legal links and consent buttons
    ("nl", "Proclaimer"),
    ("nl", "Kwetsbaarheid melden"),
    ("pl", "Klauzula informacyjna RODO"),
    ("cs", "Prohlášení o přístupnosti"),
    ("cs", "Ochrana osobních údajů (GDPR)"),
    ("sk", "Ochrana osobných údajov"),
    ("sk", "Vyhlásenie o prístupnosti"),
    ("da", "Tilgængelighedserklæring"),
    ("da", "Cookieindstillinger"),
    ("no", "Tilgjengelighetserklæring"),
    ("no", "Personvern og informasjonskapsler"),
    ("sk", "© 2025 Denník Dunaj. Všetky práva vyhradené."),
    ("sk", "Všetky práva vyhradené © 2025 Varíme doma"),
    ("no", "© 2025 Nordlys Nyheter AS. Alle rettigheter reservert."),
    ("nl", "Alle rechten voorbehouden."),
    ("cs", "Obsah je chráněn autorským zákonem. Jeho další šíření bez souhlasu vydavatele je zakázáno."),
    ("sk", "Obsah je chránený autorským zákonom. Jeho šírenie bez súhlasu vydavateľa je zakázané."),
    # cookie banners
    ("da", 'Vi bruger cookies for at give dig den bedste oplevelse på vores hjemmeside. Ved at klikke på "Accepter" giver du samtykke til brugen af cookies.'),
    ("no", "Denne nettsiden bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse."),
    ("cs", "Tento web používá soubory cookies k poskytování služeb a analýze návštěvnosti."),
    ("sk", "Táto webová stránka používa súbory cookies na zlepšenie vašej skúsenosti."),
    # an obituary's buttons, a page's feedback question
    ("nl", "Condoleance plaatsen"),
    ("nl", "Kaarsje branden"),
    ("pl", "Zapal znicz"),
    ("pl", "Dodaj kondolencje"),
    ("nl", "Was deze informatie nuttig?"),
    # a footer's register and tax numbers
    ("nl", "RenWinkel.nl B.V. | KvK 71234567 | BTW NL859123456B01"),
    ("nl", "BTW BE 0412.345.678"),
    ("nl", "Zeewind Energie B.V. · KvK 27123456"),
    ("pl", "NIP 714-123-45-67"),
    ("pl", "REGON 431019876"),
    ("pl", "NIP 817-12-34-567, REGON 180123456, kapitał zakładowy 5 000 000 zł"),
    ("pl", "Sąd Rejonowy w Rzeszowie, XII Wydział Gospodarczy KRS 0000123456"),
    ("cs", "IČO: 00301234"),
    ("cs", "DIČ: CZ00301234"),
    ("sk", "IČO 12345678, DIČ 2021234567"),
    ("da", "CVR-nr. 12345678"),
    ("no", "Org.nr. 944 123 456"),
    # newsletter boxes and affiliate notes
    ("da", "Få dagens vigtigste sportsnyheder direkte i din indbakke."),
    ("no", "Få de største sportsnyhetene rett i innboksen din hver morgen."),
    ("no", "Meld deg på nyhetsbrevet vårt"),
    ("pl", "Zapisz się do naszego newslettera i otrzymuj najnowsze poradniki prosto na skrzynkę."),
    ("pl", "Artykuł zawiera linki afiliacyjne. Jeśli coś kupisz, możemy otrzymać prowizję."),
    ("cs", "Článek obsahuje affiliate odkazy. Pokud nakoupíte, můžeme získat provizi."),
    ("da", "Artiklen indeholder affiliate-links, og vi kan modtage en lille provision, hvis du køber."),
]


@pytest.mark.parametrize("language, line", CHROME)
def test_chrome_goes(language, line):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{line}") == kept(article)


# A teaser list under its header below the article.
TEASER_LISTS = [
    ("cs", "Nejnovější\nMetro D: stavba nabírá zpoždění\nTramvaje na Smíchově nepojedou celý víkend"),
    ("sk", "Najčítanejšie\nNa D1 pri Trnave zrážka piatich áut\nPočasie: cez víkend príde jar"),
    ("sk", "Podobné recepty\nStrapačky s kapustou\nPirohy s bryndzou"),
    ("pl", "Podobne przepisy\nPierogi z mięsem\nKopytka z sosem pieczarkowym"),
    ("da", "Mest populære\nStorm lukker Storebæltsbroen\nNy supermarkedskæde åbner 40 butikker"),
    ("no", "Mest leste\nStengt E6 etter ras i Gudbrandsdalen\nStrømprisen stiger igjen neste uke"),
    ("no", "Mer fra Sportsnytt\nRosenborg henter ny spiss\nEliteserien: Se tabellen"),
    ("nl", "Meer uit Deventer\nGemeente wil minder auto's in de binnenstad\nScholieren fietsen massaal naar nieuwe school"),
]


@pytest.mark.parametrize("language, block", TEASER_LISTS)
def test_a_teaser_list_goes(language, block):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{block}") == kept(article)


# An author box: "About <name>" and a blogger's first-person bio.
AUTHOR_BOXES = [
    ("nl", "Over Anouk\n\nIk ben Anouk, moeder van twee en gek op eerlijk eten. Op dit blog deel ik sinds 2016 mijn favoriete recepten."),
    ("pl", "O autorce\n\nCześć, jestem Magda! Gotuję od dziecka, a od 2015 roku dzielę się tu przepisami na domowe obiady i ciasta."),
    ("da", "Om Louise\n\nJeg hedder Louise og bor i en lejlighed på Nørrebro med en altan på fire kvadratmeter. Her skriver jeg om planter og byhaver."),
    ("no", "Om Kari\n\nJeg heter Kari, er småbarnsmor og elsker å gå på tur. Her deler jeg turtips for hele familien."),
    ("cs", "O autorce\n\nJmenuji se Klára, jsem máma dvou dětí a na tomto blogu píšu o cestování po Česku i po světě."),
]


@pytest.mark.parametrize("language, box", AUTHOR_BOXES)
def test_an_author_box_goes(language, box):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{article}\n\n{box}") == kept(f"{article}\n\n{article}")


# --------------------------------------------------------------------------------------------
# Prose with the same words that stays: (language, line)
# --------------------------------------------------------------------------------------------

PROSE = [
    # banners quoted and told of
    ("nl", "Wij gebruiken cookies om je de beste ervaring te bieden: die zin staat op duizenden sites, maar volgens de jurist is hij meestal niet genoeg."),
    ("pl", "Ta strona używa plików cookies – taki komunikat widzi codziennie każdy internauta. Zdaniem urzędu to za mało."),
    ("da", "Vi bruger cookies for at give dig den bedste oplevelse, står der på tusindvis af danske hjemmesider."),
    ("da", "Vi bruger cookies, siger butikken, men de må ikke bruges uden samtykke."),
    ("no", "Vi bruker informasjonskapsler, sier kommunen, men få leser varselet før de klikker."),
    ("cs", "Tento web používá cookies – tu větu zná každý, kdo někdy otevřel zpravodajský server."),
    ("cs", "Používáme soubory cookies jen pro statistiku, uvedla firma v prohlášení pro úřad."),
    ("sk", "Táto stránka používa cookies, upozorňuje väčšina webov, no málokto vie, čo to znamená."),
    ("cs", "Každý třetí web používá cookies bez souhlasu návštěvníků, zjistil úřad."),
    ("no", "Mange nettsider bruker informasjonskapsler uten samtykke, ifølge Datatilsynet."),
    ("da", "Siden bruger cookies uden samtykke, og det er ulovligt, mener Forbrugerrådet."),
    # teaser words opening a sentence
    ("nl", "Lees ook de bijsluiter goed, adviseert de apotheker, want niet elk middel past bij elk medicijn."),
    ("da", "Læs også, hvad Det Økonomiske Råd skrev om pensionsalderen sidste år: rådet anbefalede en langsommere stigning."),
    ("no", "Les også hva elevrådet ved skolen mente: de ville heller ha mobilfrie friminutt enn et totalforbud."),
    ("cs", "Přečtěte si také, co o projektu loni napsal Nejvyšší kontrolní úřad: upozornil na rizika zpoždění."),
    ("sk", "Prečítajte si aj zmluvu, radí právnik, ešte predtým, ako ju podpíšete."),
    ("nl", "Lees ook eens een boek in plaats van een scherm, zegt de schooldirecteur tegen de ouders."),
    # rights statements in a sentence
    ("nl", "Alle rechten voorbehouden, staat onderaan bijna elke website. Juridisch voegt die zin weinig toe."),
    ("sk", "Všetky práva vyhradené, píše sa pod väčšinou článkov, no právnici tvrdia, že to nič nemení."),
    ("no", "Alle rettigheter reservert, står det nederst, men det gjelder ikke offentlige dokumenter, sier juristen."),
    ("cs", "Obsah je chráněn autorským zákonem i bez poznámky pod článkem, upozorňuje právník."),
    ("cs", "Obsah je chráněn autorským zákonem, připomněl soud."),
    ("nl", "Niets uit deze uitgave mag worden verveelvoudigd, staat in het colofon van elk boek."),
    ("pl", "Kopiowanie bez zgody wydawcy zabronione, widnieje na dole każdej strony portalu."),
    # credits' words in prose
    ("pl", "Fotograf Anna Nowak pokazała zdjęcia z powodzi na wystawie w ratuszu."),
    ("pl", "fot. Shutterstock – taki podpis pod zdjęciem nie zwalnia z obowiązku posiadania licencji, przypomina prawniczka."),
    # first-person words of an interview
    ("nl", "Ik ben Anouk de Vries en ik werk al twintig jaar als verpleegkundige in dit ziekenhuis, vertelt ze."),
    ("pl", "Jestem Magda i od dziecka gotuję dla całej rodziny – mówi laureatka konkursu."),
    # register numbers in sentences
    ("nl", "Het bedrijf, KvK 12345678, ging vorig jaar failliet."),
    ("nl", "Ondernemers moeten hun KvK-nummer en btw-nummer op de website zetten, zegt de Kamer van Koophandel."),
    ("pl", "Firma o numerze NIP 123-456-78-90 zbankrutowała w ubiegłym roku."),
    ("pl", "Firma musi podać na stronie swój NIP, REGON i numer KRS, jeśli jest spółką."),
    ("cs", "Podle IČO 12345678 dohledáte firmu v obchodním rejstříku, radí úřad."),
    ("no", "Org.nr. og adresse skal stå på alle kommunale nettsider, ifølge veilederen."),
    # sign-ups and commissions told of
    ("da", "Tilmeld dig vores nyhedsbrev, skriver butikkerne, men de må ikke sende reklamer uden samtykke."),
    ("da", "Svindlerne sender mails direkte i din indbakke, advarer politiet."),
    ("no", "Meld deg på nyhetsbrevet, oppfordrer kommunen innbyggerne. Men få gjør det."),
    ("pl", "Influencerzy mogą otrzymać prowizję od każdej sprzedaży, ostrzega UOKiK."),
    ("cs", "Blogeři mohou získat provizi z každého nákupu, upozorňuje úřad."),
]


@pytest.mark.parametrize("language, line", PROSE)
def test_prose_with_the_same_words_stays(language, line):
    text = f"{ARTICLES[language]}\n\n{line}\n\n{ARTICLES[language]}"
    assert line in kept(text)


# Subheadings named like a label, between two paragraphs.
SUBHEADINGS = [
    ("nl", "Lees ook", "De gemeente raadt ouders aan de brief over de verbouwing goed te lezen, want daarin staat welke school wanneer aan de beurt is."),
    ("da", "Anbefalet", "Anbefalingen fra skolebestyrelsen er, at eleverne flytter til midlertidige pavilloner, mens arbejdet står på."),
    ("no", "Mest lest", "Mest lest i fjor var saken om den nye skolen på Ila, som fikk over hundre tusen lesere."),
    ("cs", "Doporučujeme", "Doporučujeme rodičům, aby sledovali web školy, kde bude harmonogram prací průběžně zveřejňován."),
    ("pl", "RODO", "Rozporządzenie o ochronie danych osobowych obowiązuje od 2018 roku i dotyczy także szkół, które przechowują dane uczniów."),
    ("cs", "GDPR", "Nařízení o ochraně osobních údajů platí od roku 2018 a týká se i škol, které uchovávají údaje o žácích."),
    ("da", "Vilkår", "Vilkårene for lånet er, at kommunen betaler det tilbage over tyve år med en fast rente."),
    ("no", "Om Bergen", "Bergen er en by på Vestlandet med mange regnværsdager, og skolene der har slitt med lekkasjer i flere år."),
]


@pytest.mark.parametrize("language, heading, paragraph", SUBHEADINGS)
def test_a_subheading_with_a_label_word_stays(language, heading, paragraph):
    text = f"{ARTICLES[language]}\n\n{heading}\n\n{paragraph}\n\n{ARTICLES[language]}"
    out = kept(text)
    assert heading in out and paragraph in out


# A list of companies with their register numbers is the article's: between paragraphs, and at
# the end of a short text under the line that introduces it.
COMPANY_LISTS = [
    ("pl", "Ukarane spółki:\n\nSklep Ekspres Sp. z o.o., NIP 5252525252\nPłatności24 S.A., NIP 7010101010\nDom Mody Lux Sp. z o.o., NIP 6762626262"),
    ("nl", "Het gaat om de volgende bedrijven:\n\nWebwinkel Zon B.V., KvK 12345678\nSnelbezorgd B.V., KvK 87654321"),
    ("cs", "Pokutu dostaly tyto firmy:\nRychlý obchod s.r.o., IČO 12345678\nLevné zboží a.s., IČO 87654321"),
]


@pytest.mark.parametrize("language, block", COMPANY_LISTS)
def test_a_list_of_companies_with_their_numbers_stays(language, block):
    listed = [line for line in block.split("\n") if line.strip()]
    between = kept(f"{ARTICLES[language]}\n\n{block}\n\n{ARTICLES[language]}")
    at_the_end = kept(f"{ARTICLES[language].split(chr(10))[0]}\n\n{block}")
    assert all(line in between for line in listed) and all(line in at_the_end for line in listed)
