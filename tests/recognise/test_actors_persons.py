"""Persons: registry names, titles and their role words, speech verbs, first names, offices."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention

from rasid.lang.ar.text import TextView
from rasid.recognise.actors import find_actors


@pytest.mark.parametrize(
    ("text", "words", "name", "role_words"),
    [
        (
            "وقال الناشط الإعلامي أحمد الحلبي إن الطيران قصف المدينة.",
            "أحمد الحلبي",
            "Ahmed al-Halbi",
            ("الناشط الإعلامي",),
        ),
        (
            "وقال وزير الخارجية التركي هاكان فيدان إن بلاده لن تسمح بذلك.",
            "هاكان فيدان",
            "Hakan Fidan",
            ("وزير",),
        ),
        (
            "أكد المتحدث باسم الدفاع المدني محمود الأحمد أن الفرق انتشلت الجثث.",
            "محمود الأحمد",
            "Mahmoud al-Ahmed",
            ("المتحدث باسم",),
        ),
        (
            "وقال مدير المستشفى الدكتور خالد يوسف إن الجرحى بحالة حرجة.",
            "خالد يوسف",
            "Khaled Youssef",
            ("مدير", "الدكتور"),
        ),
        ("قتل الطفل عمر العلي برصاص قناص.", "عمر العلي", "Omar al-Ali", ("الطفل",)),
        (
            "وقال قائد الشرطة اللواء سمير الحسن إن التحقيقات جارية.",
            "سمير الحسن",
            "Samir al-Hassan",
            ("قائد", "اللواء"),
        ),
        (
            "مطالبين بوضع روسيا ورئيسها فلادمير بوتين على لوائح الإرهاب.",
            "فلادمير بوتين",
            "Vladimir Putin",
            ("رئيسها",),
        ),
        ("بعد أن طلب الرئيس السوري بشار الأسد دعماً.", "بشار الأسد", "Bashar al-Assad", ("الرئيس",)),
        (
            "قال محمد يحيى، المسؤول في الدفاع المدني، إن الفرق تعمل.",
            "محمد يحيى",
            "Mohammed Yahya",
            ("المسؤول في",),
        ),
        (
            "بحث الدكتور بدر عبد العاطي، وزير الخارجية المصري، الملف.",
            "بدر عبد العاطي",
            "Badr Abdelatty",
            ("الدكتور", "وزير"),
        ),
        (
            "استقبل ولي العهد الأمير فيصل بن فرحان بن عبد الله الوفد.",
            "فيصل بن فرحان بن عبد الله",
            "Faisal bin Farhan",
            ("ولي العهد", "الأمير"),
        ),
    ],
)
def test_actors_persons_titles(text: str, words: str, name: str | None, role_words: tuple[str, ...]) -> None:
    found = mention(text, words)
    assert (found.type, found.name, found.role_words) == ("PER", name, role_words)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("وقال عبد الرحمن الخطيب إن الوضع صعب.", "عبد الرحمن الخطيب", "Abdulrahman al-Khatib"),
        ("وأكد أبو أحمد الحمصي أن القصف مستمر.", "أبو أحمد الحمصي", "Abu Ahmed al-Hamsi"),
        ("وقال غسان حداد إن الطريق مغلق.", "غسان حداد", "Ghassan Haddad"),
        ("وأرجعت سهر الدماطي، نائب رئيس البنك، السبب إلى التضخم.", "سهر الدماطي", "Sahar al-Damati"),
        ("وسجل أكرم عفيف الهدف الثالث.", "أكرم عفيف", "Akram Afif"),
        ("وانضم إليهم محمد يحيى في المساء.", "محمد يحيى", "Mohammed Yahya"),
        # a family name no list knows ends a chain of "بن X" before a punctuation mark
        ("وحضر اللقاء السفير خالد بن سعد مرداد، ومساعده.", "خالد بن سعد مرداد", "Khaled bin Saad Mardad"),
    ],
)
def test_actors_persons_unknown_names(text: str, words: str, name: str) -> None:
    """A name the registry does not know is written in Latin letters (lang/ar/romanise.py)."""
    found = mention(text, words)
    assert (found.type, found.name, found.name_ar) == ("PER", name, words)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "وقال العقيد خضير الجبوري من شرطة المحافظة إن القوة قتلت المسلحين.",
            "خضير الجبوري",
            "Khudair al-Jubouri",
        ),
        ("وأوضح المقدم نمير العبدلي في بيان أن الطريق أعيد فتحه.", "نمير العبدلي", "Namir al-Abdali"),
    ],
)
def test_actors_persons_rank_and_unknown_first_name(text: str, words: str, name: str) -> None:
    """After a rank or office, a first name no list knows takes a family name in ي."""
    found = find_actors(TextView(text), tagger=False)
    assert [(f.text, f.name) for f in found if f.type == "PER"] == [(words, name)]


def test_actors_persons_unknown_first_name_needs_a_title() -> None:
    found = find_actors(TextView("وقالت المصادر إن نمير الجبوري غادر المدينة."), tagger=False)
    assert [f.text for f in found if f.source == "person"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال اللواء محمد الحوفي إن الشرطة المصرية ألقت القبض على المتهمين في القاهرة.", "Mohamed al-Houfi"),
        ("وقال اللواء محمد الحوفي إن الشرطة العراقية ألقت القبض على المتهمين في البصرة.", "Mohammed al-Hufi"),
    ],
)
def test_actors_persons_unknown_names_are_spelt_as_the_articles_country_does(text: str, name: str) -> None:
    """The article's country (Egypt, Iraq) chooses the spelling of محمد (romanise_regional.tsv)."""
    assert mention(text, "محمد الحوفي").name == name


