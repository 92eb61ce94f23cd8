"""Aid cues, status and merging met in paragraph-long news text (session 11, helper C2)."""

from conftest import record_of


def offers(nlp, text):
    return record_of(nlp, text).aid_offers


def test_suspended_delivery_of_bombs_is_refused(nlp):
    found = offers(nlp, "Die US-Regierung hat eine Lieferung schwerer Bomben an Israel vorerst ausgesetzt.")
    assert [(o.provider, o.status) for o in found] == [("country:US", "refused")]
    assert "country:IL" in found[0].recipients


def test_development_cooperation_suspended_is_refused(nlp):
    found = offers(nlp, "Wegen des Konflikts setzt Deutschland die Entwicklungszusammenarbeit mit Ruanda aus.")
    assert [(o.provider, o.status) for o in found] == [("country:DE", "refused")]


def test_stopped_payments_are_refused(nlp):
    found = offers(nlp, "Die EU hat die Zahlungen an die Palästinensische Autonomiebehörde gestoppt.")
    assert [(o.provider, o.status) for o in found] == [("org:eu", "refused")]


def test_troops_arriving_are_delivered_by_the_state_of_their_unit(nlp):
    found = offers(nlp, "Die ersten 150 Soldaten der geplanten deutschen Panzerbrigade sind in Litauen eingetroffen.")
    assert [(o.provider, o.recipients, o.status) for o in found] == [("country:DE", ["country:LT"], "delivered")]


def test_a_follow_up_sentence_joins_the_offer(nlp):
    found = offers(nlp, "Die Zusage Japans über 300 Millionen Dollar für den Wiederaufbau der Ukraine wurde in Kiew "
                        "begrüßt. Das Geld soll vor allem in die Reparatur der Stromnetze fließen.")
    assert len(found) == 1
    assert found[0].provider == "country:JP" and found[0].recipients == ["country:UA"]


def test_ruled_out_deployment_is_refused_not_delivered(nlp):
    found = offers(nlp, "Eine Entsendung von Nato-Truppen in die Ukraine werde es nicht geben, stellte "
                        "Generalsekretär Jens Stoltenberg klar.")
    assert found and all(o.status == "refused" for o in found)
    assert all(not o.offered for o in found)


def test_green_light_for_a_credit_is_an_offer(nlp):
    found = offers(nlp, "Der Internationale Währungsfonds hat grünes Licht für eine Aufstockung des "
                        "Kreditprogramms für Ägypten gegeben.")
    assert [(o.recipients, o.status) for o in found] == [(["country:EG"], "offered")]


def test_opening_an_emergency_shelter_is_help(nlp):
    found = offers(nlp, "Die Caritas öffnet in Wien ein Notquartier mit 200 Plätzen für Asylwerber.")
    assert [(o.provider, o.status) for o in found] == [("org:caritas", "delivered")]


def test_opening_boxes_or_borders_is_no_help(nlp):
    assert offers(nlp, "Die Polizei öffnete die Kisten und fand die Bomben.") == []
    assert offers(nlp, "Österreich öffnet am Montag die Grenze für Flüchtlinge.") == []


def test_backing_a_campaign_is_no_aid(nlp):
    assert offers(nlp, "Der Parteichef Müller sagte ihm volle Unterstützung für den Wahlkampf zu.") == []
    assert offers(nlp, "Merz sagte ihr am Montag die volle Rückendeckung seiner Partei zu.") == []


def test_support_for_rebuilding_a_country_is_still_aid(nlp):
    found = offers(nlp, "Frankreich sagte Griechenland volle Unterstützung für den Wiederaufbau zu.")
    assert [(o.provider, o.recipients) for o in found] == [("country:FR", ["country:GR"])]


def test_not_abandoning_a_country_promises_help(nlp):
    found = offers(nlp, "Deutschland wird die Ukraine nicht im Stich lassen, sagte Scholz.")
    assert [(o.provider, o.recipients, o.status) for o in found] == [("country:DE", ["country:UA"], "offered")]


def test_abandoning_gives_no_help(nlp):
    assert all(o.status == "refused" for o in offers(nlp, "Die USA lassen die Kurden im Stich, sagte der Sprecher."))


def test_relief_for_own_households_is_no_aid(nlp):
    assert offers(nlp, "Die Bundesregierung hat ein Entlastungspaket für deutsche Haushalte und Unternehmen "
                       "im Umfang von 65 Milliarden Euro beschlossen.") == []


def test_money_for_foreign_families_is_still_aid(nlp):
    found = offers(nlp, "Deutschland stellt zehn Millionen Euro für syrische Familien im Libanon bereit.")
    assert [o.provider for o in found] == ["country:DE"]


def test_help_that_ends_is_refused_by_its_owner(nlp):
    found = offers(nlp, "Nach zehn Jahren endet der Einsatz deutscher Ausbilder im Nordirak.")
    assert [(o.provider, o.status) for o in found] == [("country:DE", "refused")]


def test_a_game_that_ends_is_no_help(nlp):
    assert offers(nlp, "Das Spiel endete 2:1 für Bayern.") == []


def test_relieving_a_state_with_help_names_it_recipient(nlp):
    found = offers(nlp, "Deutschland will die Republik Moldau bei der Versorgung ukrainischer Kriegsflüchtlinge entlasten.")
    assert [(o.provider, o.recipients, o.status) for o in found] == [("country:DE", ["country:MD"], "offered")]


def test_relieving_citizens_or_a_defendant_is_no_aid(nlp):
    assert offers(nlp, "Die Regierung will die Bürger bei den Energiekosten entlasten.") == []
    assert offers(nlp, "Die Aussage des Zeugen entlastet den Angeklagten.") == []


def test_having_taken_part_in_help_is_delivered(nlp):
    found = offers(nlp, "Die Bundeswehr hat sich erstmals an Abwürfen von Hilfsgütern über dem Gazastreifen beteiligt.")
    assert [o.status for o in found] == ["delivered"]
    found = offers(nlp, "Die Schweiz will sich mit fünf Millionen Franken am Fonds beteiligen.")
    assert [o.status for o in found] == ["offered"]
