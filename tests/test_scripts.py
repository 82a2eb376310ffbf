"""Pages in languages and scripts without a stoplist, and pages in two languages.

The block classifier judges a page without a stoplist by the length of its lines and their final
punctuation (`rules.classify`). Scripts that do not space their words (Chinese, Japanese, Thai)
make every line one "word" to `str.split()`, and the tests that tell a sentence from a label by
its words must count their characters instead (`patterns.script_words`); scripts with their own
full stops (the Devanagari danda, the Urdu and Ethiopic stops) end sentences too; Thai marks no
sentence's end at all. The whole made-up pages are in fixtures/languages (the article lines
must come out in order, the chrome listed must go; tests/test_languages_more.py runs them too).
All pages and lines are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.patterns import SENTENCE_END, script_words, unspaced
from cleaner.rules.classify import GOOD_KIND, NEAR_KIND, SOFT_SHORT, HARD_SHORT, _agnostic_kind

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
# The pages of this file: "<language>-<kind>", "mix-<article>-in-<site>" for a page in two.
SCRIPT_PAGES = sorted(
    p.stem for p in PAGES.glob("*.txt") if json.loads(p.with_suffix(".json").read_text(encoding="utf-8")).get("script")
)


def kept(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).splitlines() if line.strip()]


def load(name: str) -> tuple[str, dict]:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8"), json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# The measures
# --------------------------------------------------------------------------------------------


def test_unspaced_scripts_count_their_characters_as_words():
    # Two characters to a word: a Chinese paragraph of 40 characters reads like an English
    # sentence of some 20 words.
    assert script_words("市交通局は12日、4月1日から市バスの運賃を改定すると発表した。", 1) >= 10
    assert script_words("本报讯 5月18日上午9时，南江市地铁5号线正式开通初期运营，全线共设车站22座，线路全长31.6公里，贯通城市南北。", 2) >= 20
    assert script_words("สวนแห่งนี้มีทางเดินริมน้ำยาวสองกิโลเมตร ลานกีฬา และพื้นที่สำหรับเด็ก", 3) >= 20
    # Menu items stay one or two words; spaced scripts keep their count.
    assert script_words("首页", 1) == 1
    assert script_words("ホーム", 1) == 1
    assert script_words("Share this article", 3) == 3
    assert script_words("Поделиться в Telegram", 3) == 3
    assert script_words("서울시, 내년부터 공공자전거 요금 인하", 5) == 5
    assert script_words("Über die Autorin", 3) == 3


def test_a_line_is_unspaced_when_most_of_its_letters_are():
    assert unspaced("华人社区举办春节联欢晚会")
    assert unspaced("กรุงเทพฯ เปิดสวนสาธารณะแห่งใหม่")
    assert not unspaced("Das Restaurant „Zum Drachen“ (龍) öffnet am Montag")
    assert not unspaced("Übersicht")


@pytest.mark.parametrize("stop", ["\u0964", "\u0965", "\u06d4", "\u1362", "\u104b", "\u17d4", "\u0f0d", "\u037e", "\u300d"])
def test_the_full_stops_of_more_scripts_end_a_sentence(stop):
    assert ("text" + stop).endswith(SENTENCE_END)


def test_without_a_stoplist_a_long_sentence_of_long_words_is_prose():
    # 16 Finnish words, 113 bytes: under GOOD_BYTES_AGNOSTIC, but a sentence.
    line = "Kanta oli pienimmillään 1980-luvulla, jolloin norppia oli vain noin sata. Nykyään niitä on arviolta yli 400."
    assert _agnostic_kind(line, len(line.split())) == GOOD_KIND
    # A row of links without a final stop is no sentence, however many words.
    row = "Etusivu Uutiset Urheilu Kulttuuri Talous Sää Mielipide Tiede Terveys Matkailu Autot Asuminen"
    assert _agnostic_kind(row, len(row.split())) != GOOD_KIND


def test_thai_prose_ends_without_a_mark():
    paragraph = ("กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา "
                 "โดยมีพื้นที่กว่า 30 ไร่")
    assert _agnostic_kind(paragraph, len(paragraph.split())) == GOOD_KIND
    # A teaser headline and a menu item are no sentences.
    assert _agnostic_kind("รถไฟฟ้าสายใหม่เริ่มทดลองวิ่ง", 1) == SOFT_SHORT
    assert _agnostic_kind("หน้าแรก", 1) == HARD_SHORT
    assert _agnostic_kind("ผู้ว่าฯ กล่าวว่า เมืองต้องการพื้นที่สีเขียวเพิ่มขึ้น", 3) not in (GOOD_KIND, NEAR_KIND)


# --------------------------------------------------------------------------------------------
# Sentences of unspaced scripts where a count of words decides
# --------------------------------------------------------------------------------------------

ENGLISH_HEAD = """Skip to content
Home
About
Travel
Food
Culture
Shop
Contact
Search
Log in
Sign up
Menu
"""
ENGLISH_FOOT = """Related
Kyoto coffee guide
Osaka street food

