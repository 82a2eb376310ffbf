"""Article lines that use the words of the newest chrome vocabulary (finance and radio notes,
a reporter's address, messenger and donation pitches, affiliate and consent notices, rights
statements in more languages, share labels) the way articles do: reported speech, headlines,
a sentence that goes on after the notice's words. They stay between two paragraphs, at the end of
an article and inside a whole page; the chrome each pattern was made for still goes."""

from __future__ import annotations

import pytest

import cleaner

MENU = "Skip to content\nHome\nNews\nSport\nBusiness\nSubscribe\nSign in\n\n"
FOOTER = ("\n\nShare this article\nFacebook\nTwitter\n\nMost Read\nCouncil approves new budget after long debate\n"
          "2 hours ago\nSchools to close early for the summer holidays\n5 hours ago\n\nAbout us\nContact\n"
          "Privacy policy\nCookie settings\n\u00a9 2025 Example Media Ltd. All rights reserved.\n")
BEFORE = ("The council met on Tuesday evening to discuss the plans, which have been debated for more than two "
          "years in the town.")
AFTER = ("Residents who spoke at the meeting said they wanted more time to study the details before any final "
         "vote is taken.")
BEFORE_UK = "Міська рада зібралася у вівторок увечері, щоб обговорити плани, які в місті обговорюють уже понад два роки."
BEFORE_AR = ("اجتمع المجلس البلدي مساء الثلاثاء لمناقشة الخطط التي تتم مناقشتها في المدينة منذ أكثر من عامين، "
             "وحضر الاجتماع عدد كبير من السكان.")
BEFORE_ZH = "市议会周二晚上召开会议，讨论了这些已经在城市里争论了两年多的计划，许多居民到场旁听并发表了意见。"


def _contexts(line: str, before: str = BEFORE, after: str = AFTER) -> list[str]:
    """The line between two paragraphs, at the end of the article, and inside a whole page."""
    return [f"{before}\n\n{line}\n\n{after}", f"{before}\n\n{after}\n\n{line}",
            MENU + "Town hall debate drags on\n\nBy Jane Roe | March 3, 2025\n\n"
            + f"{before}\n\n{line}\n\n{after}\n\n{before}" + FOOTER]


def _kept(text: str, line: str) -> bool:
    return line in {x.strip() for x in cleaner.clean(text).split("\n")}


SURVIVORS = [
    # market data notes: a clause after a comma goes on, a headline made of the words
    "Prices delayed by 15 minutes, the regulator found, cost small investors millions.",
    "Data is delayed by 15 minutes, which is why day traders pay for live feeds.",
    "Stock quotes delayed 20 minutes, the exchange confirmed after the outage.",
    "Kurse sind mit 15 Minuten Verz\u00f6gerung an die Kunden gegangen, r\u00e4umte die Bank ein.",
    "Kursdaten mit 15 Minuten Verz\u00f6gerung: Warum Privatanleger im Nachteil sind",
    "Cours diff\u00e9r\u00e9s de 15 minutes : la Bourse de Paris s'explique devant les petits porteurs",
    "Datos con retraso de 15 minutos: por qu\u00e9 los peque\u00f1os inversores pierden dinero",
    # a transcript's provider that does not end the sentence
    "Transcript provided by the court shows the judge warned the jury twice.",
    "Transcript provided by the defence lawyers reveals what the officer said.",
    # an address that does not name the person reached: a travel story's service lines
    "Reach Harbor Tours at bookings@harbortours.example.com.",
    "Reach the museum at info@museum.example.org for opening hours.",
    "Reach Out Foundation at help@reachout.example.org offers free counselling.",
    # a messenger group without the site's voice
    "Join the neighbourhood WhatsApp group",
    "Join our village WhatsApp group, the parish council urged residents at the meeting.",
    # a donation pitch's words in a line that goes on
    "Support local journalism. Subscribe to a paper. That was the advice of every speaker on the panel.",
    # affiliate and consent notices reported: a finding, an admission, a source named first
    "We may earn a commission on each sale, the company admitted in a filing to regulators last year.",
    "We may earn an affiliate commission on sales, retailers told the committee, but rarely disclose the rate.",
    "By submitting your details, you agree to the terms, which most users never read, the study found.",
    "By submitting your information you agree to receive calls from lenders, the fine print warns.",
    "According to the broker, we may receive a small commission if the sale goes through.",
    "Volgens de makelaar kunnen we mogelijk een commissie krijgen als de koper akkoord gaat.",
    # a share label's words as a how-to's step
    "Copy the link",
    # a sign-up's words in a longer line without the site's voice, or reported after a comma
    "Sign up for the free newsletter and get the forecast in your inbox every morning, the weather service suggests.",
    "Sign up for a newsletter and you get offers straight to your inbox for years, consumer groups complain.",
    "Subscribe to the newsletter: that is the advice most readers ignore, although it lands in your inbox weekly.",
    "Receive emails from us on behalf of our partners? Most readers untick that box, the survey shows.",
    "Transcripts are created on a rush deadline, one producer admits, and errors slip through.",
    "This transcript may not be in its final form, the court clerk cautioned, because the judge may correct it.",
]


@pytest.mark.parametrize("line", SURVIVORS)
def test_article_lines_with_the_new_vocabulary_stay(line):
    for text in _contexts(line):
        assert _kept(text, line), [(d.rule, d.text) for d in cleaner.explain(text).decisions]


