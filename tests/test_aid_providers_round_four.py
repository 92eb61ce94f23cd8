"""Providers of aid offers (session 11): "das Land" for the state last named as a subject, not one
named by an adjective; names after "neben" give too but are no subject; "sein Land" opening a
that-clause; ministers of a body the article does not know (no dative name taken instead); a
government minister of no stated state speaking for the state whose offer came just before; and
people named again ("die Soldaten") acting for whoever was said to deploy them."""

from conftest import offer_rows as offers


def test_das_land_is_the_state_named_as_subject_not_by_an_adjective(nlp):
    found = offers(nlp, "Norwegen will im kommenden Jahr 5.000 afghanische Flüchtlinge aufnehmen. "
                        "Außerdem stellt das Land dem Irak 20 Millionen Euro bereit.")
    assert ("Norwegen", ["Irak"]) in [(p, r) for p, r, *_ in found]
    assert "Afghanistan" not in [p for p, *_ in found]


def test_names_after_neben_are_no_subject_but_give_too(nlp):
    found = offers(nlp, "Neben Schweden haben auch Finnland und Dänemark angekündigt, "
                        "die Ukraine mit Munition zu beliefern.")
    providers = {p for p, r, *_ in found if r == ["Ukraine"]}
    assert providers == {"Finnland", "Dänemark", "Schweden"}


def test_a_name_after_neben_with_an_article_is_no_recipient(nlp):
    found = offers(nlp, "Neben den USA schickt auch Kanada Soldaten nach Lettland.")
    assert ("Kanada", ["Lettland"]) in [(p, r) for p, r, *_ in found]
    assert all("USA" not in r for _p, r, *_ in found)


def test_sein_land_opening_a_that_clause_is_the_speakers_state(nlp):
    found = offers(nlp, "Der kanadische Premierminister Justin Trudeau versicherte in Ottawa, dass sein Land "
                        "der Ukraine beim Wiederaufbau der Stromnetze mit 300 Millionen Dollar helfen werde.")
    assert [p for p, *_ in found] == ["Kanada"]


def test_ministers_of_an_unknown_body_do_not_make_the_dative_the_provider(nlp):
    found = offers(nlp, "Die Außenminister der Eurozone sagten Portugal am Freitag Kredite zu.")
    assert "Portugal" not in [p for p, *_ in found]


def test_minister_of_no_stated_state_speaks_for_the_state_offering_just_before(nlp):
    found = offers(nlp, "Italien will Kroatien mit Pumpen und Sandsäcken unterstützen. "
                        "Finanzhilfen lehnte Innenminister Mario Rossi am Montag jedoch ab.")
    assert [(p, r, e) for p, r, _s, _o, e in found] == [("Italien", ["Kroatien"], ["Finanzhilfen"])]


def test_people_named_again_act_for_the_body_deploying_them(nlp):
    found = offers(nlp, "Die Bundeswehr soll sich mit bis zu 300 Soldaten an der Mission in Litauen beteiligen. "
                        "Das gab die Regierung bekannt; die Soldaten sollen vor allem die Luftabwehr übernehmen.")
    assert found and {p for p, *_ in found} == {"Bundeswehr"}


def test_the_emirate_is_the_state_named_before(nlp):
    found = offers(nlp, "Auch Katar sagte Hilfe zu. Das Emirat liefert Treibstoff und Zelte.")
    assert {p for p, *_ in found} == {"Katar"}
