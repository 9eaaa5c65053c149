"""Casualty figures: which counts are victims, what happened to them, who they were, how they add up.

A quantity mention is a casualty when its counted noun is a person noun, a status noun or
"others" (data/casualty_groups.tsv, data/casualty_status.tsv) - as written or inflected (a
dual, sound plural, accusative or possessive of a listed noun or people's adjective: "شرطيان",
"23 متمردا", "4 من عناصره", "14 يمنيا"; data/casualty_noun_endings.tsv) - or it has no noun of
its own in a breakdown, a toll, a vague phrase or right after a casualty word ("مقتل تسعة",
"وأصيب نحو 50"); a number in words after its noun counts that noun ("متظاهرين اثنين قتلا").
A status is found for it, in this order of preference: the noun itself ("ثمانية قتلى"), a
"case" noun's next word ("حالة اعتقال"), a word right after the count ("17 مدنيا مصرعهم"; not
past "فيما"), the nearest status word before it in the clause ("قتل 5 مدنيين"), a verb shortly
after it ("13 شخصا ... قتلوا"), and for a bare count after "إلى" the toll that is its clause's
subject ("ارتفع عدد قتلى الغارات التي ... إلى 23"). A killed noun and an injured noun joined by
"و", after the count ("عشرات القتلى والجرحى") or before it ("مقتل وإصابة 11 شخصا"), make it
killed_or_injured; so do victims split "بين قتيل وجريح" (one figure without a number).
Singular victims ("قتل طفل", "طفلة قتلت", "امرأتين وطفل") count one each. A sound plural no row
lists counts people right after a word of killing or arrest ("مقتل 7 صيادين"); a number glued to
its noun or status word is read apart ("13مدنيا", "بمقتل55").

Breakdowns (`part_of`), in order:
1. a marker right before the count ("بينهم 452 طفلا") or right after it ("اثنان منهم"): part
   of the nearest figure before it in the sentence; in a sentence with no figure before it
   ("وبين الضحايا 30 طفلا"), of the last total of the sentence before, or of the last total of
   the status the marker names ("بين المصابين") in the few sentences before;
2. a count joined to a breakdown member by "و" only ("و200 امرأة", "، و6 ضحايا") continues it;
3. an elaboration ("..., فاستشهد 5 مدنيين", "حيث قضى 3 أشخاص"): this and the later figures of
   the same status in the sentence are part of the figure the clause details;
4. figures of later sentences that add up exactly to an earlier exact total of a compatible
   status and group (11 = 6 + 2 + 3) are its parts; a total of "victims" whose parts include
   injured people is killed_or_injured.
Members of 1-3 take the total's status, and its group when they name none.

A figure is cumulative (a running tally, annotation-guide.md) when a period reaches it - a
cumulative marker ("منذ", "خلال الشهر") or a date range in its clause or an earlier clause of
its sentence, or in a later clause that counts no figure of its own when the figure's clause
names no day - and its sentence has no incident marker ("حصيلة أولية", "حصيلة ضحايا الغارة":
an incident's updated toll is no tally); or the date next to it names a month or a year. A
member shares its total's flag.

The claim of a figure (its source) is the first of the readings of `sources.READINGS`, in that
order, that gives a claim naming somebody (a claim with neither a source nor a chain, a dropped
subject never found, is passed over): the innermost claim whose content holds it (unless no link of
its source has a name and a claim closes the sentence: "تشير التقديرات إلى مقتل 5، حسب مصادر طبية"
is the medical sources'); else, in a list
item, the claim whose content runs to the colon that announces the list; else a claim
that closes its sentence after it ("...، كما ذكرت مصادر عسكرية"); else the first claim of the
next sentence when it opens by attributing this one ("جاء ذلك بحسب ما أفادت مصادر طبية"); else
the last reporting claim of its sentence whose content ended before it, when the clause between
opens a toll of its own ("...، لكن بحلول المساء ارتفعت أعداد الضحايا إلى 20"); else,
in a sentence that opens by going on with the one before ("كما ...", a toll predicate:
"وبلغ عدد القتلى 50" after "أعلنت وزارة الصحة حصيلة جديدة", the toll the sentence before gave:
"وتشمل الحصيلة 35 شخصا", or a bare complement: "هذا وأن عدد الجثث بلغ 4"), the claim that holds
the end of that sentence; else, in a headline that names its source before a colon ("الأمم المتحدة: مقتل
23 مدنيا") or in brackets at its end ("8 قتلى في قصف على مستشفى (مصدر طبي)"), the article's
first claim by that actor or a body of it, or whose source phrase as the body writes it holds
every word of the speaker ("الصحة اللبنانية:"); a breakdown member that has
none takes its total's. A figure none of these reaches is the article's own (no claim): a
passive "أفيد" or an unattributed toll is not given a guessed source; nor is a figure in a
relative clause on the speaker ("قال الطبيب الذي فحص جثث 15 ...، إن") or on what a demand or
condemnation is about ("طالبت بالتحقيق في الأحداث التي خلفت 50 قتيلا").

The modules, in the order the finder reads them: words.py (a figure and the record's casualty
words), status.py (what a count's words say: status, group, breakdown joins), figures.py (figures
from counts and singular victims), breakdowns.py, cumulative.py, sources.py (the claim of each
figure) and finder.py (`find_victims`); lexicon.py reads the data files.
"""

from rasid.relate.casualties.cumulative import cumulative_units
from rasid.relate.casualties.finder import find_victims
from rasid.relate.casualties.words import Victims, casualty_words

__all__ = ["Victims", "casualty_words", "cumulative_units", "find_victims"]
