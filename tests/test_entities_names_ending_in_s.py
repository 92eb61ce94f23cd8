"""A name ending in -s after a noun is a genitive ("Der Sohn Frank Stronachs", "Nach Angaben Thomas
Bergers") except after a role and what it is for, where it is the role's holder in apposition: "der
Sprecher für Außenpolitik Hans Kraus" is Hans Kraus, not "Hans Krau". The sentences are made up."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels


@pytest.mark.parametrize("sentence, label", [
    ("Der Sprecher für Außenpolitik Hans Kraus sagte, das sei falsch.", "Hans Kraus"),
    ("Der Beauftragte für Menschenrechte Thomas Maas kritisierte das Urteil.", "Thomas Maas"),
    # genitives after a noun keep losing their -s
    ("Der Sohn Frank Stronachs sagte nichts.", "Frank Stronach"),
    ("Im Magna-Konzern Frank Stronachs gibt es Streit.", "Frank Stronach"),
    ("Die Armee Baschar al-Assads eroberte die Stadt.", "Baschar al-Assad"),
    ("Nach Angaben Thomas Bergers sei das falsch.", "Thomas Berger"),
    ("Auf Einladung Peter Steinmanns kamen alle Minister.", "Peter Steinmann"),
])
def test_person_name_keeps_or_loses_its_s(extract, sentence, label):
    assert label in actor_labels(extract(sentence))


@pytest.mark.parametrize("sentence, label", [
    # English words after a German noun in apposition or a source marker are a name
    ("Die Sängerin Rose Young sagte, sie sei glücklich.", "Rose Young"),
    ("Laut Sue Gray gab es im Amtssitz Partys.", "Sue Gray"),
])
def test_english_words_naming_someone_stay_a_name(extract, sentence, label):
    assert label in actor_labels(extract(sentence))


def test_a_company_in_the_genitive_stays_no_person(extract):
    record = extract("Northvolts Werk in Heide wird gebaut. Northvolt sagte, man bleibe.")
    assert not any(a.category == "Person" for a in record.actors)


@pytest.mark.parametrize("text", [
    "Die Stiftung Bill Gates' hilft. Laut Bill Gates ist das gut.",
    "Bill Gates' Stiftung hilft in Afrika. Bill Gates sagte, er sei zufrieden.",
])
def test_an_apostrophe_genitive_keeps_the_names_own_s(extract, text):
    people = [a for a in extract(text).actors if a.category == "Person"]
    assert [(a.key, a.label) for a in people] == [("person:bill-gates", "Bill Gates")]
