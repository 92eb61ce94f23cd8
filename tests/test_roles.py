"""Role phrases that stand for a person named elsewhere in the article, on German sentences
written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


def test_a_generic_role_is_the_person_last_named_with_a_kind_of_it(extract):
    record = extract("Außenminister Sergej Lawrow traf US-Außenminister John Kerry in Genf. Lawrow lobte das Treffen. "
                     "Der Minister rief die USA auf, mehr Angaben zu liefern.")
    assert claim_sources(record)[-1] == ("person:sergej-lawrow", "Minister")


def test_another_name_of_the_same_office_is_the_same_person(extract):
    record = extract("Regierungschef Ahmet Davutoğlu besuchte die Grenze. Die Lage sei ernst, sagte der Premier.")
    assert claim_sources(record) == [("person:ahmet-davutoglu", "Premier")]


def test_the_head_of_an_organisation_is_the_one_person_acting_for_it(extract):
    record = extract("UN-Generalsekretär Ban Ki-moon sprach in Wien. Er traf Bundespräsident Heinz Fischer. "
                     "Gewalt sei keine Lösung, betonte der UN-Chef.")
    assert claim_sources(record)[-1] == ("person:ban-ki-moon", "UN-Chef")


def test_a_role_the_gazetteer_knows_for_the_person_refers_to_him(extract):
    # the article names Mitterlehner without a role; the gazetteer knows him as Vizekanzler
    record = extract("Reinhold Mitterlehner kam spät zur Sitzung. Man werde sich einigen, sagte der Vizekanzler.")
    assert claim_sources(record)[-1] == ("person:reinhold-mitterlehner", "Vizekanzler")


def test_a_deputy_is_not_the_holder_of_the_office(extract):
    record = extract("Vizekanzler Karl Huber besuchte das Lager. Die Lage sei ernst, sagte der Kanzler.")
    assert [key for key, _span in claim_sources(record)] == ["other:kanzler"]


@pytest.mark.parametrize("text", [
    "Innenminister Karl Huber besuchte das Lager. Die Lage sei ernst, sagte ein Minister.",
    "Innenminister Karl Huber traf Außenminister Max Bauer. Die Minister sagten, die Lage sei ernst.",
])
def test_an_indefinite_or_plural_role_refers_to_no_one_named(extract, text):
    claims = claim_sources(extract(text))
    assert claims and not any(key.startswith("person:") for key, _span in claims), claims


def test_a_name_after_the_roles_genitive_complement_is_a_person(extract):
    record = extract("Die Lieferungen seien gesichert, versicherte der Vizechef der Präsidialverwaltung Andej Taranow.")
    assert "person:andej-taranow" in {a.key for a in record.actors}
    assert claim_sources(record) == [("person:andej-taranow", "Vizechef")]


def test_a_role_in_a_genitive_plural_after_a_noun_refers_to_no_one_named(extract):
    record = extract("Gehen mussten Handelsminister Karl Huber und Kulturminister Max Bauer. Der Grund für den "
                     "Rauswurf dieser Minister, so vermutet die Zeitung Der Kurier, sei ein Streit.")
    assert all(not key.startswith("person:") for key, _span in claim_sources(record)), claim_sources(record)


def test_a_genitive_surname_after_a_role_is_not_the_role_holder(extract):
    record = extract("Der Iraner Ali Samani wurde verurteilt. Die Anwältin Samanis bestritt die Vorwürfe.")
    assert {a.key: a.role for a in record.actors}.get("person:ali-samani") is None


def test_a_party_role_is_the_person_named_last_who_can_belong_to_the_party(extract):
    # Mitterlehner acts for Austria (the gazetteer); the ÖVP is an Austrian party
    record = extract("Vizekanzler Reinhold Mitterlehner sprach am Montag. Kritisch äußerte sich der ÖVP-Chef "
                     "zu den Plänen.")
    assert claim_sources(record)[-1] == ("person:reinhold-mitterlehner", "ÖVP-Chef")
    assert "org:oevp" not in {a.key for a in record.actors}


def test_a_party_spokeswoman_in_the_genitive_is_the_person_named_before(extract):
    record = extract("Die Gemeinden helfen zu wenig, kritisiert Anna Berger. Keiner wolle Probleme, vermutet die "
                     "Integrationssprecherin der SPÖ.")
    assert claim_sources(record)[-1][0] == "person:anna-berger"


def test_a_party_role_is_the_person_the_article_gives_that_party(extract):
    record = extract("ÖVP-Klubobmann Karl Huber traf Kanzler Werner Faymann. Die Lage sei ernst, sagte der "
                     "ÖVP-Politiker.")
    assert claim_sources(record)[-1][0] == "person:karl-huber"


def test_a_party_role_is_not_a_person_of_another_party(extract):
    record = extract("Finanzminister Max Bauer (SPÖ) sprach am Montag. Die Lage sei ernst, sagte der ÖVP-Chef.")
    assert claim_sources(record)[-1][0] != "person:max-bauer"


def test_the_two_ministers_named_before_both_speak(extract):
    # "die beiden Minister" are the two named just before (session 17; plain "die Minister" above are not)
    record = extract("Innenminister Karl Huber traf Außenminister Max Bauer. Die beiden Minister sagten, die Lage "
                     "sei ernst.")
    assert sorted(key for key, _span in claim_sources(record)) == ["person:karl-huber", "person:max-bauer"]
