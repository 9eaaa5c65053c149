"""The type an attack takes from what it hit, when nothing else says how it was done.

"هجوم استهدف نقاط تفتيش للجيش", "هجوما استهدف قاعدة للقوات الحكومية", "هجوم شنته حركة الشباب
على قاعدة عسكرية": an assault or a bare "استهدف" whose type is only a guess (strength 1: no
modifier, weapon or agent word fixed it) and whose object, a few words on in its clause, is a base,
a post, a checkpoint or a patrol (data/event_attack_objects.tsv, type armed_clash) is a fight
with an armed side (ACLED: Battles, armed clash), not shelling nor an attack on civilians. A type
fixed by its words ("قصفت المدفعية مواقع", "استهدفت طائرة مسيرة حاجزا") is left alone, and so is
shooting ("أطلقوا النار على دورية": who fired decides it). An object past another trigger is that
trigger's ("الهجمات كميناً استهدف دورية"), and a strike ("ضربات مركزة على مقرات") is no assault.
"""

from __future__ import annotations

from rasid.lang.ar.doc import Doc
from rasid.relate.events.triggers import OBJECT_WINDOW, EventMention, attack_objects
from rasid.relate.text import in_set

FORCES: str = "armed_clash"  # the type an assault on a base or a post takes
GUESS = 2  # a strength below this is a fallback type, not one the words fixed


def type_by_object(doc: Doc, mentions: list[EventMention]) -> None:
    """Retype the guessed assaults whose object is a military target (see the module docstring)."""
    objects = attack_objects()
    cores = {o.core[0] for o in mentions}
    alike = {doc.clause_of(o.core[0]) for o in mentions if o.similar}
    for m in mentions:
        if m.strength >= GUESS or m.gunfire or not (m.assault or (m.verb and m.needs_attack)):
            continue
        if doc.clause_of(m.core[0]) in alike:  # "هجوماً مماثلاً استهدف دورية": done as the one before
            continue
        i = doc.word_at(m.core[1])
        for w in doc.words[i : i + OBJECT_WINDOW + 1]:
            if not doc.same_clause(m.core[0], w.start) or doc.unit_of(w.start) != m.unit:
                break
            if w.start in cores:  # "أعنف تلك الهجمات كميناً استهدف دورية": the ambush's object
                break
            found = in_set(w.norm, objects)
            if found is not None:
                if objects[found] == FORCES:
                    m.type = FORCES
                    m.strength = GUESS
                break
