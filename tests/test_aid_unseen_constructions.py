"""Offers of aid in constructions frequent in German news that the dev articles seldom show:
help given "finanziell"/"militärisch", a state's adjective on the help that acts, exclusions
after the verb or the item, rejected deliveries, and sentences that send or stop people, aid a
crime or grant things that are no help."""

import pytest

from conftest import offer_rows as offers


def test_support_by_adverb_is_an_offer(nlp):
    found = offers(nlp, "Katar unterstützt die Extremisten finanziell.")
    assert [(p, s, off) for p, _r, s, off, _e in found] == [("Katar", "delivered", ["finanziell"])]


def test_military_support_by_adverb(nlp):
    found = offers(nlp, "Russland unterstützt die Separatisten militärisch.")
    assert [(p, off) for p, _r, _s, off, _e in found] == [("Russland", ["militärisch"])]


def test_political_backing_by_adverb_is_no_offer(nlp):
    assert offers(nlp, "Die Partei unterstützt den Vorschlag politisch.") == []


def test_state_adjective_on_acting_help_gives_the_provider(nlp):
    found = offers(nlp, "Russische Kampfjets unterstützen die syrische Armee.")
    assert [(p, r) for p, r, *_ in found] == [("Russland", ["Syrien"])]


def test_state_adjective_on_soldiers_training_an_army(nlp):
    found = offers(nlp, "Amerikanische Soldaten bilden die irakische Armee aus.")
    assert [(p, r) for p, r, *_ in found] == [("Vereinigte Staaten", ["Irak"])]


def test_plural_of_combat_missions_is_excluded(nlp):
    found = offers(nlp, "Die Regierung in Den Haag schließt Kampfeinsätze aus.")
    assert [(s, exc) for _p, _r, s, _o, exc in found] == [("refused", ["Kampfeinsätze"])]


def test_negation_after_a_finite_verb_excludes(nlp):
    found = offers(nlp, "Österreich beteiligt sich nicht an der Militärmission.")
    assert [(p, s, off, exc) for p, _r, s, off, exc in found] == [("Österreich", "refused", [], ["Militärmission"])]


def test_nicht_x_sondern_y_offers_y(nlp):
    found = offers(nlp, "Frankreich schickt nicht Soldaten, sondern Ärzte.")
    assert [(off, exc) for *_x, off, exc in found] == [(["Ärzte"], ["Soldaten"])]


def test_item_negated_after_it(nlp):
    found = offers(nlp, "Die Bundesregierung will lediglich Ausbilder schicken, Kampftruppen aber nicht.")
    assert [(off, exc) for *_x, off, exc in found] == [(["Ausbilder"], ["Kampftruppen"])]


def test_rejected_deliveries_are_withheld_by_the_one_who_rejects(nlp):
    found = offers(nlp, "Die USA lehnen Waffenlieferungen an die Ukraine ab.")
    assert found == [("USA", ["Ukraine"], "refused", [], ["Waffenlieferungen"])]


def test_rejected_offer_still_refuses_the_earlier_offer(nlp):
    found = offers(nlp, "Russland bot Hilfe an, die Ukraine lehnte das Angebot ab.")
    assert [(p, r) for p, r, *_ in found] == [("Russland", ["Ukraine"])]


def test_help_package_received_from_a_genitive_giver(nlp):
    found = offers(nlp, "Die Ukraine bekam im Frühjahr Kredite des Internationalen Währungsfonds.")
    assert [(p, r) for p, r, *_ in found] == [("Internationaler Währungsfonds", ["Ukraine"])]


def test_migrants_sent_back_are_no_help(nlp):
    assert offers(nlp, "Mazedonien hat mehrere hundert Migranten nach Griechenland geschickt.") == []


def test_migrants_stopped_are_no_help_withheld(nlp):
    assert offers(nlp, "Die Migranten wurden von den mazedonischen Sicherheitskräften gestoppt.") == []


def test_envoy_sent_to_talks_is_no_help(nlp):
    assert offers(nlp, "China wird seinen Vize-Außenminister nach Wien entsenden.") == []


def test_doctors_sent_to_refugees_are_help(nlp):
    found = offers(nlp, "Norwegen schickt Ärzte zu den Flüchtlingen nach Griechenland.")
    assert [p for p, *_ in found] == ["Norwegen"]


def test_aiding_a_crime_is_no_aid(nlp):
    assert offers(nlp, "Der Anwalt Karl Huber soll Beihilfe zur Steuerhinterziehung geleistet haben.") == []


def test_backing_a_bid_is_no_aid(nlp):
    assert offers(nlp, "Frankreich soll Deutschland bei der Bewerbung um die Europameisterschaft unterstützen.") == []


def test_granting_insight_is_no_aid(nlp):
    assert offers(nlp, "Der Konzern Siemens hat dem Konkurrenten Einsicht in die Unterlagen gewährt.") == []


def test_refused_support_is_excluded(nlp):
    found = offers(nlp, "Die EU verweigerte Griechenland weitere Kredite.")
    assert found == [("EU", ["Griechenland"], "refused", [], ["weitere Kredite"])]


def test_refusing_what_is_no_help_is_no_refusal(nlp):
    assert offers(nlp, "Den Angehörigen wird das Besuchsrecht von den Behörden in Washington verweigert.") == []


def test_mithilfe_names_the_provider(nlp):
    found = offers(nlp, "Mithilfe der russischen Luftwaffe rückt die syrische Armee vor.")
    assert [(p, r, s) for p, r, s, *_ in found] == [("Russland", ["Syrien"], "delivered")]


def test_mithilfe_of_a_method_is_no_offer(nlp):
    assert offers(nlp, "Die Forscher untersuchten mithilfe von Computersimulationen die Daten der Weltbank.") == []


def test_help_received_from_a_state_named_with_aus(nlp):
    found = offers(nlp, "Die Rebellen erhalten Waffen aus Saudi-Arabien.")
    assert [(p, r, off) for p, r, _s, off, _e in found] == [("Saudi-Arabien", [], ["Waffen"])]


def test_refugees_from_a_country_do_not_make_it_a_giver(nlp):
    assert all(p != "Syrien" for p, *_ in offers(nlp, "Flüchtlinge aus Syrien erhalten in Jordanien Lebensmittel."))


def test_the_alliance_refers_back_to_nato(nlp):
    found = offers(nlp, "Die Nato will ihre Präsenz im Osten verstärken. Das Bündnis werde zusätzliche "
                        "Soldaten nach Polen verlegen.")
    assert [(p, r) for p, r, *_ in found] == [("Nato", ["Polen"])]


def test_the_organisation_refers_back_to_the_world_bank(nlp):
    found = offers(nlp, "Die Weltbank hat ihre Prognose gesenkt. Die Organisation stellt Griechenland dennoch "
                        "einen Kredit über zwei Milliarden Euro in Aussicht.")
    assert [(p, r) for p, r, *_ in found] == [("Weltbank", ["Griechenland"])]


@pytest.mark.parametrize("text, recipient", [
    ("Außerdem gewährt das Emirat Katar der Firma Porsche einen Kredit in Höhe von 750 Millionen Euro.", "Porsche"),
])
def test_a_name_after_a_feminine_noun_in_the_dative_is_helped(nlp, text, recipient):
    assert [r for _p, r, *_ in offers(nlp, text)] == [[recipient]]


def test_a_name_after_a_feminine_noun_in_the_genitive_is_not_helped(nlp):
    found = offers(nlp, "Die Regierung lobte die Hilfe der Organisation Caritas für Syrien.")
    assert all("Caritas" not in r for _p, r, *_ in found)
