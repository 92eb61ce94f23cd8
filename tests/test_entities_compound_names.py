"""Known names of several words that open a hyphenated compound ("Human Rights Watch-Sprecherin"),
and one-word statistical fragments that only share a known name's stem ("Hohe" ~ "Hohenems")."""
import pytest

from conftest import record_of


def named_actors(nlp, text: str) -> dict[str, object]:
    return {actor.key: actor for actor in record_of(nlp, text).actors if actor.named}


@pytest.mark.parametrize("text, person, body", [
    ("Human Rights Watch-Sprecherin Lena Brandt sagte, die Gefangenen würden misshandelt.",
     "person:lena-brandt", "org:human-rights-watch"),
    ("Die New York Times-Korrespondentin Maria Olsen berichtete aus Kairo über die Proteste.",
     "person:maria-olsen", "org:new-york-times"),
    ("Ärzte ohne Grenzen-Sprecher Paul Keller erklärte, das Spital sei überfüllt.",
     "person:paul-keller", "org:aerzte-ohne-grenzen"),
])
def test_a_speaker_of_a_name_of_several_words_speaks_for_it(nlp, text, person, body):
    actors = named_actors(nlp, text)
    assert actors[person].represents == body
    # the name's first words are no actor of their own ("Human Rights")
    assert not any(key.startswith("person:") and key != person for key in actors)
    assert [claim.source for claim in record_of(nlp, text).claims] == [person]


def test_a_report_of_a_name_of_several_words_is_the_whole_name(nlp):
    actors = named_actors(nlp, "Laut einem Amnesty International-Bericht wurden Hunderte Menschen verhaftet.")
    assert actors["org:amnesty-international"].label == "Amnesty International"


@pytest.mark.parametrize("text, key", [
    # the name on its own, and a one-word compound, are found as before
    ("Ein Sprecher von Human Rights Watch sagte, die Gefangenen würden misshandelt.", "org:human-rights-watch"),
    ("Die Linke forderte Neuwahlen, die Grünen-Chefin schwieg.", "org:linke"),
    ("Ein Sprecher von Ärzte ohne Grenzen sagte, das Spital sei überfüllt.", "org:aerzte-ohne-grenzen"),
])
def test_names_outside_compounds_are_unchanged(nlp, text, key):
    assert key in named_actors(nlp, text)


def test_an_hrw_acronym_compound_still_speaks_for_the_body(nlp):
    actors = named_actors(nlp, "HRW-Sprecherin Lena Brandt sagte, die Gefangenen würden misshandelt.")
    assert actors["person:lena-brandt"].represents == "org:human-rights-watch"


def test_a_capitalised_adjective_before_a_title_is_no_organisation(nlp):
    text = ("Am Gipfel nimmt auch der Hohe Vertreter der Vereinten Nationen für Abrüstung, "
            "Karl Jansen, teil.")
    labels = {actor.label for actor in named_actors(nlp, text).values()}
    assert "Hohe" not in labels
    assert "Karl Jansen" in labels


def test_a_town_sharing_a_stem_is_still_found(nlp):
    text = "In Hohenems und Dornbirn demonstrierten am Samstag Tausende."
    assert "Hohenems" in {place.label for place in record_of(nlp, text).places}


@pytest.mark.parametrize("text, key, label", [
    ("Die Siemens AG kündigte einen Umbau an. Siemens will dafür 500 Stellen streichen.",
     "org:siemens", "Siemens AG"),
    ("Die Apple Inc. meldete einen Rekordgewinn, Apple verkaufte mehr Telefone als je zuvor.",
     "org:apple", "Apple Inc."),
    ("Wie verlautete, will die Volkswagen AG ihr Werk umbauen. Im Werk von VW arbeiten 8000 Menschen.",
     "org:volkswagen", "Volkswagen AG"),
])
def test_a_company_named_with_its_legal_form_keeps_it(nlp, text, key, label):
    actors = named_actors(nlp, text)
    assert actors[key].label == label
    # one company, not a second unlinked "Apple Inc."
    assert [k for k in actors if k.startswith("org:")] == [key]


