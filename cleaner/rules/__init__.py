"""All rules, imported in precedence order so that the registry lists them in that order."""

from .base import RULES, Rule, rule
from . import site, title, credits, social, prompts, reading, comments, legal, notices, tags, bio, lists, contact, classify  # noqa: F401,E402  (registration)

__all__ = ["RULES", "Rule", "rule"]
