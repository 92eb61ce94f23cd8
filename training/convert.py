"""Convert the openly licensed corpora in shared/data into spaCy DocBin files.

Usage: python training/convert.py DATA_DIR OUT_DIR

Writes (all in OUT_DIR):
  ner_train.spacy      GermEval 2014 test split (in-domain, PER/LOC/ORG/MISC)
  ner_aux.spacy        LER + SmartData + Europeana, PER/LOC/ORG only; capitalised
                       tokens outside a gold entity are marked *missing* (could be MISC)
  ner_select.spacy     GermEval dev, even sentence index: checkpoint selection
  ner_report.spacy     GermEval dev, odd sentence index: held-out report split
  ner_dev_full.spacy   GermEval dev, everything (for the clearly labelled full-dev number)
  ud_train.spacy       UD German-GSD test + UD German-PUD (10 sentences per doc)
  ud_select.spacy      UD German-GSD dev, even sentence index
  ud_report.spacy      UD German-GSD dev, odd sentence index (held out)
  raw_text.txt         one sentence per line: raw text of the permissive corpora
                       (for the static floret vectors); never includes GermEval dev
                       or GSD dev text.

No GPL (Europarl) or NonCommercial (10kGNAD, quote attribution) data is read here.
Everything is deterministic (fixed seed for the subsampling of LER).
"""
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs

SEED = 1234
LABELS = ("PER", "LOC", "ORG", "MISC")
GERMEVAL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}
SMARTDATA_MAP = {
    "person": "PER",
    "organization": "ORG", "organization-company": "ORG",
    "location": "LOC", "location-city": "LOC", "location-street": "LOC",
}
# SmartData types whose spans are ambiguous w.r.t. GermEval guidelines: mark missing
SMARTDATA_MISSING = {"location-stop", "location-route", "org-position"}
LER_SAMPLE = 4000  # LER sentences kept (it would otherwise dwarf GermEval)
EUR_SAMPLE = 2500  # Europeana pseudo-sentences kept (OCR noise, historical)


def read_germeval(path):
    """Yield (words, [(start, end, label)]) per sentence, outer column only.
    *deriv and *part tags are mapped to O (they are not entity mentions)."""
    words, tags = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, bio_to_spans(tags)
                words, tags = [], []
                continue
            parts = line.split("\t")
            words.append(parts[1])
            tag = parts[2]
            if tag != "O":
                pre, lab = tag.split("-", 1)
                tag = pre + "-" + GERMEVAL_MAP[lab] if lab in GERMEVAL_MAP else "O"
            tags.append(tag)
    if words:
        yield words, bio_to_spans(tags)


def bio_to_spans(tags):
    """BIO (or IOB1) -> spans; an I- after O or of another type starts a span."""
    spans, start, label = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


def make_doc(vocab, words, spans, aux=False, missing_spans=()):
    doc = Doc(vocab, words=words)
    ents = [Span(doc, s, e, label=l) for s, e, l in spans]
    if not aux:
        doc.set_ents(ents, default="outside")
        return doc
    covered = set()
    for s, e, _ in spans:
        covered.update(range(s, e))
    missing = set()
    for s, e in missing_spans:
        missing.update(range(s, e))
    outside = []
    for tok in doc:
        if tok.i in covered:
            continue
        # A capitalised token outside a PER/LOC/ORG span might be MISC (these
        # corpora have no MISC): leave it unannotated instead of teaching "O".
        if tok.i in missing or tok.text[:1].isupper():
            continue
        outside.append(doc[tok.i:tok.i + 1])
    doc.set_ents(ents, outside=outside, default="missing")
    # remember which tokens are unannotated for a reason other than "capitalised"
    # (relabel.py may later turn the rest into O where a MISC-aware teacher agrees)
    doc.spans["explicit_missing"] = [doc[s:e] for s, e in missing_spans]
    return doc


def read_ler(data):
    out = []
    for p in sorted((data / "ler-legal-entity-recognition").glob("*.conll.gz")):
        words, tags = [], []
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\r\n")
                if not line.strip():
                    if words:
                        out.append((words, tags))
                    words, tags = [], []
                    continue
                tok, tag = line.rsplit(" ", 1)
                if tag != "O":
                    pre, lab = tag.split("-", 1)
                    tag = pre + "-" + LER_MAP[lab] if lab in LER_MAP else "O"
                words.append(tok)
                tags.append(tag)
        if words:
            out.append((words, tags))
    return out


