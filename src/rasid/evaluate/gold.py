"""Load and validate `rasid-gold/1` files (../shared/docs/gold-format.md).

Gold names the article's words, never offsets. The loader reads the input beside
the gold file (Unicode NFC), checks every quoted string against it, and resolves
each quote to its occurrences in the input: `occurrence` (1-based) picks one; a
quote that may refer to any occurrence (`also` triggers, `source_text`, `part_of`
without `part_of_occurrence`) keeps them all. A value given as a list means "any
of these": names, enums, date values and numbers are kept as tuples of
alternatives (empty for null). Any problem raises `GoldError` naming the file and
the item, so a typo never silently turns into a miss.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasid.errors import GoldError

FORMAT = "rasid-gold/1"
LAYERS = ("entities", "places", "dates", "quantities", "casualties", "events", "claims")
EXHAUSTIVE_NAMES = frozenset({"body", *LAYERS})

NER_TYPES = frozenset({"PER", "ORG", "GPE", "NORP", "LOC"})
STATUS = frozenset({"killed", "injured", "killed_or_injured", "displaced", "detained", "missing"})
GROUPS = frozenset({"people", "civilians", "children", "women", "men", "fighters", "medics", "journalists"})
QUALIFIERS = frozenset({"exact", "more_than", "at_least", "about", "up_to", "less_than"})
VAGUE = frozenset({"several", "tens", "hundreds", "thousands"})
STANCES = frozenset({"assert", "accuse", "deny", "doubt", "demand", "condemn", "warn", "announce"})
EVENT_TYPES = frozenset(
    {
        "airstrike", "shelling", "explosion", "suicide_bombing", "chemical_attack", "armed_clash",
        "territory_change", "attack_on_civilians", "massacre", "abduction", "arrest", "protest",
        "campaign", "military_intervention", "agreement", "authorization", "cooperation", "request",
        "displacement", "aid",
    }
)  # fmt: skip
_ISO_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMMENT_KEYS = frozenset({"note", "notes", "comment"})

Span = tuple[int, int]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences, counted as `str.count` counts them."""
    starts: list[int] = []
    if not needle:
        return starts
    pos = haystack.find(needle)
    while pos >= 0:
        starts.append(pos)
        pos = haystack.find(needle, pos + len(needle))
    return starts


@dataclass(frozen=True)
class Quote:
    """A string of the input and the occurrences (0-based indexes, input spans) it refers to."""

    text: str
    indexes: tuple[int, ...]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class GoldEntity:
    quote: Quote
    type: str
    names: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldPlace:
    quote: Quote
    names: tuple[str, ...]
    lat: float
    lon: float
    approx: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldDate:
    quote: Quote
    value: tuple[str, ...]  # alternatives; empty: a relative date left unresolved (published unknown)
    relative: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldQuantity:
    """Numbers as alternatives: `value` empty means no number (then `vague` applies)."""

    quote: Quote
    value: tuple[float, ...]
    qualifier: tuple[str, ...]  # empty: exact
    vague: tuple[str, ...]  # empty: none
    optional: bool = False
    low: int | None = None  # a range's ends ("بين 10 و15"), value empty; see tests/gold/README.md
    high: int | None = None


@dataclass(frozen=True)
class GoldCasualty:
    quote: Quote
    status: tuple[str, ...]
    group: tuple[str, ...]
    value: tuple[float, ...]
    qualifier: tuple[str, ...]
    vague: tuple[str, ...]
    cumulative: bool | None
    part_of: Quote | None
    source: tuple[str, ...] | None
    optional: bool = False
    low: int | None = None  # a range's ends, as for GoldQuantity
    high: int | None = None


@dataclass(frozen=True)
class GoldEvent:
    quote: Quote
    also: tuple[Quote, ...]
    types: tuple[str, ...]
    date: tuple[str, ...]  # alternatives; empty: no date
    place: tuple[str, ...] | None
    perpetrator: tuple[str, ...] | None
    optional: bool = False


@dataclass(frozen=True)
class GoldClaim:
    quote: Quote
    stance: tuple[str, ...]
    source: tuple[str, ...]
    source_text: Quote | None
    content_contains: str | None
    optional: bool = False


GoldItem = GoldEntity | GoldPlace | GoldDate | GoldQuantity | GoldCasualty | GoldEvent | GoldClaim


