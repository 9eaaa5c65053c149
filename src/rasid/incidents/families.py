"""Event families: which event types may describe the same incident.

Outlets name one strike differently ("غارة" in one, "قصف" in another, "مجزرة" in a
third), so merging blocks on the family, not the exact type. A type may belong to
several families: a massacre or an attack on civilians is how some outlets report a
strike or a raid, so it bridges the strike and clash families.
"""

from __future__ import annotations

#: The family (or families) of every event type of the taxonomy (DESIGN.md).
FAMILIES: dict[str, tuple[str, ...]] = {
    "airstrike": ("strike",),
    "shelling": ("strike",),
    "explosion": ("strike",),
    "suicide_bombing": ("strike",),
    "chemical_attack": ("strike",),
    "armed_clash": ("clash",),
    "territory_change": ("clash",),
    "attack_on_civilians": ("strike", "clash", "civilians"),
    "massacre": ("strike", "clash", "civilians"),
    "abduction": ("detention",),
    "arrest": ("detention",),
    "protest": ("protest",),
    "campaign": ("protest",),
    "military_intervention": ("deployment",),
    "agreement": ("agreement",),
    "authorization": ("agreement",),
    "cooperation": ("cooperation",),
    "request": ("request",),
    "displacement": ("displacement",),
    "aid": ("aid",),
}


def families(event_type: str) -> tuple[str, ...]:
    """The families of a type; an unknown type is its own family."""
    return FAMILIES.get(event_type, (event_type,))


def same_family(a: str, b: str) -> bool:
    return bool(set(families(a)) & set(families(b)))
