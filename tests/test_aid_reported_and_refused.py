"""Offers in indirect speech, capitals as receivers, refusals of an infinitive or of another's
offer, and help offered next to what is ruled out."""

import pytest

import kg
from conftest import offer_rows as offers


@pytest.mark.parametrize("text", [
    "Die Ministerin sagte, Deutschland entsende 40 Soldaten in den Irak.",
    "Der Minister erklärte, Deutschland schicke weitere Soldaten in den Irak.",
])
def test_konjunktiv_one_of_a_sending_verb(nlp, text):
    assert [(p, r) for p, r, *_ in offers(nlp, text)] == [("Deutschland", ["Irak"])]


def test_konjunktiv_forms_match_only_in_lower_case():
    from kg.nlp.components import CueMatcher, load_cues
    matcher = CueMatcher(load_cues("kg/data/lexicon/cues.jsonl"))
    assert "entsende" in matcher.by_subjunctive and "liefere" not in matcher.by_subjunctive  # listed already
    nlp = kg.load_nlp()
    doc = nlp("Die Spende kam an.")
    assert not any(c.text == "Spende" and c.label_ == "aid_offer" for c in doc.spans["kg_cues"])


def test_troops_named_by_their_branch_are_help(nlp):
    found = offers(nlp, "Die Ministerin kündigte an, dass Deutschland 40 Fallschirmjäger in den Irak entsenden werde.")
    assert [(p, r, off) for p, r, _s, off, _e in found] == [("Deutschland", ["Irak"], ["40 Fallschirmjäger"])]


def test_capital_as_dative_before_the_thing_given(nlp):
    assert [(p, r) for p, r, *_ in offers(nlp, "Washington hat Bagdad Luftunterstützung angeboten.")] == \
        [("Vereinigte Staaten", ["Irak"])]


def test_help_received_from_a_state_after_the_verb(nlp):
    found = offers(nlp, "Der Libanon erhält aus Frankreich Waffen im Wert von drei Milliarden Dollar.")
    assert [(p, r, s) for p, r, s, *_ in found] == [("Frankreich", ["Libanon"], "delivered")]


def test_refusing_an_infinitive_of_help(nlp):
    found = offers(nlp, "Die Türkei lehnt es ab, den Kurden in Kobane mit Bodentruppen zu helfen.")
    assert [(p, s, exc) for p, _r, s, _o, exc in found] == [("Türkei", "refused", ["Bodentruppen"])]


def test_an_offer_noun_after_a_refusal_keeps_its_infinitive_as_the_offer(nlp):
    found = offers(nlp, "Der Ministerpräsident wies das Angebot Teherans, den Libanon mit Waffen auszurüsten, zurück.")
    assert not any(p == "Libanon" for p, *_ in found)


def test_declining_another_states_help(nlp):
    assert [(p, r, s) for p, r, s, *_ in offers(nlp, "Ungarn hat die Hilfe Kroatiens abgelehnt.")] == \
        [("Kroatien", ["Ungarn"], "refused")]


def test_help_offered_with_troops_ruled_out_stays_offered(nlp):
    found = offers(nlp, "Die Vereinigten Staaten würden dem Irak helfen, sagte ein Sprecher des Weißen Hauses. "
                        "Bodentruppen werde man aber nicht schicken.")
    assert [(p, r, s, exc) for p, r, s, _o, exc in found] == [("Vereinigte Staaten", ["Irak"], "offered", ["Bodentruppen"])]


def test_renouncing_fighting_weapons_is_no_aid(nlp):
    text = "Der Innenminister teilte mit, man werde bis auf weiteres auf den Einsatz schwerer Artillerie verzichten."
    assert offers(nlp, text) == []


@pytest.mark.parametrize("word, category", [
    ("Taurus-Marschflugkörpern", "Weapons"), ("Kampfpanzern", "Weapons"), ("Militärberatern", "MilitaryAdvisers"),
    ("Fährschiffes", None),
])
def test_kinds_of_help_in_a_compound_dative_plural(word, category):
    from kg.extract.aid import aid_lexicon
    assert aid_lexicon().category_of(word) == category


def test_ruling_out_a_fronted_delivery_of_cruise_missiles(nlp):
    found = offers(nlp, "Die Lieferung von Taurus-Marschflugkörpern lehnte Minister Boris Pistorius erneut ab.")
    assert [(p, s) for p, _r, s, *_ in found] == [("Boris Pistorius", "refused")]


@pytest.mark.parametrize("text", [
    "Die Ukraine wirft dem Iran vor, Russland mit Drohnen zu beliefern.",
    "Die Ukraine hat dem Iran vorgeworfen, Russland Drohnen geliefert zu haben.",
])
def test_the_accused_gives_what_the_infinitive_tells(nlp, text):
    assert [(p, r) for p, r, *_ in offers(nlp, text)] == [("Iran", ["Russland"])]