@pytest.mark.parametrize(
    ("text", "words", "type_", "name"),
    [
        ("أعلن محافظ حلب فرض حظر التجول.", "محافظ حلب", "PER", "Governor of Aleppo"),
        (
            "التقى وزير الخارجية المصري بنظيره القطري في الدوحة.",
            "وزير الخارجية المصري",
            "PER",
            "Egyptian Minister of Foreign Affairs",
        ),
        ("التقى وزير الخارجية المصري بنظيره القطري في الدوحة.", "نظيره القطري", "GPE", "Qatar"),
        ("وقال مراسل «قاسيون» إن الغارات مستمرة.", "مراسل «قاسيون»", "PER", "Qasioun News Agency"),
    ],
)
def test_actors_persons_offices(text: str, words: str, type_: str, name: str) -> None:
    found = mention(text, words)
    assert (found.type, found.name) == (type_, name)


@pytest.mark.parametrize(
    "text",
    [
        "وقال التقرير إن عدد الضحايا ارتفع.",
        "قتل ثلاثة مدنيين في حي الشيخ سعيد بحلب.",  # a place named after a sheikh
        "أكد على ضرورة حماية المدنيين.",  # على is no علي
        "وطلب الرئيس دعماً عسكرياً من موسكو.",  # an indefinite noun is no name
        "وتهدد الأزمة حياة المرضى في المستشفيات.",
        "انتقل مكتبها الرئيسي إلى غازي عنتاب.",  # a city, not a person
        "وتأتي الأمطار مع حلول شهر رمضان المبارك.",
    ],
)
def test_actors_persons_not_names(text: str) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert [f.text for f in found if f.type == "PER" and f.source == "person"] == []


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("وقال عبد المجيد تبون إن الحدود آمنة.", "عبد المجيد تبون", "Abdelmadjid Tebboune"),
        ("واستقبل هيثم بن طارق ضيفه في مسقط.", "هيثم بن طارق", "Haitham bin Tariq"),
        ("وأكد قيس الخزعلي أن الفصائل ملتزمة.", "قيس الخزعلي", "Qais al-Khazali"),
        ("وقال جبريل إبراهيم إن الحركة لن تنسحب.", "جبريل إبراهيم", "Gibril Ibrahim"),
    ],
)
def test_actors_persons_leaders_of_the_region_are_known(text: str, words: str, name: str) -> None:
    """Leaders, ministers and commanders of the Arab states and neighbours (actors.tsv)."""
    assert mention(text, words).name == name


def test_actors_persons_family_name_after_a_chain_of_bin() -> None:
    """A family name in ي with no article ends "X بن Y" ("... بن أحمد نقلي"), not a verb."""
    text = "وحضر اللقاء السفير خالد بن أحمد زيدي. ثم قال عبدالله بن خالد بن سعود حضر الجميع."
    assert mention(text, "خالد بن أحمد زيدي").name == "Khaled bin Ahmed Zaidi"
    assert mention(text, "عبدالله بن خالد بن سعود").name == "Abdullah bin Khaled bin Saud"


