"""The seed article through the four canned queries: the spine's acceptance criteria."""

from __future__ import annotations

import rdflib

from conftest import rows


def actor_types(store):
    return {(r["label"], r["type"]) for r in rows(store, "actors")}


def test_actors_include_people_states_groups_and_media(seed_store):
    found = actor_types(seed_store)
    for expected in [("John Kerry", "Person"), ("Baschar al-Assad", "Person"), ("Irak", "Country"),
                     ("Iran", "Country"), ("Vereinigte Staaten", "Country"), ("Al-Qaida", "ArmedGroup"),
                     ("Washington Post", "Media"), ("Daily Star Lebanon", "Media")]:
        assert expected in found, expected
    assert any(label in ("ISIS", "Islamischer Staat") and kind == "ArmedGroup" for label, kind in found)


def test_nothing_from_the_boilerplate(seed_store):
    labels = {label for label, _ in actor_types(seed_store)}
    assert not any("Facebook" in label for label in labels)
    assert "Türkei" not in labels  # only named in the "Mehr zum Thema" link list


def test_kerry_aliases_are_one_node(seed_store):
    kerry = [r for r in rows(seed_store, "actors") if r["label"] == "John Kerry"]
    assert len(kerry) == 1
    mentions = {str(r["text"]) for r in seed_store.query(
        "SELECT ?text WHERE { ?m itsrdf:taIdentRef <%s> ; nif:anchorOf ?text }" % kerry[0]["actor"]).rows}
    assert {"Kerry", "Kerrys", "John Kerry", "Außenminister der Vereinigten Staaten"} <= mentions


def test_locations_with_coordinates(seed_store):
    places = {r["label"]: r for r in rows(seed_store, "locations")}
    for name in ("Falludscha", "Beirut", "Anbar", "Syrien", "Irak"):
        assert name in places, name
    falludscha = places["Falludscha"]
    assert abs(float(falludscha["lat"]) - 33.35) < 0.1 and abs(float(falludscha["long"]) - 43.78) < 0.1


def test_exactly_two_aid_offers(seed_store):
    offers = {}
    for r in rows(seed_store, "aid-offers"):
        offers.setdefault(r["offer"], []).append(r)
    assert len(offers) == 2
    by_provider = {}
    for offer_rows in offers.values():
        provider = offer_rows[0]["providerLabel"]
        by_provider[provider] = offer_rows
    us = by_provider.get("John Kerry") or by_provider.get("Vereinigte Staaten")
    iran = by_provider["Iran"]
    assert us and {r["recipientLabel"] for r in us} == {"Irak"}
    assert {r["recipientLabel"] for r in iran} == {"Irak"}
    us_aid = " ".join(r["aid"] for r in us if r["aid"])
    us_excluded = " ".join(r["excluded"] for r in us if r["excluded"])
    assert "militärischen Beistand" in us_aid
    assert "Truppen" in us_excluded or "Soldaten" in us_excluded
    iran_aid = {r["aid"] for r in iran if r["aid"]}
    assert "Ausrüstung" in iran_aid and any(a.startswith("Berater") for a in iran_aid)
    assert "personelle Unterstützung" in {r["excluded"] for r in iran if r["excluded"]}
    assert all(r["sentence"] for r in us + iran)


def test_sources_with_their_sentences(seed_store):
    claims = {(r["sourceLabel"], r["claim"]) for r in rows(seed_store, "sources")}
    wapo = [c for s, c in claims if s == "Washington Post"]
    star = [c for s, c in claims if s == "Daily Star Lebanon"]
    assert wapo and "gefährlichsten Akteure" in wapo[0]
    assert star and "38 Menschen" in star[0]


def test_turtle_export_round_trips(seed_store, tmp_path):
    import kg

    path = kg.export(seed_store, tmp_path / "graph.ttl")
    parsed = rdflib.Graph().parse(path, format="turtle")
    stored = {(s, p, o) for s, p, o, _ in seed_store.quads()}
    assert len(parsed) == len(stored)
    assert set(parsed) == stored


def test_shacl_validation_passes(seed_store):
    import kg

    report = kg.validate(seed_store)
    assert report.conforms, report.summary()


def test_locations_and_actors_carry_their_links(seed_store):
    places = {r["label"]: r for r in rows(seed_store, "locations")}
    assert str(places["Falludscha"]["geonames"]) == "https://sws.geonames.org/99454/"
    assert str(places["Irak"]["wikidata"]) == "http://www.wikidata.org/entity/Q796"
    actors = {r["label"]: r for r in rows(seed_store, "actors")}
    assert str(actors["John Kerry"]["aliases"]).split(" | ") == ["Kerry"]


def test_an_offer_by_a_minister_names_the_state_he_offers_for(seed_store):
    kerry = [r for r in rows(seed_store, "aid-offers") if r["providerLabel"] == "John Kerry"]
    assert kerry and {str(r["onBehalfOfLabel"]) for r in kerry} == {"Vereinigte Staaten"}