@pytest.mark.parametrize("text, key, label", [
    ("Siemens kündigte einen Umbau an.", "org:siemens", "Siemens"),
    ("Siemens und die IG Metall einigten sich auf einen Sozialplan.", "org:siemens", "Siemens"),
    ("Die Grünen SA-Sprecherin sagte nichts.", None, None),
])
def test_names_without_legal_form_are_unchanged(nlp, text, key, label):
    actors = named_actors(nlp, text)
    assert all(actor.label.rpartition(" ")[2] not in ("AG", "SA") for actor in actors.values())
    if key is not None:
        assert actors[key].label == label


@pytest.mark.parametrize("text, person, body", [
    ("Der Generalsekretär der Vereinten Nationen Ban Ki-moon sagte, die Lage sei ernst.",
     "person:ban-ki-moon", "org:vereinte-nationen"),
    ("Der UN-Generalsekretär der Vereinten Nationen Ban Ki-moon forderte eine Waffenruhe.",
     "person:ban-ki-moon", "org:vereinte-nationen"),
    ("Die Sprecherin der Europäischen Kommission Anna Lindqvist sagte, man prüfe den Fall.",
     "person:anna-lindqvist", "org:eu-kommission"),
])
def test_a_body_run_together_with_its_officer_is_the_body_and_the_person(nlp, text, person, body):
    actors = named_actors(nlp, text)
    assert set(actors) == {person, body}
    assert actors[person].represents == body
    assert [claim.source for claim in record_of(nlp, text).claims] == [person]


@pytest.mark.parametrize("text, label", [
    # a known body and its seat, and a ship's name after its kind, stay as they were
    ("Die Fregatte Anna Lindqvist lief am Montag aus.", None),
    ("Das Auswärtige Amt in Berlin bestätigte die Festnahme.", "Auswärtiges Amt"),
])
def test_bodies_and_things_before_names_are_unchanged(nlp, text, label):
    labels = {actor.label for actor in named_actors(nlp, text).values()}
    assert labels == ({label} if label else set())


@pytest.mark.parametrize("text", [
    "Die Astronomen beobachteten den Stern mit dem Very Large Array in New Mexico.",
    "Aus Big Data will das neue Institut Wissen über Finanzkrisen gewinnen.",
])
def test_english_words_are_no_person(nlp, text):
    assert not [actor for actor in named_actors(nlp, text).values() if actor.category == "Person"]


@pytest.mark.parametrize("text, key", [
    ("Gordon Brown traf am Montag Mark White in London.", "person:gordon-brown"),
    ("Gordon Brown traf am Montag Mark White in London.", "person:mark-white"),
    # English words, but the article calls the person by the surname alone
    ("Auch Rose Young kam zu dem Treffen. Young sagte, sie sei zufrieden.", "person:rose-young"),
])
def test_english_names_of_persons_stay(nlp, text, key):
    assert key in named_actors(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # the name also stands bare, as a person's does
    ("Adhins Partei gewann zwölf Sitze. Der frühere Diktator Adhin war lange im Exil.", True),
    # the bare name only inside an organisation: a body's genitive ("der Firma Nordtex")
    ("Agrolas Lager war voll. Die Bestände gehören dem Konzern Agrola AG in Bremen.", False),
    # no bare name at all
    ("Adhins Partei gewann zwölf Sitze.", False),
])
def test_a_possessive_is_a_persons_where_the_article_writes_the_name_bare(nlp, text, expected):
    from kg.api import _gazetteer_of
    from kg.extract.entities import EntityResolver

    doc = nlp(text)
    resolver = EntityResolver(_gazetteer_of(nlp))
    assert resolver._possessor_named_bare(doc[0:2], doc[0:1]) is expected


