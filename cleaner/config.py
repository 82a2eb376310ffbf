"""Immutable configuration: which rules run and the thresholds that trade recall for safety."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Config:
    """How aggressively `clean` removes chrome.

    Every threshold errs on the side of keeping text: a stray "Share" line is forgivable, a lost
    paragraph is not. Build variants with `Config.preset(name)` or `dataclasses.replace`.
    """

    disabled: frozenset[str] = field(default_factory=frozenset)
    """Rule ids that do not run (the CLI's ``--disable``): text rules, and for `clean_html` the
    pre-pass's ``html-*`` rules too."""

    prose_words: int = 20
    """A line of at least this many words that ends like a sentence is *prose*: the
    ``prose-guard`` keeps it against every rule that is not explicitly allowed to remove prose
    (author bios and cookie banners are). 20 words: real chrome labels, credits and teaser
    headlines stay under it, while a one-sentence paragraph of news prose is usually above it."""

    entry_words: int = 24
    """Longest line (in words) still taken as an entry of a "Most Read" / "Related" list or a
    tag list. Teaser headlines run 6-16 words; a 24-word line is almost always a paragraph."""

    prose_budget: float = 0.5
    """The ``removal-budget`` guard: if the rules would remove more than this share of the
    document's prose words (words in prose lines), the removals of prose lines are undone.
    A bio or a cookie banner is a small share of an article; a rule that eats half of the prose
    has misread the page."""

    classify: bool = True
    """Run the block classifier (rule ``boilerplate``) that removes runs of menu items, link
    lists and footer labels outside the article of a full-page dump. Off in the ``precision``
    preset: it judges lines by shape, not by vocabulary, so it is the rule most likely to take
    an unusual list that sits outside the article's prose."""

    page_edges: bool = False
    """Let the block classifier also remove what lies below the article's lower edge: the
    first long menu or chrome label ("Related", "Comments", "Share", "Tags", a copyright line)
    after it (on a text that is not a full page, the first chrome label). Every line below it
    goes, prose included, but for the long sentences the ``prose-guard`` keeps; no edge is
    drawn above the article, where the headline and the standfirst often sit above the page's
    last menu. It takes most of what follows the article in a full-page dump, and also, now and
    then, a part of the article that sits below such a label (a closing line after a share
    bar, an "about us" text under a footer label). Off by default; on in the ``recall``
    preset."""

    def __post_init__(self):
        # `disabled` is checked like `disable()` checks it: a typo must not leave a rule running,
        # and a bare string would be read as a set of substrings.
        if isinstance(self.disabled, str):
            raise TypeError(f"Config(disabled=...) takes a set of rule ids, not a str; write "
                            f"disabled={{{self.disabled!r}}} or Config().disable({self.disabled!r}).")
        if not isinstance(self.disabled, frozenset):
            object.__setattr__(self, "disabled", frozenset(self.disabled))
        # Numbers and switches of the wrong type would fail deep inside a rule, or (a string for
        # a switch) silently count as True.
        for name in ("prose_words", "entry_words"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"Config.{name} is a whole number of words, not {value!r}.")
            if value < 1:
                raise ValueError(f"Config.{name} is a number of words, at least 1, not {value!r}.")
        budget = self.prose_budget
        if isinstance(budget, bool) or not isinstance(budget, (int, float)):
            raise TypeError(f"Config.prose_budget is a share between 0.0 and 1.0, not {budget!r}.")
        if not 0 <= budget <= 1:
            raise ValueError(f"Config.prose_budget is a share between 0.0 and 1.0, not {budget!r}.")
        for name in ("classify", "page_edges"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"Config.{name} is True or False, not {getattr(self, name)!r}.")
        if self.disabled:
            unknown = sorted(r for r in self.disabled if r not in _rule_ids())
            if unknown:
                raise ValueError(_unknown(unknown[0]))

    @classmethod
    def preset(cls, name: str) -> "Config":
        """A named preset: ``balanced`` (the default), ``precision`` or ``recall``.

        >>> Config.preset("precision").classify
        False
        """
        try:
            return PRESETS[name]
        except KeyError:
            known = ", ".join(sorted(PRESETS))
            raise ValueError(f"Unknown preset {name!r}; choose one of: {known}.") from None

    def disable(self, *rule_ids: str) -> "Config":
        """A copy of this config with the given rules switched off."""
        for rule_id in rule_ids:
            if isinstance(rule_id, (list, tuple, set, frozenset)):
                raise TypeError(f"Config.disable() takes rule ids as separate arguments, not a "
                                f"{type(rule_id).__name__}: write .disable(*{sorted(rule_id) if isinstance(rule_id, (set, frozenset)) else list(rule_id)!r}).")
        unknown = [r for r in rule_ids if r not in _rule_ids()]
        if unknown:
            raise ValueError(_unknown(unknown[0]))
        return replace(self, disabled=self.disabled | frozenset(rule_ids))

    def enabled(self, rule_id: str) -> bool:
        return rule_id not in self.disabled


def _rule_ids() -> dict:
    """Every id `disabled` may hold: the text rules and the HTML pre-pass's ``html-*`` rules."""
    from .htmlvocab import HTML_RULES
    from .rules import RULES

    return {**RULES, **HTML_RULES}


def _unknown(rule_id: str) -> str:
    from .htmlvocab import HTML_RULES
    from .rules import RULES

    return (f"Unknown rule id {rule_id!r}; known rules: {', '.join(RULES)} "
            f"(and for HTML pages: {', '.join(HTML_RULES)}).")


PRESETS: dict[str, Config] = {
    "balanced": Config(),
    # Only the vocabulary rules: nothing is removed for looking like a menu.
    "precision": Config(classify=False, prose_words=14, entry_words=18, prose_budget=0.3),
    # Longer entries and a larger budget: for full-page dumps full of chrome.
    "recall": Config(prose_words=30, entry_words=32, prose_budget=0.7, page_edges=True),
}

DEFAULT = PRESETS["balanced"]