@dataclass(frozen=True)
class Body:
    must_include: tuple[str, ...] = ()
    must_exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gold:
    """One gold file, validated, with its input text (NFC) loaded."""

    path: Path
    id: str
    input_path: Path
    input_text: str
    published: str | None
    notes: str
    exhaustive: frozenset[str]
    title: str | None
    publisher: tuple[str, ...] | None
    tags: tuple[str, ...]
    body: Body
    entities: tuple[GoldEntity, ...]
    places: tuple[GoldPlace, ...]
    dates: tuple[GoldDate, ...]
    quantities: tuple[GoldQuantity, ...]
    casualties: tuple[GoldCasualty, ...]
    events: tuple[GoldEvent, ...]
    claims: tuple[GoldClaim, ...]

    def layer(self, name: str) -> tuple[GoldItem, ...]:
        items: tuple[GoldItem, ...] = getattr(self, name)
        return items


class _Reader:
    """Validation helpers bound to one file, so every message names the file and the item."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = ""

    def fail(self, where: str, problem: str) -> GoldError:
        return GoldError(f"{self.path}: {where}: {problem}")

    def keys(self, item: Any, where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise self.fail(where, f"expected an object, got {type(item).__name__}")
        missing = required - item.keys()
        if missing:
            raise self.fail(where, f"missing {', '.join(sorted(missing))}")
        unknown = item.keys() - required - optional - _COMMENT_KEYS
        if unknown:
            raise self.fail(where, f"unknown key(s) {', '.join(sorted(unknown))}")
        return item

    def string(self, value: Any, where: str, *, null: bool = False) -> str | None:
        if value is None and null:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(where, f"expected a non-empty string, got {value!r}")
        return nfc(value)

    def flag(self, value: Any, where: str, *, null: bool = False) -> bool | None:
        if value is None and null:
            return None
        if not isinstance(value, bool):
            raise self.fail(where, f"expected true or false, got {value!r}")
        return value

    def numbers(self, value: Any, where: str) -> tuple[float, ...]:
        """A number, a list of alternative numbers, or null (empty)."""
        values = [] if value is None else value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, bool) or not isinstance(v, int | float):
                raise self.fail(where, f"expected a number, a list of numbers or null, got {value!r}")
        return tuple(float(v) for v in values)

    def bound(self, value: Any, where: str) -> int | None:
        """A range's end: an integer or null."""
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.fail(where, f"expected an integer or null, got {value!r}")
        return value

    def number(self, value: Any, where: str) -> float | None:
        numbers = self.numbers(value, where)
        if len(numbers) > 1 or isinstance(value, list):
            raise self.fail(where, f"expected one number, got {value!r}")
        return numbers[0] if numbers else None

    def choices(self, value: Any, allowed: frozenset[str], where: str) -> tuple[str, ...]:
        """An enum value, a list of alternatives, or null (empty)."""
        values = self.names(value, where, null=True) or ()
        for v in values:
            self.enum(v, allowed, where)
        return values

    def iso_dates(self, value: Any, where: str) -> tuple[str, ...]:
        """An ISO date value, a list of alternatives, or null (empty)."""
        values = self.names(value, where, null=True) or ()
        for v in values:
            if not _ISO_VALUE.match(v):
                raise self.fail(where, f"expected YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www, got {v!r}")
        return values

    def names(self, value: Any, where: str, *, null: bool = False) -> tuple[str, ...] | None:
        """A value or a list of alternatives ("any of these")."""
        if value is None and null:
            return None
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise self.fail(where, f"expected a string or a list of strings, got {value!r}")
        return tuple(nfc(v) for v in values)

    def enum(self, value: Any, allowed: frozenset[str], where: str, *, null: bool = False) -> str | None:
        if value is None and null:
            return None
        if value not in allowed:
            raise self.fail(where, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return str(value)

    def enums(self, value: Any, allowed: frozenset[str], where: str) -> tuple[str, ...]:
        values = self.names(value, where) or ()
        for v in values:
            self.enum(v, allowed, where)
        if not values:
            raise self.fail(where, "needs at least one value")
        return values

    def quote(self, value: Any, where: str, occurrence: Any = None, *, unique: bool = True) -> Quote:
        """Resolve a quoted string; `unique` demands `occurrence` when the string repeats."""
        text = self.string(value, where)
        assert text is not None
        starts = find_all(self.text, text)
        if not starts:
            raise self.fail(where, f"not in the input: {text!r}")
        if occurrence is not None:
            if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
                raise self.fail(where, f"occurrence must be a positive integer, got {occurrence!r}")
            if occurrence > len(starts):
                raise self.fail(where, f"occurrence {occurrence} > {len(starts)} in the input: {text!r}")
            indexes: tuple[int, ...] = (occurrence - 1,)
        elif len(starts) > 1 and unique:
            raise self.fail(where, f"{len(starts)} occurrences in the input, give 'occurrence': {text!r}")
        else:
            indexes = tuple(range(len(starts)))
        spans = tuple((starts[i], starts[i] + len(text)) for i in indexes)
        return Quote(text, indexes, spans)


_BASE = {"optional", "occurrence"}


def _entity(r: _Reader, it: Any, where: str) -> GoldEntity:
    r.keys(it, where, {"text", "type", "name"}, _BASE)
    return GoldEntity(
        quote=r.quote(it["text"], where, it.get("occurrence")),
        type=r.enum(it["type"], NER_TYPES, f"{where}.type") or "",
        names=r.names(it["name"], f"{where}.name") or (),
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
    )


def _coordinate(r: _Reader, value: Any, where: str, limit: float) -> float:
    number = r.number(value, where)
    if number is None or abs(number) > limit:
        raise r.fail(where, f"expected a coordinate within ±{limit:g}, got {value!r}")
    return number


def _place(r: _Reader, it: Any, where: str) -> GoldPlace:
    r.keys(it, where, {"text", "name", "lat", "lon"}, _BASE | {"approx"})
    return GoldPlace(
        quote=r.quote(it["text"], where, it.get("occurrence")),
        names=r.names(it["name"], f"{where}.name") or (),
        lat=_coordinate(r, it["lat"], f"{where}.lat", 90),
        lon=_coordinate(r, it["lon"], f"{where}.lon", 180),
        approx=bool(r.flag(it.get("approx", False), f"{where}.approx")),
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
    )


def _date(r: _Reader, it: Any, where: str) -> GoldDate:
    r.keys(it, where, {"text", "value"}, _BASE | {"relative"})
    value = r.iso_dates(it["value"], f"{where}.value")
    relative = bool(r.flag(it.get("relative", False), f"{where}.relative"))
    if not value and not relative:
        raise r.fail(f"{where}.value", 'null value needs "relative": true')
    return GoldDate(
        quote=r.quote(it["text"], where, it.get("occurrence")),
        value=value,
        relative=relative,
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
    )


def _quantity(r: _Reader, it: Any, where: str) -> GoldQuantity:
    r.keys(it, where, {"text", "value"}, _BASE | {"qualifier", "vague", "low", "high"})
    return GoldQuantity(
        quote=r.quote(it["text"], where, it.get("occurrence")),
        value=r.numbers(it["value"], f"{where}.value"),
        qualifier=r.choices(it.get("qualifier"), QUALIFIERS, f"{where}.qualifier"),
        vague=r.choices(it.get("vague"), VAGUE, f"{where}.vague"),
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
        low=r.bound(it.get("low"), f"{where}.low"),
        high=r.bound(it.get("high"), f"{where}.high"),
    )


def _casualty(r: _Reader, it: Any, where: str) -> GoldCasualty:
    r.keys(
        it,
        where,
        {"text", "status", "group"},
        _BASE
        | {
            "value",
            "qualifier",
            "vague",
            "cumulative",
            "part_of",
            "part_of_occurrence",
            "source",
            "low",
            "high",
        },
    )
    part_of = it.get("part_of")
    return GoldCasualty(
        quote=r.quote(it["text"], where, it.get("occurrence")),
        status=r.enums(it["status"], STATUS, f"{where}.status"),
        group=r.enums(it["group"], GROUPS, f"{where}.group"),
        value=r.numbers(it.get("value"), f"{where}.value"),
        qualifier=r.choices(it.get("qualifier"), QUALIFIERS, f"{where}.qualifier"),
        vague=r.choices(it.get("vague"), VAGUE, f"{where}.vague"),
        cumulative=r.flag(it.get("cumulative"), f"{where}.cumulative", null=True),
        part_of=None
        if part_of is None
        else r.quote(part_of, f"{where}.part_of", it.get("part_of_occurrence"), unique=False),
        source=r.names(it.get("source"), f"{where}.source", null=True),
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
        low=r.bound(it.get("low"), f"{where}.low"),
        high=r.bound(it.get("high"), f"{where}.high"),
    )


def _event(r: _Reader, it: Any, where: str) -> GoldEvent:
    r.keys(it, where, {"trigger", "type"}, _BASE | {"also", "date", "place", "perpetrator"})
    also = it.get("also") or []
    if not isinstance(also, list):
        raise r.fail(f"{where}.also", f"expected a list of strings, got {also!r}")
    return GoldEvent(
        quote=r.quote(it["trigger"], where, it.get("occurrence")),
        also=tuple(r.quote(a, f"{where}.also[{i}]", unique=False) for i, a in enumerate(also)),
        types=r.enums(it["type"], EVENT_TYPES, f"{where}.type"),
        date=r.iso_dates(it.get("date"), f"{where}.date"),
        place=r.names(it.get("place"), f"{where}.place", null=True),
        perpetrator=r.names(it.get("perpetrator"), f"{where}.perpetrator", null=True),
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
    )


def _claim(r: _Reader, it: Any, where: str) -> GoldClaim:
    r.keys(it, where, {"cue", "stance"}, _BASE | {"source", "source_text", "content_contains"})
    source_text = it.get("source_text")
    content = r.string(it.get("content_contains"), f"{where}.content_contains", null=True)
    if content is not None and content not in r.text:
        raise r.fail(f"{where}.content_contains", f"not in the input: {content!r}")
    return GoldClaim(
        quote=r.quote(it["cue"], where, it.get("occurrence")),
        stance=r.enums(it["stance"], STANCES, f"{where}.stance"),
        source=r.names(it.get("source") or [], f"{where}.source") or (),
        source_text=None
        if source_text is None
        else r.quote(source_text, f"{where}.source_text", unique=False),
        content_contains=content,
        optional=bool(r.flag(it.get("optional", False), f"{where}.optional")),
    )


_PARSERS = {
    "entities": _entity,
    "places": _place,
    "dates": _date,
    "quantities": _quantity,
    "casualties": _casualty,
    "events": _event,
    "claims": _claim,
}
_TOP_KEYS = {
    "format",
    "id",
    "input",
    "published",
    "notes",
    "exhaustive",
    "title",
    "publisher",
    "tags",
    "body",
}


def _read_input(r: _Reader, path: Path) -> str:
    try:
        return nfc(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise r.fail("input", f"missing: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise r.fail("input", f"cannot read {path}: {exc}") from None


def _body(r: _Reader, value: Any) -> Body:
    body = r.keys(value or {}, "body", set(), {"must_include", "must_exclude"})
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("must_include", "must_exclude"):
        phrases = r.names(body.get(key) or [], f"body.{key}") or ()
        for i, phrase in enumerate(phrases):
            if phrase not in r.text:
                raise r.fail(f"body.{key}[{i}]", f"not in the input: {phrase!r}")
        lists[key] = phrases
    return Body(**lists)


def _publisher(r: _Reader, value: Any) -> tuple[str, ...] | None:
    """The outlet's names; an empty list would be alternatives none of which can match."""
    if value == []:
        raise r.fail("publisher", "an empty list: give the outlet's names, or null when it is unknown")
    return r.names(value, "publisher", null=True)


def load_gold(path: Path | str) -> Gold:
    """Read, validate and resolve one gold file; raises GoldError naming the file and item."""
    path = Path(path)
    r = _Reader(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise r.fail("file", f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise r.fail("file", f"not JSON: {exc.msg} at line {exc.lineno}") from None
    r.keys(data, "file", {"format", "input"}, _TOP_KEYS | set(LAYERS))
    if data["format"] != FORMAT:
        raise r.fail("format", f"unknown format {data['format']!r}, expected {FORMAT!r}")
    input_name = r.string(data["input"], "input")
    assert input_name is not None
    input_path = path.parent / input_name
    r.text = _read_input(r, input_path)

    published = r.string(data.get("published"), "published", null=True)
    if published is not None and not _ISO_DAY.match(published):
        raise r.fail("published", f"expected YYYY-MM-DD or null, got {published!r}")
    exhaustive = r.names(data.get("exhaustive") or [], "exhaustive") or ()
    for name in exhaustive:
        r.enum(name, EXHAUSTIVE_NAMES, "exhaustive")
    title = r.string(data.get("title"), "title", null=True)
    if title is not None and title not in r.text:
        raise r.fail("title", f"not in the input: {title!r}")

    layers: dict[str, tuple[Any, ...]] = {}
    for layer, parse in _PARSERS.items():
        items = data.get(layer) or []
        if not isinstance(items, list):
            raise r.fail(layer, "expected a list")
        layers[layer] = tuple(parse(r, it, f"{layer}[{i}]") for i, it in enumerate(items))

    return Gold(
        path=path,
        id=str(data.get("id") or path.name.removesuffix(".gold.json")),
        input_path=input_path,
        input_text=r.text,
        published=published,
        notes=str(data.get("notes") or ""),
        exhaustive=frozenset(exhaustive),
        title=title,
        publisher=_publisher(r, data.get("publisher")),
        tags=r.names(data.get("tags") or [], "tags") or (),
        body=_body(r, data.get("body")),
        **layers,
    )


def find_gold_files(paths: list[Path]) -> list[Path]:
    """Every *.gold.json under the given directories (recursive), or the files themselves."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(p.rglob("*.gold.json")))
        elif p.is_file():
            found.append(p)
        else:
            raise GoldError(f"{p}: no such file or directory")
    return found
