"""Sources on conflict news (session 10, round 2): the name after a role set off by commas that the
recogniser missed or cut, a report compound whose first part names its owner ("nach Nato-Angaben"),
a state's army named without the state, a place attribute before the source ("die in London
ansässige Organisation"). German sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


def _labels(record) -> dict[str, tuple[str, bool]]:
    """Actor key -> (label, named)."""
    return {a.key: (a.label, a.named) for a in record.actors}


def _sources_with_labels(record) -> list[tuple[str, str, bool]]:
    labels = _labels(record)
    return [(key, *labels.get(key, ("", False))) for key, _words in claim_sources(record)]


# -- the person named after a role and a comma, even where the recogniser missed the name ---------

@pytest.mark.parametrize("sentence, surname", [
    # after the verb
    ("Das bestätigte der Gouverneur der Provinz Kandahar, Karim bin Yusuf al-Haddad, am Dienstag.", "al-Haddad"),
    ("Die Lage sei ernst, sagte der Sprecher der Armee, Oberst Dschamal Idris.", "Idris"),
    # before the verb
    ("Der Mitgründer der Stiftung für Denkmalschutz in Bonn, Karim al-Haddad, warf den Behörden "
     "Fahrlässigkeit vor.", "al-Haddad"),
    ("Der Gouverneur der Region Kandahar, Prinz Chalil al-Masri, sagte, die Lage sei ernst.", "al-Masri"),
])
def test_the_name_after_a_role_speaks(extract, sentence, surname):
    found = _sources_with_labels(extract(sentence))
    assert found, sentence
    key, label, named = found[0]
    assert label.endswith(surname) and named, found


def test_a_title_before_the_name_is_no_part_of_it(extract):
    found = _sources_with_labels(extract(
        "Der Gouverneur der Region Kandahar, Prinz Chalil al-Masri, sagte, die Lage sei ernst."))
    assert found[0][1] == "Chalil al-Masri"


def test_the_person_speaks_again_in_the_next_sentence(extract):
    record = extract("Der Mitgründer der Stiftung für Denkmalschutz in Bonn, Karim al-Haddad, warf den Behörden "
                     "Fahrlässigkeit vor. Sie kümmerten sich um nichts, sagte er.")
    labels = [label for _key, label, _named in _sources_with_labels(record)]
    assert labels == ["Karim al-Haddad", "Karim al-Haddad"]


@pytest.mark.parametrize("sentence", [
    # no role before the comma: a list of places, not a person's description
    "Die Kommission, Brüssel und Berlin, sagte, die Lage sei ernst.",
    # a noun phrase after the comma, no name
    "Die Lage sei ernst, sagte der Sprecher der Armee, der Oberst.",
])
def test_no_person_without_a_role_and_a_name(extract, sentence):
    assert not any(key.startswith(("person:", "other:")) and label.count(" ") >= 1 and named
                   and "Kommission" not in label
                   for key, label, named in _sources_with_labels(extract(sentence)))


# -- "nach Nato-Angaben": the actor before the hyphen owns the report -----------------------------

@pytest.mark.parametrize("sentence, owner", [
    ("Die Nato verstärkt ihre Truppen. Nach Nato-Angaben wurden zwei Kämpfer getötet.", "org:nato"),
    ("Die UN warnen vor einer Hungersnot. Nach UN-Schätzungen sind 40.000 Menschen gestorben.",
     "org:vereinte-nationen"),
    # the owner is named only before the hyphen; the noun after the report is no source
    ("In der Nacht haben Soldaten nach Pentagon-Angaben den Anführer der Miliz getötet.", "org:pentagon"),
])
def test_a_report_compound_names_its_owner(extract, sentence, owner):
    sources = [key for key, _words in claim_sources(extract(sentence))]
    assert owner in sources and len(set(sources)) == 1, sources


# -- a state's army without the state ---------------------------------------------------------

@pytest.mark.parametrize("sentence, state", [
    ("Die türkische Armee bombardiert Stellungen der PKK. Ein Attentäter tötete nach Armeeangaben zwei "
     "Soldaten.", "country:TR"),
    ("Die Türkei kämpft gegen die PKK. Dem türkischen Militär zufolge starben zwei Soldaten. Dem Militär "
     "zufolge starb ein weiterer Soldat.", "country:TR"),
    ("Zwei Männer griffen eine israelische Soldatin an. Wie die Streitkräfte mitteilten, wurden beide "
     "Angreifer erschossen.", "country:IL"),
])
def test_the_army_is_the_state_whose_forces_the_article_names(extract, sentence, state):
    sources = [key for key, _words in claim_sources(extract(sentence))]
    assert sources and all(key == state for key in sources), sources


@pytest.mark.parametrize("sentence", [
    # no state's forces named
    "Die Armee teilte mit, zwei Soldaten seien getötet worden.",
    # two states' forces: whose army speaks is not clear
    "Israelische Soldaten und ägyptische Soldaten kämpfen in der Region. Die Armee teilte mit, zwei Soldaten "
    "seien getötet worden.",
])
def test_the_army_stays_unnamed_without_one_state(extract, sentence):
    record = extract(sentence)
    labels = _labels(record)
    army = [key for key, _words in claim_sources(record) if labels.get(key, ("", True))[0] == "Armee"]
    assert army and not any(key.startswith("country:") for key, _words in claim_sources(record))
    assert all(not labels[key][1] for key in army)


# -- "die in London ansässige Organisation": past the place in the attribute --------------------

@pytest.mark.parametrize("sentence", [
    "Wie die in London ansässige Organisation Amnesty International mitteilte, starben 20 Menschen.",
    "Nach Angaben der in London ansässigen Organisation Amnesty International starben 20 Menschen.",
    "Wie die in Großbritannien ansässige Organisation Amnesty International am Montag mitteilte, wurden "
    "zwei Journalisten verhaftet.",
])
def test_the_source_after_a_place_attribute(extract, sentence):
    sources = [key for key, _words in claim_sources(extract(sentence))]
    assert sources == ["org:amnesty-international"], sources
