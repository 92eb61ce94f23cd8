"""Checks of kg/data/gazetteer/given_name_genders.tsv against given_names.txt."""
from __future__ import annotations

from pathlib import Path

GAZ = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"


def _names() -> list[str]:
    lines = (GAZ / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return [l.strip() for l in lines if l.strip() and not l.startswith("#")]


def _genders() -> list[tuple[str, str]]:
    lines = (GAZ / "given_name_genders.tsv").read_text(encoding="utf-8").splitlines()
    rows = []
    for l in lines:
        if not l.strip() or l.startswith("#"):
            continue
        parts = l.split("\t")
        assert len(parts) == 2, repr(l)
        rows.append((parts[0], parts[1]))
    return rows


def test_covers_every_given_name_once_in_order():
    rows = _genders()
    assert [n for n, _ in rows] == _names()


def test_codes():
    assert {c for _, c in _genders()} <= {"f", "m", "u"}


def test_examples():
    codes = dict(_genders())
    for name, allowed in {
        "Angela": "f", "Ulrike": "f", "Hillary": "f", "Heike": "f", "Amal": "f", "Hiba": "f",
        "John": "m", "Wolfgang": "m", "Uwe": "m", "Ole": "m", "René": "m", "Mustafa": "m",
        "Musa": "m", "Issa": "m", "Yahya": "m", "Ilja": "m", "Mykola": "m", "Luca": "m",
        "Nikita": "mu", "Andrea": "u", "Sascha": "u", "Nour": "u", "Jean": "u",
    }.items():
        assert name in codes, name
        assert codes[name] in allowed, (name, codes[name])
    if "Dianne" in codes:
        assert codes["Dianne"] == "f"
