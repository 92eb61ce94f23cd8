"""A name after a preposition is no subject, so it speaks for no statement of the verb next to it;
nor do pronouns for things ("Zweiteres"), and one national ("der Indonesier") is a person, not a state."""

import pytest

import kg
from conftest import record_of


def sources(nlp, text):
    record = record_of(nlp, text)
    labels = {actor.key: actor.label for actor in record.actors}
    return [labels.get(c.source, c.source) for c in record.claims]


def test_the_domain_of_a_role_does_not_speak(nlp):
    text = "Der Sonderberichterstatter für die Palästinensergebiete hat den Umgang Israels scharf kritisiert."
    assert "Palästinensergebiete" not in sources(nlp, text)


def test_the_origin_after_ausgehen_does_not_speak(nlp):
    assert "Volk" not in sources(nlp, "Das Recht geht vom Volk aus, sagte er.")


def test_the_name_after_the_verb_speaks_when_the_one_before_follows_a_preposition(nlp):
    text = "Nach der Genehmigung von Lieferungen an die Emirate prangert Peter Pilz weitere Bewilligungen an."
    assert sources(nlp, text) == ["Peter Pilz"]


def test_a_source_named_after_im_before_heisst_es_still_speaks(nlp):
    assert sources(nlp, "Im Innenministerium hieß es, die Lage sei ruhig.") == ["Innenministerium"]


@pytest.mark.parametrize("text", [
    "Zweiteres wegen seines Eintretens für direkte Demokratie, wie Hofer betonte.",
    "Letzteres sei richtig, erklärte Hofer.",
])
def test_pronouns_for_things_named_before_do_not_speak(nlp, text):
    assert sources(nlp, text) == ["Hofer"]


def test_one_national_is_the_person_named_before(nlp):
    text = "Makarim Wibisono trat zurück. Im Jänner hatte der Indonesier seinen Verzicht verkündet."
    assert sources(nlp, text) == ["Makarim Wibisono"]


def test_one_unnamed_national_is_no_state(nlp):
    assert sources(nlp, "Der Franzose sagte, er sei zufrieden.") == []


def test_a_people_by_its_demonym_still_stands_for_its_state(nlp):
    assert sources(nlp, "Die Franzosen kritisierten den Plan.") == ["Frankreich"]


def test_a_word_rejected_as_source_after_a_preposition_is_no_actor(nlp):
    record = kg.extract(kg.Article(title="", text="Das Recht geht vom Volk aus, sagte er.", source="test"), nlp=nlp)
    assert [a.label for a in record.actors] == []
