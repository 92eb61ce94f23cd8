"""Who receives offered help, round four: a capital after "für"/"an" following help, a region
help is sent into, a state's organ named by the state's adjective, the owner of a mission or of
what is rebuilt, and fighters named by their force in a compound."""

import kg
from conftest import record_of


def recipients(nlp, text):
    record = record_of(nlp, text)
    return [(o.provider, sorted(o.recipients)) for o in record.aid_offers]


def test_capital_after_help_for_is_its_state(nlp):
    found = recipients(nlp, "Die Regierung in Paris kündigte neue Finanzhilfen für Kiew an.")
    assert any("country:UA" in r for _p, r in found)


def test_capital_after_payments_of_a_giver_to_is_its_state(nlp):
    text = "Die Kredite des Währungsfonds an Athen sollen im Herbst ausgezahlt werden."
    record = record_of(nlp, text)
    assert "country:GR" in {a.key for a in record.actors}
    assert not [p for p in record.places if p.kind == "city"]


def test_capital_after_other_nouns_stays_a_place(nlp):
    record = kg.extract(kg.Article(title="", text="Der Zug für Kiew fährt am Morgen ab.", source="test"), nlp=nlp)
    assert "country:UA" not in {a.key for a in record.actors}


def test_compass_region_sent_into_is_its_state(nlp):
    assert recipients(nlp, "Italien schickt Zelte und Decken in die Nordukraine.") == [("country:IT", ["country:UA"])]


def test_named_region_sent_into_is_its_state(nlp):
    assert recipients(nlp, "Österreich entsendet 30 Ärzte in die Region Tigray.") == [("country:AT", ["country:ET"])]


def test_vague_region_with_the_state_named(nlp):
    found = recipients(nlp, "Nach dem Beben im Norden Marokkos hat Spanien Rettungsteams in das Erdbebengebiet geschickt.")
    assert found == [("country:ES", ["country:MA"])]


def test_arrived_in_a_city_names_no_recipient(nlp):
    found = recipients(nlp, "Der Hilfsflug aus Deutschland ist in Rangun eingetroffen.")
    assert all("country:MM" not in r for _p, r in found)


def test_central_bank_named_by_adjective_receives_for_its_state(nlp):
    found = recipients(nlp, "Katar überwies der ägyptischen Zentralbank zwei Milliarden Dollar.")
    assert found == [("country:QA", ["country:EG"])]


def test_owner_of_a_mission_in_the_dative(nlp):
    found = recipients(nlp, "Italien stellt der Mission der Vereinten Nationen drei Hubschrauber zur Verfügung.")
    assert len(found) == 1 and found[0][0] == "country:IT" and found[0][1] and found[0][1][0].startswith("org:")


def test_owner_of_what_is_rebuilt(nlp):
    found = recipients(nlp, "Norwegen sagte 50 Millionen Euro für den Wiederaufbau der Ukraine zu.")
    assert found == [("country:NO", ["country:UA"])]


def test_fighters_named_by_their_force(nlp):
    found = recipients(nlp, "Die Bundeswehr bildet im Irak kurdische Peschmerga-Kämpfer aus.")
    assert [r for _p, r in found] == [["org:peschmerga"]]


def test_money_going_to_a_body_and_a_described_one_goes_to_both(nlp):
    found = recipients(nlp, "Dänemark sagte zehn Millionen Euro zu. Das Geld soll an die WHO und das "
                            "Kinderhilfswerk Unicef gehen.")
    assert len(found) == 1 and found[0][0] == "country:DK" and len(found[0][1]) == 2


def test_money_going_somewhere_told_by_an_unnamed_spokeswoman_stays_the_givers(nlp):
    found = recipients(nlp, "Schweden stellt fünf Millionen Euro bereit. Das Geld gehe an die Vereinten "
                            "Nationen, sagte eine Sprecherin.")
    assert found == [("country:SE", ["org:vereinte-nationen"])]


def test_the_army_of_no_named_state_is_the_one_of_the_dateline(nlp):
    found = recipients(nlp, "Bagdad – Der Irak braucht Hilfe. Kanada hat 40 Millionen Dollar für die "
                            "Streitkräfte freigegeben.")
    assert ("country:CA", ["country:IQ"]) in found