def test_a_mayor_of_a_known_place_is_named_by_the_place() -> None:
    assert actors("وقال عمدة الموصل إن الطريق أغلق.") == [("عمدة الموصل", "PER", "mayor of Mosul")]


def test_actors_persons_a_registry_person_named_with_the_lineage() -> None:
    """ "عادل بن أحمد الجبير" is the registry's "عادل الجبير" (the "بن X" chain left out)."""
    found = mention("واستقبل الوزير عادل بن أحمد الجبير، أمس، وفدا رسميا.", "عادل بن أحمد الجبير")
    assert (found.type, found.name) == ("PER", "Adel al-Jubeir")


def test_actors_persons_a_foreign_surname_by_its_ending() -> None:
    """A word ending as only foreign surnames do ("-يتش", -ić) is a person on its own."""
    # (a surname no table lists: "ميتروفيتش" is Aleksandar Mitrović in actor_figures.tsv)
    found = actors("وسجل يوفانوفيتش الهدف الأول ثم أضاف وسافيتش الثاني.")
    assert [(text, name) for text, kind, name in found if kind == "PER"] == [
        ("يوفانوفيتش", "Yufanovic"),
        ("سافيتش", "Savic"),  # the conjunction left outside
    ]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a family name the romanise table spells, whatever its ending
        ("وحضر اللقاء السفير سامي الجارالله ممثلا عن الوزير.", "سامي الجارالله", "Sami al-Jarallah"),
        # an ال-word before a family name the table knows
        (
            "وتسلم الرسالة الشيخ فهد ناصر الأحمد الصباح اليوم.",
            "فهد ناصر الأحمد الصباح",
            "Fahd Nasser al-Ahmed al-Sabah",
        ),
        # an ال-word before "أبو X", and a shadda doubling its consonant
        (
            "وزار الوزارة المبعوث زياد صالح الزين أبو غفّة أمس.",
            "زياد صالح الزين أبو غفّة",
            "Ziad Saleh al-Zain Abu Ghaffa",
        ),
        # the next item of a list with و ends the name
        ("وحضر الاجتماع السفير نبيل الحمدان ومساعد الوزير.", "نبيل الحمدان", "Nabil al-Hamdan"),
        # a first name a title would otherwise govern as a place
        ("وشارك في الاجتماع السفير ناصر المطيري ووفد مرافق.", "ناصر المطيري", "Nasser al-Mutairi"),
    ],
)
def test_actors_persons_family_names(text: str, words: str, name: str) -> None:
    found = mention(text, words)
    assert (found.type, found.name) == ("PER", name)


SYRIA = "تشهد سوريا توتراً في دمشق وحلب وحماة. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department's office of a place: "<Place> <portfolio> <role>", the unit word skipped
        (SYRIA + "وقال مدير صحة حماة إن المشفى امتلأ.", [("مدير صحة حماة", "PER", "Hama Health director")]),
        (
            SYRIA + "وقال مدير صحة محافظة حماة إن المشفى امتلأ.",
            [("مدير صحة محافظة حماة", "PER", "Hama Health director")],
        ),
        # before its holder's name the local office is a mention of its own
        (
            SYRIA + "وقال مدير صحة محافظة حماة سامر العلي إن المشفى امتلأ.",
            [("مدير صحة محافظة حماة", "PER", "Hama Health director"), ("سامر العلي", "PER", "Samer al-Ali")],
        ),
    ],
)
def test_actors_persons_local_office_of_a_place(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [a for a in actors(text) if a[1] == "PER"] == expected


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # world leaders and ministers (actors.tsv, names round s16)
        ("وقالت أنالينا بيربوك إن المحادثات صعبة.", "أنالينا بيربوك", "Annalena Baerbock"),
        ("وصرح جان إيف لودريان للصحفيين أمس.", "جان إيف لودريان", "Jean-Yves Le Drian"),
        ("واتصل محمود أحمدي نجاد بنظيره.", "محمود أحمدي نجاد", "Mahmoud Ahmadinejad"),
        ("وزار فؤاد السنيورة القاهرة.", "فؤاد السنيورة", "Fouad Siniora"),
        # the press's ج for a foreign g is listed beside غ
        ("وقال المدرب بيب جوارديولا إن الفريق جاهز.", "بيب جوارديولا", "Pep Guardiola"),
        ("وأكد جوارديولا أن الفريق جاهز.", "جوارديولا", "Pep Guardiola"),
        ("وسجل نجولو كانتي الهدف الثاني.", "نجولو كانتي", "N'Golo Kanté"),
        # agency heads
        ("وحذر هانز كلوغه من انتشار المرض.", "هانز كلوغه", "Hans Kluge"),
    ],
)
def test_actors_persons_well_known_figures_are_known(text: str, words: str, name: str) -> None:
    """Well-known public figures 2000-2026 are registry persons with their English names."""
    assert mention(text, words).name == name


