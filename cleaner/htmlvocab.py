"""Vocabulary of the HTML pre-pass: class/id tokens of page chrome, grouped by concept.

Each concept maps to the tokens that mark an element as that kind of chrome. A token matches
an element's class or id when it equals one of its class tokens, one of the parts of a token
split on ``-``/``_`` and camelCase, or two or three adjacent parts run together: ``most-read``
matches ``class="box most-read"``, ``mostRead``, ``widget_most_read`` and ``mostread``, but
never ``class="almost-ready"`` (whole parts only). Tokens are written lower case with ``-``
between the parts; the separators do not matter for matching. A compound is listed only when
none of its parts is a token itself ("share" already covers "share-buttons").

The rule id of a removal is ``html-<concept>``. Concepts whose words also name real content
are narrowed on purpose (see the comments): a false removal loses article text, a missed one
only leaves a line the text rules may still catch.
"""

from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "shares", "sharing", "sharebar", "sharedaddy", "social", "socials",
        "sociallinks", "addthis", "shariff", "addtoany", "a2a", "follow-us",
    ),
    "newsletter": (
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "sign-up",
        "optin", "opt-in", "mailchimp", "mc4wp", "mailpoet",
    ),
    # "related" alone would also hit a body container such as class="story related-enabled";
    # the pre-pass never removes the main article or an element holding most of the text.
    "related": (
        "related", "relatedposts", "relatedlinks", "most-read", "most-popular", "most-viewed", "most-commented", "popular-posts",
        "recommended", "recommendations", "recommendation", "trending", "more-stories",
        "read-more-links", "also-read", "read-also", "outbrain", "taboola", "yarpp",
        "more-articles", "further-reading", "topstories", "top-stories",
        "meistgelesen", "empfehlungen", "weitere-artikel", "next-story", "nextstory",
    ),
    # A byline ("author") is not a bio; only boxes that present the author are.
    "author-bio": (
        "author-bio", "author-box", "authorbox", "about-author", "about-the-author",
        "author-info", "author-description", "author-card", "author-details", "author-profile",
        "abh-box", "saboxplugin", "bio-box", "biobox",
    ),
    # "tag" alone is a part of post classes such as "tag-politics" on the article itself.
    "tags": (
        "tags", "tag-list", "taglist", "tag-cloud", "tagcloud", "tag-links", "keywords",
        "schlagworte", "schlagwoerter",
    ),
    "breadcrumb": ("breadcrumb", "breadcrumbs", "crumbs"),
    # "cookie" alone is never enough: recipe pages carry it on real content.
    "cookie": (
        "cookie-banner", "cookie-notice", "cookie-bar", "cookiebar", "cookie-law", "cookie-layer", "cookie-hint", "cookie-info", "cookie-popup",
        "cookie-message", "cookie-box", "cookie-warning", "cookie-disclaimer", "cookie-overlay",
        "cookies-eu", "cookiebot", "cookie-policy", "consent", "gdpr",
        "onetrust", "cmp-container", "usercentrics", "didomi", "borlabs-cookie", "content-blocker",
    ),
    # Only the form that asks for a comment: on blogs and forums the comments themselves are
    # often what the page is read for (trafilatura keeps them apart from the post).
    "comments": (
        "respond", "comment-form", "commentform", "reply-title",
        "comment-reply", "comments-form", "kommentar-formular",
    ),
    "ads": (
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle",
        "adslot", "sponsored", "sponsor", "advertorial", "dfp", "anzeige", "werbung",
        "disclosure",
    ),
    # The article's own container often says "has-paywall" / "paywall-on": the pre-pass keeps
    # article elements and anything around a paragraph of prose, so "paywall" alone is safe.
    "paywall": (
        "paywall", "regwall", "premium-teaser", "piano-offer", "tp-container", "plus-teaser",
        "meter-wall",
    ),
    "credit": (
        "credit", "credits", "copyright", "photographer", "bildnachweis", "bildquelle",
    ),
    "nav": (
        "nav", "navbar", "navigation", "menu", "sidebar", "skip-link", "skiplink",
        "pagination", "pager", "site-header", "footer", "masthead",
    ),
}
"""concept -> class/id tokens (lower case, parts joined by ``-``)."""


STRUCTURE_CONCEPTS: tuple[str, ...] = ("nav", "aside", "footer", "header", "form", "hidden", "credit")
"""Concepts the pre-pass finds by structure (tags, roles, hidden elements, credits in figures)."""

HTML_RULES: dict[str, str] = {
    "html-nav": "menus: <nav>, role=navigation, nav/menu/sidebar/pagination classes",
    "html-aside": "<aside> boxes and role=complementary",
    "html-footer": "the page's <footer> and role=contentinfo",
    "html-header": "a <header> outside the article and role=banner",
    "html-form": "<form> elements: search, login, comment forms",
    "html-hidden": "hidden elements: hidden, aria-hidden, display:none",
    "html-credit": "photo credits in figures and credit/copyright boxes",
    "html-share": "share bars and social links",
    "html-newsletter": "newsletter and subscription boxes",
    "html-related": "related, most-read and recommended lists; one-link paragraphs to other articles",
    "html-author-bio": "author boxes and bios",
    "html-tags": "tag lists and tag clouds",
    "html-breadcrumb": "breadcrumbs",
    "html-cookie": "cookie and consent banners",
    "html-comments": "comment forms",
    "html-ads": "ad slots and sponsored boxes",
    "html-paywall": "paywall and subscription teasers",
}
"""The HTML pre-pass's rule ids (``html-<concept>``) and what each removes. Like the text rules'
ids, each is a `Config.disable` / ``--disable`` value; the related concept also covers short
paragraphs that are one link to another article."""


LEAD_TOKENS: tuple[str, ...] = (
    "lead", "intro", "teaser", "excerpt", "abstract", "deck", "standfirst", "chapo", "preface",
    "summary", "sapo", "vorspann", "entradilla", "bajada",
)
"""Class parts of an article's lead paragraph (standfirst). Matched as whole parts:
"article__intro", "teaser-text", "entry-excerpt", "af-chapo"; never "introduction-video"."""
