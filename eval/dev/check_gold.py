#!/usr/bin/env python3
"""Validate a gold file (eval/dev/gold.jsonl, eval/test/*.jsonl) against its texts and print counts.

Usage:
    python eval/dev/check_gold.py [--gold eval/dev/gold.jsonl] [--csv PATH] [--quotes-dir DIR]

An annotated article points to its text in one of two corpora in ../shared/data: a 10kGNAD row
("row", "label") or a Wikinews page of the quotation-attribution corpus ("corpus":
"quote-attribution-de/dev" or "quote-attribution-de/train", "pageId"); or, for passages written
for the project (eval/constructions), it carries its own "text" (and an optional "title").

Checks
  * every line is a JSON object with the required keys and value types
  * id == "10kgnad-%04d" % row, row is in range, label matches the CSV label; or
    id == "wikinews-<pageId>" and the page exists
  * actor types are from the allowed set, actor names are unique per article
  * every aid_offers provider/recipient and every sources source is an actor name
  * status is offered | delivered | refused; offered/excluded are lists of str
  * every snippet occurs in the article text at that row (whitespace-normalised,
    because the upstream text has irregular double spaces)
  * every offered/excluded phrase occurs in the article text (whitespace-normalised)
  * snippets and offered/excluded phrases are at most 12 words (licence: no longer quotations)
Exit status 1 if any check fails.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "gold.jsonl"
DEFAULT_CSV = HERE.parents[2] / "shared" / "data" / "german-news" / "10kGNAD-test.csv"
if not DEFAULT_CSV.exists():
    DEFAULT_CSV = Path("/work/shared/data/german-news/10kGNAD-test.csv")
DEFAULT_QUOTES_DIR = DEFAULT_CSV.parents[1] / "quote-attribution-de"
# The withheld test split of the quotation corpus is not here and must not be reconstructed.
WIKINEWS_SPLITS = ("dev", "train")

ACTOR_TYPES = {"Person", "Organization", "Country", "ArmedGroup", "Media", "Other"}
STATUSES = {"offered", "delivered", "refused"}
TOP_KEYS = {"id", "actors", "locations", "aid_offers", "sources"}
SOURCE_KEYS = ({"row", "label"}, {"corpus", "pageId"}, {"text"})
OPTIONAL_KEYS = {"notes", "events", "title"}
EVENT_KINDS = {"fight", "airstrike", "artillery", "capture", "bombing", "death"}
MAX_SNIPPET_WORDS = 12


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class Texts:
    """The article texts the annotations point to, read on first use."""

    def __init__(self, csv_path: Path, quotes_dir: Path):
        self.csv_path, self.quotes_dir = csv_path, quotes_dir
        self._rows: list[list[str]] | None = None
        self._pages: dict[str, dict[str, dict]] = {}

    def of(self, rec: dict) -> tuple[str | None, str]:
        """(text, error): the article text of a record, or None and why not."""
        if "text" in rec:
            # passages written for the project carry their own text (eval/constructions)
            return (rec["text"], "") if isinstance(rec["text"], str) and rec["text"].strip() else (None, "empty text")
        if "row" in rec:
            if self._rows is None:
                with open(self.csv_path, encoding="utf-8", newline="") as f:
                    self._rows = list(csv.reader(f, delimiter=";", quotechar="'"))
            row = rec["row"]
            if not isinstance(row, int) or not (0 <= row < len(self._rows)):
                return None, f"bad row {row!r}"
            if rec["id"] != f"10kgnad-{row:04d}":
                return None, f"id {rec['id']!r} does not match row {row}"
            label, text = self._rows[row]
            if rec["label"] != label:
                return None, f"label {rec['label']!r} != CSV label {label!r}"
            return text, ""
        corpora = [f"quote-attribution-de/{split}" for split in WIKINEWS_SPLITS]
        if rec["corpus"] not in corpora:
            return None, f"corpus {rec['corpus']!r} is not one of {corpora}"
        page = self.page(rec)
        if page is None:
            return None, f"bad pageId {rec['pageId']!r}"
        if rec["id"] != f"wikinews-{rec['pageId']}":
            return None, f"id {rec['id']!r} does not match pageId {rec['pageId']}"
        return page["originalText"], ""

    def page(self, rec: dict) -> dict | None:
        """The Wikinews document (title, date, originalText) a record points to."""
        split = rec["corpus"].rpartition("/")[2]
        if split not in self._pages:
            with gzip.open(self.quotes_dir / f"{split}.jsonl.gz", "rt", encoding="utf-8") as f:
                self._pages[split] = {str(doc["pageId"]): doc for doc in map(json.loads, f)}
        return self._pages[split].get(rec["pageId"]) if isinstance(rec["pageId"], str) else None


def check(gold: Path, texts: Texts) -> int:
    errors: list[str] = []
    counts = Counter()
    seen_ids: set[str] = set()

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
        source_keys = next((k for k in SOURCE_KEYS if k <= keys), None)
        if source_keys is None:
            err(lineno, f"needs {' or '.join(str(sorted(k)) for k in SOURCE_KEYS)}")
            continue
        if keys - TOP_KEYS - source_keys - OPTIONAL_KEYS:
            err(lineno, f"unknown keys {sorted(keys - TOP_KEYS - source_keys - OPTIONAL_KEYS)}")
        text, problem = texts.of(rec)
        if text is None:
            err(lineno, problem)
            continue
        if rec["id"] in seen_ids:
            err(lineno, f"duplicate id {rec['id']}")
        seen_ids.add(rec["id"])
        ntext = norm(text)
        counts["articles"] += 1
        counts[f"label:{rec.get('label', rec.get('corpus'))}"] += 1

        def in_text(s: str, what: str) -> None:
            if not isinstance(s, str) or not s.strip():
                err(lineno, f"{rec['id']}: empty {what}")
            elif norm(s) not in ntext:
                err(lineno, f"{rec['id']}: {what} not in article text: {s!r}")

        # actors
        names: set[str] = set()
        if not isinstance(rec["actors"], list):
            err(lineno, "actors not a list")
            rec["actors"] = []
        for a in rec["actors"]:
            if not isinstance(a, dict) or set(a) - {"name", "type", "aliases"} or "name" not in a or "type" not in a:
                err(lineno, f"{rec['id']}: bad actor {a!r}")
                continue
            if a["type"] not in ACTOR_TYPES:
                err(lineno, f"{rec['id']}: actor {a['name']!r} bad type {a['type']!r}")
            if a["name"] in names:
                err(lineno, f"{rec['id']}: duplicate actor {a['name']!r}")
            names.add(a["name"])
            al = a.get("aliases", [])
            if not isinstance(al, list) or not all(isinstance(x, str) and x for x in al):
                err(lineno, f"{rec['id']}: actor {a['name']!r} bad aliases")
            elif a["name"] in al:
                err(lineno, f"{rec['id']}: actor {a['name']!r} lists itself as alias")
            counts["actors"] += 1
            counts[f"actor:{a['type']}"] += 1

        # locations
        locs: set[str] = set()
        if not isinstance(rec["locations"], list):
            err(lineno, "locations not a list")
            rec["locations"] = []
        for loc in rec["locations"]:
            if not isinstance(loc, dict) or set(loc) != {"name"} or not isinstance(loc["name"], str):
                err(lineno, f"{rec['id']}: bad location {loc!r}")
                continue
            if loc["name"] in locs:
                err(lineno, f"{rec['id']}: duplicate location {loc['name']!r}")
            locs.add(loc["name"])
            counts["locations"] += 1

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
                    continue
                for p in o[k]:
                    in_text(p, f"{k} phrase")
                    if isinstance(p, str) and len(p.split()) > MAX_SNIPPET_WORDS:
                        err(lineno, f"{rec['id']}: {k} phrase longer than {MAX_SNIPPET_WORDS} words")
                counts[f"{k}_items"] += len(o[k])
            if not o["offered"] and not o["excluded"]:
                err(lineno, f"{rec['id']}: aid offer with neither offered nor excluded items")
            in_text(o["snippet"], "aid snippet")
            if isinstance(o["snippet"], str) and len(o["snippet"].split()) > MAX_SNIPPET_WORDS:
                err(lineno, f"{rec['id']}: aid snippet longer than {MAX_SNIPPET_WORDS} words")
            counts["aid_offers"] += 1
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
            if isinstance(s["snippet"], str) and len(s["snippet"].split()) > MAX_SNIPPET_WORDS:
                err(lineno, f"{rec['id']}: source snippet longer than {MAX_SNIPPET_WORDS} words")
            counts["sources"] += 1

        # conflict events (optional: only the sets annotated for them)
        for e in rec.get("events", []):
            need = {"kind", "attackers", "targets", "places", "casualties", "snippet"}
            if not isinstance(e, dict) or set(e) != need:
                err(lineno, f"{rec['id']}: bad event keys {sorted(e) if isinstance(e, dict) else e!r}")
                continue
            if e["kind"] not in EVENT_KINDS:
                err(lineno, f"{rec['id']}: bad event kind {e['kind']!r}")
            for side in ("attackers", "targets"):
                for name in e[side]:
                    if name not in names:
                        err(lineno, f"{rec['id']}: event {side[:-1]} {name!r} not an actor")
            if (e["kind"] == "death") != isinstance(e["casualties"], int):
                err(lineno, f"{rec['id']}: a death needs a number of dead, other events none")
            in_text(e["snippet"], "event snippet")
            counts["events"] += 1
            counts[f"event:{e['kind']}"] += 1

        if "notes" in rec and not isinstance(rec["notes"], str):
            err(lineno, f"{rec['id']}: notes not a string")

    for e in errors:
        print("ERROR", e)
    keys = ["articles", "actors", "locations", "aid_offers", "offered_items", "excluded_items",
            "aid_offers_no_recipient", "sources", "events"]
    print("counts:", ", ".join(f"{k}={counts.get(k, 0)}" for k in keys))
    print("labels:", ", ".join(f"{k[6:]}={v}" for k, v in sorted(counts.items()) if k.startswith("label:")))
    print("actor types:", ", ".join(f"{k[6:]}={v}" for k, v in sorted(counts.items()) if k.startswith("actor:")))
    print("offer status:", ", ".join(f"{k[7:]}={v}" for k, v in sorted(counts.items()) if k.startswith("status:")))
    if counts.get("events"):
        print("event kinds:", ", ".join(f"{k[6:]}={v}" for k, v in sorted(counts.items()) if k.startswith("event:")))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--quotes-dir", type=Path, default=DEFAULT_QUOTES_DIR,
                    help="folder of the quotation corpus's dev.jsonl.gz and train.jsonl.gz")
    args = ap.parse_args()
    sys.exit(check(args.gold, Texts(args.csv, args.quotes_dir)))


if __name__ == "__main__":
    main()
