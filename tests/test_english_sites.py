"""English-language news and magazine pages: the chrome of US, UK, Irish, Australian, Indian and
Canadian papers, TV and radio sites, press agencies, tech, science, sports and business
magazines goes; article lines that use the same words stay (made-up pages and lines)."""

from __future__ import annotations

import pytest

import cleaner

MENU = "Skip to main content\nHome\nNews\nSport\nBusiness\nOpinion\nCulture\nSubscribe\nSign in\n\n"
FOOTER = ("\n\nMost Popular\nCouncil approves new budget after long debate\nSchools to close early for summer\n\n"
          "About us\nContact us\nAdvertise\nTerms of Use\nPrivacy Policy\nCookie settings\n"
          "\u00a9 2025 Example Media Ltd. All rights reserved.\n")
P1 = ("The study looked at ten thousand news sites across Europe and counted the boxes that appear "
      "before the first paragraph of each article.")
P2 = ("The researchers said the prompts were getting more aggressive every year, and that readers "
      "were clicking them less often than before.")


def page(*body: str) -> str:
    return MENU + "\n\n".join(body) + FOOTER


def lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n")}


# -- a notice quoted at the start of a sentence is reported, not asked -----------------------

@pytest.mark.parametrize("sentence", [
    '"Subscribe to our newsletter" appeared on 71% of news sites within five seconds of loading.',
    "\u201cSign up for our newsletter\u201d is the first thing readers see on half of the sites we studied.",
    '"Sign up for our newsletter," the box says, before the reader has seen a single paragraph.',
    "\u00abAbonnez-vous \u00e0 notre newsletter\u00bb appara\u00eet sur 71 % des sites d'information \u00e9tudi\u00e9s.",
    '"Suscr\u00edbete a nuestro bolet\u00edn" aparece en el 71 % de los sitios de noticias analizados.',
])
def test_a_sentence_that_opens_with_a_quoted_prompt_stays(sentence):
    assert sentence in lines(page("Headline about the study of news sites", P1, sentence, P2))


@pytest.mark.parametrize("prompt", [
    "Sign up for our newsletter",
    '"Sign up for our newsletter"',
    "Subscribe to our newsletter to get the best stories in your inbox",
])
def test_the_prompt_itself_still_goes(prompt):
    assert prompt not in lines(page("Headline about the study of news sites", P1, P2, prompt))


# -- the headline survives when the title line is the headline alone --------------------------

def test_a_headline_printed_as_the_bare_title_line_survives_once():
    headline = "Harborline Energy Reports Record Fourth-Quarter Revenue"
    text = (headline + "\n\nNews\nBusiness\nPress Releases\nSubmit a Release\nContact\n\n" + headline + "\n\n"
            "HOUSTON, Feb. 26, 2025 -- Harborline Energy Inc. today reported fourth-quarter revenue of $1.82 "
            "billion, up 14% from a year earlier, and net income of $212 million.\n\n"
            "\"2024 was the strongest year in our history,\" said Chief Executive Officer Denise Carrow, who "
            "joined the company in 2019 from a rival pipeline operator.\n\n"
            "Harborline will host a conference call at 10:00 a.m. Central Time on February 27, 2025, and the "
            "webcast can be reached from the company's investor site." + FOOTER)
    out = cleaner.clean(text)
    assert out.count(headline) == 1
    assert cleaner.clean(out) == out


# -- a review's pros and cons ------------------------------------------------------------------

VERDICT = ("The Aurion Buds 3 are among the best-sounding earbuds under $200, with noise cancelling that "
           "rivals far pricier pairs, but the slippery case spoils the experience.")
BODY = ("The Aurion Buds 3 cost $179.99 in the US and \u00a3169 in the UK, and come in black, white and "
        "sage green, with three sizes of ear tips in the box.")


@pytest.mark.parametrize("pros,cons,good,bad", [
    ("For", "Against", ["Rich, detailed sound", "Strong noise cancelling"], ["Case is hard to open", "No wireless charging"]),
    ("Pros", "Cons", ["Excellent suction", "Light body"], ["Expensive", "Small bin"]),
    ("Vorteile", "Nachteile", ["Satter Klang", "Starke Ger\u00e4uschunterdr\u00fcckung"], ["Sperriges Etui", "Kein kabelloses Laden"]),
    ("Avantages", "Inconv\u00e9nients", ["Son riche", "Bonne autonomie"], ["\u00c9tui glissant", "Prix \u00e9lev\u00e9"]),
])
def test_a_reviews_pros_and_cons_stay(pros, cons, good, bad):
    text = ("Aurion Buds 3 review: great sound, awkward case | TechFrontier\n\n" + MENU.replace("\n\n", "\n")
            + "Reviews\nBest Picks\nPhones\nLaptops\nAudio\nDeals\n\nAurion Buds 3 review: great sound, awkward case\n\n"
            "By Marcus Delaney\n\nOur Verdict\n\n" + VERDICT + "\n\n" + pros + "\n\n" + "\n".join(good) + "\n\n"
            + cons + "\n\n" + "\n".join(bad) + "\n\nToday's best deals\n$179.99\nView at Amazon\n\n" + BODY + "\n\n"
            + BODY.replace("cost", "weigh 4.9g each and") + FOOTER)
    out = lines(text)
    assert {pros, cons, *good, *bad} <= out


