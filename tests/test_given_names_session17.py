"""Given names from abroad added in session 17 (Balkans, Central and Eastern Europe, the Baltics,
Greece, the Caucasus, Central and South Asia, Africa, Latin America, Israel ...): an unknown surname
after one of them is a person, and the name's sex tells whom "sie" or "er" means. Words that were
rejected as given names because they are German words, places or organisations stay what they
are. The sentences and the surnames are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"


def _names() -> set[str]:
    return {l.strip() for l in (GAZ / "given_names.txt").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")}


def _sexes() -> dict[str, str]:
    rows = (GAZ / "given_name_genders.tsv").read_text(encoding="utf-8").splitlines()
    return dict(l.split("\t") for l in rows if l.strip() and not l.startswith("#"))


def persons(record) -> dict[str, str | None]:
    return {a.label: a.gender for a in record.actors if a.category == "Person"}


def test_new_names_are_listed_with_their_sex():
    sexes = _sexes()
    for name, sex in {
        "Todor": "m", "Zwetelina": "f", "Gergely": "m", "Katalin": "f", "Oluwaseun": "m", "Kateryna": "f",
        "Kyriakos": "m", "Eleni": "f", "Nikol": "m", "Gohar": "f", "Tarique": "m", "Retno": "f",
        "Bassirou": "m", "Thandiwe": "f", "Nayib": "m", "Inês": "f", "Yoav": "m", "Ayelet": "f",
        "Vjosa": "f", "Albulena": "f", "Shira": "f", "Jae-in": "m", "Geun-hye": "f",
        "Deniz": "u", "Shai": "u",
    }.items():
        assert sexes.get(name) == sex, (name, sexes.get(name))


@pytest.mark.parametrize("word", [
    # German words and frequent capitalised tokens
    "Solange", "Armen", "Davor", "Rosen", "Kamen", "Rein", "Liga", "Pille", "Granit", "Uran", "Soja",
    "Mai", "Funke", "Aster", "Arie", "Assel", "Rosine", "Delfin", "Nestor", "Mega", "Jihad",
    # places and organisations
    "Duma", "Nato", "Medina", "Gent", "Breda", "Aviv", "Golan", "Sanaa", "Saida", "Ema", "Esma",
    # genitives of given names ("Roberts Frau") and English words
    "Roberts", "Oskars", "Marcos", "Can", "Rain", "Long",
    # names by which the press names a person alone (a given name alone makes no person)
    "Thaksin", "Abhisit", "Tedros", "Christodoulos", "Naruhito", "Neymar",
])
def test_rejected_words_are_no_given_names(word):
    assert word not in _names()


@pytest.mark.parametrize("sentence, person, gender", [
    ("Todor Kolarow sagte, dass die Regierung handeln müsse.", "Todor Kolarow", "masculine"),
    ("Gergely Tarnai sagte am Montag, die Grenze bleibe offen.", "Gergely Tarnai", "masculine"),
    ("Kateryna Bondarenko erklärte, die Schule sei zerstört worden.", "Kateryna Bondarenko", "feminine"),
    ("Oluwaseun Adeyemi sagte, die Preise seien gestiegen.", "Oluwaseun Adeyemi", "masculine"),
])
def test_an_unknown_surname_after_a_new_given_name_is_a_person(extract, sentence, person, gender):
    assert persons(extract(sentence)).get(person) == gender


def test_the_sex_of_a_new_given_name_resolves_sie(extract):
    record = extract("Zwetelina Marinowa traf am Montag Todor Kolarow. Die Lage sei ernst, sagte sie.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:zwetelina-marinowa", "sie")]


def test_the_sex_of_a_new_given_name_resolves_er(extract):
    record = extract("Zwetelina Marinowa traf am Montag Todor Kolarow. Die Lage sei ernst, sagte er.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:todor-kolarow", "er")]


@pytest.mark.parametrize("sentence", [
    "Solange Russland angreife, werde es keinen Frieden geben, sagte der Minister.",
    "Armen Familien in Wien fehlt das Geld für die Heizung.",
    "Davor Angst zu haben, sei falsch, sagte der Minister.",
    "Duma Abgeordnete stimmten am Dienstag für das Gesetz.",
    "Nato Staaten wollen mehr Geld für die Verteidigung ausgeben.",
])
def test_a_rejected_word_at_the_start_makes_no_person(extract, sentence):
    assert not persons(extract(sentence))
