"""What the review forms offer for each item a page shows, in the store's review terms.

The store names targets (`rasid.store.reviews`): `event` `doc/e1`, `casualty` `doc/e1/0`,
`claim` `doc/c2`, `mention` `doc/m3` (dates, places, actors, quantities, weapons), and
`document` `doc` for an item the extraction missed (action `add`, field = the kind of
mention added, value = its span and words). Fields are the columns of `rasid.tables`;
the store looks up the old value itself. Here: which fields a form lists per item, and
turning a typed value into the JSON value the column holds.
"""

from __future__ import annotations

from typing import Any

ADDABLE = ("place", "actor", "date", "quantity", "weapon")
FIELDS: dict[str, tuple[str, ...]] = {
    "event": ("type", "date", "place_name", "country", "admin1", "perpetrator_names", "target_names"),
    "casualty": ("value", "low", "high", "status", "group", "claim_source"),
    "claim": ("source_name", "stance"),
    "date": ("date",),
    "place": ("name", "country", "admin1", "lat", "lon"),
    "actor": ("name", "type", "parent"),
    "quantity": ("value", "low", "high"),
    "weapon": ("name",),
}
NUMBERS = {"value", "low", "high", "lat", "lon"}


def store_kind(item_kind: str) -> str:
    """The store's target kind of a page item (a date, place ... is a `mention`)."""
    return "mention" if item_kind in ADDABLE else item_kind


def typed(field: str | None, text: str | None) -> Any:
    """A value typed into a form as the JSON value of its column (numbers stay numbers)."""
    if text is None:
        return None
    text = text.strip()
    if field in NUMBERS:
        try:
            number = float(text.replace("٫", ".").translate(_DIGITS))
        except ValueError:
            raise ValueError(f"{field} must be a number, got {text!r}") from None
        return int(number) if number.is_integer() and field not in ("lat", "lon") else number
    return text


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
