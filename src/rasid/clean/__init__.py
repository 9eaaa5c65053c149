"""Cleaning: the article's text, title, publisher, tags and publication date from raw input."""

from rasid.clean.html import HtmlContent, extract_html
from rasid.clean.stage import CleanStage
from rasid.clean.text import Trimmed, trim

__all__ = ["CleanStage", "HtmlContent", "Trimmed", "extract_html", "trim"]
