"""Issue 11, names round 12 (tagger10): first-pass CV per fold of the proclitic reading that keeps known forms whole.
Modes: none (main's longest reading), all (forms of the whole training part), fold (forms of the training folds only),
tables (fold + one-word gazetteer and given names), wojood (fold + the Wojood sample's forms). Usage: MODE FOLDS [KNOWN_FORM_MIN]."""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, "scripts")
import train_ner as T
from rasid.recognise.names.features import set_known_forms
from rasid.evaluate.ner import NerScore

mode, folds = sys.argv[1], int(sys.argv[2])
if len(sys.argv) > 3:
    T.KNOWN_FORM_MIN = int(sys.argv[3])
    import rasid.recognise.names.features as F; F.KNOWN_FORM_MIN = int(sys.argv[3])
docs = T.documents(T.read_sentences(T.DATASETS / T.ANERCORP, part="train"))
def data_with(forms):
    set_known_forms(forms)
    return T.doc_data(docs)
rows = []
TABLE_NAMES = set()
WOJOOD = []
if mode == "wojood":
    WOJOOD = [T.documents([s for f in T.WOJOOD for s in T.read_sentences(T.DATASETS / f, tag_column=1, types=T.WOJOOD_TYPES)])]
if mode == "tables":
    from rasid.recognise.actors.lexicon import load_tables, load_rows, GAZETTEER_FILE
    from rasid.link.gazetteer import is_commune
    from rasid.lang.ar.normalise import normalise_string
    tb = load_tables()
    TABLE_NAMES |= {n for n in tb.given_names if " " not in n}
    for row in load_rows(GAZETTEER_FILE):
        if not is_commune(row["name"], row["precision"]):
            k = normalise_string(row["name_ar"])
            if " " not in k:
                TABLE_NAMES.add(k)
    print("table names", len(TABLE_NAMES), file=sys.stderr)
with tempfile.TemporaryDirectory() as folder:
    total = NerScore()
    if mode == "all":
        data = data_with(T.form_counts([docs]))
    elif mode == "none":
        data = data_with({})
    for part in range(folds):
        if mode in ("fold", "tables", "wojood"):
            forms = T.form_counts([[d for k, d in enumerate(docs) if k % folds != part]] + WOJOOD)
            if mode == "tables":
                for name in TABLE_NAMES:
                    forms[name] = max(forms.get(name, 0), T.KNOWN_FORM_MIN)
            data = data_with(forms)
        res = NerScore()
        marked, lexicon = T.with_lexicons([d for k, d in enumerate(data) if k % folds != part], ())
        marked = [T.with_table_dropout(d, k) for k, d in enumerate(marked)]
        tagger = T.train([s for d in marked for s in d.sequences()], Path(folder) / f"cv{part}.crfsuite")
        for k, d in enumerate(data):
            if k % folds == part:
                d = T.with_lexicon(d, lexicon)
                g, p = T.label_spans(d.labels), T.label_spans(T.first_pass(tagger, d.features, d.sentences))
                res.add(g, p); total.add(g, p)
        tagger.close()
        rows.append(T.summary(res)["micro"]["f1"])
    s = T.summary(total)
print(mode, folds, "micro", s["micro"]["f1"], "P/R", s["micro"]["precision"], s["micro"]["recall"], "folds", rows,
      "PER/LOC/ORG", s["PER"]["f1"], s["LOC"]["f1"], s["ORG"]["f1"], flush=True)
