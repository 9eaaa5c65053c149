"""Anonymous armed members named with the organisation they belong to (data/event_member_links.tsv).

"قتل خمسة مدنيين على يد مسلحين من تنظيم داعش", "هجوم شنه مسلحون يعتقد أنهم من حركة الشباب":
the agent the clause gives is the group noun ("gunmen"), the perpetrator the article names is
the organisation after it. The group nouns are the `members` rows of actor_groups.tsv (fighters,
gunmen, members, soldiers ...). A definite group noun with no organisation after it points back at
the same noun told with one in this or the BACK_SENTENCES sentences before ("هجوم شنه مسلحون
مرتبطون بتنظيم القاعدة. ونصب المسلحون كميناً": the gunmen of al-Qaeda); otherwise it stays as it is.
"""

from __future__ import annotations

from rasid.lang.ar.match import ARTICLE
from rasid.record import ActorMention
from rasid.relate.events.args import ArgContext
from rasid.relate.events.member_words import member_link_words, member_names
from rasid.relate.events.vague import described_only
from rasid.relate.text import in_set

LINK_WORDS = 4  # the most words between the group noun and the organisation
BACK_SENTENCES = 2  # how far back a definite group noun looks for its organisation


def is_members(actor: ActorMention) -> bool:
    """The actor is a group noun of armed members, bare ("gunmen") or qualified ("local gunmen",
    "pro-government gunmen" for "مسلحين موالين" before the organisation they are loyal to), or a
    group the text only describes ("مجموعة مسلحة", `vague.described_only`): the organisation a
    link word names after it is who they are."""
    name = (actor.name or "").casefold()
    return name in member_names() or name.rpartition(" ")[2] in member_names() or described_only(actor)


def organisation_of(ctx: ArgContext, actor: ActorMention) -> ActorMention:
    """The named organisation the group noun's members belong to, else the actor itself."""
    if not is_members(actor):
        return actor
    org = _named_after(ctx, actor)
    if org is not actor or not actor.text.startswith(ARTICLE):
        return org
    return _told_before(ctx, actor) or actor


def _told_before(ctx: ArgContext, actor: ActorMention) -> ActorMention | None:
    """The organisation named after the last earlier mention of the same group noun, looked up
    in this and the BACK_SENTENCES sentences before (a definite noun refers back)."""
    sentence = ctx.doc.sentence_of(actor.span[0])
    lo = ctx.doc.sentences[max(0, sentence - BACK_SENTENCES)][0] if sentence >= 0 else 0
    for a in reversed(ctx.starting_in(ctx.actors, lo, actor.span[0])):
        if a.name == actor.name and a.span[1] <= actor.span[0]:
            org = _named_after(ctx, a)
            if org is not a:
                return org
    return None


def _named_after(ctx: ArgContext, actor: ActorMention) -> ActorMention:
    links = member_link_words()
    for w in ctx.doc.words[ctx.doc.word_at(actor.span[1]) :][: LINK_WORDS + 1]:
        if not ctx.same_clause(actor.span[1], w.start):
            return actor
        org = next(
            (
                a
                for a in ctx.starting_in(ctx.actors, w.start, w.end)
                if a.name and a.type == "ORG" and (a.name or "").casefold() not in member_names()
            ),
            None,
        )
        if org is not None:
            return org
        if in_set(w.norm, links) is None:
            return actor
    return actor
