"""Evaluate an assembled pipeline on the held-out data and write metrics JSON.

Usage: python training/evaluate.py MODEL CORPUS_DIR OUT_JSON

- NER on ner_report.spacy (GermEval dev, odd sentences: never trained on, never
  used for checkpoint selection) and, labelled separately, on ner_dev_full.spacy
  (whose even half *was* used for checkpoint selection).
- UD on ud_report.spacy (GSD dev, odd sentences) and ud_select.spacy.
- The lookup lemmatizer (spacy-lookups-data) on the same UD data, for comparison.
- Speed: nlp.pipe over GermEval dev text, 1 and 2 processes, all components (and words per
  CPU-second of the single process, less disturbed by other jobs on the machine).
"""
import json
import os
import sys
import time
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example


def examples(nlp, path):
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def ner_scores(nlp, path):
    egs = examples(nlp, path)
    s = nlp.evaluate(egs)
    out = {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"], "per_type": s["ents_per_type"]}
    out["n_ents"] = sum(len(eg.reference.ents) for eg in egs)
    out["n_sents"] = len(egs)
    return out


def ud_scores(nlp, path):
    s = nlp.evaluate(examples(nlp, path))
    keys = ["pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    return {k: s[k] for k in keys}


def lookup_lemma_acc(path):
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    egs = examples(nlp, path)
    for eg in egs:
        nlp.get_pipe("lemmatizer")(eg.predicted)
    return Scorer.score_token_attr(egs, "lemma")["lemma_acc"]


def speed(nlp, texts, n_process):
    """(words per wall-clock second, words, words per CPU-second of this process)."""
    n_words = 0
    list(nlp.pipe(texts[:50], n_process=n_process))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=256, n_process=n_process):
        n_words += len(doc)
    return n_words / (time.perf_counter() - t0), n_words, n_words / (time.process_time() - c0)


def main():
    model, corpus, out = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    nlp = spacy.load(model)
    m = {"pipeline": nlp.pipe_names}
    m["ner_report"] = ner_scores(nlp, corpus / "ner_report.spacy")
    m["ner_dev_full"] = ner_scores(nlp, corpus / "ner_dev_full.spacy")
    m["ner_select"] = ner_scores(nlp, corpus / "ner_select.spacy")
    m["ud_report"] = ud_scores(nlp, corpus / "ud_report.spacy")
    m["ud_select"] = ud_scores(nlp, corpus / "ud_select.spacy")
    m["lookup_lemma_report"] = lookup_lemma_acc(corpus / "ud_report.spacy")
    m["lookup_lemma_select"] = lookup_lemma_acc(corpus / "ud_select.spacy")
    docs = list(DocBin().from_disk(corpus / "ner_dev_full.spacy").get_docs(nlp.vocab))
    texts = [d.text for d in docs] * 2
    m["wps_1proc"], m["speed_words"], m["wps_1proc_cpu"] = speed(nlp, texts, 1)
    m["wps_2proc"], _, _ = speed(nlp, texts, 2)
    m["load_avg"] = os.getloadavg()[0]
    size = sum(p.stat().st_size for p in Path(model).rglob("*") if p.is_file())
    m["size_mb"] = size / 1e6
    json.dump(m, open(out, "w"), indent=1)
    r = m["ner_report"]
    print(f"NER held-out  P {r['p']:.3f} R {r['r']:.3f} F {r['f']:.3f}")
    for k, v in r["per_type"].items():
        print(f"   {k:5s} P {v['p']:.3f} R {v['r']:.3f} F {v['f']:.3f}")
    print("NER full dev  F {:.3f}".format(m["ner_dev_full"]["f"]))
    print("UD held-out", {k: round(v, 4) for k, v in m["ud_report"].items()})
    print("lookup lemma acc (report half)", round(m["lookup_lemma_report"], 4))
    print(f"speed {m['wps_1proc']:.0f} w/s (1 proc; {m['wps_1proc_cpu']:.0f} words per CPU-second), "
          f"{m['wps_2proc']:.0f} w/s (2 proc); load {m['load_avg']:.2f}; size {m['size_mb']:.1f} MB")


if __name__ == "__main__":
    main()
