"""A dateline with its news agency ("Wien (APA) – "): the city is where the story was filed, a
location; the agency sent the story and acts in it nowhere, so it is no actor."""

import pytest

from conftest import record_of


@pytest.mark.parametrize("text, place", [
    ("Wien (APA) – Die Regierung hat am Montag ein Paket beschlossen.", "Wien"),
    ("Kairo (dpa/AFP) – Ägypten hat Hilfe angeboten.", "Kairo"),
    ("Berlin/Kiew (Reuters) – Deutschland liefert weitere Waffen.", "Kiew"),
])
def test_agency_of_a_dateline_is_no_actor_and_its_city_is_a_place(nlp, text, place):
    record = record_of(nlp, text)
    assert not {"APA", "dpa", "AFP", "Reuters"} & {a.label for a in record.actors}
    assert place in {p.label for p in record.places}


def test_a_capital_in_an_agency_dateline_is_no_actor(nlp):
    record = record_of(nlp, "Wien (APA) – Die Grünen kritisierten den Plan.")
    assert "Österreich" not in {a.label for a in record.actors}


def test_a_region_in_brackets_after_the_dateline_city_is_no_agency(nlp):
    record = record_of(nlp, "Columbia (South Carolina) – Im US-Bundesstaat South Carolina regnet es seit Tagen.")
    assert "South Carolina" in {p.label for p in record.places}


def test_an_agency_named_in_the_text_is_still_an_actor(nlp):
    record = record_of(nlp, "Wien – Die APA meldete am Montag, der Kanzler sei erkrankt.")
    assert "APA" in {a.label for a in record.actors}


def test_the_city_of_an_agency_dateline_speaks_for_no_one(nlp):
    record = record_of(nlp, "Hamburg (dpa) – Im Prozess um den Schmuggel hat das Landgericht ein Urteil verkündet.")
    assert [c.source_span.text for c in record.claims] == ["Landgericht"]


def test_the_subject_after_the_auxiliary_speaks_behind_an_agency_dateline(nlp):
    record = record_of(nlp, "Wien (APA) – Im Streit um das Budget hat Stadtrat Markus Leitgeb die Regierung "
                            "aufgefordert, zu sparen.")
    assert [c.source for c in record.claims] == ["person:markus-leitgeb"]


@pytest.mark.parametrize("town", ["St. Pölten", "Bad Ischl"])
def test_a_town_of_two_words_opens_an_agency_dateline(nlp, town):
    record = record_of(nlp, f"{town} (APA) – Im Streit um die Schule hat Bürgermeister Hans Stadler die Pläne kritisiert.")
    assert "APA" not in {a.label for a in record.actors}
    assert [c.source for c in record.claims][:1] == ["person:hans-stadler"]
