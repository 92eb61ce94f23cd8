"""Score kg's canned queries against hand-annotated German news (by default the seventeen dev sets).

    .venv/bin/python eval/score.py [--gold FILE ...] [--shared ../shared] [--pipeline NAME] [--show-errors]
                                   [--intervals N]

Each gold article is read from ../shared (a 10kGNAD row or a Wikinews page of the quotation
corpus; the text stays there), built into a store of its own, and the four canned queries are compared with the annotation:

* actors, locations: a kg label matches a gold entity when it equals its name or one of its
  aliases (case-insensitive, diacritics and German genitive -s ignored), or, for persons, its surname;
  a location also has the aliases of the gold actor of the same name ("Vereinigte Staaten": "USA");
* aid offers: (provider, recipient) pairs; a provider also matches through the state or
  organisation it acts for (prov:actedOnBehalfOf); a missing recipient matches only null;
* sources: (source, sentence): the source label matches and the claim sentence contains the
  gold snippet;
* aid providers (a diagnostic, not a canned-query category): the offers' providers alone, each
  kg offer counted once, recipients ignored;
* excluded items: share of gold exclusions whose head noun (the first noun of the phrase: "die
  Ausfuhr zumindest für Granaten" -> "Ausfuhr") appears in a kg excluded item of the article;
* events (only for gold files with an "events" key): the `events` query's rows by kind (fight,
  airstrike, artillery, capture, bombing, death): a death matches a gold death with the same number
  of dead, any other event a gold event of its kind with one of its places (any place when the gold
  names none); "event attackers" is the share of matched gold events with attackers whose
  attacker kg names too.

Prints precision, recall and F1 per category, micro-averaged over the articles of each file, and
over all files together. With ``--intervals N`` each F1 also gets a 95% bootstrap interval (N
resamples of the articles, fixed seed): with 30 articles and 48 gold offers a difference of 0.05
is well inside the noise, and the interval says so.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval" / "dev"))
from check_gold import Texts  # noqa: E402  (one reader of the gold texts, shared with the checker)

def norm(text: str | None) -> str:
    # Spellings with and without diacritics ("Erdoğan", "Erdogan") name the same entity.
    text = "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", (text or "").replace("„", "").replace("“", "")).strip().casefold()
    return re.sub(r"(?<=\w{3})(s|es)$", "", text)


_NOT_HEADS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
              "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "nicht", "ihre", "ihren",
              "seine", "seinen", "weitere", "weiteren"}


#: Capitals, which annotators give as a state's alias where they stand for its government.
CAPITALS = {norm(json.loads(line).get("capital")) for line in
            (ROOT / "kg" / "data" / "gazetteer" / "countries.jsonl").read_text(encoding="utf-8").splitlines() if line}


def head_noun(phrase: str) -> str:
    """The head of a German noun phrase, normalised: its first noun ("die Ausfuhr zumindest für
    Granaten" -> "ausfuhr", "keine eigenen Truppen" -> "truppen"), else its last word."""
    words = phrase.split()
    nouns = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_HEADS]
    return norm(nouns[0] if nouns else words[-1])


class Entities:
    """The gold entities of one article, to match kg labels against."""

    def __init__(self, entities: list[dict]):
        self.names = []
        for entity in entities:
            forms = {norm(entity["name"]), *(norm(a) for a in entity.get("aliases", []))}
            surname = norm(entity["name"].split()[-1]) if entity.get("type") == "Person" else None
            self.names.append((entity["name"], forms, surname))

    def find(self, label: str) -> str | None:
        key = norm(label)
        for name, forms, surname in self.names:
            if key in forms:
                return name
        for name, forms, surname in self.names:
            if surname and (key == surname or key.split(" ")[-1] == surname):
                return name
        return None


class Tally:
    def __init__(self):
        self.tp_pred = self.pred = self.tp_gold = self.gold = 0

    def add(self, matched_pred: int, pred: int, matched_gold: int, gold: int):
        self.tp_pred += matched_pred
        self.pred += pred
        self.tp_gold += matched_gold
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def f1(self) -> float:
        return self.prf()[2]

    def line(self, name: str) -> str:
        p, r, f = self.prf()
        return f"{name:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (kg {self.pred}, gold {self.gold})"


