"""Help denied by a negation in any word order (a fronted "Keine Hilfe", verb second, a dass-clause,
a passive, "weder ... noch"), and negations that leave the help given ("nicht nur", "nicht ohne").

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import offer_rows as offers


@pytest.mark.parametrize("text, provider, recipients, excluded", [
    # a fronted negated object
    ("Keinen Beitrag zur Aufnahme der Flüchtlinge leistet Polen.", "Polen", [], "Aufnahme der Flüchtlinge"),
    ("Keine Hilfe bekommt die Ukraine von Ungarn.", "Ungarn", ["Ukraine"], "Hilfe"),
    ("Keinerlei Unterstützung erhielt Griechenland von der EU.", "EU", ["Griechenland"], "Unterstützung"),
    ("Von Japan bekam Nepal keine Zelte.", "Japan", ["Nepal"], "Zelte"),
    # verb second
    ("Polen leistet keinen Beitrag zur Aufnahme der Flüchtlinge.", "Polen", [], "Aufnahme der Flüchtlinge"),
    ("Frankreich liefert nie Waffen an Syrien.", "Frankreich", ["Syrien"], "Waffen"),
    ("Italien gewährt Tunesien keinen Kredit.", "Italien", ["Tunesien"], "Kredit"),
    # a subordinate clause
    ("Der Minister sagte, dass Polen keine Hilfe leisten werde.", "Polen", [], "Hilfe"),
    ("Die Ministerin sagte, dass Deutschland keine Soldaten nach Mali schicke.", "Deutschland", ["Mali"], "Soldaten"),
    # a passive
    ("Der Ukraine wurde von Ungarn keine Hilfe geleistet.", "Ungarn", ["Ukraine"], "Hilfe"),
    # weder ... noch
    ("Deutschland schickt weder Soldaten noch Waffen in die Ukraine.", "Deutschland", ["Ukraine"], "Waffen"),
    ("Spanien nimmt weder Flüchtlinge noch Migranten auf.", "Spanien", [], "Flüchtlinge"),
])
def test_help_denied_in_any_word_order_is_refused(nlp, text, provider, recipients, excluded):
    found = offers(nlp, text)
    assert [(p, r, s, o) for p, r, s, o, _e in found] == [(provider, recipients, "refused", [])]
    assert excluded in found[0][4]


def test_both_givers_of_weder_noch_refuse(nlp):
    found = offers(nlp, "Weder Frankreich noch Italien wollen Mali mit Soldaten helfen.")
    assert sorted((p, r, s) for p, r, s, *_ in found) == [("Frankreich", ["Mali"], "refused"),
                                                          ("Italien", ["Mali"], "refused")]


def test_help_denied_to_another_party_is_a_pair_of_its_own(nlp):
    """One entry per (giver, receiver): the troops denied to Syria do not join the money for Turkey."""
    found = offers(nlp, "Deutschland gibt der Türkei Geld. Nach Syrien schickt Deutschland keine Soldaten.")
    assert sorted((p, r, s) for p, r, s, *_ in found) == [("Deutschland", ["Syrien"], "refused"),
                                                          ("Deutschland", ["Türkei"], "delivered")]


@pytest.mark.parametrize("text, status, offered", [
    # the negation takes only the next words
    ("Nicht nur Geld, auch Zelte schickt Polen nach Griechenland.", "delivered", ["Geld", "Zelte"]),
    ("Nicht ohne Grund schickt Deutschland Soldaten nach Mali.", "delivered", ["Soldaten"]),
    ("Deutschland schickt nicht zum ersten Mal Soldaten nach Mali.", "delivered", ["Soldaten"]),
    # the negation is in another clause, or on the subject of another verb
    ("Keiner zweifelt, dass Polen der Ukraine hilft.", "delivered", []),
    # no determiner denies the help
    ("Polen leistet einen Beitrag zur Aufnahme der Flüchtlinge.", "delivered", ["Aufnahme der Flüchtlinge"]),
])
def test_a_negation_that_does_not_take_the_help_leaves_it_given(nlp, text, status, offered):
    found = offers(nlp, text)
    assert [(s, o, e) for _p, _r, s, o, e in found] == [(status, offered, [])]


@pytest.mark.parametrize("text", [
    # help given besides what is denied, even where the lexicon has no word for it
    "Kanada will dem Irak Ausbilder, aber keine Kampftruppen zur Verfügung stellen.",
    "Deutschland unterstützt die Ukraine, aber nicht mit Soldaten.",
    "Deutschland schickt Geld, aber weder Soldaten noch Waffen in die Ukraine.",
    # "ohne" after a denied noun: two negations
    "Keine Woche vergeht ohne neue Hilfe aus Deutschland für die Ukraine.",
])
def test_help_given_next_to_a_denial_is_not_refused(nlp, text):
    found = offers(nlp, text)
    assert found and all(s != "refused" for _p, _r, s, *_ in found)


def test_a_denied_noun_denies_only_what_it_is_for(nlp):
    """ "keinen Beitrag zur Aufnahme" denies the taking in; "keinen Widerstand gegen die Aufnahme" does not."""
    assert all(s != "refused" for _p, _r, s, *_ in offers(
        nlp, "Polen leistet keinen Widerstand gegen die Aufnahme der Flüchtlinge."))


def test_which_words_negate(nlp):
    from kg.extract.grammar import negates

    doc = nlp("Polen schickt weder Geld noch Waffen.")
    assert negates(doc, 2) and negates(doc, 4)  # "weder", and "noch" after it
    doc = nlp("Polen schickt noch mehr Geld.")
    assert not negates(doc, 2)  # "noch" without "weder"
    for text in ("Polen schickt nicht nur Geld.", "Polen hilft nicht ohne Grund.", "Polen hilft nicht zum ersten Mal."):
        doc = nlp(text)
        assert not negates(doc, 2), text
    doc = nlp("Polen schickt keine Waffen und hilft nicht.")
    assert negates(doc, 2) and negates(doc, 6)


@pytest.mark.parametrize("text, provider, recipients, status, offered, excluded", [
    # what goes "ohne" is not given; an infinitive after "ohne" or "statt" is not done
    ("Deutschland schickt Soldaten ohne Waffen nach Mali.", "Deutschland", ["Mali"], "delivered", ["Soldaten"], ["Waffen"]),
    ("Deutschland unterstützt Kiew, ohne Waffen zu liefern.", "Deutschland", ["Ukraine"], "delivered", [], ["Waffen"]),
    ("Deutschland will Geld geben, statt Soldaten zu schicken.", "Deutschland", [], "offered", ["Geld"], ["Soldaten"]),
    # two negations give: "nicht ohne"
    ("Deutschland schickt Soldaten nicht ohne Waffen nach Mali.", "Deutschland", ["Mali"], "delivered",
     ["Soldaten", "Waffen"], []),
])
def test_what_goes_without_is_not_given(nlp, text, provider, recipients, status, offered, excluded):
    assert offers(nlp, text) == [(provider, recipients, status, offered, excluded)]


@pytest.mark.parametrize("text, provider, recipients, status", [
    # "es gibt" with a von-phrase of what there is: that giver gives it, or denies it
    ("Kein Geld gibt es von Frankreich für Griechenland.", "Frankreich", ["Griechenland"], "refused"),
    ("Von Frankreich gibt es keine Waffen für die Kurden.", "Frankreich", [], "refused"),
    ("Für Griechenland gibt es Waffen vom Iran.", "Iran", ["Griechenland"], "delivered"),
])
def test_what_there_is_from_a_giver_is_given_by_it(nlp, text, provider, recipients, status):
    assert [(p, r, s) for p, r, s, *_ in offers(nlp, text)] == [(provider, recipients, status)]


@pytest.mark.parametrize("text", [
    "Es gibt Kritik von Frankreich an der Hilfe für Griechenland.",  # the von-phrase of another noun
    "Es gibt keine Hilfe für Griechenland.",  # no giver named
])
def test_what_there_is_from_no_giver_is_no_offer(nlp, text):
    assert offers(nlp, text) == []


@pytest.mark.parametrize("adverb", ["keinesfalls", "niemals"])
def test_a_negating_adverb_is_no_part_of_the_item_it_denies(nlp, adverb):
    assert offers(nlp, f"Deutschland wird der Ukraine {adverb} Panzer liefern.") == \
        [("Deutschland", ["Ukraine"], "refused", [], ["Panzer"])]


def test_an_adjective_stays_part_of_the_item(nlp):
    assert offers(nlp, "Deutschland wird der Ukraine moderne Panzer liefern.") == \
        [("Deutschland", ["Ukraine"], "offered", ["moderne Panzer"], [])]


@pytest.mark.parametrize("text", [
    # "kein" on a noun that does not carry the help: the help is not denied
    "Berlin sieht keine Alternative zur Militärhilfe für die Ukraine.",
    # "Ohne …" as a condition, with the help delivered
    "Ohne die Waffen, die die USA der Ukraine liefern, wäre Kiew längst gefallen.",
    # the "noch" of "noch mehr", after a "weder" in another clause
    "Weder Frankreich noch Italien äußerten sich, Deutschland will noch mehr Hilfe leisten.",
])
def test_help_not_denied_by_a_negation_elsewhere(nlp, text):
    found = offers(nlp, text)
    assert found and all(status != "refused" and not excluded for _p, _r, status, _o, excluded in found)


def test_a_fronted_von_phrase_before_es_gibt_gives_only_an_item(nlp):
    assert offers(nlp, "Von Frankreich gibt es Kritik an der Militärhilfe für die Ukraine.") == []
    assert [(p, r) for p, r, *_ in offers(nlp, "Von Frankreich gibt es Geld für Griechenland.")] \
        == [("Frankreich", ["Griechenland"])]


def test_a_cue_the_tagger_takes_for_an_adjective_is_no_part_of_the_item(nlp):
    found = offers(nlp, "Weder Frankreich noch Italien schicken Soldaten.")
    assert {p for p, *_ in found} == {"Frankreich", "Italien"}
    assert all(excluded == ["Soldaten"] for *_, excluded in found)
