"""Help ruled out with the help fronted ("Waffenlieferungen schließt die Regierung aus"), judged
impossible ("kommen nicht infrage", "steht nicht zur Debatte"), and ruled out for the party others
have just helped (kg.extract.exclusions, kg.extract.aid).

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest


def _excluded(record):
    return {(o.provider, tuple(o.recipients)): {i.text for i in o.excluded} for o in record.aid_offers if o.excluded}


def _excluded_words(record) -> str:
    return " ".join(text for items in _excluded(record).values() for text in items)


@pytest.mark.parametrize("text, word", [
    # the help fronted, its ruler a pronoun or a role the parser reads as a second subject
    ("Die Bundesregierung sagte der Werft eine Bürgschaft zu. Eine direkte Staatsbeteiligung schloss sie aus.",
     "Staatsbeteiligung"),
    ("Die Bundesregierung sagte der Werft eine Bürgschaft zu. Eine direkte Staatsbeteiligung schloss die Ministerin aus.",
     "Staatsbeteiligung"),
    ("Die EU sagte Mali humanitäre Hilfe zu. Der EU-Außenbeauftragte Jens Aaltonen bedauerte die Absage. "
     "Budgethilfe für die Regierung schloss er aber aus.", "Budgethilfe"),
    # an offer noun fronted, with a reason after the verb that is not what is ruled out
    ("Die Schweiz stellt der Ukraine 100 Millionen Franken zur Verfügung. "
     "Waffenlieferungen schließt die Landesregierung unter Verweis auf die Neutralität aus.", "Waffenlieferungen"),
    # judged impossible: the help is the subject by the nature of the phrase, also with a particle between
    ("Die USA unterstützen die Kurden mit Ausbildung. Bodentruppen kommen aber nicht infrage.", "Bodentruppen"),
    ("Schweden liefert der Ukraine Schützenpanzer. Kampfjets stehen nicht zur Diskussion.", "Kampfjets"),
    # "tabu", also with the offer noun as subject of the verb it completes
    ("Für Berlin sind Kampfjets tabu.", "Kampfjets"),
    ("Österreich hilft der Ukraine. Waffenlieferungen bleiben tabu.", "Waffenlieferungen"),
    ("Schweden liefert der Ukraine Schützenpanzer. Eine Überlassung von Kampfjets stehe aber nicht zur Debatte, "
     "sagte Regierungschef Ulf Kristersson.", "Kampfjets"),
])
def test_fronted_or_judged_help_is_ruled_out(extract, text, word):
    assert word in _excluded_words(extract(text))


def test_help_that_acts_is_still_no_exclusion(extract):
    # the help does the stopping: nothing is ruled out
    record = extract("Eine französische Militärintervention stoppte den Vormarsch der Rebellen in Mali.")
    assert not _excluded(record)


@pytest.mark.parametrize("text", ["Die Frage stand nicht zur Debatte, sagte der Minister.",
                                  "Das Thema ist für die Partei tabu.",
                                  # negated, a judging word rules nothing out
                                  "Waffenlieferungen sind für Wien nicht mehr tabu."])
def test_nothing_judged_without_help(extract, text):
    assert not extract(text).aid_offers


def test_ruled_out_for_the_party_just_helped(extract):
    record = extract("Frankreich schickt Soldaten in die Ukraine. Eine Entsendung von Bodentruppen stehe für "
                     "Deutschland nicht zur Debatte, sagte Bundeskanzler Friedrich Merz.")
    excluded = _excluded(record)
    assert ("country:DE", ("country:UA",)) in excluded


def test_no_party_lent_when_several_were_helped(extract):
    record = extract("Frankreich schickt Soldaten in die Ukraine. Polen liefert Moldau Munition. "
                     "Bodentruppen kommen für Deutschland nicht infrage.")
    excluded = _excluded(record)
    assert ("country:DE", ()) in excluded
    assert all(recipients == () for (provider, recipients) in excluded if provider == "country:DE")


def test_unqualified_government_is_the_state_that_acted(extract):
    # the dative receiver, which the parser may also call a subject, is not who governs here
    record = extract("Die Schweiz stellt der Ukraine 100 Millionen Franken zur Verfügung. "
                     "Waffenlieferungen schließt die Regierung aus.")
    assert "Waffenlieferungen" in " ".join(_excluded(record).get(("country:CH", ("country:UA",)), ()))


def test_receiver_as_subject_is_not_the_government(extract):
    record = extract("Die Ukraine erhält von der Schweiz 100 Millionen Franken. "
                     "Waffenlieferungen schließt die Regierung aus.")
    excluded = _excluded(record)
    assert not any(provider == "country:UA" for provider, _r in excluded)
    assert any(provider == "country:CH" for provider, _r in excluded)


def test_no_party_lent_to_a_line_of_ones_own(extract):
    # no judging word and no contrast: the USA rule out help of their own, for no one named
    record = extract("Russland liefert Syrien Waffen. Die USA schließen Waffenlieferungen aus.")
    assert ("country:US", ()) in _excluded(record)