def read_europeana(data):
    out = []
    for p in sorted((data / "europeana-newspapers-ner-de").glob("*.bio")):
        words, tags = [], []
        with open(p, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\r\n")
                if line.startswith("#"):
                    if words:
                        out.append((words, tags))
                    words, tags = [], []
                    continue
                parts = line.split(" ")
                if len(parts) != 2 or not parts[0]:
                    continue
                tok, tag = parts
                tag = tag.replace("_", "-").replace(".", "-").upper()
                m = re.match(r"^([BI])-(PER|LOC|ORG)$", tag)
                tag = m.group(0) if m else "O"
                words.append(tok)
                tags.append(tag)
                if tok in (".", "!", "?") and len(words) >= 5 or len(words) >= 60:
                    out.append((words, tags))
                    words, tags = [], []
        if words:
            out.append((words, tags))
    return out


def read_smartdata(data, nlp, common_nouns):
    docs = []
    dec = json.JSONDecoder()
    for name in ("v1_train.json.gz", "v1_test.json.gz"):
        s = gzip.open(data / "smartdata-corpus" / name, "rt", encoding="utf-8").read()
        i = 0
        while True:
            while i < len(s) and s[i].isspace():
                i += 1
            if i >= len(s):
                break
            o, i = dec.raw_decode(s, i)
            text = o["text"]["string"]
            doc = nlp.make_doc(text)
            spans, missing = [], []
            for m in o["conceptMentions"]["array"]:
                st, en, ty = m["span"]["start"], m["span"]["end"], m["type"]
                sp = doc.char_span(st, en, alignment_mode="expand")
                if sp is None:
                    continue
                # trim whitespace/newline tokens at the edges; a span that still
                # contains a line break is not a clean mention: leave it unannotated
                a, b = sp.start, sp.end
                while a < b and (doc[a].is_space or doc[a].is_punct):
                    a += 1
                while b > a and (doc[b - 1].is_space or doc[b - 1].is_punct):
                    b -= 1
                if a == b:
                    continue
                sp = doc[a:b]
                if any(t.is_space or "\n" in t.whitespace_ for t in sp[:-1]) or sp[-1].is_space:
                    missing.append((sp.start, sp.end))
                    continue
                if ty in SMARTDATA_MAP:
                    # generic mentions ("Gruppe", "Konzern") are tagged as
                    # organisations in SmartData but not in GermEval: leave them unannotated
                    if all(t.text in common_nouns for t in sp):
                        missing.append((sp.start, sp.end))
                    else:
                        spans.append((sp.start, sp.end, SMARTDATA_MAP[ty]))
                elif ty in SMARTDATA_MISSING:
                    missing.append((sp.start, sp.end))
            spans = remove_overlaps(spans)
            words = [t.text for t in doc]
            # split into paragraph-sized pieces on newlines to keep docs short
            docs.append((words, spans, missing, [t.whitespace_ for t in doc]))
    return docs


def remove_overlaps(spans):
    spans = sorted(spans, key=lambda x: (x[0], -(x[1] - x[0])))
    out, last = [], -1
    for s, e, l in spans:
        if s >= last:
            out.append((s, e, l))
            last = e
    return out


def split_ud(path, keep):
    """Return CoNLL-U text with only sentences whose index satisfies keep(i)."""
    blocks = open(path, encoding="utf-8").read().strip().split("\n\n")
    return "\n\n".join(b for i, b in enumerate(blocks) if keep(i)) + "\n\n"


def ud_docs(text, n_sents):
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=True, no_print=True))


