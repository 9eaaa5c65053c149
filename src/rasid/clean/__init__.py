"""Cleaning: the article's text, title, publisher, tags and publication date from raw input."""

from rasid.clean.html import HtmlContent, extract_html
from rasid.clean.memory import FurnitureMemory
from rasid.clean.stage import CleanStage
from rasid.clean.text import Trimmed, trim

__all__ = ["CleanStage", "FurnitureMemory", "HtmlContent", "Trimmed", "extract_html", "trim"]
