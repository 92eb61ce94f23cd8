"""Checks of the `gender` field in kg/data/gazetteer/people.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

PEOPLE = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer" / "people.jsonl"


def _people() -> list[dict]:
    lines = PEOPLE.read_text(encoding="utf-8").splitlines()
    return [json.loads(l) for l in lines if l.strip()]


def test_every_person_has_a_gender_code():
    for row in _people():
        assert row.get("gender") in {"f", "m", "u"}, row["id"]


def test_examples():
    by_id = {r["id"]: r for r in _people()}
    for pid, name, gender in [
        ("angela-merkel", "Angela Merkel", "f"),
        ("barack-obama", "Barack Obama", "m"),
        ("hillary-clinton", "Hillary Clinton", "f"),
        ("wladimir-putin", "Wladimir Putin", "m"),
        ("ursula-von-der-leyen", "Ursula von der Leyen", "f"),
        ("andrea-nahles", "Andrea Nahles", "f"),
        ("nikol-paschinjan", "Nikol Paschinjan", "m"),
        ("kim-jong-un", "Kim Jong-un", "m"),
        ("aung-san-suu-kyi", "Aung San Suu Kyi", "f"),
        ("maha-vajiralongkorn", "Maha Vajiralongkorn", "m"),
    ]:
        assert by_id[pid]["name"] == name
        assert by_id[pid]["gender"] == gender, pid
