"""Every graph kg makes of real news conforms to the shapes, not only the example's: the 195
annotated dev articles (texts in ../shared, present for the developers and CI) each go into a
graph of their own and through SHACL. Skipped where ../shared is not beside the clone."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
GOLD = sorted((ROOT / "eval" / "dev").glob("*.jsonl"))

pytestmark = pytest.mark.skipif(not (DATA / "german-news").is_dir(), reason="../shared/data is not here")


def dev_articles():
    import kg

    sys.path.insert(0, str(ROOT / "eval"))
    from score import Texts, article_of  # one reader of the annotated texts, the scorer's

    texts = Texts(DATA / "german-news" / "10kGNAD-test.csv", DATA / "quote-attribution-de")
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                yield gold["id"], article_of(gold, texts, kg)


def test_every_dev_article_makes_a_graph_that_conforms(nlp):
    import kg
    from kg.rdf.mapping import record_to_triples
    from kg.validation import validate_graph

    problems = []
    for name, article in dev_articles():
        graph = rdflib.Graph()
        for triple in record_to_triples(kg.extract(article, nlp=nlp))[1]:
            graph.add(triple)
        problems += [f"{name}: {v.message}" for v in validate_graph(graph).violations]
    assert not problems, "\n".join(problems)
