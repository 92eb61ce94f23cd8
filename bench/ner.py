"""NER benchmark for kg's German pipeline.

Prints P/R/F1 per label on the held-out GermEval 2014 split (dev sentences with an
odd index: the half that training/run.sh never trains on nor selects checkpoints on)
and words per second with nlp.pipe on one and two processes (all pipeline
components enabled). With one process it also prints words per CPU-second of that process,
which other jobs on a shared machine disturb much less than wall-clock time. Several
--model options compare pipelines in one run (measured alternately, twice each).
Prints numbers, asserts nothing.

    python bench/ner.py [--model kg/models/de_kg_news [--model OTHER]] [--data ../shared/data] [--with-kg]

--with-kg measures the speed of the pipeline as kg runs it: the model plus kg's own rule
components (kg_sentencizer, kg_gazetteer, kg_names, kg_cues; kg/config/pipeline.cfg).
"""
import os
import argparse
import time
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
LABEL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}  # *deriv/*part -> O


def read_germeval(path):
    """(words, [(start, end, label)]) per sentence, outer column, mapped labels."""
    sents, words, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                sents.append((words, spans_from_bio(tags)))
            words, tags = [], []
            continue
        cols = line.split("\t")
        tag = cols[2]
        if tag != "O":
            prefix, label = tag.split("-", 1)
            tag = f"{prefix}-{LABEL_MAP[label]}" if label in LABEL_MAP else "O"
        words.append(cols[1])
        tags.append(tag)
    if words:
        sents.append((words, spans_from_bio(tags)))
    return sents


def spans_from_bio(tags):
    spans, start, label = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="append", help="pipeline path (repeatable)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--with-kg", action="store_true", help="add kg's rule components, as kg runs the pipeline")
    args = ap.parse_args()
    models = args.model or [str(ROOT / "kg" / "models" / "de_kg_news")]
    dev = read_germeval(Path(args.data) / "germeval2014" / "NER-de-dev.tsv")
    if args.with_kg:
        from kg.nlp.pipeline import load_pipeline
        nlps = [load_pipeline(m) for m in models]
    else:
        nlps = [spacy.load(m) for m in models]
    for model, nlp in zip(models, nlps):
        accuracy(model, nlp, dev)
    print(f"load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}")
    all_texts = [" ".join(w) for w, _ in dev] * 2
    for rep in range(2 if len(models) > 1 else 1):
        for model, nlp in zip(models, nlps):
            speed(model, nlp, all_texts)


def accuracy(model, nlp, dev):
    held_out = [s for i, s in enumerate(dev) if i % 2 == 1]
    refs = []
    for words, spans in held_out:
        ref = Doc(nlp.vocab, words=words)
        ref.ents = [Span(ref, s, e, label=l) for s, e, l in spans]
        refs.append(ref)
    texts = [r.text for r in refs]
    preds = list(nlp.pipe(texts, batch_size=256))
    scores = Scorer.score_spans([Example(p, r) for p, r in zip(preds, refs)], "ents")
    print(f"model: {model}")
    print(f"held-out split: GermEval 2014 dev, odd sentences ({len(refs)} sentences, "
          f"{sum(len(r.ents) for r in refs)} entities)")
    print(f"{'label':6s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for label in ("PER", "LOC", "ORG", "MISC"):
        s = scores["ents_per_type"].get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
        print(f"{label:6s} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"{'ALL':6s} {scores['ents_p']:6.3f} {scores['ents_r']:6.3f} {scores['ents_f']:6.3f}")



def speed(model, nlp, all_texts):
    print(f"{model}: speed over {len(all_texts)} GermEval dev sentences, "
          f"components: {', '.join(nlp.pipe_names)}")
    for n_process in (1, 2):
        list(nlp.pipe(all_texts[:50], n_process=n_process))
        t0, c0 = time.perf_counter(), time.process_time()
        n_words = sum(len(d) for d in nlp.pipe(all_texts, batch_size=256, n_process=n_process))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        cpu = f"; {n_words / dc:,.0f} words per CPU-second" if n_process == 1 else ""
        print(f"n_process={n_process}: {n_words / dt:,.0f} words/s ({n_words} words in {dt:.1f} s){cpu}")


if __name__ == "__main__":
    main()