Leave a Reply
Your email address will not be published.

About
Contact
Privacy Policy
Terms
Advertise
Careers
© 2024 Example Blog
"""

POSTSCRIPTS = {
    "ja": (
        "東京の古い喫茶店をめぐる",
        "週末に神保町と御茶ノ水の古い喫茶店を三軒めぐりました。どのお店も昭和のころから続いていて、店内には静かな時間が流れていました。\n\n"
        "一軒目では名物のナポリタンを食べ、二軒目では自家焙煎のコーヒーを、三軒目ではかためのプリンをいただきました。\n\n"
        "どのお店もマスターが気さくに話しかけてくれて、常連さんたちとの会話も楽しかったです。",
        "追記：三軒目のお店は来月で閉店するそうです。",
    ),
    "zh": (
        "老城区的三家面馆",
        "上周末我和朋友一起去老城区吃面，从早上一直吃到中午，三家店各有各的特色，价格也都很实惠。\n\n"
        "第一家是开了三十年的牛肉面馆，汤头清澈，牛肉切得很厚；第二家的炸酱面酱香浓郁，面条很有嚼劲。\n\n"
        "最后一家只卖阳春面，一碗面配一小碟咸菜，简单却让人念念不忘。",
        "补充一句：第三家店每周一休息，去之前最好先打电话问问。",
    ),
}


@pytest.mark.parametrize("language", sorted(POSTSCRIPTS))
def test_a_short_sentence_after_the_share_row_stays(language):
    # On a full page, a line below a chrome label after the article stays when it is a sentence
    # of SECTION_SENTENCE_WORDS words: a postscript of 20 characters is one.
    headline, body, postscript = POSTSCRIPTS[language]
    text = (f"{ENGLISH_HEAD}\n{headline}\n\nMarch 3, 2024\n\n{body}\n\n"
            f"Share this:\nFacebook\nTwitter\nPinterest\n\n{postscript}\n\n{ENGLISH_FOOT}")
    out = kept(text)
    assert postscript in out
    assert headline in out
    for line in body.split("\n\n"):
        assert line in out
    for chrome in ("Skip to content", "Share this:", "Pinterest", "Kyoto coffee guide", "Leave a Reply"):
        assert chrome not in out


def test_unspaced_sentences_below_a_label_in_the_article_stay():
    # Below a related-list label in the article's last part, a line of NEAR_WORDS words that
    # ends like a sentence stays, and so does a Chinese sentence of 25 characters.
    body = [
        "2月10日晚，本市华人社区在市政厅大礼堂举办春节联欢晚会，吸引了八百多名华人华侨和当地居民前来观看，现场座无虚席，气氛十分热烈。",
        "晚会节目丰富多彩，有舞龙舞狮、民族舞蹈、京剧选段和儿童合唱，许多节目由社区志愿者和中文学校的学生自编自演，现场掌声不断。",
        "市长在致辞中向华人社区拜年，并感谢华人多年来对本市经济和文化发展作出的贡献，他表示明年将继续支持社区举办各类文化活动。",
    ]
    ending = ["晚会结束后，主办方还为到场的孩子们准备了红包和传统小吃。", "组委会表示，明年的晚会将移到更大的会展中心举行。"]
    text = ("Home\nNews\nWorld\nBusiness\nLifestyle\n\n华人社区举办春节联欢晚会\n\n" + "\n\n".join(body)
            + "\n\nRelated posts\n\n" + "\n\n".join(ending) + "\n\nShare this:\nFacebook\nTwitter\n")
    out = kept(text)
    for line in [*body, *ending]:
        assert line in out


# --------------------------------------------------------------------------------------------
# Whole pages (fixtures/languages)
# --------------------------------------------------------------------------------------------


def test_there_are_pages_in_many_scripts():
    languages = {name.split("-")[0] for name in SCRIPT_PAGES}
    assert languages >= {"zh", "ja", "ko", "ar", "fa", "he", "hi", "th", "tr", "id", "vi", "cs", "uk", "el", "hu",
                         "ro", "da", "no", "fi", "mix"}


@pytest.mark.parametrize("name", SCRIPT_PAGES)
def test_the_article_survives_in_order(name):
    text, gold = load(name)
    out = [line.rstrip() for line in cleaner.clean(text).split("\n")]
    assert [line for line in out if line in set(gold["keep"])] == gold["keep"]


@pytest.mark.parametrize("name", SCRIPT_PAGES)
def test_the_listed_chrome_goes(name):
    text, gold = load(name)
    out = set(line.rstrip() for line in cleaner.clean(text).split("\n"))
    assert not [line for line in gold["remove"] if line in out]


@pytest.mark.parametrize("name", SCRIPT_PAGES)
def test_cleaning_twice_changes_nothing(name):
    text, _ = load(name)
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once