@pytest.mark.parametrize("word, category", [
    ("Mannschaftstransporter", "MilitaryEquipment"), ("Transformatoren", "HumanitarianAid"), ("Antibiotika", "MedicalAid"),
    ("Impfdosen", "MedicalAid"), ("Stipendien", "EconomicAid"), ("Kreditgarantien", "FinancialAid"),
    ("Gummigeschosse", None), ("Geländewagen", None),
])
def test_vehicles_supplies_and_means_of_help(word, category):
    from kg.extract.aid import aid_lexicon
    assert aid_lexicon().category_of(word) == category


def test_handing_over_armoured_transporters(nlp):
    found = offers(nlp, "Frankreich hat Armenien zehn Mannschaftstransporter übergeben.")
    assert [(p, r, s) for p, r, s, *_ in found] == [("Frankreich", ["Armenien"], "delivered")]


@pytest.mark.parametrize("sentence, provider, recipients", [
    ("Die Weltbank vergibt an Ägypten einen Kredit über drei Milliarden Dollar.", "Weltbank", ["Ägypten"]),
    ("Der IWF zahlte Pakistan eine weitere Tranche aus.", "IWF", ["Pakistan"]),
    ("Die EU-Kommission schnürte ein Hilfspaket über 500 Millionen Euro für Tunesien.", "EU-Kommission", ["Tunesien"]),
    ("Die EU stellte Griechenland Grenzschützer zur Seite.", "EU", ["Griechenland"]),
    ("Kanada steuert 50 Millionen Dollar für die Opfer bei.", "Kanada", []),
    ("Die EU mobilisiert 100 Millionen Euro für die Erdbebenopfer.", "EU", []),
])
def test_contributing_granting_and_paying_out_help(nlp, sentence, provider, recipients):
    assert [(p, r) for p, r, *_ in offers(nlp, sentence)] == [(provider, recipients)]


@pytest.mark.parametrize("sentence", [
    "Der Minister stellte die Frage zur Seite.",
    "Die Firma zahlte ihren Aktionären eine Dividende aus.",
    "Der Verein vergab den Preis an eine Autorin.",
])
def test_paying_and_granting_other_things_is_no_aid(nlp, sentence):
    assert offers(nlp, sentence) == []


def test_what_follows_sondern_is_still_given(nlp):
    found = offers(nlp, "Japan wird keine Soldaten nach Irak schicken, sondern nur Geld.")
    assert [(p, r, o, exc) for p, r, _s, o, exc in found] == [("Japan", ["Irak"], ["Geld"], ["Soldaten"])]


@pytest.mark.parametrize("sentence, provider, status, item", [
    ("Ungarn verweigert die Aufnahme von Asylbewerbern.", "Ungarn", "refused", "Aufnahme von Asylbewerbern"),
    ("Eine Aufnahme weiterer Flüchtlinge lehnte Dänemark kategorisch ab.", "Dänemark", "refused",
     "Aufnahme weiterer Flüchtlinge"),
    ("Schweden sagte die Aufnahme von 500 Flüchtlingen aus Libyen zu.", "Schweden", "offered",
     "Aufnahme von 500 Flüchtlingen"),
])
def test_taking_people_in_is_help_offered_or_refused(nlp, sentence, provider, status, item):
    [(p, _r, s, offered, excluded)] = offers(nlp, sentence)
    assert (p, s, item) == (provider, status, (offered or excluded)[0])


def test_admitting_a_state_to_a_union_is_no_taking_in(nlp):
    assert offers(nlp, "Die Aufnahme der Türkei in die EU lehnte Frankreich ab.") == []


@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Russland ist der wichtigste Waffenlieferant Syriens.", "Russland", "Syrien"),
    ("Deutschland ist nach den USA der zweitgrößte Geber der Ukraine.", "Deutschland", "Ukraine"),
    ("Der größte Geldgeber des Palästinenserhilfswerks sind die USA.", "USA", "Palästinenserhilfswerk"),
])
def test_a_state_called_the_giver_of_another_gives_it_help(nlp, sentence, provider, recipient):
    assert [(p, r, s) for p, r, s, *_ in offers(nlp, sentence)] == [(provider, [recipient], "delivered")]


@pytest.mark.parametrize("sentence", [
    "Der Milliardär Peter Thiel ist ein Unterstützer Trumps.",
    "Die Stiftung gilt als Förderer der Kunst.",
])
def test_backing_a_person_or_a_cause_makes_no_giver(nlp, sentence):
    assert offers(nlp, sentence) == []


@pytest.mark.parametrize("sentence, provider", [
    ("Österreich werde die Ukraine weiter unterstützen, humanitär, aber nicht militärisch, betonte sie.", "Österreich"),
    ("Deutschland hilft Israel, aber nicht militärisch.", "Deutschland"),
])
def test_a_kind_of_help_ruled_out_by_a_negated_adverb(nlp, sentence, provider):
    [(p, _r, _s, _o, excluded)] = offers(nlp, sentence)
    assert (p, excluded) == (provider, ["nicht militärisch"])