def test_a_for_list_without_its_against_list_is_not_kept_as_a_review():
    text = ("Aurion Buds 3 review | TechFrontier\n\n" + MENU.replace("\n\n", "\n") + "Reviews\nDeals\n\n"
            "Aurion Buds 3 review: great sound, awkward case\n\n" + VERDICT + "\n\nFor\n\nHome Office\nGaming\n"
            "Creators\n\nDeals\n\nLaptops\nPhones\n\n" + BODY + "\n\n" + BODY.replace("cost", "weigh 4.9g each and") + FOOTER)
    assert not [k for k in cleaner.explain(text).kept if k.guard == "list-guard"]


# -- a line-up written as a sentence under its heading ------------------------------------------

def test_line_ups_under_their_heading_stay():
    home = "Northfield: Clarke; Ellis, Moyo, Hart, Fenwick; Rennie, Dobbs, Carr; Ward (Okoro 70), Bailey, Stone."
    away = "Castlebrook: Price; Anand, Webb, Gill, Marsh; Lyle, Quinn, Tate (Ferris 80); Ross, Doyle, Noon."
    text = page(
        "Northfield 2-1 Castlebrook: Late Okoro header keeps promotion hopes alive",
        "Samuel Okoro's 88th-minute header gave Northfield a 2-1 win over Castlebrook and moved them to within "
        "three points of the automatic promotion places.",
        "Castlebrook led through Harvey Lyle's penalty on 23 minutes, but Northfield levelled when Jack Rennie "
        "curled in a free-kick just before half-time.",
        "Teams", home, away, "Referee: Tom Hollis.",
        "Watch highlights\nVideo\n1:58\nUp next\nTrending\nTransfer Centre LIVE!\nTables\nFixtures\nResults",
    )
    out = lines(text)
    assert {"Teams", home, away} <= out


# -- a label of a few words as a subheading the paragraph below names ---------------------------

@pytest.mark.parametrize("heading,below", [
    ("Manage cookies", 'On many sites the button to refuse is hidden behind a second screen labelled "Manage cookies", '
                       "while the button to accept sits in a bright box on the first."),
    ("Cookie settings", "The cookie settings page listed 847 advertising partners, each with its own switch that the "
                        "reader had to turn off by hand."),
])
def test_a_label_the_paragraph_below_names_stays_as_a_subheading(heading, below):
    assert heading in lines(page("Cookie banners are getting worse, regulators say", P1, heading, below, P2))


def test_a_label_between_paragraphs_that_do_not_name_it_still_goes():
    assert "Privacy Policy" not in lines(page("Cookie banners are getting worse, regulators say", P1, "Privacy Policy", P2))


# -- chrome of English news and review pages ---------------------------------------------------

@pytest.mark.parametrize("chrome", [
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
    "PCMag editors select and review products independently. We may earn affiliate commissions from buying links.",
    "Lorsque vous achetez via nos liens, nous pouvons percevoir une commission.",
    "Si compras a trav\u00e9s de nuestros enlaces, podemos recibir una comisi\u00f3n.",
    "Se acquisti tramite i nostri link, potremmo ricevere una commissione.",
    "By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.",
    "Contact me with news and offers from other Northgate brands",
    "Receive email from us on behalf of our trusted partners or sponsors",
    "Get highlights of the most important news delivered to your email inbox",
    "$449 at Amazon", "View at Best Buy", "\u00a3169 at Currys", "Check price at Walmart", "Bei Amazon ansehen",
    "Voir sur Amazon", "Ver en Amazon", "Vedi su Amazon", "Bekijk bij Coolblue",
    "Gift this article", "Copy article link", "Bookmark", "Add to your saved stories", "Reuse this content",
    "Click to share on X (Opens in new window)", "Advertisement \u00b7 Scroll to continue", "Media caption,",
    "Open this photo in gallery:", "See comments", "Comment count", "\u2022 3 Comments",
])
def test_english_page_chrome_goes(chrome):
    text = page("Rail fares to rise by 4.6% in March, government confirms", P1, chrome, P2)
    assert chrome not in lines(text)


