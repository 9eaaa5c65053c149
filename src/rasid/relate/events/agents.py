"""Which groups of people may be an event's perpetrator (data/event_agents.tsv).

Unarmed groups (civilians, protesters) stand in the text next to attack words as their
targets ("استهداف المتظاهرين"); taking them for the agent blames the victims. They do carry
out civic acts, and a protest whose own sentence names no one was held by the article's
protesters (or, failing those, the people it speaks for).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.record import ActorMention

AGENTS_FILE = "event_agents.tsv"


@dataclass(frozen=True)
class AgentRule:
    """What a group named by `head` may carry out, and its rank as a protest's agent."""

    head: str
    families: frozenset[str]
    protest: int | None


@cache
def agent_rules() -> tuple[AgentRule, ...]:
    """The rules of the data file, longest head first (raises DataFileError on a bad row)."""
    out: list[AgentRule] = []
    for row in load_rows(AGENTS_FILE):
        rank = row["protest"].strip()
        if rank and not rank.isdigit():
            raise DataFileError(f"{AGENTS_FILE} row {row['head']!r}: protest must be a number, got {rank!r}")
        families = frozenset(f for f in row["families"].split("|") if f)
        out.append(AgentRule(row["head"].casefold(), families, int(rank) if rank else None))
    return tuple(sorted(out, key=lambda r: -len(r.head)))


def rule_of(actor: ActorMention) -> AgentRule | None:
    """The rule whose head ends the actor's canonical name, or None (any actor may act)."""
    name = (actor.name or "").casefold()
    for rule in agent_rules():
        if name == rule.head or name.endswith(" " + rule.head):
            return rule
    return None


def may_carry_out(actor: ActorMention, family: str) -> bool:
    """Whether the actor may be the perpetrator of an event of this family."""
    rule = rule_of(actor)
    return rule is None or family in rule.families


def protest_stand_in(actors: list[ActorMention]) -> ActorMention | None:
    """The article's first group of the best protest rank: who held a protest nobody is named for."""
    ranked = [(rule.protest, i) for i, a in enumerate(actors) if (rule := rule_of(a)) and rule.protest]
    if not ranked:
        return None
    return actors[min(ranked)[1]]