def article_of(gold: dict, texts: Texts, kg):
    """The article a gold record points to (the texts stay in ../shared; the annotations are ours)."""
    text, problem = texts.of(gold)
    if text is None:
        sys.exit(f"{gold['id']}: {problem}")
    if "text" in gold:
        # a passage written for the project: its own text, with its headline if it has one
        return kg.article_from_text(text, title=gold.get("title", ""), source=gold["id"])
    if "row" in gold:
        # 10kGNAD has no headline: the teaser before the first ". " serves as the title line.
        teaser, _, body = text.partition(". ")
        return kg.article_from_text(f"{teaser}.\n\n{body}", title=f"{teaser}.", source=gold["id"])
    page = texts.page(gold)
    return kg.article_from_text(f"{page['title']}\n\n{text}", title=page["title"], date=page.get("date"),
                                source=gold["id"])


def places_with_actor_aliases(gold: dict) -> list[dict]:
    """The gold locations, each also known by the aliases of the actor of the same name: a state
    annotated once as an actor with its aliases ("Vereinigte Staaten", "USA") and once as a place
    by its name alone is one entity with the same names. Not a capital a state is an actor alias
    by ("Athen" for Greece's government, a metonym): as a place the capital is a place of its own."""
    actor_aliases = {norm(a["name"]): a.get("aliases", []) for a in gold["actors"]}
    return [{"name": place["name"], "type": "Place",
             "aliases": [*place.get("aliases", []),
                         *(alias for alias in actor_aliases.get(norm(place["name"]), []) if norm(alias) not in CAPITALS)]}
            for place in gold["locations"]]


def labels(joined) -> set[str]:
    return {norm(label) for label in str(joined or "").split(" | ") if label}


def score_events(rows: list, gold: list[dict], entities: Entities, errors: list[str], tallies) -> None:
    from kg.extract.events import CAMEO

    # a death is the event that carries a number of dead; its code (190) is fighting's too
    kinds = {code: kind for kind, code in CAMEO.items() if kind != "death"}
    predicted = []
    for row in rows:
        dead = int(row["casualties"]) if row["casualties"] is not None else None
        kind = "death" if dead is not None else kinds.get(str(row["cameo"]), "fight")
        predicted.append((kind, labels(row["places"]), dead, {entities.find(a) for a in str(row["attackers"] or "").split(" | ") if a}))

    def matches(event: dict, kg_event) -> bool:
        kind, places, dead, _ = kg_event
        if kind != event["kind"]:
            return False
        if kind == "death":
            return dead == event["casualties"]
        wanted = {norm(place) for place in event["places"]}
        return not wanted or bool(wanted & places)

    match = [[matches(e, kg_event) for kg_event in predicted] for e in gold]
    found = [any(row) for row in match]
    hit = [any(match[g][k] for g in range(len(gold))) for k in range(len(predicted))]
    tallies["events"].add(sum(hit), len(predicted), sum(found), len(gold))
    with_attackers = [g for g, e in enumerate(gold) if found[g] and e["attackers"]]
    attackers_right = sum(1 for g in with_attackers if any(
        match[g][k] and set(gold[g]["attackers"]) & predicted[k][3] for k in range(len(predicted))))
    tallies["event attackers"].add(attackers_right, len(with_attackers), attackers_right, len(with_attackers))
    for g in with_attackers:
        named = set().union(*(predicted[k][3] for k in range(len(predicted)) if match[g][k])) - {None}
        if not set(gold[g]["attackers"]) & named:
            errors.append(f"  event attackers missed: {gold[g]['kind']} {gold[g]['places'] or ''} "
                          f"{gold[g]['attackers']}, kg: {sorted(named)}")
    for g, e in enumerate(gold):
        if not found[g]:
            errors.append(f"  event missed: {e['kind']} {e['places'] or ''} {e['casualties'] or ''}".rstrip())
    for k, kg_event in enumerate(predicted):
        if not hit[k]:
            errors.append(f"  event extra: {kg_event[0]} {sorted(kg_event[1]) or ''} {kg_event[2] or ''}".rstrip())


