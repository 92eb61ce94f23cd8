#!/usr/bin/env python3
"""Validate eval/test/wikinews.jsonl against the German Wikinews quotation-attribution dev split.

Usage:
    python eval/test/check_wikinews.py [--gold eval/test/wikinews.jsonl] [--data PATH/dev.jsonl.gz]

Same checks as eval/dev/check_gold.py, adapted to this corpus (stdlib only):
  * every line is a JSON object with the required keys and value types
  * corpus == "quote-attribution-de/dev", pageId is a string naming a document in the data file,
    id == "wikinews-<pageId>", ids are unique
  * actor types are from the allowed set, actor names are unique per article, aliases are non-empty strings
  * locations are {"name": str}, unique per article
  * every aid_offers provider/recipient and every sources source is an actor name
  * status is offered | delivered | refused; offered/excluded are lists of str; at least one item
  * every snippet and every offered/excluded phrase occurs in the document's originalText
    (whitespace-normalised)
  * snippets and offered/excluded phrases are at most 12 words (licence: no longer quotations)
Prints counts and "OK"; exit status 1 if any check fails.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "wikinews.jsonl"
DEFAULT_DATA = HERE.parents[2] / "shared" / "data" / "quote-attribution-de" / "dev.jsonl.gz"
if not DEFAULT_DATA.exists():
    DEFAULT_DATA = Path("/work/shared/data/quote-attribution-de/dev.jsonl.gz")

CORPUS = "quote-attribution-de/dev"
ACTOR_TYPES = {"Person", "Organization", "Country", "ArmedGroup", "Media", "Other"}
STATUSES = {"offered", "delivered", "refused"}
TOP_KEYS = {"id", "corpus", "pageId", "actors", "locations", "aid_offers", "sources"}
OPTIONAL_KEYS = {"notes"}
MAX_SNIPPET_WORDS = 12


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def load_docs(path: Path) -> dict[str, dict]:
    docs = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[str(d["pageId"])] = d
    return docs


def check(gold: Path, data: Path) -> int:
    docs = load_docs(data)
    errors: list[str] = []
    counts: Counter = Counter()
    seen_ids: set[str] = set()
    per_article: list[tuple] = []

    def err(lineno: int, msg: str) -> None:
        errors.append(f"line {lineno}: {msg}")

    with open(gold, encoding="utf-8") as f:
        lines = f.read().splitlines()

    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            err(lineno, "empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(lineno, f"invalid JSON: {e}")
            continue
        if not isinstance(rec, dict):
            err(lineno, "not an object")
            continue
        keys = set(rec)
        if TOP_KEYS - keys:
            err(lineno, f"missing keys {sorted(TOP_KEYS - keys)}")
            continue
        if keys - TOP_KEYS - OPTIONAL_KEYS:
            err(lineno, f"unknown keys {sorted(keys - TOP_KEYS - OPTIONAL_KEYS)}")
        if rec["corpus"] != CORPUS:
            err(lineno, f"corpus {rec['corpus']!r} != {CORPUS!r}")
        pid = rec["pageId"]
        if not isinstance(pid, str) or pid not in docs:
            err(lineno, f"bad pageId {pid!r} (must be a string naming a document in {data.name})")
            continue
        if rec["id"] != f"wikinews-{pid}":
            err(lineno, f"id {rec['id']!r} does not match pageId {pid}")
        if rec["id"] in seen_ids:
            err(lineno, f"duplicate id {rec['id']}")
        seen_ids.add(rec["id"])
        text = docs[pid]["originalText"]
        ntext = norm(text)
        counts["articles"] += 1
        c = Counter()

        def in_text(s: str, what: str) -> None:
            if not isinstance(s, str) or not s.strip():
                err(lineno, f"{rec['id']}: empty {what}")
            elif norm(s) not in ntext:
                err(lineno, f"{rec['id']}: {what} not in article text: {s!r}")

        def max_words(s, what: str) -> None:
            if isinstance(s, str) and len(s.split()) > MAX_SNIPPET_WORDS:
                err(lineno, f"{rec['id']}: {what} longer than {MAX_SNIPPET_WORDS} words: {s!r}")

        # actors
        names: set[str] = set()
        if not isinstance(rec["actors"], list):
            err(lineno, "actors not a list")
            rec["actors"] = []
        for a in rec["actors"]:
            if (not isinstance(a, dict) or set(a) - {"name", "type", "aliases"} or "name" not in a
                    or "type" not in a or not isinstance(a["name"], str) or not a["name"].strip()):
                err(lineno, f"{rec['id']}: bad actor {a!r}")
                continue
            if a["type"] not in ACTOR_TYPES:
                err(lineno, f"{rec['id']}: actor {a['name']!r} bad type {a['type']!r}")
            if a["name"] in names:
                err(lineno, f"{rec['id']}: duplicate actor {a['name']!r}")
            names.add(a["name"])
            al = a.get("aliases", [])
            if not isinstance(al, list) or not all(isinstance(x, str) and x.strip() for x in al):
                err(lineno, f"{rec['id']}: actor {a['name']!r} bad aliases")
            elif a["name"] in al:
                err(lineno, f"{rec['id']}: actor {a['name']!r} lists itself as alias")
            elif len(set(al)) != len(al):
                err(lineno, f"{rec['id']}: actor {a['name']!r} has duplicate aliases")
            counts["actors"] += 1
            c["actors"] += 1
            counts[f"actor:{a['type']}"] += 1

        # locations
        locs: set[str] = set()
        if not isinstance(rec["locations"], list):
            err(lineno, "locations not a list")
            rec["locations"] = []
        for loc in rec["locations"]:
            if not isinstance(loc, dict) or set(loc) != {"name"} or not isinstance(loc["name"], str) \
                    or not loc["name"].strip():
                err(lineno, f"{rec['id']}: bad location {loc!r}")
                continue
            if loc["name"] in locs:
                err(lineno, f"{rec['id']}: duplicate location {loc['name']!r}")
            locs.add(loc["name"])
            counts["locations"] += 1
            c["locations"] += 1

        # aid offers
        if not isinstance(rec["aid_offers"], list):
            err(lineno, "aid_offers not a list")
            rec["aid_offers"] = []
        for o in rec["aid_offers"]:
            need = {"provider", "recipient", "offered", "excluded", "status", "snippet"}
            if not isinstance(o, dict) or set(o) != need:
                err(lineno, f"{rec['id']}: bad aid offer keys {sorted(o) if isinstance(o, dict) else o!r}")
                continue
            if o["provider"] not in names:
                err(lineno, f"{rec['id']}: provider {o['provider']!r} not an actor")
            if o["recipient"] is not None and o["recipient"] not in names:
                err(lineno, f"{rec['id']}: recipient {o['recipient']!r} not an actor")
            if o["status"] not in STATUSES:
                err(lineno, f"{rec['id']}: bad status {o['status']!r}")
            for k in ("offered", "excluded"):
                if not isinstance(o[k], list):
                    err(lineno, f"{rec['id']}: {k} not a list")
                    o[k] = []
                    continue
                for p in o[k]:
                    in_text(p, f"{k} phrase")
                    max_words(p, f"{k} phrase")
                counts[f"{k}_items"] += len(o[k])
                c[f"{k}_items"] += len(o[k])
            if not o["offered"] and not o["excluded"]:
                err(lineno, f"{rec['id']}: aid offer with neither offered nor excluded items")
            in_text(o["snippet"], "aid snippet")
            max_words(o["snippet"], "aid snippet")
            counts["aid_offers"] += 1
            c["aid_offers"] += 1
            c[f"status:{o['status']}"] += 1
            counts[f"status:{o['status']}"] += 1
            if o["recipient"] is None:
                counts["aid_offers_no_recipient"] += 1

        # sources
        if not isinstance(rec["sources"], list):
            err(lineno, "sources not a list")
            rec["sources"] = []
        for s in rec["sources"]:
            if not isinstance(s, dict) or set(s) != {"source", "snippet"}:
                err(lineno, f"{rec['id']}: bad source {s!r}")
                continue
            if s["source"] not in names:
                err(lineno, f"{rec['id']}: source {s['source']!r} not an actor")
            in_text(s["snippet"], "source snippet")
            max_words(s["snippet"], "source snippet")
            counts["sources"] += 1
            c["sources"] += 1

        if "notes" in rec and not isinstance(rec["notes"], str):
            err(lineno, f"{rec['id']}: notes not a string")
        if c["excluded_items"]:
            counts["articles_with_excluded"] += 1
        st = ", ".join(f"{k[7:]} {v}" for k, v in sorted(c.items()) if k.startswith("status:"))
        per_article.append((rec["id"], len(text.split()), c["actors"], c["locations"],
                            f"{c['aid_offers']} ({st})", c["excluded_items"], c["sources"]))

    for e in errors:
        print("ERROR", e)
    keys = ["articles", "actors", "locations", "aid_offers", "offered_items", "excluded_items",
            "aid_offers_no_recipient", "sources"]
    print("counts:", ", ".join(f"{k}={counts.get(k, 0)}" for k in keys))
    print("actor types:", ", ".join(f"{k[6:]}={v}" for k, v in sorted(counts.items()) if k.startswith("actor:")))
    print("offer status:", ", ".join(f"{k[7:]}={v}" for k, v in sorted(counts.items()) if k.startswith("status:")))
    print(f"articles with excluded items: {counts.get('articles_with_excluded', 0)}")
    print("per article: id | words | actors | locations | aid offers | excluded | sources")
    for row in per_article:
        print("  " + " | ".join(str(x) for x in row))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    sys.exit(check(args.gold, args.data))


if __name__ == "__main__":
    main()
