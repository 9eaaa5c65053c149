"""The quantities stage: every number that counts something, with its qualifier, bounds and noun.

A quantity is a count or a sum of money (`numbers.classify`) followed by its counted noun
("452 طفلاً", "15 من الدفاع المدني", "22 مليار دولار"), with an optional qualifier before or
after ("أكثر من 2000 شخص", "خمسة أطفال على الأقل"); a vague word ("عشرات القتلى", "عدد من
المدنيين", "جرح العشرات"); a dual noun of people ("قتيلين"); or a noun with "واحد" ("هدف
واحد"). Years, dates, ages, durations, clock times, ordinals, percentages, phone and reference
numbers are never quantities. A number with no noun counts only where the noun is left out on
purpose: after "بينهم"/"منهم" in a breakdown ("بينهم 15334 بسبب التعذيب"), right after a
casualty word ("مقتل تسعة وإصابة 20", "أصيب 20 بجروح"), after a toll's "إلى" ("ارتفع عدد قتلى
الهجوم، مطلع الأسبوع، إلى 53"), right before a breakdown ("558 من بينهم 50 طفلاً"), and at the
start of a range whose end has the noun ("من 15.76 ... إلى 30.93 جنيه"). A number in words may
count the noun before it ("شرطيين اثنين", "أطفالها الأربعة").

Sums of money ("22 مليار دولار") are not quantities by default, as the project brief and the
project's own gold (tests/gold, rs-14) decide; `QuantityStage(money=True)` emits them (unit =
the currency), as the shared dev gold wants (ar-056: "prices and money amounts stay required").

Bounds (`low`/`high`, inclusive integers, None = unbounded), for a value v as written:
  exact      floor(v) .. ceil(v)           more_than  floor(v)+1 .. None
  at_least   ceil(v) .. None               about      floor(0.9 v) .. ceil(1.1 v)  (±10 %)
  up_to      None .. floor(v)              less_than  None .. ceil(v)-1
"about" has no agreed width; ±10 % keeps "نحو 40" (36..44) apart from "نحو 50". "up_to" and
"less_than" leave `low` unbounded rather than 0: the text states no lower figure. Vague words
take their bounds from data/vague_quantities.tsv, which documents the convention and ACLED's.

The modules, in the order the finder reads them: tables.py (the word lists), value.py (a
Quantity and its bounds), tokens.py (the text around a number), context.py (qualifiers, tallies,
breakdowns and the counted noun), ranges.py, numeric.py (numbers with their nouns), vague.py,
duals.py (duals and "واحد"), definite.py (definite and possessed counts), finder.py
(`find_quantities`) and stage.py (`QuantityStage`).
"""

from rasid.recognise.quantities.finder import find_quantities
from rasid.recognise.quantities.stage import QuantityStage
from rasid.recognise.quantities.value import Quantity, bounds

__all__ = ["Quantity", "QuantityStage", "bounds", "find_quantities"]
