"""Names found by a trained sequence model (PER, LOC, ORG), and how unknown names are written in Latin.

`load_tagger().names(doc)` tags the actors' `ActorText`; `tag_text(text)` tags a clean text. The model and
its NOTICE ship in this package; `scripts/train_ner.py` (`make ner-model`) rebuilds it.
"""

from rasid.recognise.names.tagger import NameTagger, TaggedName, load_tagger, tag_text

__all__ = ["NameTagger", "TaggedName", "load_tagger", "tag_text"]