@pytest.mark.parametrize("sentence", [
    "Retailers said they may earn a commission on each sale, the report found, and that the practice was legal.",
    'The agency said that influencers who write "we may earn a commission" at the bottom of a post break no law.',
    "By submitting your information, you agree to let the company sell it to advertisers, the lawsuit claims.",
    '"Contact me with news and offers" was ticked by default on 31 of the forms, the regulator found.',
    "Readers who bookmark the page are twice as likely to return, the study found.",
    "Why we shop at Amazon less than we used to",
    "View on Saturn",
    "Buy at Amazon before Friday, when the price goes up by a third.",
])
def test_english_article_lines_with_the_chrome_words_stay(sentence):
    text = page("Regulator says news sites break consent rules", P1, sentence, P2)
    assert sentence in lines(text)


def test_a_subheading_the_paragraph_below_takes_up_stays():
    below = "Bookmarks were the subject of a separate finding: the sites saved them without asking the reader first."
    assert "Bookmark" in lines(page("Regulator says news sites break consent rules", P1, "Bookmark", below, P2))


# -- a headline far above its first paragraph, under a bar of trending links -------------------

def test_headline_under_a_trending_bar_and_over_a_share_row_stays():
    headline = "Judge blocks Ohio law limiting drop boxes, citing voter confusion"
    text = (headline + " | The Dayton Ledger\n\nSkip to content\nThe Dayton Ledger\nSubscribe\nLog In\nLocal News\nCrime\n"
            "Politics\nEducation\nSports\nObituaries\nOpinion\nThings to Do\n\nTRENDING:\nDayton school levy results\n"
            "Road closures this week\nHigh school football scores\n\n" + headline + "\n\n"
            "The state says it will appeal Thursday's ruling\n\nBy MARK HOLLOWAY Associated Press\n\n"
            "Updated 5:12 PM EDT, October 3, 2024\n\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nReddit\n\n"
            "A voter drops off a ballot in Dayton, Ohio, on Oct. 1, 2024. (AP Photo/Jay LaPrete)\n\nRead More\n\n"
            "COLUMBUS, Ohio (AP) \u2014 A federal judge on Thursday blocked an Ohio law that would have limited each "
            "county to a single ballot drop box, saying it would confuse voters weeks before the election.\n\n"
            "The state's top elections official said he would appeal, and voting rights groups said they expected "
            "the case to reach the appeals court within weeks." + FOOTER)
    out = lines(text)
    assert {headline, "The state says it will appeal Thursday's ruling", "By MARK HOLLOWAY Associated Press",
            "Updated 5:12 PM EDT, October 3, 2024"} <= out
    assert not {"Dayton school levy results", "Link copied", "TRENDING:"} & out
    cleaned = cleaner.clean(text)
    assert cleaner.clean(cleaned) == cleaned


# -- key points over their sentences, a table row that repeats the ticker ------------------------

def test_key_points_and_a_market_table_stay():
    text = ("Stocks close lower as bond yields jump after hot jobs report\n\nSkip Navigation\nMarkets\nBusiness\n"
            "Investing\nTech\nPolitics\nVideo\nWatchlist\nMenu\nS&P 500\t5,751.07\t-0.96%\nNasdaq\t18,137.85\t-1.18%\n\n"
            "Stocks close lower as bond yields jump after hot jobs report\n\nPublished Fri, Oct 4 2024 9:31 AM EDT\n\n"
            "Key Points\n\nThe Dow fell nearly 400 points on Friday.\nEmployers added 254,000 jobs in September.\n"
            "The 10-year Treasury yield rose above 4.2% for the first time since August.\n\n"
            "Stocks fell on Friday after a stronger-than-expected jobs report pushed bond yields higher and cooled "
            "hopes for another large interest rate cut.\n\n"
            "The economy added 254,000 jobs in September, the Labor Department said, against an estimate of "
            "150,000, and the unemployment rate fell to 4.1%.\n\nIndex\tClose\tChange\n"
            "S&P 500\t5,751.07\t-0.96%\nNasdaq\t18,137.85\t-1.18%" + FOOTER)
    out = cleaner.clean(text)
    assert "Key Points" in out.split("\n")
    assert out.endswith("Index\tClose\tChange\nS&P 500\t5,751.07\t-0.96%\nNasdaq\t18,137.85\t-1.18%")


# -- a podcast's and a messenger channel's prompts; an obituary's name over the life's span -------