def main():
    data = Path(sys.argv[1])
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    vocab = nlp.vocab
    rng = random.Random(SEED)
    raw = []

    # ---- GermEval
    ge_train = list(read_germeval(data / "germeval2014" / "NER-de-test.tsv"))
    ge_dev = list(read_germeval(data / "germeval2014" / "NER-de-dev.tsv"))
    DocBin(docs=[make_doc(vocab, w, s) for w, s in ge_train]).to_disk(out / "ner_train.spacy")
    DocBin(docs=[make_doc(vocab, w, s) for i, (w, s) in enumerate(ge_dev) if i % 2 == 0]).to_disk(out / "ner_select.spacy")
    DocBin(docs=[make_doc(vocab, w, s) for i, (w, s) in enumerate(ge_dev) if i % 2 == 1]).to_disk(out / "ner_report.spacy")
    DocBin(docs=[make_doc(vocab, w, s) for w, s in ge_dev]).to_disk(out / "ner_dev_full.spacy")
    raw += [" ".join(w) for w, _ in ge_train]

    # capitalised words that GermEval train uses often and never inside an entity
    cnt_o, cnt_e = Counter(), Counter()
    for w, s in ge_train:
        inside = set(i for a, b, _ in s for i in range(a, b))
        for i, t in enumerate(w):
            (cnt_e if i in inside else cnt_o)[t] += 1
    common = {t for t, c in cnt_o.items() if c >= 2 and t[:1].isupper() and cnt_e[t] == 0}

    # ---- auxiliary NER corpora (one DocBin per source)
    ler = read_ler(data)
    raw += [" ".join(w) for w, _ in ler]
    with_ent = [x for x in ler if any(t != "O" for t in x[1])]
    rng.shuffle(with_ent)
    ler_docs = [make_doc(vocab, w, bio_to_spans(t), aux=True) for w, t in with_ent[:LER_SAMPLE]]
    DocBin(docs=ler_docs).to_disk(out / "ner_aux_ler.spacy")
    eur = read_europeana(data)
    raw += [" ".join(w) for w, _ in eur]
    eur_s = list(eur)
    rng.shuffle(eur_s)
    eur_docs = [make_doc(vocab, w, bio_to_spans(t), aux=True) for w, t in eur_s[:EUR_SAMPLE]]
    DocBin(docs=eur_docs).to_disk(out / "ner_aux_eur.spacy")
    sd = read_smartdata(data, nlp, common)
    sd_docs = []
    for words, spans, missing, ws in sd:
        sd_docs.append(make_doc(vocab, words, spans, aux=True, missing_spans=missing))
        raw += [l.strip() for l in "".join(t + s for t, s in zip(words, ws)).split("\n") if l.strip()]
    DocBin(docs=sd_docs).to_disk(out / "ner_aux_sd.spacy")
    aux = ler_docs + eur_docs + sd_docs
    n_ler = len(ler_docs)
    ntok = lambda ds: sum(len(d) for d in ds)
    print(f"tokens: GermEval train {sum(len(w) for w, _ in ge_train)}, LER {ntok(ler_docs)}, "
          f"Europeana {ntok(eur_docs)}, SmartData {ntok(sd_docs)}")

    # ---- UD
    gsd, pud = data / "ud-german-gsd", data / "ud-german-pud"
    train_txt = split_ud(gsd / "de_gsd-ud-test.conllu", lambda i: True) + split_ud(pud / "de_pud-ud-test.conllu", lambda i: True)
    ud_train = ud_docs(train_txt, 10)
    DocBin(docs=ud_train).to_disk(out / "ud_train.spacy")
    DocBin(docs=ud_docs(split_ud(gsd / "de_gsd-ud-dev.conllu", lambda i: i % 2 == 0), 10)).to_disk(out / "ud_select.spacy")
    DocBin(docs=ud_docs(split_ud(gsd / "de_gsd-ud-dev.conllu", lambda i: i % 2 == 1), 10)).to_disk(out / "ud_report.spacy")
    for d in ud_train:
        raw += [s.text for s in d.sents] if d.has_annotation("SENT_START") else [d.text]

    with open(out / "raw_text.txt", "w", encoding="utf-8") as f:
        for line in raw:
            line = " ".join(line.split())
            if line:
                f.write(line + "\n")
    print(f"GermEval train {len(ge_train)} sents, dev {len(ge_dev)} (select/report halves)")
    print(f"aux NER docs {len(aux)} (LER {n_ler}, Europeana {len(eur_docs)}, SmartData {len(sd)})")
    print(f"UD train docs {len(ud_train)}; raw text lines {len(raw)}")


if __name__ == "__main__":
    main()
