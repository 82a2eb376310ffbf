"""Pages in languages and scripts the dev set has little or none of.

Made-up full-page dumps (fixtures/pages/<lang>-*: Korean, Hebrew, Persian, Hindi, Thai,
Vietnamese, Indonesian, Malay, Hungarian, Romanian, Ukrainian, Finnish, Bulgarian, Croatian,
Serbian, Chinese, Japanese) and container dumps (an article and the chrome below it), in each
language's own script and in the style of that country's news sites and blogs. The chrome of
each language must go, and prose of each language that uses the chrome's words must stay.
All pages and lines are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.language import rank
from cleaner.rules.classify import running_text


PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
# Container dumps and full pages whose article is too short for the block classifier (which
# tests/test_pages.py asks to take part on every full page of fixtures/pages).
WORLD = PAGES / "world"
WORLD_NAMES = sorted(p.stem for p in WORLD.glob("*.txt"))
# The full pages of this file in fixtures/pages (tests/test_pages.py checks them too).
LANGUAGES = ("ko", "he", "fa", "hi", "th", "vi", "id", "ms", "hu", "ro", "uk", "fi", "bg", "hr", "sr", "zh", "ja")


def load(path: Path) -> tuple[str, dict]:
    return path.read_text(encoding="utf-8"), json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


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


# --------------------------------------------------------------------------------------------
# Survivors: prose of each language that uses its chrome's words
# --------------------------------------------------------------------------------------------

# (a paragraph above, the line, a paragraph below): the line is the article's.
SURVIVORS = {
    "ko-ad-market": (
        "올해 국내 광고 시장은 디지털 부문이 이끌면서 지난해보다 7% 성장할 것으로 보인다고 업계는 전망했다.",
        "광고",
        "광고 업계는 특히 짧은 동영상 광고의 비중이 크게 늘어날 것으로 내다봤다.",
    ),
    "ko-tags-sentence": (
        "시는 전통시장 상인들에게 가격표와 원산지 표시를 새로 나눠 주기로 했다.",
        "태그: 원산지 표시가 없는 상품에는 다음 달부터 과태료가 부과된다고 시는 밝혔다.",
        "상인회는 이번 조치를 환영한다는 입장을 냈다.",
    ),
    "he-ad-subheading": (
        "רשות השידור הודיעה כי תגביל את זמן הפרסומות בשידורי הילדים החל מהחודש הבא, בעקבות תלונות של הורים.",
        "פרסומת",
        "פרסומת אחת מתוך חמש בשידורי הילדים עסקה במזון עתיר סוכר, לפי בדיקת הרשות.",
    ),
    "hi-read-also-sentence": (
        "शिक्षा विभाग ने सभी स्कूलों में रोज़ आधा घंटा पढ़ने की नई योजना शुरू की है।",
        "ये भी पढ़ें, शिक्षक बच्चों से कहते हैं, और फिर उनसे कहानी के बारे में सवाल पूछते हैं।",
        "विभाग के अनुसार इससे बच्चों की भाषा और समझ दोनों बेहतर होंगी।",
    ),
    "fa-tags-sentence": (
        "وزارت بهداشت اعلام کرد که از ماه آینده درج برچسب رنگی روی همه نوشیدنی‌های شیرین اجباری می‌شود.",
        "برچسب‌ها: قرمز برای قند زیاد، زرد برای قند متوسط و سبز برای قند کم در نظر گرفته شده است.",
        "تولیدکنندگان شش ماه فرصت دارند تا بسته‌بندی محصولات خود را تغییر دهند.",
    ),
    "ar-ad-subheading": (
        "قررت الهيئة العامة للإعلام تنظيم الإعلانات التجارية في القنوات الفضائية ووضع حد أقصى لمدتها في الساعة.",
        "إعلان",
        "إعلان الهيئة جاء بعد شكاوى كثيرة من المشاهدين بسبب طول الفواصل الإعلانية أثناء المباريات.",
    ),
    "th-ad-sentence": (
        "สำนักงานคณะกรรมการคุ้มครองผู้บริโภคเตือนประชาชนให้ระวังโฆษณาอาหารเสริมที่อ้างว่ารักษาโรคได้",
        "โฆษณา",
        "โฆษณาเหล่านี้มักใช้ภาพคนมีชื่อเสียงโดยไม่ได้รับอนุญาต และชักชวนให้โอนเงินก่อนส่งสินค้า",
    ),
    "vi-see-more-sentence": (
        "Bộ Y tế vừa ban hành hướng dẫn mới về tiêm chủng cho trẻ em dưới năm tuổi tại các trạm y tế.",
        "Xem thêm: theo hướng dẫn, phụ huynh cần mang sổ tiêm chủng và giấy khai sinh của trẻ khi đến trạm y tế để được tiêm miễn phí.",
        "Các trạm y tế sẽ mở cửa cả thứ Bảy trong tháng này để phục vụ người dân.",
    ),
    "id-read-also-sentence": (
        "Perpustakaan kota meluncurkan program membaca bersama untuk anak-anak setiap Sabtu pagi.",
        "Baca juga buku cerita rakyat bersama anak Anda, kata kepala perpustakaan, karena itu membantu mereka mengenal budaya sendiri.",
        "Program ini gratis dan terbuka untuk semua warga.",
    ),
    "hu-ad-subheading": (
        "A Gazdasági Versenyhivatal vizsgálatot indított három webáruház ellen félrevezető hirdetések miatt.",
        "Hirdetés",
        "Hirdetés helyett valójában fizetett vélemények jelentek meg a termékoldalakon, állítja a hivatal.",
    ),
    "ro-tags-sentence": (
        "Autoritatea pentru Protecția Consumatorilor a verificat etichetele produselor din zece supermarketuri din Cluj.",
        "Etichete: în aproape jumătate dintre magazine, prețul de pe raft nu corespundea cu cel de la casă, au constatat inspectorii.",
        "Magazinele au primit amenzi de peste 200.000 de lei.",
    ),
    "fi-read-also-sentence": (
        "Kirjastot ympäri Suomea järjestävät ensi viikolla lukuviikon, jonka aikana lapsille luetaan ääneen.",
        "Lue myös: kirjastonhoitajan mukaan jo viisitoista minuuttia päivässä riittää, kun lukeminen on säännöllistä ja yhteistä.",
        "Tapahtumat ovat maksuttomia.",
    ),
    "bg-tags-sentence": (
        "Агенцията по храните провери етикетите на млечните продукти в големите търговски вериги в Пловдив.",
        "Етикети: на всеки трети продукт липсваше информация за произхода на млякото, съобщиха от агенцията.",
        "Търговците имат един месец да отстранят нарушенията.",
    ),
    "hr-ad-subheading": (
        "Agencija za elektroničke medije upozorila je televizije da prikrivaju oglase u informativnim emisijama.",
        "Oglas",
        "Oglas koji je izazvao najviše pritužbi prikazan je usred večernjih vijesti, bez ikakve oznake.",
    ),
    "sr-read-more-sentence": (
        "Градска библиотека у Новом Саду покреће програм читања за основце током летњег распуста.",
        "Прочитајте још једном књигу коју волите, поручују библиотекари, јер се свако читање разликује.",
        "Програм је бесплатан за све ученике.",
    ),
    "uk-ad-subheading": (
        "Антимонопольний комітет оштрафував три інтернет-магазини за рекламу, яка вводила покупців в оману.",
        "Реклама",
        "Реклама обіцяла знижки до 70 відсотків, але ціни перед акцією штучно підвищили, встановили перевіряльники.",
    ),
    "zh-tags-sentence": (
        "市场监管局近日对全市农贸市场的商品标签进行了抽查。",
        "标签：抽查发现，部分商品的产地信息与实际不符，有的甚至没有标注生产日期。",
        "监管部门已责令相关商户限期整改。",
    ),
    "ja-ad-subheading": (
        "消費者庁は、健康食品の広告に誇大な表現が多いとして、事業者に改善を求めた。",
        "広告",
        "広告の多くは「飲むだけで痩せる」などと根拠のない効果をうたっていたという。",
    ),
}


@pytest.mark.parametrize("name", sorted(SURVIVORS))
def test_prose_with_the_chrome_words_stays(name):
    above, line, below = SURVIVORS[name]
    text = "\n\n".join([above, line, below])
    assert kept(text) == [above, line, below]


MENU = ["Skip to content", "Home", "News", "World", "Business", "Sport", "Culture", "Travel", "Video", "Podcasts",
        "Subscribe", "Sign in", "Search"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "Most Read", "Council approves new budget after long debate",
          "2 hours ago", "About us", "Contact", "Privacy policy", "Cookie settings", "© 2025 Example Media Ltd. All rights reserved."]


@pytest.mark.parametrize("name", sorted(SURVIVORS))
def test_prose_with_the_chrome_words_stays_inside_a_page(name):
    above, line, below = SURVIVORS[name]
    text = "\n".join(MENU) + "\n\n" + "\n\n".join([above, line, below]) + "\n\n" + "\n".join(FOOTER)
    out = kept(text)
    assert [x for x in out if x in (above, line, below)] == [above, line, below]
    assert "Skip to content" not in out and "Privacy policy" not in out


# More lines of the article that use the words of comment, newsletter, cookie, share and
# breadcrumb chrome (reported speech, a sentence that opens with the label, a headline).
SURVIVORS_MORE = {
    "bg-newsletter-subheading": (
        "Общината започна да изпраща седмичен бюлетин на жителите с информация за ремонтите.",
        "Бюлетин",
        "Бюлетинът се получава по имейл и съдържа графика на ремонтите за следващата седмица.",
    ),
    "hr-comments-heading": (
        "Gradsko vijeće raspravljalo je o novom prometnom planu više od pet sati.",
        "Komentari",
        "Komentari građana bili su uglavnom kritični, posebno prema ukidanju parkirnih mjesta u centru.",
    ),
    "hu-cookie-reported": (
        "A hatóság szerint sok honlap nem tájékoztatja megfelelően a látogatókat.",
        "„Ez a weboldal sütiket használ” – ennyi áll a legtöbb oldalon, ami a hivatal szerint nem elég.",
        "A cégeknek három hónapjuk van a hiba kijavítására.",
    ),
    "he-cookie-reported": (
        "הרשות להגנת הפרטיות פרסמה הנחיות חדשות לאתרי אינטרנט.",
        "לפי ההנחיות, לא מספיק לכתוב \"אתר זה עושה שימוש בעוגיות\" בתחתית הדף, ויש לבקש הסכמה מפורשת.",
        "האתרים יידרשו ליישם את ההנחיות עד סוף השנה.",
    ),
    "ms-share-sentence": (
        "Pihak sekolah menganjurkan program membaca bersama ibu bapa setiap hujung minggu.",
        "Kongsi ilmu dengan anak-anak, kata guru besar itu, kerana membaca bersama mengeratkan hubungan keluarga.",
        "Program ini mendapat sambutan yang baik daripada penduduk setempat.",
    ),
    "sr-share-heading": (
        "Градски одбор је одлучио да подели помоћ свим породицама погођеним поплавама.",
        "Подели",
        "Подели помоћ праведно, поручили су мештани, јер су неке улице биле много више погођене од других.",
    ),
    "fi-subscribe-sentence": (
        "Kaupunginkirjasto avaa ensi kuussa uuden lehtilukusalin keskustaan.",
        "Tilaa lehtiä voi jatkossa myös kirjaston kautta, kertoo kirjastonjohtaja.",
        "Lukusali on avoinna arkisin kahdeksasta kahdeksaan.",
    ),
    "vi-comment-heading": (
        "Nhiều độc giả đã gửi ý kiến về dự án mở rộng đường Vành đai 3 của thành phố.",
        "Bình luận",
        "Bình luận của các chuyên gia cho rằng dự án cần thêm nghiên cứu về tác động môi trường.",
    ),
    "ko-comments-heading": (
        "시는 주민 의견을 반영해 공원 설계안을 일부 수정하기로 했다.",
        "댓글",
        "댓글 게시판에는 산책로를 넓혀 달라는 의견이 가장 많았다.",
    ),
    "th-home-sentence": (
        "กรมอุตุนิยมวิทยาประกาศเตือนพายุฝนฟ้าคะนองในหลายจังหวัดทางภาคเหนือ",
        "หน้าแรกของเว็บไซต์กรมอุตุนิยมวิทยาจะแสดงแผนที่เตือนภัยแบบเรียลไทม์ตลอดช่วงที่มีพายุ",
        "ประชาชนควรติดตามประกาศอย่างใกล้ชิด",
    ),
    "ja-home-breadcrumb-words": (
        "市は来月から、市営バスの路線図を新しくする。",
        "ホーム＞ニュースの順にたどると、新しい路線図を見ることができると市の担当者は説明した。",
        "紙の路線図も各駅で配布する予定だ。",
    ),
    "bg-entrance-subheading": (
        "Музеят в Стария град отваря врати отново след двегодишен ремонт на сградата и експозицията.",
        "Вход",
        "Входът за деца до 12 години е безплатен, а за възрастни билетът струва 10 лева.",
    ),
    "tr-break-subheading": (
        "Maçın ilk yarısında iki takım da gol pozisyonu bulmakta zorlandı ve oyun orta sahada geçti.",
        "Ara",
        "Ara verildikten sonra ev sahibi takım baskıyı artırdı ve 58. dakikada öne geçti.",
    ),
    "hu-answer-subheading": (
        "Az ellenzék levélben kérdezte a minisztert a kórházi várólistákról.",
        "Válasz",
        "Válaszában a miniszter azt írta, hogy a várólisták az elmúlt évben húsz százalékkal rövidültek.",
    ),
    "vi-answer-subheading": (
        "Nhiều cử tri đặt câu hỏi về tiến độ dự án cầu Tứ Liên tại buổi tiếp xúc.",
        "Trả lời",
        "Trả lời cử tri, đại diện Sở Giao thông cho biết dự án sẽ khởi công vào cuối năm nay.",
    ),
    "hi-read-also-sentence-with-colon": (
        "शिक्षा विभाग ने सभी स्कूलों में रोज़ आधा घंटा पढ़ने की नई योजना शुरू की है और इसके लिए किताबें भी बांटी जाएंगी।",
        "ये भी पढ़ें: विशेषज्ञों के अनुसार बच्चों को रोज़ कम से कम आधा घंटा किताबें पढ़नी चाहिए।",
        "विभाग के अनुसार इससे बच्चों की भाषा और समझ दोनों बेहतर होंगी।",
    ),
    "vi-licence-news": (
        "Bộ Thông tin và Truyền thông vừa thu hồi giấy phép của một tờ báo điện tử vì đăng tin sai sự thật nhiều lần.",
        "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp năm 2020 đã bị thu hồi từ ngày hôm qua.",
        "Tờ báo có 30 ngày để khiếu nại.",
    ),
    "id-reply-sentence": (
        "Warga mengirim surat kepada wali kota tentang jalan rusak di kampung mereka.",
        "Balas surat warga itu, kata wali kota, adalah kewajiban setiap pejabat publik.",
        "Perbaikan jalan dijadwalkan mulai bulan depan.",
    ),
}


@pytest.mark.parametrize("name", sorted(SURVIVORS_MORE))
def test_prose_with_more_chrome_words_stays(name):
    above, line, below = SURVIVORS_MORE[name]
    assert kept("\n\n".join([above, line, below])) == [above, line, below]
    text = "\n".join(MENU) + "\n\n" + "\n\n".join([above, line, below]) + "\n\n" + "\n".join(FOOTER)
    assert [x for x in kept(text) if x in (above, line, below)] == [above, line, below]



# --------------------------------------------------------------------------------------------
# Whole pages
# --------------------------------------------------------------------------------------------


def test_there_are_pages_in_at_least_twelve_languages_the_dev_set_has_little_of():
    full = {p.stem.split("-")[0] for p in PAGES.glob("*.txt")}
    assert len(full & set(LANGUAGES)) >= 12
    assert {name.split("-")[0] for name in WORLD_NAMES} >= {"ar", "el", "fa", "he", "hi", "ja", "ko", "th", "tr", "vi", "zh"}


@pytest.mark.parametrize("name", WORLD_NAMES)
def test_container_and_short_pages_keep_every_article_line_in_order(name):
    text, gold = load(WORLD / f"{name}.txt")
    out = [line.rstrip() for line in cleaner.clean(text).split("\n")]
    assert [line for line in out if line in set(gold["keep"])] == gold["keep"]


@pytest.mark.parametrize("name", WORLD_NAMES)
def test_container_and_short_pages_lose_their_listed_chrome(name):
    text, gold = load(WORLD / f"{name}.txt")
    out = set(cleaner.clean(text).split("\n"))
    assert not [line for line in gold["remove"] if line in out]
    result = cleaner.explain(text)
    assert cleaner.apply(text, result.decisions) == result.text


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.txt") if p.stem.split("-")[0] in LANGUAGES))
def test_full_pages_lose_most_of_their_chrome(name):
    # Every line listed as chrome goes (tests/test_pages.py); here: the chrome still kept, listed
    # for the record, stays a small part of the page's chrome.
    text, gold = load(PAGES / f"{name}.txt")
    assert len(gold.get("kept", [])) <= 0.1 * len(gold["remove"])


# A section of the article under a heading that names its topics, between two paragraphs: the
# heading is a tag header's word in many languages ("Topics", "Themen", "Teme", "Konular"). Its lines
# are phrases; a list of names there ("Topics" / "Climate" / "Energy") is taken for tags.
TOPIC_SECTIONS = {
    "en": ("Topics", "Digital textbooks", "Teacher shortages", "Mental health in schools"),
    "de": ("Themen", "Digitale Schulbücher", "Lehrermangel", "Psychische Gesundheit in der Schule"),
    "hr": ("Teme", "Klimatske promjene i obala", "Upravljanje brojem posjetitelja", "Lokalna zajednica"),
    "tr": ("Konular", "Yapay zekâ ve eğitim", "Öğretmen yetiştirme", "Okul öncesi eğitim"),
    "hu": ("Témák", "Digitális tananyagok", "Tanárhiány", "Mentális egészség az iskolában"),
    "vi": ("Chủ đề", "Học trực tuyến", "Sách giáo khoa điện tử", "An toàn thông tin"),
}
ABOVE = "More than four hundred teachers from across the country will attend the two-day summit next week, the organisers said."
BELOW = "The organisers said the aim was for participants to take practical solutions home to their own schools."


@pytest.mark.parametrize("language", sorted(TOPIC_SECTIONS))
def test_a_topics_section_between_paragraphs_stays(language):
    head, *items = TOPIC_SECTIONS[language]
    text = "\n\n".join([ABOVE, "\n".join([head, *items]), BELOW])
    assert kept(text) == [ABOVE, head, *items, BELOW]


@pytest.mark.parametrize("language", sorted(TOPIC_SECTIONS))
def test_topics_under_the_article_still_go(language):
    head, *items = TOPIC_SECTIONS[language]
    text = "\n\n".join([ABOVE, BELOW, "\n".join([head, *items]), "Share\nFacebook\nTwitter"])
    assert kept(text) == [ABOVE, BELOW]
