"""Shared fixtures: the pipeline and the example article built once into a store for the whole
session; extraction of sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "falludscha-kerry.txt"


@pytest.fixture(scope="session")
def nlp():
    from kg.api import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, nlp):
    """An embedded store holding the example article (read-only use in tests)."""
    import kg

    path = tmp_path_factory.mktemp("seed") / "store"
    store = kg.open_store(str(path))
    report = kg.build([EXAMPLE], store=store)
    assert report.ok and len(report.built) == 1
    return store


def rows(store, query_name, **params):
    import kg

    return [{k: (str(v) if v is not None else None) for k, v in row.items()}
            for row in kg.query(store, query_name, params).rows]


def claim_sources(record) -> list[tuple[str, str]]:
    """(source key, the words that name the source) of each claim, in text order."""
    return [(c.source, c.source_span.text if c.source_span else "") for c in record.claims]


@pytest.fixture(scope="module")
def extract(nlp):
    """Extraction records of a sentence or two, read as an article under a made-up title."""
    import kg

    def run(sentence: str):
        return kg.extract(kg.article_from_text("Titel der Meldung\n\n" + sentence), nlp=nlp)
    return run


def source_labels(record) -> list[str]:
    """The label of each claim's source, in text order."""
    labels = {a.key: a.label for a in record.actors}
    return [labels.get(c.source, c.source) for c in record.claims]


def actor_labels(record) -> set[str]:
    """The named actors (an unnamed speaker such as "die Polizei" is a source, no sem:Actor)."""
    return {a.label for a in record.actors if a.named}


def place_labels(record) -> set[str]:
    return {p.label for p in record.places}


def record_of(nlp, text: str):
    """The extraction record of a text written for a test, as an untitled article."""
    import kg

    return kg.extract(kg.Article(title="", text=text, source="test"), nlp=nlp)


def offer_rows(nlp, text: str) -> list[tuple]:
    """Per aid offer of ``text``: (provider label, sorted recipient labels, status, offered
    texts, excluded texts)."""
    record = record_of(nlp, text)
    labels = {actor.key: actor.label for actor in record.actors}
    return [(labels.get(o.provider, o.provider), sorted(labels.get(r, r) for r in o.recipients), o.status,
             [i.text for i in o.offered], [i.text for i in o.excluded]) for o in record.aid_offers]
