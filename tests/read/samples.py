"""Inputs for the reader tests: Arabic sentences written for these tests, small builders."""

from __future__ import annotations

import hashlib

TITLE = "غارات جوية على أطراف البلدة"
BODY = (
    "قال شهود عيان إن طائرات حربية قصفت أطراف البلدة فجر اليوم، ما أدى إلى دمار واسع في المنازل. "
    "وذكر مراسلنا أن عشرات العائلات نزحت نحو القرى المجاورة بعد اشتداد القصف. "
    "ولم تصدر أي جهة رسمية تعليقاً على الحادثة حتى ظهر الثلاثاء."
)
SECOND = "افتتاح مدرسة جديدة في الحي الشرقي بعد ترميمها بجهود الأهالي."


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page(title: str, body: str, *, meta: str = "") -> str:
    """A small article page; `meta` goes into <head> (e.g. a charset declaration)."""
    return (
        f"<!DOCTYPE html>\n<html><head>{meta}<title>{title}</title></head>\n"
        f"<body><h1>{title}</h1><p>{body}</p></body></html>\n"
    )
