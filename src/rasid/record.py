"""The rasid/1 record: one typed model for the pipeline, the JSON output and its JSON Schema.

The model mirrors ../shared/docs/record-schema.md. It imports nothing from rasid, so every
module can import it; language views of the text live in `rasid.lang.ar.text.text_view`. Working fields that are not part of
the output contract (the raw bytes, the decoded input, the caller's hints) are excluded
from serialisation, so `to_dict()` is exactly the published JSON object.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, overload

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["rasid/1"] = "rasid/1"

Span = Annotated[tuple[int, int], Field(description="[start, end) in code points of `text`")]
Format = Literal["text", "html", "warc", "feed", "jsonl"]
Precision = Literal["day", "week", "month", "year"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "less_than"]
Vague = Literal["several", "tens", "hundreds", "thousands"]
Status = Literal["killed", "injured", "killed_or_injured", "displaced", "detained", "missing"]
Group = Literal["people", "civilians", "children", "women", "men", "fighters", "medics", "journalists"]
Stance = Literal["assert", "accuse", "deny", "doubt", "demand", "condemn", "warn", "announce"]
EventType = Literal[
    "airstrike",
    "shelling",
    "explosion",
    "suicide_bombing",
    "chemical_attack",
    "armed_clash",
    "territory_change",
    "attack_on_civilians",
    "massacre",
    "abduction",
    "arrest",
    "protest",
    "campaign",
    "military_intervention",
    "agreement",
    "authorization",
    "cooperation",
    "request",
    "displacement",
    "aid",
]


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, validate_assignment=False, extra="forbid")


class Source(_Model):
    uri: str | None = None
    publisher: str | None = None
    format: Format = "text"
    item_id: str | None = Field(
        None, description="identifier the input gave the item (JSONL id, WARC record id)"
    )
    encoding: str | None = Field(None, description="character encoding the raw bytes were decoded with")


class Published(_Model):
    value: str | None = None
    precision: Precision | None = None
    from_: Literal["given", "html", "text"] | None = Field(None, alias="from")


class Removed(_Model):
    text: str
    reason: str


class _Mention(_Model):
    id: str
    span: Span
    text: str


class ActorMention(_Mention):
    kind: Literal["actor"] = "actor"
    type: Literal["PER", "ORG", "GPE", "NORP"]
    name: str | None = None
    name_ar: str | None = None
    country: str | None = None
    role_words: list[str] = Field(default_factory=list)
    parent: str | None = Field(
        None,
        description="canonical name of the state or body the actor belongs to (Russian Air Force → Russia)",
    )


class PlaceMention(_Mention):
    kind: Literal["place"] = "place"
    name: str | None = None
    name_ar: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: Literal["country", "admin1", "admin2", "city", "neighbourhood", "facility"] | None = None


class DateRange(_Model):
    from_: str | None = Field(None, alias="from")
    to: str | None = None


class DateOffset(_Model):
    """A relative date kept unresolved: `n` units from the anchor (the publication date)."""

    unit: Literal["day", "week", "month", "year"]
    n: int
    weekday: int | None = Field(None, description="0=Monday .. 6=Sunday when the expression names one")


class DateMention(_Mention):
    kind: Literal["date"] = "date"
    value: str | None = None
    precision: Precision | None = None
    relative: bool = False
    range: DateRange | None = None
    offset: DateOffset | None = None
    part_of_day: str | None = None
    hijri: str | None = Field(None, description="the Hijri date as written, ISO-like YYYY-MM-DD (AH)")


class QuantityMention(_Mention):
    kind: Literal["quantity"] = "quantity"
    value: float | None = None
    qualifier: Qualifier | None = None
    low: int | None = None
    high: int | None = None
    vague: Vague | None = None
    unit: str | None = None


class WeaponMention(_Mention):
    kind: Literal["weapon"] = "weapon"
    name: str
    banned: bool = False
    # Working field, never serialised: the event type an attack with this weapon is, set by
    # the weapons stage and read by the events stage (so events need not import weapons).
    mode: EventType | None = Field(None, exclude=True)


Mention = Annotated[
    ActorMention | PlaceMention | DateMention | QuantityMention | WeaponMention,
    Field(discriminator="kind"),
]


class Trigger(_Model):
    span: Span
    text: str


class Casualty(_Model):
    status: Status
    group: Group = "people"
    value: float | None = None
    qualifier: Qualifier | None = None
    low: int | None = None
    high: int | None = None
    vague: Vague | None = None
    span: Span
    part_of: int | None = None
    cumulative: bool = False
    claim: str | None = None


class EventActors(_Model):
    perpetrator: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    perpetrator_hedged: bool = Field(
        False,
        description="the text only supposes who did it: the perpetrators are named in a hedged clause"
        " (يُرجَّح أنها، يُعتقد، نُسب إلى)",
    )


class Event(_Model):
    id: str
    type: EventType
    trigger: Trigger
    acled: list[str] | None = None
    plover: str | None = None
    date: str | None = None
    place: str | None = None
    actors: EventActors = Field(default_factory=EventActors)
    weapons: list[str] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)
    claim: str | None = None
    negated: bool = False
    hypothetical: bool = False
    cumulative: bool = Field(
        False,
        description="a campaign or period that holds running tallies (حصيلة منذ ...), not one incident",
    )


class Cue(_Model):
    span: Span
    text: str


class Content(_Model):
    span: Span


class Claim(_Model):
    id: str
    source: str | None = None
    source_chain: list[str] = Field(default_factory=list)
    cue: Cue
    stance: Stance
    content: Content
    quoted: bool = False
    date: str | None = None


class Record(_Model):
    """One article, from raw bytes to extracted layers; stages add layers in order."""

    model_config = ConfigDict(populate_by_name=True, extra="forbid", arbitrary_types_allowed=True)

    schema_: Literal["rasid/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    source: Source = Field(default_factory=Source)
    title: str | None = None
    published: Published = Field(default_factory=Published)
    language: str = "ar"
    tags: list[str] = Field(default_factory=list)
    text: str = ""
    removed: list[Removed] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    # Working state, never serialised.
    raw: bytes = Field(b"", exclude=True, repr=False)
    raw_text: str = Field("", exclude=True, repr=False, description="the decoded input before cleaning")
    content_type: Literal["text", "html"] = Field("text", exclude=True)
    given_published: str | None = Field(None, exclude=True, description="publication date from the caller")
    country: str | None = Field(
        None,
        exclude=True,
        description="the article's own country (link/country.py), decided by the actors stage for later ones",
    )
    working: dict[str, Any] = Field(
        default_factory=dict,
        exclude=True,
        repr=False,
        description="what stages share about this record and rebuild on demand (the normalised view)",
    )

    def span_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def next_mention_id(self) -> str:
        return f"m{len(self.mentions) + 1}"

    @overload
    def mentions_of(self, kind: Literal["actor"]) -> list[ActorMention]: ...
    @overload
    def mentions_of(self, kind: Literal["place"]) -> list[PlaceMention]: ...
    @overload
    def mentions_of(self, kind: Literal["date"]) -> list[DateMention]: ...
    @overload
    def mentions_of(self, kind: Literal["quantity"]) -> list[QuantityMention]: ...
    @overload
    def mentions_of(self, kind: Literal["weapon"]) -> list[WeaponMention]: ...
    @overload
    def mentions_of(self, kind: str) -> list[Any]: ...
    def mentions_of(self, kind: str) -> list[Any]:
        """The mentions of one kind, in record order, typed by kind (`"actor"` → `list[ActorMention]`)."""
        return [m for m in self.mentions if m.kind == kind]

    def mention(self, mention_id: str) -> Any:
        """The mention with this id (KeyError if none). Stages only append mentions, so an
        index by id is rebuilt when their number changes, not searched for on every call."""
        index: dict[str, Any] | None = self.working.get("mention_index")
        count = self.working.get("mention_count", 0)
        if index is None or count > len(self.mentions):
            index, count = {}, 0
        for m in self.mentions[count:]:  # the mentions appended since the index was made
            index.setdefault(m.id, m)
        self.working["mention_index"], self.working["mention_count"] = index, len(self.mentions)
        return index[mention_id]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of record-schema.md."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, pretty: bool = False) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2 if pretty else None)


def json_schema() -> dict[str, Any]:
    """JSON Schema of the serialised record (working fields excluded)."""
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://rasid.invalid/schema/rasid-1.json"
    schema["title"] = "rasid/1 record"
    return schema