@pytest.mark.parametrize("chrome", [
    "Listen to Short Wave on Apple Podcasts and Spotify.",
    "Subscribe to the show wherever you get your podcasts.",
    "Follow the podcast on Spotify",
    "Listen on Apple Podcasts",
    "Want the latest and breaking news and updates as it happens? Join Bristol Live's WhatsApp Community here.",
    "Sign the Guest Book",
])
def test_podcast_and_channel_prompts_go(chrome):
    assert chrome not in lines(page("Why the ocean is getting louder", P1, chrome, P2))


@pytest.mark.parametrize("sentence", [
    "Listen to the episode on Spotify, where the show has two million followers.",
    "Join the WhatsApp group of your street, the police advised residents.",
    "She told listeners to follow the money.",
])
def test_sentences_about_podcasts_and_channels_stay(sentence):
    assert sentence in lines(page("Why the ocean is getting louder", P1, sentence, P2))


@pytest.mark.parametrize("span", ["1931 - 2025", "March 3, 1931 \u2013 Feb. 28, 2025", "* 1931 \u2020 2025"])
def test_an_obituarys_name_over_the_lifes_span_stays(span):
    text = ("Eleanor Mae Whitfield Obituary (1931 - 2025) - Bowling Green, KY - Bowling Green Daily News\n\n"
            "Obituaries\nPlace an Obituary\nSearch Obituaries\nDeath Notices\nFuneral Homes\nGuest Book\n\n"
            "Eleanor Mae Whitfield\n\n" + span + "\n\n"
            "Eleanor Mae Whitfield, 93, of Bowling Green, passed away peacefully on Friday, February 28, 2025, "
            "surrounded by her family.\n\nEleanor taught third grade at Parker-Bennett Elementary for 34 years and "
            "was a lifelong member of State Street Baptist Church, where she sang in the choir.\n\n"
            "Sign the Guest Book\nSend Flowers\nShare\n\nAbout Us\nTerms of Use\nPrivacy Policy\nAccessibility\n"
            "\u00a9 2025 Legacy Memorials, LLC. All rights reserved.\n")
    out = lines(text)
    assert {"Eleanor Mae Whitfield", span} <= out


# -- a subheading over a paragraph that ends inside quotation marks ------------------------------

def test_a_one_word_label_over_a_paragraph_ending_in_quotes_stays_as_a_subheading():
    below = ('The survey also asked about comment sections. Most readers said they never read them, '
             'but 38% said they read the comments "sometimes."')
    assert "Comments" in lines(page("Autoplay is back, and readers hate it", P1, "Comments", below, P2))


@pytest.mark.parametrize("chrome", ["Support local journalism. Subscribe to the Desert Sun Times today.",
                                    "Show key events only"])
def test_a_local_papers_pitch_and_a_live_blogs_buttons_go(chrome):
    assert chrome not in lines(page("Heat wave to bring record temperatures to Phoenix", P1, chrome, P2))


def test_a_sentence_asking_for_journalism_without_a_subscription_stays():
    sentence = "Support local journalism, the mayor urged residents at the ceremony on Friday."
    assert sentence in lines(page("Heat wave to bring record temperatures to Phoenix", P1, sentence, P2))


# -- a finance page's note on its quotes, a radio network's transcript note, a reporter's address --

@pytest.mark.parametrize("chrome", [
    "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
    "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business and Financial News.",
    "Quotes delayed 15 mins",
    "Data delayed at least 15 minutes.",
    "Kursdaten mit 15 Minuten Verz\u00f6gerung",
    "Transcript provided by NPR, Copyright NPR.",
    "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form.",
    "Reach Kate Brennan at kate.brennan@desertsuntimes.com. Follow her on X @katebrennan.",
    "Sign up here to receive our daily newsletters and breaking news alerts, sent straight to your inbox.",
])
def test_notes_of_finance_radio_and_local_pages_go(chrome):
    assert chrome not in lines(page("Stocks close lower as bond yields jump", P1, chrome, P2))


@pytest.mark.parametrize("sentence", [
    "Trading was delayed by 15 minutes after the outage, the exchange said.",
    "Prices delayed by 15 minutes are of little use to day traders.",
    "The transcript was provided by the court on Friday, and it runs to 300 pages.",
    "Hikers who reach Camp Muir at noon should turn back, rangers said.",
    "Reach out to the city at help@phoenix.gov if you need a ride to a cooling center.",
])
def test_sentences_about_delays_transcripts_and_reaching_stay(sentence):
    assert sentence in lines(page("Stocks close lower as bond yields jump", P1, sentence, P2))
