"""Chrome in Portuguese (Brazil and Portugal), Swedish and Russian, and pages in languages
without a stoplist.

Each chrome line is set below a paragraph of the article in its language and must go; each line
of prose uses the same words (a sentence that opens with the label, reported speech, a
subheading, the words inside a paragraph) and must stay. The whole made-up pages are in
fixtures/pages (tests/test_pages.py). All lines are made up.
"""

from __future__ import annotations

import pytest

import cleaner

ARTICLES = {
    "pt": (
        "A prefeitura anunciou nesta terça-feira um novo plano para reformar as escolas da zona norte, "
        "com obras que devem começar no segundo semestre.\n\n"
        "Segundo a secretária de Educação, o investimento previsto é de 40 milhões de reais em dois anos."
    ),
    "sv": (
        "Kommunen meddelade på tisdagen att skolorna i norra delen av staden ska renoveras, "
        "och arbetet väntas börja efter sommaren.\n\n"
        "Enligt utbildningsnämndens ordförande kostar renoveringen omkring 40 miljoner kronor."
    ),
    "ru": (
        "Власти города объявили во вторник о ремонте школ в северных районах, "
        "работы должны начаться во втором полугодии.\n\n"
        "По словам руководителя управления образования, на ремонт потратят около 40 миллионов рублей."
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
]


@pytest.mark.parametrize("language, line", CHROME)
def test_chrome_goes(language, line):
    article = ARTICLES[language]
    assert kept(f"{article}\n\n{line}") == kept(article)


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
]


@pytest.mark.parametrize("language, line", PROSE)
def test_prose_with_the_same_words_stays(language, line):
    text = f"{ARTICLES[language]}\n\n{line}\n\n{ARTICLES[language]}"
    assert line in kept(text)


# One-word subheadings named like a label, between two paragraphs.
SUBHEADINGS = [
    ("sv", "Lyssna", "Lyssna på barnen, säger forskarna: de vet ofta själva vad som fungerar i klassrummet."),
    ("ru", "Слушать", "Слушать музыку во время работы полезно не всем, показало исследование."),
]


@pytest.mark.parametrize("language, heading, paragraph", SUBHEADINGS)
def test_a_subheading_with_a_label_word_stays(language, heading, paragraph):
    text = f"{ARTICLES[language]}\n\n{heading}\n\n{paragraph}"
    assert heading in kept(text)
