"""Pages in languages and scripts the dev set has little or none of.

Made-up full-page dumps (fixtures/pages/<lang>-*: Korean, Hebrew, Persian, Hindi, Thai,
Vietnamese, Indonesian, Malay, Hungarian, Romanian, Ukrainian, Finnish, Bulgarian, Croatian,
Serbian, Chinese, Japanese) and container dumps (an article and the chrome below it), in each
language's own script and in the style of that country's news sites and blogs. The chrome of
each language must go, and prose of each language that uses the chrome's words must stay.
All pages and lines are made up.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.language import rank
from cleaner.rules.classify import running_text


def kept(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------


def test_serbian_croatian_and_bulgarian_pages_get_their_own_stoplist():
    sr = ("Градска управа Новог Сада потписала је уговор о изградњи новог моста преко Дунава, који би "
          "требало да буде завршен до краја године. Мост ће имати четири траке за аутомобиле и стазе са обе стране.")
    hr = ("Od lipnja će između Splita, Supetra i Rogača prometovati novi katamaran, objavila je Agencija. "
          "Brod će ploviti četiri puta dnevno tijekom cijele godine, a putovanje će trajati 35 minuta.")
    bg = ("Община Пловдив започва ремонт на улиците в Стария град, съобщиха от местната администрация. "
          "Работата ще бъде разделена на три етапа, за да не се затварят всички улици едновременно.")
    assert rank(sr)[0] == "sr"
    assert rank(hr)[0] == "hr"
    assert rank(bg)[0] == "bg"


def test_running_text_is_prose_whatever_its_stopwords():
    # A Ukrainian paragraph holds one word of the package's small list: it is no row of links.
    assert running_text("Ремонт профінансували міська рада та міжнародні партнери. Загальна вартість робіт "
                        "становила понад 150 мільйонів гривень.")
    assert running_text("Ремонт профінансували міська рада та міжнародні партнери, а загальна вартість робіт "
                        "становила понад 150 мільйонів гривень (за даними міськради).")
    # Rows of links and headlines are in title case or end with a label.
    assert not running_text("Home | News | Sport | Business | Culture | Travel | Weather | Video | Podcasts | Contact us.")
    assert not running_text("Новини Львів Україна Світ Економіка Спорт Культура Здоров'я Відео Реклама Контакти Про нас")
    assert not running_text("Northfield: Clarke; Ellis, Moyo, Hart; Stone, Baker, Lee; Ford, Kent, Price, Dunn.")


def test_a_ukrainian_paragraph_with_few_stopwords_stays_at_the_end_of_a_page():
    menu = ["Головна", "Новини", "Львів", "Україна", "Світ", "Економіка", "Спорт", "Культура", "Відео", "Пошук",
            "Увійти", "Контакти", "Про нас", "Реклама"]
    article = [
        "У Львові в четвер відкрили новий реабілітаційний центр для військових і ветеранів, який щороку зможе приймати до двох тисяч пацієнтів.",
        "Центр розташований у колишньому корпусі обласної лікарні, який ремонтували майже два роки. Тут працюватимуть фізичні терапевти і психологи.",
        "Пацієнти можуть проходити реабілітацію як стаціонарно, так і амбулаторно. Для родин ветеранів передбачені консультації психолога.",
        "Ремонт профінансували міська рада та міжнародні партнери. Загальна вартість робіт становила понад 150 мільйонів гривень.",
    ]
    text = "\n".join(menu) + "\n\n" + "\n\n".join(article) + "\n\n" + "\n".join(menu)
    out = kept(text)
    assert all(line in out for line in article)