def score_set(kg_labels: list[str], gold: list[dict], entities: Entities, errors: list[str], what: str):
    gold_names = {g["name"] for g in gold}
    matched = {}
    for label in set(kg_labels):
        matched[label] = entities.find(label)
    hits_pred = sum(1 for label, name in matched.items() if name in gold_names)
    hits_gold = len({name for name in matched.values() if name in gold_names})
    for label, name in matched.items():
        if name not in gold_names:
            errors.append(f"  {what} extra: {label}")
    for name in gold_names - set(matched.values()):
        errors.append(f"  {what} missed: {name}")
    return hits_pred, len(set(kg_labels)), hits_gold, len(gold_names)


DEV_SETS = ("gold.jsonl", "domestic.jsonl", "wikinews.jsonl", "fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl",
            "fresh4.jsonl", "fresh5.jsonl", "fresh6.jsonl", "fresh7.jsonl", "fresh8.jsonl",
            "fresh9.jsonl", "fresh10.jsonl", "fresh11.jsonl", "fresh12.jsonl", "fresh13.jsonl", "fresh14.jsonl")


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    excluded_found: int = 0
    excluded_total: int = 0
    articles: int = 0

    #: each article's own scores, for confidence intervals by resampling articles
    per_article: list["Scores"] = field(default_factory=list)

    def add(self, other: "Scores") -> None:
        for name, tally in other.tallies.items():
            self.tallies[name].add(tally.tp_pred, tally.pred, tally.tp_gold, tally.gold)
        self.excluded_found += other.excluded_found
        self.excluded_total += other.excluded_total
        self.articles += other.articles
        self.per_article.extend(other.per_article or [other])

    def print(self, title: str, *, intervals: int = 0) -> None:
        print(f"{self.articles} articles ({title}), one store each, canned queries")
        names = [*("actors", "locations", "aid offers", "aid providers", "sources"),
                 *(name for name in ("events", "event attackers") if self.tallies[name].gold)]
        for name in names:
            line = self.tallies[name].line(name)
            if intervals:
                low, high = self.interval(name, intervals)
                line += f"   F1 95% CI {low:.3f}–{high:.3f}"
            print(line)
        share = self.excluded_found / self.excluded_total if self.excluded_total else 0.0
        print(f"excluded items found: {self.excluded_found}/{self.excluded_total} ({share:.2f})")


    def interval(self, name: str, resamples: int) -> tuple[float, float]:
        """A 95% percentile bootstrap interval of the F1 of ``name``, articles drawn with replacement:
        how far the figure could move on another sample of articles like these."""
        draw = random.Random(0)
        values = []
        for _ in range(resamples):
            tally = Tally()
            for article in draw.choices(self.per_article, k=len(self.per_article)):
                found = article.tallies.get(name)
                if found:
                    tally.add(found.tp_pred, found.pred, found.tp_gold, found.gold)
            values.append(tally.f1())
        values.sort()
        return values[int(0.025 * resamples)], values[min(resamples - 1, int(0.975 * resamples))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", action="append", default=None,
                        help="a gold file; repeat for several (default: the seventeen dev sets in eval/dev)")
    parser.add_argument("--pipeline", default=None)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--intervals", type=int, default=0, metavar="N",
                        help="also print 95%% bootstrap intervals of each F1 from N resamples of the articles")
    args = parser.parse_args()

    import kg

    data = Path(args.shared) / "data"
    texts = Texts(data / "german-news" / "10kGNAD-test.csv", data / "quote-attribution-de")
    paths = args.gold or [str(ROOT / "eval" / "dev" / name) for name in DEV_SETS]
    total = Scores()
    for path in paths:
        golds = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
        show_errors = args.show_errors and not held_out(Path(path))
        if args.show_errors and not show_errors:
            print(f"{path} is held out: totals only, no errors", file=sys.stderr)
        scores = score_articles(golds, texts, kg, pipeline=args.pipeline, show_errors=show_errors)
        scores.print(path, intervals=args.intervals)
        total.add(scores)
    if len(paths) > 1:
        total.print("all of the above", intervals=args.intervals)


#: Sets measured but never developed on: the scorer prints their totals, never their errors.
HELD_OUT = frozenset({"news_blind_f.jsonl", "news_blind_h.jsonl", "fresh15.jsonl", "fresh16.jsonl"})


def held_out(path: Path) -> bool:
    return path.name in HELD_OUT or path.resolve().parent == ROOT / "eval" / "test"


