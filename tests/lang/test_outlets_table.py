"""The outlet list's rows in the language layer: what the claims stage may ask without reading
the actors stage's modules."""

from __future__ import annotations

from rasid.lang.ar.outlets import is_outlet, outlet_key, outlet_rows


def test_an_outlet_is_known_by_its_english_and_arabic_names_and_aliases() -> None:
    assert is_outlet("Reuters")
    assert is_outlet("Sky News Arabia")
    assert is_outlet("سكاي نيوز")  # an alias
    assert is_outlet("وكالة  رويترز")  # white space folded


def test_a_body_that_publishes_nothing_is_no_outlet() -> None:
    assert not is_outlet("Ministry of Health")
    assert not is_outlet("")


def test_the_lookup_form_drops_tatweel_and_case() -> None:
    assert outlet_key("  Sky   NEWS ") == "sky news"
    assert outlet_key("رويـترز") == outlet_key("رويترز")


def test_the_rows_keep_address_country_kind_and_aliases() -> None:
    rows = {outlet.domain: (outlet, aliases) for outlet, aliases in outlet_rows()}
    outlet, aliases = rows["reuters.com"]
    assert (outlet.name_en, outlet.country, outlet.kind, aliases) == (
        "Reuters",
        "GBR",
        "agency",
        ("وكالة رويترز",),
    )
