"""Back-references within one article: head nouns, surnames and groups.

1. A definite organisation head standing alone ("الائتلاف", "التنظيم", "المرصد", "الحركة",
   "الوكالة", "المركز") refers to the last organisation mentioned before it with that head
   (or to one the article names with that head at least twice as often, its topic):
   registry actors have the heads of their aliases ("تنظيم الدولة" → تنظيم) and those in
   actors.tsv `heads=`; organisations found by their head keep it.
2. A person named again by the end of the name ("يحيى" after "محمد يحيى", "عبد الغني"
   after "فضل عبد الغني", "أبو زيد" after "أحمد أبو زيد") is the same person: the later
   mention takes the earlier one's name and name_ar. Words that are not yet mentions are
   found too, unless they are first names (a first name alone needs a cue), places ("جورج
   واشنطن" does not make every later "واشنطن" a person) or stopwords; a one-word surname
   is found behind a proclitic too ("لرونالدو", "وبوش"), the clitic left out of the mention.
   This holds for registry persons and for persons found by their cues and first names.
3. A group named by its noun alone ("الناشطون") after the same noun with qualifiers
   ("ناشطون سوريون") is that group: it takes the fuller name ("Syrian activists").
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from rasid.lang.ar.match import proclitic_readings
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.groups import GROUP_KEY

MIN_KEY = 3
# finders whose later short mention of a person is read as the earlier full one ("القدرة" after
# "أشرف القدرة"): the persons rules and the name tagger, which knows no earlier mention
SHORT_NAMED = frozenset({"person", "tagger"})


def resolve_heads(anaphors: list[tuple[int, str, int]], cands: list[ActorCandidate]) -> list[ActorCandidate]:
    """Candidates for head anaphors, named after the last organisation with that head."""
    out: list[ActorCandidate] = []
    orgs = sorted((c for c in cands if c.type in ("ORG", "GPE", "NORP") and c.heads), key=lambda c: c.last)
    for i, head, skip in sorted(anaphors):
        before = [c for c in orgs if c.last < i and head in c.heads]
        before += [c for c in out if c.last < i and head in c.heads]
        if not before:
            continue
        ref = _antecedent(sorted(before, key=lambda c: c.last))
        out.append(
            ActorCandidate(
                i,
                i,
                ref.type,
                ref.name,
                ref.name_ar,
                ref.country,
                "coref",
                heads=ref.heads,
                actor=ref.actor,
                skip=skip,
            )
        )
    return out


def _antecedent(before: list[ActorCandidate]) -> ActorCandidate:
    """The last organisation with the head, unless the article names another one with it at
    least twice as often: "التنظيم" in an article about the Islamic State stays the Islamic
    State after a passing mention of "تنظيم القاعدة"."""
    counts: dict[str | None, int] = {}
    for c in before:
        counts[c.name] = counts.get(c.name, 0) + 1
    last = before[-1]
    main = max(reversed(before), key=lambda c: counts[c.name])
    if last.name is not None and main.name is not None and counts[main.name] >= 2 * counts[last.name]:
        return main
    return last


def _keys(doc: ActorText, cand: ActorCandidate) -> list[str]:
    """The ends of a person's name that can stand for it: the last word or compound."""
    if cand.last <= cand.first:
        return []
    words = [doc.word(i) for i in range(cand.first, cand.last + 1)]
    particles = doc.tables.particles
    keys = []
    if particles.has("name_suffix", words[-1]):  # "نور الدين": "الدين" alone is nobody
        if len(words) >= 3:
            keys.append(" ".join(words[-2:]))
    elif len(words) >= 3 and (
        particles.has("name_compound", words[-2])
        or particles.has("name_link", words[-2])
        or particles.has("foreign_link", words[-2])
    ):
        keys.append(" ".join(words[-2:]))
    elif len(words[-1]) >= MIN_KEY:
        keys.append(words[-1])
    return keys


def resolve_surnames(doc: ActorText, cands: list[ActorCandidate]) -> list[ActorCandidate]:
    """Later short mentions of persons take their names; unmarked surname words are added."""
    persons = sorted(
        (c for c in cands if c.type == "PER" and c.source != "coref" and not c.role_only),
        key=lambda c: c.first,
    )
    full: dict[str, ActorCandidate] = {}
    for cand in persons:
        ref = full.get(doc.text(cand.first, cand.last))
        if ref is not None and ref.size > cand.size:
            if cand.source in SHORT_NAMED:
                cand.name, cand.name_ar, cand.country = ref.name, ref.name_ar, ref.country
            continue
        for key in _keys(doc, cand):
            full.setdefault(key, cand)
    taken = {i for c in cands for i in range(c.first, c.last + 1)}
    at = _word_index(doc, {key.split(" ")[0] for key in full})
    out: list[ActorCandidate] = []
    for key, ref in full.items():
        parts = key.split(" ")
        if len(parts) == 1 and (doc.tables.given_names.get(key) is not None or doc.tables.stop(key)):
            continue
        for i in at.get(parts[0], ()):
            if i <= ref.last or i > len(doc) - len(parts):
                continue
            skip = _match(doc, i, parts)
            if i in taken or skip is None or doc.places.at(i) is not None:
                continue
            last = i + len(parts) - 1
            out.append(ActorCandidate(i, last, "PER", ref.name, ref.name_ar, ref.country, "coref", skip=skip))
            taken.update(range(i, last + 1))
    return out


def _word_index(doc: ActorText, wanted: Collection[str]) -> dict[str, list[int]]:
    """The word indexes where each `wanted` form may be read, as written or behind a proclitic,
    in text order: a surname is looked for where it can be, not at every word of the article."""
    at: dict[str, list[int]] = {}
    if not wanted:
        return at
    for i, word in enumerate(doc.texts):
        for form in _forms(word):
            if form in wanted:
                at.setdefault(form, []).append(i)
    return at


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _forms(word: str) -> tuple[str, ...]:
    """The distinct forms a word may be read as, as written or behind a proclitic (per word form)."""
    return tuple(dict.fromkeys(rest for _, rest in proclitic_readings(word)))


def _match(doc: ActorText, i: int, parts: list[str]) -> int | None:
    """The proclitic length before a surname key at word i ("لرونالدو"), or None: only a
    one-word key is looked for behind a proclitic."""
    if not all(n == 0 or doc.joined(i + n) for n in range(len(parts))):
        return None
    if any(doc.word(i + n) != p for n, p in enumerate(parts) if n > 0):
        return None
    word = doc.word(i)
    if word == parts[0]:
        return 0
    if len(parts) > 1:
        return None
    for clitic, rest in proclitic_readings(word):
        if rest == parts[0] and clitic:
            return len(clitic)
    return None


def resolve_groups(cands: list[ActorCandidate]) -> None:
    """Bare group nouns take the name of the last qualified mention of the same noun."""
    seen: dict[str, ActorCandidate] = {}
    for cand in sorted(cands, key=lambda c: c.first):
        keys = [h for h in cand.heads if h.startswith(GROUP_KEY)]
        if cand.source != "group" or not keys:
            continue
        key = keys[0]
        noun = key[len(GROUP_KEY) :]
        if cand.name == noun and key in seen:
            ref = seen[key]
            cand.name, cand.country = ref.name, ref.country
        elif cand.name != noun:
            seen[key] = cand