def test_actors_persons_a_hospital_named_after_a_leader_is_no_person() -> None:
    """Only the full name of a leader a hospital or airport bears is listed ("الرنتيسي")."""
    found = actors("ونقل الجرحى إلى مستشفى الرنتيسي في غزة.")
    assert [name for _, kind, name in found if kind == "PER"] == []


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a family name that is also an office or portfolio word, closing the name
        ("وقال سامر مفتي، مدير المدرسة، إن الدوام توقف.", "سامر مفتي", "Samer Mufti"),
        ("وقال رامي مصالحة إن الأهالي غاضبون.", "رامي مصالحة", "Rami Masalha"),
        # a family name that begins with a proclitic letter, closing the name
        ("وقال زياد بركة إن الطريق مغلق.", "زياد بركة", "Ziad Baraka"),
        # a servant name written as one word begins a name
        ("وأكد عبدالمجيد الحسيني أن الجسر انهار.", "عبدالمجيد الحسيني", "Abdulmajid al-Husseini"),
    ],
)
def test_actors_persons_family_names_that_are_also_words(text: str, words: str, name: str) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert [(f.text, f.name) for f in found if f.type == "PER"] == [(words, name)]


def test_actors_persons_an_office_word_that_governs_is_no_family_name() -> None:
    found = find_actors(TextView("وقال سامر مفتي المدينة إن الدوام توقف."), tagger=False)
    assert "سامر مفتي" not in [f.text for f in found if f.type == "PER"]


def test_actors_persons_a_proclitic_word_that_goes_on_is_no_family_name() -> None:
    found = find_actors(TextView("واستقبل زياد بحفاوة الوفد الزائر."), tagger=False)
    assert [f.text for f in found if f.type == "PER"] == ["زياد"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ونقل المصاب غالب مهدلي إلى المستشفى.", "غالب مهدلي"),
        ("وعثر على جثة القتيل سرحان قمبر، وهو من سكان الحي.", "سرحان قمبر"),
    ],
)
def test_actors_persons_two_bare_words_after_a_person_word(text: str, words: str) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert [f.text for f in found if f.type == "PER"] == [words]


def test_actors_persons_one_bare_word_after_a_person_word_is_no_name() -> None:
    found = find_actors(TextView("ونقل المصاب سريعا إلى المستشفى."), tagger=False)
    assert [f.text for f in found if f.type == "PER"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وأسفر الحريق عن وفاة فتاة تدعى هناء زعرور داخل المنزل.", "هناء زعرور"),
        ("وأوقفت الشرطة شخصا يدعى حمدون، وهو سائق.", "حمدون"),
        ("وكان المدعو جلال قنديش قد فر من السجن.", "جلال قنديش"),
    ],
)
def test_actors_persons_a_naming_word_before_a_name_no_list_knows(text: str, words: str) -> None:
    found = [f for f in find_actors(TextView(text), tagger=False) if f.type == "PER"]
    assert [(f.text, f.role_words) for f in found] == [(words, ())]


def test_actors_persons_the_verb_of_alleging_is_no_naming_word() -> None:
    found = find_actors(TextView("وقال الأهالي إن الجيش يدعي أن المسلحين هاجموا."), tagger=False)
    assert [f.text for f in found if f.type == "PER"] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وأصيبت الطفلة لمى حسن قشوع، وهي في العاشرة.", "لمى حسن قشوع"),
        ("وذكر المختار حسن عبد الرحيم مطاوع أن الأهالي نزحوا.", "حسن عبد الرحيم مطاوع"),
        ("وقتل الشاب مهند سعيد القاضي في الغارة.", "مهند سعيد القاضي"),
    ],
)
def test_actors_persons_a_family_name_closing_two_first_names(text: str, words: str) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert words in [f.text for f in found if f.type == "PER"]


