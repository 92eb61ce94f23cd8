"""One node per real-world actor across articles; each article in its own graph."""

from __future__ import annotations

import kg
from conftest import EXAMPLE, rows


def test_same_actor_same_node_in_two_articles(tmp_path, nlp):
    store = kg.open_store(str(tmp_path / "store"))
    second = kg.article_from_text(
        "Kerry in Bagdad\n\nUS-Außenminister John Kerry hat dem Irak bei einem Besuch in Bagdad "
        "weitere Waffenlieferungen zugesagt, berichtete die Washington Post.", date="2014-01-09")
    report = kg.build([EXAMPLE, second], store=store)
    assert report.ok and len(report.built) == 2
    actors = rows(store, "actors")
    kerry = {r["actor"] for r in actors if r["label"] == "John Kerry"}
    assert len(kerry) == 1
    assert len({r["article"] for r in actors if r["label"] == "John Kerry"}) == 2
    pairs = {(r["providerLabel"], r["recipientLabel"], r["articles"]) for r in rows(store, "aid-across-articles")}
    assert ("John Kerry", "Irak", "2") in pairs
    cited = rows(store, "outlet-claims", name="Washington Post")
    assert len({r["article"] for r in cited}) == 2


def test_rebuilding_an_edited_article_replaces_its_graph(tmp_path, nlp):
    store = kg.open_store(str(tmp_path / "store"))
    first = kg.article_from_text("Titel der Meldung\n\nDeutschland sagt der Ukraine Hilfe zu.")
    edited = kg.article_from_text("Titel der Meldung\n\nFrankreich sagt der Ukraine Hilfe zu.")
    kg.build([first], store=store)
    kg.build([edited], store=store)
    assert len(store.articles()) == 1
    assert {r["providerLabel"] for r in rows(store, "aid-offers")} == {"Frankreich"}


def test_named_and_unnamed_sources_are_two_queries(tmp_path, nlp):
    store = kg.open_store(str(tmp_path / "store"))
    article = kg.article_from_text(
        "Lage in Kiew\n\nDie Lage sei ernst, sagte Außenminister Dmytro Kuleba. Nach Angaben der Polizei "
        "wurden drei Menschen verletzt.")
    kg.build([article], store=store)
    assert {r["sourceLabel"] for r in rows(store, "sources")} == {"Dmytro Kuleba"}
    unnamed = rows(store, "unnamed-sources")
    assert [r["sourceLabel"] for r in unnamed] == ["Polizei"]
    assert "verletzt" in unnamed[0]["claim"]


def test_events_query_lists_each_event_with_its_parties_place_date_and_dead(tmp_path, nlp):
    store = kg.open_store(str(tmp_path / "store"))
    article = kg.article_from_text(
        "Kämpfe in Syrien\n\nDie syrische Armee hat am Montag Palmyra von der Terrormiliz IS "
        "zurückerobert. Bei Luftangriffen der russischen Luftwaffe auf Rakka starben 12 Zivilisten.",
        date="2016-03-28")
    kg.build([article], store=store)
    events = rows(store, "events")
    by_code = {r["cameo"]: r for r in events}
    assert {"192", "195"} <= set(by_code)
    capture = by_code["192"]
    assert "Palmyra" in capture["places"] and capture["date"] == "2016-03-28"
    assert capture["attackers"] == "Syrien" and "IS" in capture["targets"]
    assert any(r["casualties"] == "12" for r in events)
    assert all(r["sentence"] for r in events)
