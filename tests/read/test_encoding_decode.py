"""decode(): BOM, declared charset, meta/XML declaration, UTF-8, detection, and refusal."""

from __future__ import annotations

import codecs

import pytest
from tests.read.samples import BODY, TITLE, page

from rasid.errors import InputError
from rasid.read.encoding import decode, normalise_codec, prescan

HTML = page(TITLE, BODY)
META_1256 = page(TITLE, BODY, meta='<meta charset="windows-1256">')
EQUIV_1256 = page(
    TITLE, BODY, meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
)
META_8859 = page(TITLE, BODY, meta="<meta charset=ISO-8859-6>")
XML_1256 = (
    f'<?xml version="1.0" encoding="windows-1256"?>\n<rss><channel><title>{TITLE}</title></channel></rss>'
)


@pytest.mark.parametrize(
    ("data", "declared", "html", "text", "codec"),
    [
        pytest.param(BODY.encode("utf-8"), None, False, BODY, "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + BODY.encode("utf-8"), None, False, BODY, "utf-8", id="utf-8-bom"),
        pytest.param(
            codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), None, False, BODY, "utf-16le", id="utf-16le-bom"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), None, False, BODY, "utf-16be", id="utf-16be-bom"
        ),
        pytest.param(
            META_1256.encode("cp1256"), None, True, META_1256, "windows-1256", id="1256-meta-charset"
        ),
        pytest.param(
            EQUIV_1256.encode("cp1256"), None, True, EQUIV_1256, "windows-1256", id="1256-http-equiv"
        ),
        pytest.param(BODY.encode("cp1256"), None, False, BODY, "windows-1256", id="1256-detected"),
        pytest.param(HTML.encode("cp1256"), None, True, HTML, "windows-1256", id="1256-html-detected"),
        pytest.param(META_8859.encode("iso8859_6"), None, True, META_8859, "iso-8859-6", id="8859-6-meta"),
        pytest.param(BODY.encode("iso8859_6"), "ISO-8859-6", False, BODY, "iso-8859-6", id="8859-6-declared"),
        pytest.param(BODY.encode("iso8859_6"), None, False, BODY, "iso-8859-6", id="8859-6-detected"),
        pytest.param(XML_1256.encode("cp1256"), None, True, XML_1256, "windows-1256", id="xml-declaration"),
        # The transport's declaration outranks the page's own.
        pytest.param(
            META_8859.encode("cp1256"), "cp1256", True, META_8859, "windows-1256", id="header-over-meta"
        ),
        # A declaration the bytes contradict (undefined in ISO-8859-6) is passed over.
        pytest.param(
            BODY.encode("cp1256"), "iso-8859-6", False, BODY, "windows-1256", id="wrong-declaration"
        ),
        # Latin-1 declarations are weak: the bytes are Arabic, UTF-8 or windows-1256.
        pytest.param(BODY.encode("utf-8"), "iso-8859-1", False, BODY, "utf-8", id="latin1-header-utf8-bytes"),
        pytest.param(
            BODY.encode("cp1256"), "iso-8859-1", False, BODY, "windows-1256", id="latin1-header-1256"
        ),
        pytest.param(BODY.encode("utf-8"), "x-no-such-codec", False, BODY, "utf-8", id="unknown-label"),
        pytest.param(b"", None, False, "", "utf-8", id="empty"),
    ],
)
def test_decode_picks_codec(data: bytes, declared: str | None, html: bool, text: str, codec: str) -> None:
    assert decode(data, declared=declared, html=html) == (text, codec, [])


def test_meta_is_ignored_outside_markup() -> None:
    data = ("<meta charset=iso-8859-6>\n" + BODY).encode("utf-8")
    assert decode(data, html=False) == (data.decode("utf-8"), "utf-8", [])


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("خبر قصير".encode("iso8859_6"), id="too-short-to-tell-8859-6-from-1256"),
        pytest.param(bytes(range(128, 256)) * 4, id="binary"),
    ],
)
def test_decode_refuses_to_guess(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, source="page.html")
    assert str(caught.value) == "page.html: cannot determine the text encoding"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("cp1256", "windows-1256"),
        ("WINDOWS-1256", "windows-1256"),
        ("iso8859_6", "iso-8859-6"),
        ("arabic", "iso-8859-6"),
        ("ISO-8859-6-I", "iso-8859-6"),
        ("utf_8", "utf-8"),
        ("UTF8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("utf-16-le", "utf-16le"),
        ("latin-1", "iso-8859-1"),
        ("base64", None),
        ("no-such-codec", None),
    ],
)
def test_normalise_codec(label: str, name: str | None) -> None:
    assert normalise_codec(label) == name


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<html><head><meta charset="windows-1256">', "windows-1256"),
        (b"<meta http-equiv='content-type' content='text/html;charset=cp1256'>", "windows-1256"),
        (b'<?xml version="1.0" encoding="ISO-8859-6"?><feed>', "iso-8859-6"),
        (b'<meta charset="utf-16">', "utf-8"),
        (b"<html><head><title>no declaration</title>", None),
        (b" " * 4096 + b'<meta charset="windows-1256">', None),
    ],
)
def test_prescan(head: bytes, codec: str | None) -> None:
    assert prescan(head) == codec
