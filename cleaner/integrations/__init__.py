"""Adapters to other tools. Each submodule imports its tool at the top and is imported only by its
users (``from cleaner.integrations.datatrove import CleanStep``); ``import cleaner`` loads none of
them."""