@pytest.mark.parametrize("line, before", [
    # a rights statement's words opening a sentence that goes on
    ("\u0412\u0441\u0456 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0445\u0438\u0449\u0435\u043d\u0456 "
     "\u041a\u043e\u043d\u0441\u0442\u0438\u0442\u0443\u0446\u0456\u0454\u044e, \u043d\u0430\u0433\u043e\u043b\u043e"
     "\u0441\u0438\u0432 \u0441\u0443\u0434\u0434\u044f.", BEFORE_UK),
    ("\u0423\u0441\u0456 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0445\u0438\u0449\u0435\u043d\u043e "
     "\u0437\u0430\u043a\u043e\u043d\u043e\u043c, \u043d\u0430\u0433\u0430\u0434\u0430\u0432 \u044e\u0440\u0438\u0441\u0442 "
     "\u043f\u0456\u0434 \u0447\u0430\u0441 \u0437\u0430\u0441\u0456\u0434\u0430\u043d\u043d\u044f.", BEFORE_UK),
    ("جميع الحقوق محفوظة للمؤلف بحسب العقد، قال المحامي.", BEFORE_AR),
    ("All rights reserved by the author under the contract, the lawyer said.", BEFORE),
    # ... in a clause of a sentence, after a comma or a question, or asking
    ("Tòa án kết luận rằng bản quyền thuộc về nhạc sĩ.", BEFORE),
    ("Bản quyền thuộc về ai khi AI viết nhạc?", BEFORE),
    ("Hak cipta dilindungi undang-undang, tapi siapa yang melindungi penulis?", BEFORE),
    ("Tüm hakları saklıdır ama kimin?", BEFORE),
    ("A bíróság szerint minden jog fenntartva.", BEFORE),
    ("Mahkeme, eserin tüm hakları saklıdır.", BEFORE),
    ("Všechna práva vyhrazena? Ne tak docela, říká právník.", BEFORE),
    ("Με επιφύλαξη παντός δικαιώματος, δήλωσε ο δικηγόρος της εταιρείας.", BEFORE),
    ("جميع الحقوق محفوظة؟ ليس تماما، يقول المحامي.", BEFORE_AR),
    ("無断転載を禁じます、という表示の意味を弁護士に聞いた。", BEFORE_ZH),
    # the right of ownership is no rights statement
    ("版权所有权之争：作家起诉出版社", BEFORE_ZH),
    ("版权所有权归属问题引发争议", BEFORE_ZH),
])
def test_rights_words_in_a_sentence_or_headline_stay(line, before):
    for text in _contexts(line, before, before):
        assert _kept(text, line), [(d.rule, d.text) for d in cleaner.explain(text).decisions]


@pytest.mark.parametrize("chrome, before", [
    ("Quotes delayed 15 mins", BEFORE),
    ("Kurse mit 15 Min. Verz\u00f6gerung", BEFORE),
    ("Cours diff\u00e9r\u00e9s de 15 minutes", BEFORE),
    ("Transcript provided by NPR, Copyright NPR.", BEFORE),
    ("Transcript provided by NPR.", BEFORE),
    ("Reach Kate Brennan at kate.brennan@desertsuntimes.com. Follow her on X @katebrennan.", BEFORE),
    ("Reach Sam Ortiz at sortiz@example.com.", BEFORE),
    ("Join our WhatsApp channel", BEFORE),
    ("Join the Echo WhatsApp community here", BEFORE),
    ("Want the latest news as it happens? Join Bristol Live's WhatsApp Community here.", BEFORE),
    ("Support local journalism. Subscribe to the Desert Sun Times today.", BEFORE),
    ("Support independent journalism. Become a member.", BEFORE),
    ("When you purchase through links on our site, we may earn an affiliate commission.", BEFORE),
    ("Als je via links op deze site iets koopt, ontvangen we mogelijk een kleine commissie.", BEFORE),
    ("By submitting your information you agree to the Terms & Conditions and Privacy Policy.", BEFORE),
    ("According to FTC guidelines, we may earn a commission when you buy through links on our site.", BEFORE),
    ("Copy article link", BEFORE),
    ("Sign up here to receive our daily newsletters and breaking news alerts, sent straight to your inbox.", BEFORE),
    ("Subscribe to our free newsletter and get the best of the week's stories delivered straight to your inbox.",
     BEFORE),
    ("\u00a9 2025 \u041d\u043e\u0432\u0438\u043d\u0438. \u0423\u0441\u0456 \u043f\u0440\u0430\u0432\u0430 "
     "\u0437\u0430\u0445\u0438\u0449\u0435\u043d\u043e.", BEFORE_UK),
    ("جميع الحقوق محفوظة لموقع الخبر 2025", BEFORE_AR),
    ("版权所有 © 2025 新闻网", BEFORE_ZH),
    ("© 2025 Báo Tin Tức. Bản quyền thuộc về Báo Tin Tức.", BEFORE),
    ("Copyright © 2025 Haber Ajansı. Tüm hakları saklıdır.", BEFORE),
    ("Tüm hakları saklıdır, izinsiz kullanılamaz.", BEFORE),
    ("© 2025 Hírek Kft. Minden jog fenntartva.", BEFORE),
    ("無断転載を禁じます", BEFORE_ZH),
])
def test_the_chrome_of_those_patterns_still_goes(chrome, before):
    text = f"{before}\n\n{before}\n\n{chrome}"
    assert not _kept(text, chrome)