def test_solving_a_conflict_not_by_arms_is_no_exclusion(nlp):
    assert offers(nlp, "Die Regierung will den Konflikt nicht militärisch lösen.") == []


def test_taking_over_costs_ruled_out(nlp):
    [(_p, _r, status, _o, excluded)] = offers(nlp, "Eine Übernahme der Unterkunftskosten lehnte Finanzminister Jan Lorenzen ab.")
    assert (status, excluded) == ("refused", ["Übernahme der Unterkunftskosten"])


def test_an_accusation_reaches_only_its_own_infinitive_clause(nlp):
    found = offers(nlp, "Die Ukraine wirft Russland vor, Zivilisten anzugreifen, und bittet Deutschland, Panzer zu liefern.")
    assert not any(p == "Russland" for p, *_ in found)


def test_the_accused_after_a_comma_between_two_names_gives(nlp):
    assert [(p, r) for p, r, *_ in offers(nlp, "Kiew beschuldigt Teheran, Russland mit Drohnen zu beliefern.")] == \
        [("Iran", ["Russland"])]


def test_a_minister_after_another_state_is_named_is_not_the_federal_states(nlp):
    found = offers(nlp, "Die Bundesregierung kritisierte Ungarn. Innenminister Sándor Pintér kündigte an, "
                        "keine Flüchtlinge aufzunehmen.")
    assert not any(p == "Deutschland" for p, *_ in found)


def test_a_negated_supporter_noun_gives_nothing(nlp):
    assert offers(nlp, "Russland ist nicht mehr der wichtigste Waffenlieferant Syriens.") == []


def test_who_reports_a_supporter_is_no_supporter(nlp):
    found = offers(nlp, "Nach Angaben der UNO ist Russland der größte Waffenlieferant Syriens.")
    assert [(p, r) for p, r, *_ in found] == [("Russland", ["Syrien"])]


def test_not_only_but_also_in_a_refusal_rules_out_both(nlp):
    found = offers(nlp, "Deutschland lehnt nicht nur Soldaten, sondern auch Panzer für die Ukraine ab.")
    assert all(not offered for _p, _r, _s, offered, _e in found)


def test_militias_backed_by_a_state_are_not_the_group_named_before(nlp):
    found = offers(nlp, "Der IS griff die Stadt an. Die vom Iran unterstützten Milizen wehrten den Angriff ab.")
    assert not any("Islamischer Staat" in r for _p, r, *_ in found)


@pytest.mark.parametrize("text", [
    "Russland mobilisierte 300.000 Reservisten für den Krieg gegen die Ukraine.",
    "Die Regierung in Ankara mobilisierte 10.000 Soldaten gegen die PKK.",
])
def test_mobilising_troops_is_no_help(nlp, text):
    assert offers(nlp, text) == []


def test_mobilising_money_is_help(nlp):
    found = offers(nlp, "Die Weltbank will zusätzliche Kredite für Griechenland mobilisieren.")
    assert [(r, off) for _p, r, _s, off, _e in found] == [(["Griechenland"], ["zusätzliche Kredite"])]


def test_rebels_backed_by_a_state_are_the_rebels_named_before(nlp):
    found = offers(nlp, "Die Huthi-Rebellen griffen Aden an. Die vom Iran unterstützten Rebellen kontrollieren die Hauptstadt.")
    assert [(p, len(r)) for p, r, *_ in found] == [("Iran", 1)]


def test_the_giver_of_a_second_main_clause_after_a_comma(nlp):
    found = offers(nlp, "Die irakische Regierung bat die USA um Luftangriffe, Washington sagte Unterstützung zu.")
    assert [(p, r) for p, r, *_ in found] == [("USA", ["Irak"])]


@pytest.mark.parametrize("sentence", [
    "Eine Entsendung von Soldaten ist für London unvorstellbar.",
    "Militärische Hilfe für die Rebellen kommt für London nicht in Frage.",
])
def test_a_capital_that_judges_is_its_government(nlp, sentence):
    [(p, _r, status, *_)] = offers(nlp, sentence)
    assert (p, status) == ("Großbritannien", "refused")


@pytest.mark.parametrize("text", [
    "Der Generalsekretär appellierte an die Geberländer, die Hilfe für den Tschad deutlich aufzustocken.",
    "Die Opposition fordert, dass die Regierung ihre Unterstützung für die Ukraine verdoppelt.",
])
def test_help_asked_for_with_a_noun_is_no_offer(nlp, text):
    assert offers(nlp, text) == []


def test_help_promised_with_a_noun_stays_an_offer(nlp):
    assert offers(nlp, "Deutschland sagte zu, seine Unterstützung für die Ukraine zu verdoppeln.")
