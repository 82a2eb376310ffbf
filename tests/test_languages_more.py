"""Chrome in Portuguese (Brazil and Portugal), Swedish and Russian, and pages in languages
without a stoplist.

Each chrome line is set below a paragraph of the article in its language and must go; each line
of prose uses the same words (a sentence that opens with the label, reported speech, a
subheading, the words inside a paragraph) and must stay. The whole made-up pages are in
fixtures/pages (tests/test_pages.py). All lines are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

ARTICLES = {
    "pt": (
        "A prefeitura anunciou nesta terça-feira um novo plano para reformar as escolas da zona norte, "
        "com obras que devem começar no segundo semestre e terminar antes do início do ano letivo de 2026.\n\n"
        "Segundo a secretária de Educação, o investimento previsto é de 40 milhões de reais em dois anos, pagos com recursos do município e do governo estadual.\n\n"
        "As primeiras escolas a receber as obras serão as que têm problemas no telhado e na rede elétrica, "
        "e as aulas não serão interrompidas: os trabalhos vão acontecer à noite e nos fins de semana.\n\n"
        "Os pais ouvidos pela reportagem aprovaram o plano, mas cobram um calendário detalhado para cada escola."
    ),
    "sv": (
        "Kommunen meddelade på tisdagen att skolorna i norra delen av staden ska renoveras, "
        "och arbetet väntas börja efter sommaren och vara klart innan läsåret börjar hösten 2026.\n\n"
        "Enligt utbildningsnämndens ordförande kostar renoveringen omkring 40 miljoner kronor, som betalas av kommunen och delvis av statliga bidrag.\n\n"
        "De första skolorna som renoveras är de som har problem med taken och elen, och undervisningen ska "
        "inte störas: arbetet görs på kvällar och helger.\n\n"
        "Föräldrarna som tidningen har talat med är positiva, men vill se en tidsplan för varje skola."
    ),
    "ru": (
        "Власти города объявили во вторник о ремонте школ в северных районах, "
        "работы должны начаться во втором полугодии и закончиться до начала учебного года в сентябре 2026 года.\n\n"
        "По словам руководителя управления образования, на ремонт потратят около 40 миллионов рублей из городского и областного бюджетов в течение двух лет.\n\n"
        "В первую очередь отремонтируют школы, где протекает крыша и требуется замена проводки, "
        "а занятия прерывать не будут: работы проведут по вечерам и в выходные дни.\n\n"
        "Родители, с которыми поговорили журналисты, план одобряют, но просят график работ для каждой школы."
    ),
}


def kept(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# Chrome that goes: (language, line)
# --------------------------------------------------------------------------------------------

CHROME = [
    # share and like rows of the blog platforms, recipe buttons
    ("pt", "Partilhe isto:"),
    ("pt", "Gosto disto:"),
    ("pt", "Gosto Carregando..."),
    ("pt", "Partilhe esta página"),
    ("pt", "Compartilhe por WhatsApp"),
    ("pt", "Pular para a receita"),
    ("pt", "Imprimir receita"),
    ("sv", "Dela detta:"),
    ("sv", "Dela det här:"),
    ("sv", "Gilla detta:"),
    ("sv", "Gilla Laddar in …"),
    ("sv", "Klicka för att dela på Facebook (Öppnas i ett nytt fönster)"),
    ("sv", "Hoppa till recept"),
    ("sv", "Skriv ut recept"),
    ("ru", "Понравился рецепт? Поделитесь с друзьями!"),
    ("ru", "Понравилась статья? Поделитесь с друзьями:"),
    ("ru", "Поделиться в Telegram"),
    ("ru", "Перейти к рецепту"),
    ("ru", "Распечатать рецепт"),
    # comment counters
    ("pt", "12 comentários"),
    ("sv", "8 kommentarer"),
    # subscriptions and paywalls
    ("pt", "Já é assinante? Faça seu login"),
    ("pt", "Subscreva os nossos comunicados"),
    ("sv", "Redan prenumerant? Logga in"),
    ("sv", "Prenumerera för att läsa vidare"),
    ("sv", "Prenumerera på pressmeddelanden"),
    # read-aloud players
    ("pt", "Ouvir o texto"),
    ("sv", "Lyssna på artikeln"),
    ("ru", "Слушать статью"),
    # photo credits
    ("ru", "Фото: Сергей Иванов / Сибирские вести"),
    ("ru", "Фото: Анна Лебедева"),
    ("ru", "Фотография: пресс-служба мэрии"),
    ("pt", "Imagem: Reprodução/TV Cidade"),
    # breadcrumbs and links back to a listing
    ("pt", "Você está aqui: Início / Bolos e tortas / Bolo de fubá cremoso"),
    ("pt", "Página Inicial > Assuntos > Notícias > 2024 > Março"),
    ("sv", "Startsida / Pressmeddelanden / Nya regler för bygglov"),
    ("pt", "Voltar à lista de comunicados"),
    ("sv", "Tillbaka till alla pressmeddelanden"),
    ("ru", "Вернуться к списку новостей"),
    # cookie banners
    ("sv", "Vi och våra partner använder cookies och liknande tekniker för att anpassa innehåll och annonser."),
    ("sv", "Den här webbplatsen använder kakor (cookies) för att förbättra din upplevelse. Läs mer i vår cookiepolicy."),
    # related lists (pt-PT)
    ("pt", "Ler mais"),
    # rights
    ("sv", "Alla rättigheter förbehållna."),
    ("sv", "Alla rättigheter förbehållna © Västerbygdens Tidning 2024"),
    # the site's notices: opinion disclaimers, paywalls, licences, registration, disclosure
    ("pt", "Os artigos publicados com assinatura não traduzem a opinião do jornal. Sua publicação obedece ao "
           "propósito de estimular o debate dos problemas brasileiros e mundiais."),
    ("pt", "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site."),
    ("pt", "As opiniões expressas neste texto são de inteira responsabilidade do autor."),
    ("pt", "Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado a todos os conteúdos."),
    ("pt", "Todo o conteúdo deste site está publicado sob a licença Creative Commons Atribuição-SemDerivações 3.0 Não Adaptada."),
    ("sv", "Detta är en ledartext. Västerbygdens Tidnings ledarsida är oberoende liberal."),
    ("sv", "Detta är en debattartikel. Åsikterna i texten är skribentens egna."),
    ("sv", "Den här artikeln är endast för prenumeranter."),
    ("sv", "Denna information är sådan information som Nordvind Energi AB är skyldigt att offentliggöra enligt EU:s "
           "marknadsmissbruksförordning."),
    ("sv", "Informationen lämnades, genom ovanstående kontaktpersons försorg, för offentliggörande den 5 mars 2024 kl. 08.00 CET."),
    ("ru", "Мнение автора может не совпадать с позицией редакции"),
    ("ru", "Этот материал доступен только для подписчиков."),
    ("ru", "Сетевое издание «Сибирские вести» зарегистрировано Федеральной службой по надзору в сфере связи, "
           "информационных технологий и массовых коммуникаций (Роскомнадзор). Регистрационный номер ЭЛ № ФС 77-00000 от 01.01.2020."),
    ("ru", "Свидетельство о регистрации СМИ ЭЛ № ФС 77-12345"),
    # app and notification prompts, comment and error-report buttons, consent buttons, source lines
    ("pt", "Baixe o app"),
    ("pt", "Ative as notificações"),
    ("pt", "Ver comentários"),
    ("pt", "Reportar erro"),
    ("pt", "Salvar artigo"),
    ("pt", "Gerir cookies"),
    ("pt", "Mais notícias"),
    ("sv", "Ladda ner appen"),
    ("sv", "Visa kommentarer"),
    ("sv", "Tipsa redaktionen"),
    ("sv", "Godkänn och stäng"),
    ("sv", "Källa: SCB"),
    ("ru", "Скачайте приложение"),
    ("ru", "Показать комментарии"),
    ("ru", "Сообщить об ошибке"),
    ("ru", "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter"),
    ("ru", "Мы в Telegram"),
    ("ru", "Настройки cookie"),
    ("ru", "Источник: Росстат"),
    ("ru", "Материалы партнеров"),
    # reading time, software credits, channel promotions
    ("pt", "Leitura: 3 min"),
    ("ru", "Читать 3 мин"),
    ("sv", "Drivs med WordPress"),
    ("ru", "Работает на WordPress"),
    ("pt", "Orgulhosamente desenvolvido com WordPress"),
    ("pt", "Siga o Diário no Google Notícias"),
    ("pt", "Receba notícias no WhatsApp"),
    ("pt", "Entre no nosso canal do WhatsApp"),
]


@pytest.mark.parametrize("language, line", CHROME)
def test_chrome_goes(language, line):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{line}") == kept(article)


# A press release's contact block under its last paragraph.
CONTACT_BLOCKS = {
    "sv": "För mer information, vänligen kontakta:\nEmma Nyström, presschef\nTel: 070-123 45 67\nE-post: press@example.se",
    "ru": "Контакты для СМИ:\nЕлена Соколова, руководитель пресс-службы\nТел.: +7 (495) 000-00-00\npress@example.ru",
    "pt": "Contactos para a imprensa\nMarta Ribeiro\nimprensa@example.pt\n+351 222 000 111",
}


@pytest.mark.parametrize("language", sorted(CONTACT_BLOCKS))
def test_a_press_contact_block_goes(language):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{CONTACT_BLOCKS[language]}") == kept(article)


def test_a_caption_keeps_its_text_and_loses_its_credit():
    out = cleaner.clean(ARTICLES["ru"] + "\n\nТак будет выглядеть новый мост. Фото: пресс-служба мэрии")
    assert out.endswith("Так будет выглядеть новый мост.")


# --------------------------------------------------------------------------------------------
# Prose with the same words that stays: (language, line)
# --------------------------------------------------------------------------------------------

PROSE = [
    ("pt", "Leia também o que dizem os números: a velocidade dos ônibus subiu 20% nos trechos com faixa exclusiva."),
    ("pt", "Compartilhe por WhatsApp apenas informações verificadas, pediu o ministério aos usuários."),
    ("pt", "Gosto disto: de acordar cedo e ver o mar antes de todo mundo."),
    ("pt", "Voltar à lista de espera é o pesadelo de quem aguarda uma cirurgia."),
    ("pt", "Os 12 comentários racistas foram apagados pela plataforma."),
    ("pt", "Imagem: é isso que o eleitor vê primeiro, disse o marqueteiro."),
    ("pt", "\"Já é assinante? Faça seu login\" é a frase que mais aparece nos sites de notícias, segundo o estudo."),
    ("sv", "Dela detta med dina barn: att läsa högt varje kväll ger ett större ordförråd, visar studien."),
    ("sv", "Gilla detta eller inte, men elpriset kommer att stiga i vinter."),
    ("sv", "Lyssna på artikeln i radion i morgon, där forskarna själva berättar om resultaten."),
    ("sv", "Tillbaka till alla vardagsrutiner efter sommaren är svårt för många barn, säger skolkuratorn."),
    ("sv", "\"Vi använder cookies för att följa dig\", stod det i bannern som myndigheten nu granskar."),
    ("sv", "Startsidan på kommunens webbplats har fått ny design efter kritik från invånarna."),
    ("ru", "Фото: так выглядела набережная до реконструкции в 1960 году."),
    ("ru", "Фото сделал турист из Москвы, который случайно оказался рядом."),
    ("ru", "Поделитесь с друзьями своими планами, советуют психологи, и вероятность их выполнить вырастет."),
    ("ru", "Вернуться к списку дел после отпуска бывает непросто, признаются опрошенные."),
    ("ru", "«Мы используем файлы cookie», — так начинается баннер, который проверяет Роскомнадзор."),
    ("ru", "Слушать статью вслух предлагают теперь многие сайты, отмечают исследователи."),
    # notices told of: reporting verbs and quotations in pt, sv, ru
    ("pt", "Utilizamos cookies para melhorar a sua experiência, dizia o aviso que o tribunal considerou ilegal."),
    ("pt", "Todos os direitos reservados, escreveu o fotógrafo embaixo de cada imagem, mas o aviso não impediu as cópias."),
    ("sv", "Vi använder cookies, skrev företaget i bannern, men användarna kunde inte välja bort dem."),
    ("sv", "Alla rättigheter förbehållna, säger fotografen, gäller också bilder som delas i sociala medier."),
    ("ru", "Мы используем файлы cookie, говорится в уведомлении, которое суд признал незаконным."),
    ("ru", "«Все права защищены» — такую надпись автор ставил под каждой фотографией, но это не помогло."),
    # the notices' words in the article's own sentences
    ("pt", "As opiniões expressas no relatório não refletem a posição oficial do governo, segundo o documento."),
    ("pt", "Os comentários do ministro são de responsabilidade dele, e não do governo."),
    ("pt", "Texto de assinantes da revista mostra que a maioria prefere a edição impressa."),
    ("sv", "Detta är en krönika om min pappa, som aldrig lärde sig simma."),
    ("sv", "Informationen lämnades till polisen först två veckor senare."),
    ("ru", "Мнение жителей не совпадает с позицией мэрии: они против вырубки парка."),
    ("ru", "Издание зарегистрировано Роскомнадзором в 2015 году, а в 2022 году его заблокировали."),
    ("ru", "Роскомнадзор отозвал свидетельство о регистрации СМИ у трех изданий."),
    ("ru", "Этот материал доступен в архиве библиотеки, где его нашли студенты."),
    # a notice called a phrase ("a frase", "den meningen", "эта фраза")
    ("pt", "Utilizamos cookies para melhorar a sua experiência: a frase aparece em quase todos os sites brasileiros desde a LGPD."),
    ("sv", "Vi använder cookies för att ge dig en bättre upplevelse: den meningen finns på nästan alla svenska sajter sedan 2011."),
    ("ru", "Мы используем файлы cookie: эта фраза появилась почти на всех российских сайтах после 2020 года."),
    ("pt", "Mais lidas, mais compartilhadas e mais comentadas: as listas do fim das páginas são hoje a principal fonte de cliques, diz o estudo."),
    ("sv", "Mest läst, mest delat och mest kommenterat: listorna längst ned på sidorna ger flest klick, säger forskaren."),
    ("ru", "Самое читаемое, самое обсуждаемое, самое популярное: эти списки внизу страницы приносят больше всего кликов, считает исследователь."),
    ("pt", "Veja mais fotos do desfile na galeria preparada pela prefeitura."),
    ("pt", "Baixe o app da prefeitura para acompanhar a obra, orienta a secretaria."),
    ("sv", "Källa: en person med insyn i förhandlingarna säger att avtalet är klart."),
    ("sv", "Tipsa oss gärna, skriver polisen, om ni ser något misstänkt kring skolan."),
    ("ru", "Источник: по словам собеседника в мэрии, контракт уже подписан."),
    ("ru", "Мы в Telegram уже пять лет, и аудитория канала растет каждый месяц."),
    ("ru", "Нашли ошибку в расчетах, пояснили в министерстве, и пересчитали субсидии."),
    ("pt", "Leitura de 3 minutos por dia já melhora a concentração das crianças."),
    ("ru", "Читать 10 минут в день полезно даже взрослым, считают врачи."),
    ("sv", "Sajten drivs med WordPress sedan 2010 och har i dag tusen besökare om dagen."),
    ("ru", "Сайт работает на WordPress с 2010 года и почти не требует ухода."),
    ("pt", "Siga a Polícia Federal no Instagram para acompanhar as operações, orientou o delegado."),
    ("pt", "Receba as notícias no WhatsApp era o slogan da campanha lançada pela emissora em 2019."),
    ("pt", "Entre no canal do WhatsApp da escola para receber os avisos de aula e de reuniões."),
]


@pytest.mark.parametrize("language, line", PROSE)
def test_prose_with_the_same_words_stays(language, line):
    text = f"{ARTICLES[language]}\n\n{line}\n\n{ARTICLES[language]}"
    assert line in kept(text)


# One-word subheadings named like a label, between two paragraphs.
SUBHEADINGS = [
    ("sv", "Lyssna", "Lyssna på barnen, säger forskarna: de vet ofta själva vad som fungerar i klassrummet."),
    ("ru", "Слушать", "Слушать музыку во время работы полезно не всем, показало исследование."),
    ("pt", "Publicidade", "A publicidade digital, por outro lado, cresceu 12% e já representa mais da metade da receita de muitos jornais."),
    ("sv", "Annons", "Annonserna på nätet ökade däremot med 12 procent och står nu för mer än halva intäkterna på många tidningar."),
    ("ru", "Реклама", "Реклама в интернете, напротив, выросла на 12% и приносит многим газетам больше половины доходов."),
    ("pt", "Comentários", "Os comentários dos leitores também perderam força: muitos jornais fecharam a área para evitar ataques."),
    ("sv", "Kommentarer", "Läsarnas kommentarer har också minskat: många tidningar har stängt kommentarsfälten för att slippa näthat."),
    ("ru", "Комментарии", "Комментарии читателей тоже теряют популярность: многие редакции закрыли их, чтобы избежать травли."),
]


@pytest.mark.parametrize("language, heading, paragraph", SUBHEADINGS)
def test_a_subheading_with_a_label_word_stays(language, heading, paragraph):
    text = f"{ARTICLES[language]}\n\n{heading}\n\n{paragraph}"
    assert heading in kept(text)


# --------------------------------------------------------------------------------------------
# Pages whose article is too short for the block classifier (one-sentence paragraphs in
# Japanese news and a Russian live blog, a recipe with a short introduction in Turkish): the
# classifier leaves them alone, and nothing of the article goes.
# --------------------------------------------------------------------------------------------

LANGUAGE_PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"


@pytest.mark.parametrize("name", sorted(p.stem for p in LANGUAGE_PAGES.glob("*.txt")))
def test_a_short_article_in_another_language_survives(name):
    text = (LANGUAGE_PAGES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((LANGUAGE_PAGES / f"{name}.json").read_text(encoding="utf-8"))
    out = [line.rstrip() for line in cleaner.clean(text).split("\n")]
    assert [line for line in out if line in set(gold["keep"])] == gold["keep"]
    assert not set(gold["remove"]) & set(out)
