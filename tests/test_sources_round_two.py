"""Attribution constructions of German news that the SourceExtractor still got wrong (second round,
grouped from the misses of the quotation corpus's training split and of the newest dev set), on
German sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


def sources_of(record) -> list[str]:
    return [source for source, _named in claim_sources(record)]


@pytest.mark.parametrize("sentence, source", [
    # the perfect after a fronted adverbial: the subject follows the auxiliary, the name before the
    # participle is the object
    ("Die Bundesregierung verhandelt mit Polen. Zuvor hatte die Bundesregierung Polen dazu "
     "aufgefordert, den Vertrag zu unterschreiben.", "country:DE"),
    ("Frankreich schließt seine Grenze. Am Montag hatte Frankreich als erstes EU-Land angekündigt, "
     "die Kontrollen zu verschärfen.", "country:FR"),
])
def test_subject_after_the_auxiliary_beats_the_object(extract, sentence, source):
    assert sources_of(extract(sentence)) == [source]


def test_pronoun_goes_back_to_the_subject_of_the_same_sentence(extract):
    record = extract("Finanzminister Peter Novak kündigte an, dass er verhandeln werde. Zurückhaltend äußerte sich "
                     "hingegen die Kanzlerin Maria Berger: Die Regierung werde nicht nachgeben, sagte sie am Abend.")
    assert sources_of(record) == ["person:peter-novak", "person:maria-berger"]


@pytest.mark.parametrize("text, sources", [
    # "die Organisation" refers back to an armed group too
    ("Die Hamas will im Sommer Tausende Jugendliche ausbilden. Die Lager seien bereits geöffnet, "
     "schrieb die Organisation auf ihrer Webseite.", ["org:hamas"]),
    # who cites from a text is the source, not the person quoted
    ("Die griechische Zeitung Kathimerini veröffentlichte neue Details. Die Zeitung zitiert aus "
     "einem Mitschnitt eines Gesprächs des Finanzministers Nikos Dimou.", ["org:kathimerini"]),
    # the office of a person speaks for him
    ("Das Land bleibe am Verhandlungstisch, hieß es dazu aus dem Büro des Ministerpräsidenten "
     "Alexis Tsipras.", ["person:alexis-tsipras"]),
    # one unnamed officer is not his state, and nothing after him continues his claim
    ("Soldaten haben im Süden zwei Lager zerstört. Dabei seien zwölf Kämpfer festgenommen worden, "
     "sagte ein malischer Offizier am Montag der Nachrichtenagentur AFP. Unter den Festgenommenen "
     "sei auch ein Prediger.", []),
    # but a state's spokesman speaks for it
    ("Die Lage sei ernst, sagte ein russischer Regierungssprecher.", ["country:RU"]),
])
def test_who_speaks(extract, text, sources):
    assert sources_of(extract(text)) == sources


def test_heisst_es_darin_after_an_armed_group_published_something(extract):
    record = extract("Während des Krieges starben viele Menschen. Am Sonntag veröffentlichte die Hamas eine neue "
                     "Erklärung. Der Kampf sei noch nicht vorbei, heißt es darin.")
    assert "org:hamas" in sources_of(record)


@pytest.mark.parametrize("sentence, sources", [
    ("Bei seinen Gesprächen in Riad verteidigte der US-Außenminister John Kerry auch das Abkommen.",
     ["person:john-kerry"]),
    # sport: a result or a title is defended, nothing is said
    ("Am Mittwoch verteidigt Benfica Lissabon ein 1:0 aus dem Hinspiel.", []),
    ("Red Bull Salzburg hat den Titel erfolgreich verteidigt.", []),
])
def test_verteidigen(extract, sentence, sources):
    assert sources_of(extract(sentence)) == sources


@pytest.mark.parametrize("text, source", [
    ("Siemens streicht 2000 Stellen. Grund sei das schwierige Marktumfeld, bestätigte der Konzern am Montag.",
     "Siemens"),
    ("Die Lufthansa sagte 900 Flüge ab. Die Airline hatte den Ausfall am Vortag angekündigt.", "Lufthansa"),
    ("Die Erste Group meldete Gewinne. Das Unternehmen erklärte, die Lage sei stabil.", "Erste Group"),
])
def test_a_company_told_again_by_its_kind_is_the_source(extract, text, source):
    record = extract(text)
    labels = {a.key: a.label for a in record.actors}
    assert [labels.get(c.source) for c in record.claims][-1] == source
