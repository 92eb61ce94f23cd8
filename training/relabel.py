"""Refine the missing-MISC handling of the auxiliary NER corpora with a teacher.

Usage: python training/relabel.py TEACHER_MODEL IN.spacy [IN2.spacy ...] OUT_DIR

convert.py marks every capitalised token outside a PER/LOC/ORG span of LER, SmartData
and Europeana as *missing*, because those corpora have no MISC. That throws away the
"this capitalised noun is not a name" signal, and the student then over-predicts
entities on common nouns. Here a teacher trained on GermEval alone (which knows MISC)
reads each auxiliary doc:
  - gold PER/LOC/ORG spans stay as they are;
  - tokens the teacher puts inside any entity that the gold does not have stay
    missing (could be MISC, or an entity the corpus did not annotate);
  - tokens of doc.spans["explicit_missing"] stay missing;
  - every other token becomes O.
"""
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

teacher = spacy.load(sys.argv[1])
ins, out = sys.argv[2:-1], Path(sys.argv[-1])
out.mkdir(parents=True, exist_ok=True)
for path in ins:
    docs = list(DocBin().from_disk(path).get_docs(teacher.vocab))
    words = [Doc(teacher.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
    new_docs, n_o, n_miss = [], 0, 0
    for d, pred in zip(docs, teacher.pipe(words, batch_size=64)):
        keep_missing = set()
        for sp in d.spans.get("explicit_missing", []):
            keep_missing.update(range(sp.start, sp.end))
        gold_tok = set(i for e in d.ents for i in range(e.start, e.end))
        for e in pred.ents:
            if not any(i in gold_tok for i in range(e.start, e.end)) or e.label_ == "MISC":
                keep_missing.update(i for i in range(e.start, e.end) if i not in gold_tok)
        outside = [d[t.i:t.i + 1] for t in d if t.i not in gold_tok and t.i not in keep_missing]
        n_o += len(outside)
        n_miss += sum(1 for i in keep_missing if i not in gold_tok)
        d.set_ents(list(d.ents), outside=outside, default="missing")
        new_docs.append(d)
    DocBin(docs=new_docs, store_user_data=False).to_disk(out / Path(path).name)
    print(f"{Path(path).name}: {len(new_docs)} docs, {n_o} tokens O, {n_miss} left missing")
