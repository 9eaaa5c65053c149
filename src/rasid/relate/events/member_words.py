"""The word lists of anonymous armed members (data/actor_groups.tsv, data/event_member_links.tsv).

Kept apart from `members` (which reads an ArgContext) so that `args` may ask them too: "كمين
نفذته عناصر من حركة طالبان" names its agent after the relative verb through a group noun that is
no actor by itself ("عناصر" needs a qualifier) and a link word ("من").
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import load_forms, load_rows
from rasid.lang.ar.normalise import normalise_string

LINKS_FILE = "event_member_links.tsv"
GROUPS_FILE = "actor_groups.tsv"
MEMBERS = "members"  # the kind of actor_groups.tsv rows that name armed members


@cache
def member_link_words() -> frozenset[str]:
    """The normalised link words between a group noun and its organisation ("من", "التابعين")."""
    return load_forms(LINKS_FILE)


@cache
def member_names() -> frozenset[str]:
    """The English names of the armed-members group nouns ("gunmen", "fighters")."""
    return frozenset(row["english"].casefold() for row in load_rows(GROUPS_FILE) if row["kind"] == MEMBERS)


@cache
def member_nouns() -> frozenset[str]:
    """The normalised Arabic forms of the armed-members group nouns ("عناصر", "مسلحين")."""
    return frozenset(
        normalise_string(form)
        for row in load_rows(GROUPS_FILE)
        if row["kind"] == MEMBERS
        for form in row["forms"].split("|")
        if form
    )
