"""Score kg's aid offers on short passages written for the purpose (``eval/constructions/*.jsonl``).

    .venv/bin/python eval/constructions.py [FILE ...] [--pipeline NAME] [--show-errors]

The news articles of ``eval/dev`` hold few offers of aid, and the corpora in ../shared have no
more unused ones. These sets are passages of one to three sentences, written by hand in the style
of agency reports, each annotated with its offers before kg was run on it: they measure how kg
reads the many ways German news phrases an offer (verbs and nouns, main and subordinate clauses,
Konjunktiv I, passive, quotes, pronouns, metonyms), and whether it stays silent on passages
without one (demands, sales, envoys).

Each line: ``{"id", "text", "offers": [{"provider": [names], "recipient": [names] | null,
"status", "excluded": [phrases]}], "construction"}``. A name list gives the acceptable labels of
one actor (canonical name first). A kg offer matches a gold offer when its provider's label, or
the label of the state or body it represents, is one of the provider names, and its recipients
include one of the recipient names (none for a null recipient). Prints P/R/F1 of these pairs,
the same for providers alone (a diagnostic: a missed offer or a misread recipient?),
how many matched offers have the gold status, the share of excluded items found (by head word),
and the passages without offers where kg invented one.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: Sets kept for measuring only: scored when named, never in the default run, their errors never shown.
HELD_OUT = frozenset({"aid_blind_d.jsonl"})


def norm(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("-", " ").strip()


def predicted_offers(record) -> list[tuple[set[str], list[set[str]], str, list[str]]]:
    """Per kg offer: provider names (its label and whom it represents), each recipient's names,
    the status and the excluded items' texts."""
    # the states an actor acts for without being named as an actor are the record's principals
    actors = {actor.key: actor for actor in (*record.actors, *record.principals)}

    def names(key: str) -> set[str]:
        actor = actors.get(key)
        if actor is None:
            return {norm(key)}
        found = {norm(actor.label), *(norm(a) for a in actor.aliases)}
        if actor.represents and actor.represents in actors:
            found.add(norm(actors[actor.represents].label))
        return found

    return [(names(o.provider), [names(r) for r in o.recipients], o.status, [i.text for i in o.excluded])
            for o in record.aid_offers]


def matches(gold: dict, offer, *, recipient: bool = True) -> bool:
    providers, recipients, _status, _excluded = offer
    if not providers & {norm(n) for n in gold["provider"]}:
        return False
    if not recipient:
        return True
    if gold.get("recipient") is None:
        return not recipients
    wanted = {norm(n) for n in gold["recipient"]}
    return any(names & wanted for names in recipients)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*",
                        help="construction sets (default: the aid_*.jsonl sets in eval/constructions but the held-out ones)")
    parser.add_argument("--pipeline", default=None)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    import kg

    nlp = kg.load_nlp(args.pipeline)
    paths = args.files or sorted(str(p) for p in (ROOT / "eval" / "constructions").glob("aid_*.jsonl")
                                 if p.name not in HELD_OUT)
    totals = {"kg": 0, "gold": 0, "matched_kg": 0, "matched_gold": 0, "status": 0, "excl_gold": 0,
              "excl_found": 0, "empty": 0, "invented": 0, "provider_kg": 0, "provider_gold": 0}
    for path in paths:
        items = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
        show_errors = args.show_errors and Path(path).name not in HELD_OUT
        for item in items:
            record = kg.extract(kg.Article(title="", text=item["text"], source=item["id"]), nlp=nlp)
            predicted = predicted_offers(record)
            gold = item["offers"]
            matched_kg = {k for k, offer in enumerate(predicted) if any(matches(g, offer) for g in gold)}
            errors = []
            totals["provider_kg"] += sum(any(matches(g, offer, recipient=False) for g in gold) for offer in predicted)
            totals["provider_gold"] += sum(any(matches(g, offer, recipient=False) for offer in predicted) for g in gold)
            for g in gold:
                hits = [offer for offer in predicted if matches(g, offer)]
                if hits:
                    totals["matched_gold"] += 1
                    totals["status"] += any(offer[2] == g["status"] for offer in hits)
                    if not any(offer[2] == g["status"] for offer in hits):
                        errors.append(f"status {hits[0][2]} for {g['status']}: {g['provider'][0]} -> "
                                      f"{(g.get('recipient') or [None])[0]}")
                else:
                    errors.append(f"missed: {g['provider'][0]} -> {(g.get('recipient') or [None])[0]} [{g['status']}]")
                excluded_kg = " ".join(norm(x) for offer in predicted for x in offer[3])
                for phrase in g.get("excluded", []):
                    totals["excl_gold"] += 1
                    head = norm(phrase).split()[-1]
                    totals["excl_found"] += head in excluded_kg
                    if head not in excluded_kg:
                        errors.append(f"exclusion missed: {phrase}")
            for k, offer in enumerate(predicted):
                if k not in matched_kg:
                    errors.append(f"extra: {sorted(offer[0])[0]} -> {[sorted(r)[0] for r in offer[1]]} [{offer[2]}]")
            totals["kg"] += len(predicted)
            totals["gold"] += len(gold)
            totals["matched_kg"] += len(matched_kg)
            if not gold:
                totals["empty"] += 1
                totals["invented"] += bool(predicted)
            if errors and show_errors:
                print(f"{item['id']}: {item['text']}")
                for error in errors:
                    print(f"  {error}")
        print(f"{path}: {len(items)} passages")
    p = totals["matched_kg"] / totals["kg"] if totals["kg"] else 0.0
    r = totals["matched_gold"] / totals["gold"] if totals["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"aid offers    P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (kg {totals['kg']}, gold {totals['gold']})")
    pp = totals["provider_kg"] / totals["kg"] if totals["kg"] else 0.0
    pr = totals["provider_gold"] / totals["gold"] if totals["gold"] else 0.0
    print(f"providers only (recipients ignored)  P {pp:.3f}  R {pr:.3f}")
    if totals["matched_gold"]:
        print(f"status right  {totals['status']}/{totals['matched_gold']} of the matched offers")
    if totals["excl_gold"]:
        print(f"excluded items found: {totals['excl_found']}/{totals['excl_gold']} "
              f"({totals['excl_found'] / totals['excl_gold']:.2f})")
    print(f"passages without an offer where kg found one: {totals['invented']}/{totals['empty']}")


if __name__ == "__main__":
    main()
