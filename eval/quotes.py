"""Speaker attribution on the German news quotation dataset (dev split): precision, recall, F1.

    .venv/bin/python eval/quotes.py [--split dev] [--shared ../shared] [--limit N] [--pipeline NAME]

Gold: every annotated quotation with a speaker span (Petersen-Frey & Biemann 2024). kg: every
claim it extracts, with the span that names its source. A gold quotation is found when a kg
claim's source span overlaps the gold speaker span and its cue phrase overlaps the gold cue or
speaker; a kg claim is correct when it finds some gold quotation. Quotations without a
speaker (hearsay, passive "es wurde berichtet") are not counted. The dataset's text stays in
../shared; nothing of it is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def spans(part: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in part.get("spans", [])]


def overlaps(a: tuple[int, int], spans_b: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans_b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--pipeline", default=None)
    args = parser.parse_args()

    import kg
    from kg.api import load_nlp

    path = Path(args.shared) / "data" / "quote-attribution-de" / f"{args.split}.jsonl.gz"
    documents = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    if args.limit:
        documents = documents[: args.limit]
    nlp = load_nlp(args.pipeline)
    gold_total = found = predicted = correct = 0
    by_type = Counter()
    found_by_type = Counter()
    words = 0
    started = time.perf_counter()
    for document in documents:
        text = document["originalText"]
        words += len(text.split())
        article = kg.Article(title=document.get("title") or "", text=text, source=document.get("documentName"))
        record = kg.extract(article, nlp=nlp)
        gold = [a for a in document["annotations"] if spans(a["speaker"])]
        gold_total += len(gold)
        claims = [c for c in record.claims if c.source_span is not None]
        predicted += len(claims)
        hit_claims = set()
        for annotation in gold:
            kind = annotation.get("type", "?")
            by_type[kind] += 1
            speaker = spans(annotation["speaker"])
            anchor = speaker + spans(annotation["cue"])
            for number, claim in enumerate(claims):
                source = (claim.source_span.start, claim.source_span.end)
                cue = (claim.evidence.start, claim.evidence.end)
                if overlaps(source, speaker) and overlaps(cue, anchor):
                    found += 1
                    found_by_type[kind] += 1
                    hit_claims.add(number)
                    break
        correct += len(hit_claims)
    elapsed = time.perf_counter() - started
    precision = correct / predicted if predicted else 0.0
    recall = found / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"quotation dataset, {args.split} split: {len(documents)} documents, {words:,} words, "
          f"{gold_total} quotations with a speaker")
    print(f"pipeline: {record and kg.api._provenance(nlp)}")
    print(f"speaker attribution  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
          f"({correct} of {predicted} kg claims correct, {found} of {gold_total} quotations found)")
    for kind, total in by_type.most_common():
        print(f"  recall on {kind:<14} {found_by_type[kind] / total:.3f}  ({found_by_type[kind]}/{total})")
    print(f"{words / elapsed:,.0f} words/s (extraction, one process)")


if __name__ == "__main__":
    main()