def test_actors_persons_an_adverb_after_two_first_names_is_no_family_name() -> None:
    found = find_actors(TextView("وصل محمد عبد الله صباحا إلى المدينة."), tagger=False)
    assert [f.text for f in found if f.type == "PER"] == ["محمد عبد الله"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an unknown family name closed by an indefinite noun, by a verb, by a preposition's phrase
        ("وعين الرئيس السفير عبد الله يوسف مباكيني سفيرًا لدى كينيا.", "عبد الله يوسف مباكيني"),
        ("وحضر اللقاء السيد كريم حسن دومبيلو بحضور الوفد.", "كريم حسن دومبيلو"),
        # the third word of a foreign name, closed by punctuation (its ending looks like a verb's)
        ("واستقبل الوزير السيد ألفونسو رويز مارتينا، رئيس الوفد.", "ألفونسو رويز مارتينا"),
        # a family name ending like a pronoun-suffixed noun, right after a first name
        ("ووقع الاتفاقية السيد معين قطاطه بحضور المعنيين.", "معين قطاطه"),
    ],
)
def test_actors_persons_an_unknown_family_name_that_is_no_common_word_joins_the_name(
    text: str, words: str
) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert words in [f.text for f in found if f.type == "PER"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a common word (common_words.tsv) after a name ends it, though punctuation is far
        ("وأكد مدير الدفاع المدني سامر محمد علي استمرار أعمال الإنقاذ.", "سامر محمد علي"),
        # a bare noun that governs the next word is no family name
        ("وأبلغ العميد عبدالكريم رضوان مأمور قسم الشرطة النيابة.", "عبدالكريم رضوان"),
        # a word with a preposition that is a common word is no family name ("بحضور")
        ("ووقع الاتفاقية السيد معين قطاطه بحضور المعنيين.", "معين قطاطه"),
    ],
)
def test_actors_persons_a_common_word_ends_the_name(text: str, words: str) -> None:
    found = find_actors(TextView(text), tagger=False)
    assert [f.text for f in found if f.type == "PER" and f.text.startswith(words.split()[0])] == [words]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a first name behind the conjunction opens the second name of a list
        (
            "وحضر اللقاء سامي خالد ومحمد حسن الخالدي في المقر.",
            "محمد حسن الخالدي",
            "Mohammed Hassan al-Khalidi",
        ),
        # "عبد" and the word after it, behind the conjunction
        (
            "وتضم القائمة موسى الكوني، وعبد الله حسين اللافي.",
            "عبد الله حسين اللافي",
            "Abdullah Hussein al-Lafi",
        ),
        # "أبو" behind the conjunction, right before the word found as a first name
        ("وشارك في الندوة سامي خالد وأبو بكر الرازي.", "أبو بكر الرازي", "Abu Bakr al-Razi"),
    ],
)
def test_a_name_after_the_conjunction_keeps_its_first_word(text: str, words: str, name: str) -> None:
    found = mention(text, words)
    assert (found.type, found.name) == ("PER", name)


def test_an_ordinary_word_behind_the_conjunction_opens_no_name() -> None:
    # "كريم" is a first name and an ordinary word (generous): "وكريم" does not join the name
    assert [a for a in actors("وهو رجل شهم وكريم خالد العلي يشهد بذلك.") if a[1] == "PER"] == [
        ("خالد العلي", "PER", "Khaled al-Ali")
    ]


def test_an_office_holder_named_between_commas_after_what_the_office_governs() -> None:
    text = "وقال مدير منطقة الشرق الأوسط لـ«صندوق النقد الدولي»، جهاد أزعور، إن النمو سيتحسن."
    assert mention(text, "جهاد أزعور").type == "PER"


@pytest.mark.parametrize(
    "text",
    [
        # a clause between the office and the comma: what follows is no holder's name
        "وقال مدير المستشفى إن الجرحى وصلوا، جهاد الطويل رفض التعليق.",
        # one word no list knows after the comma is not sure enough
        "وأكد مدير منطقة الشرق الأوسط، أزعور، أن النمو سيتحسن.",
    ],
)
def test_no_holder_where_the_apposition_is_not_sure(text: str) -> None:
    assert not [a for a in actors(text) if a[0] in ("جهاد الطويل", "أزعور")]