@pytest.mark.parametrize("text, key", [
    ("Greenpeaces Kampagne lief am Montag an. Greenpeace sprach von einem Erfolg.", "org:greenpeace"),
])
def test_a_known_organisation_in_the_genitive_stays_one(nlp, text, key):
    actors = named_actors(nlp, text)
    assert actors[key].category == "Organization"
    assert not [actor for actor in actors.values() if actor.category == "Person"]


@pytest.mark.parametrize("text", [
    "Der Präsident sagte, der Cyberspace sei Chance und Gefahr zugleich.",
])
def test_a_single_name_right_after_an_article_is_no_person(nlp, text):
    assert not [actor for actor in named_actors(nlp, text).values() if actor.category == "Person"]


@pytest.mark.parametrize("text, key", [
    # the article names the person in full, so the surname after the article is that person
    ("Angela Merkel kam am Abend. Die Merkel sagte, es sei gut gelaufen.", "person:angela-merkel"),
    ("Der Präsident Kowalczyk sagte, es sei gut gelaufen.", "person:kowalczyk"),
])
def test_persons_after_an_article_and_a_role_or_named_in_full_stay(nlp, text, key):
    assert key in named_actors(nlp, text)


@pytest.mark.parametrize("text, keys", [
    ("Die Linke und die Grünen stimmten dagegen, die NEOS enthielten sich.", {"org:linke", "org:gruene", "org:neos"}),
    ("Die ungarische Jobbik gewann, die Hamas feuerte Raketen, die Ennahda regiert in Tunis.",
     {"org:jobbik", "org:hamas", "org:ennahda"}),
    # a state named only by its adjective is no actor
    ("Russische Bomber flogen über das Meer, ugandische Rebellen griffen ein Dorf an.", set()),
])
def test_short_party_names_survive_and_adjectives_make_no_state(nlp, text, keys):
    assert set(named_actors(nlp, text)) == keys


@pytest.mark.parametrize("text", [
    "Im Werk wird der Kombi gebaut und demnächst auch das Coupé (XC). Dazu kommt der Kleinwagen Zitra.",
])
def test_cars_and_their_acronyms_are_no_actors(nlp, text):
    assert named_actors(nlp, text) == {}


def test_a_bodys_acronym_in_brackets_stays(nlp):
    assert "org:arbeiterkammer" in named_actors(nlp, "Die Arbeiterkammer (AK) kritisierte das Sparpaket.")


def test_a_service_before_a_tool_it_uses_is_no_named_service(nlp):
    text = "Die Menge blieb auf dem Platz, woraufhin die Polizei Wasserwerfer auffuhr."
    assert named_actors(nlp, text) == {}


@pytest.mark.parametrize("text, key", [
    ("Die Bergrettung Hopfgarten rückte am Abend aus.", "org:bergrettung-hopfgarten"),
])
def test_a_service_named_by_its_town_stays(nlp, text, key):
    assert key in named_actors(nlp, text)


@pytest.mark.parametrize("word, expected", [
    ("Wasserwerfer", True), ("Fahrer", True), ("Hopfgarten", False), ("Althofen", False), ("Kitzbühel", False),
])
def test_agent_nouns(word, expected):
    from kg.extract.grammar import is_agent_noun

    assert is_agent_noun(word) is expected


@pytest.mark.parametrize("text", [
    "Der Deutsche Aktienindex (Dax) schloss am Freitag mit einem Plus von 1,3 Prozent.",
    "Der Leitindex Nikkei gab nach, der Euro Stoxx 50 legte zu.",
])
def test_stock_indices_are_no_actors(nlp, text):
    assert named_actors(nlp, text) == {}


def test_a_body_with_index_in_its_words_stays(nlp):
    text = "Das Institut Indexa sagte, die Preise seien gestiegen."
    assert "org:institut-indexa" in named_actors(nlp, text)


def test_two_legal_forms_of_one_name_are_two_companies(nlp):
    actors = named_actors(nlp, "Die Porsche SE meldete Gewinne. Die Porsche AG meldete Verluste.")
    assert len({actor.key for actor in actors.values()}) == 2