def score_articles(golds: list[dict], texts: Texts, kg, *, pipeline: str | None, show_errors: bool) -> Scores:
    scores = Scores()
    for gold in golds:
        article = Scores(articles=1)
        tallies = article.tallies
        errors: list[str] = []
        with tempfile.TemporaryDirectory() as folder:
            store = kg.open_store(folder + "/store")
            kg.build([article_of(gold, texts, kg)], store=store, pipeline=pipeline)
            actors = [str(r["label"]) for r in kg.query(store, "actors").rows]
            places = [str(r["label"]) for r in kg.query(store, "locations").rows]
            offers = list(kg.query(store, "aid-offers").rows)
            sources = list(kg.query(store, "sources").rows)
            events = list(kg.query(store, "events").rows) if "events" in gold else []
            store.close()
        entities = Entities(gold["actors"])
        tallies["actors"].add(*score_set(actors, gold["actors"], entities, errors, "actor"))
        locations = Entities(places_with_actor_aliases(gold))
        tallies["locations"].add(*score_set(places, gold["locations"], locations, errors, "location"))

        # Aid offers: (provider, recipient) pairs.
        predicted = set()
        for row in offers:
            providers = {entities.find(str(row["providerLabel"]))}
            if row["onBehalfOfLabel"] is not None:
                providers.add(entities.find(str(row["onBehalfOfLabel"])))
            recipient = entities.find(str(row["recipientLabel"])) if row["recipientLabel"] is not None else None
            predicted.add((frozenset(p for p in providers if p), recipient, str(row["offer"])))
        gold_pairs = {(o["provider"], o.get("recipient")) for o in gold["aid_offers"]}
        offer_ids = {offer for _, _, offer in predicted}
        matched_offers = {offer for prov, rec, offer in predicted if any(g[0] in prov and g[1] == rec for g in gold_pairs)}
        matched_gold = {g for g in gold_pairs if any(g[0] in prov and g[1] == rec for prov, rec, _ in predicted)}
        tallies["aid offers"].add(len(matched_offers), len(offer_ids), len(matched_gold), len(gold_pairs))
        # Providers alone, recipients ignored: tells a missed offer from a misread recipient.
        kg_providers = [prov for prov, _ in {(prov, offer) for prov, _, offer in predicted}]
        gold_providers = {provider for provider, _ in gold_pairs}
        tallies["aid providers"].add(sum(1 for prov in kg_providers if prov & gold_providers), len(kg_providers),
                                     sum(1 for provider in gold_providers if any(provider in prov for prov in kg_providers)),
                                     len(gold_providers))
        for g in gold_pairs - matched_gold:
            errors.append(f"  offer missed: {g[0]} -> {g[1]}")
        for prov, rec, offer in predicted:
            if offer not in matched_offers:
                errors.append(f"  offer extra: {sorted(prov)} -> {rec}")

        excluded_kg = " ".join(norm(str(r["excluded"])) for r in offers if r["excluded"] is not None)
        for o in gold["aid_offers"]:
            for item in o.get("excluded", []):
                article.excluded_total += 1
                article.excluded_found += head_noun(item) in excluded_kg

        claims = {(entities.find(str(r["sourceLabel"])), norm(str(r["claim"]))) for r in sources}
        gold_claims = [(s["source"], norm(s["snippet"])) for s in gold["sources"]]
        hit_gold = sum(1 for source, snippet in gold_claims if any(source == s and snippet in c for s, c in claims))
        hit_pred = sum(1 for s, c in claims if any(source == s and snippet in c for source, snippet in gold_claims))
        tallies["sources"].add(hit_pred, len(claims), hit_gold, len(gold_claims))
        for source, snippet in gold_claims:
            if not any(source == s and snippet in c for s, c in claims):
                errors.append(f"  source missed: {source}: {snippet[:60]}")
        for row in sources:
            s, c = entities.find(str(row["sourceLabel"])), norm(str(row["claim"]))
            if not any(source == s and snippet in c for source, snippet in gold_claims):
                errors.append(f"  source extra: {row['sourceLabel']}: {c[:60]}")
        if "events" in gold:
            score_events(events, gold["events"], entities, errors, tallies)
        scores.add(article)
        if show_errors and errors:
            print(f"{gold['id']}:")
            print("\n".join(errors))
    return scores


if __name__ == "__main__":
    main()
