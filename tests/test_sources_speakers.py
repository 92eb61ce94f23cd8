"""Attribution rules of the SourceExtractor added in session 7, on German sentences written for
these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


def test_the_cue_of_a_name_and_a_colon_is_both(extract):
    (claim,) = extract("Bürgermeisterin Anna Berger: „Die Brücke wird im Mai fertig.“").claims
    assert (claim.source, claim.cue) == ("person:anna-berger", "Anna Berger:")


@pytest.mark.parametrize("text, sources", [
    # the named subject of the clause the colon closes says the quotation
    ("Die Leiterin des Bauamts, Anna Berger, sieht die Verantwortung beim Land: „Wir haben alles "
     "beantragt.“", [("person:anna-berger", "Anna Berger")]),
    # someone only described announces no speech of his own
    ("Die Polizei fand am Ufer einen Zettel mit der Aufschrift: „Wir kommen wieder.“", []),
    # the subject of a passive is no speaker
    ("Anna Berger wurde am Abend mit einem Plakat empfangen: „Willkommen zu Hause.“", []),
])
def test_a_quotation_after_a_colon_is_the_announcing_subjects(extract, text, sources):
    assert claim_sources(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    ("Die Pläne wurden von Bürgermeisterin Anna Berger als unrealistisch bezeichnet.", ["person:anna-berger"]),
    ("Der Entwurf wurde von der SPD scharf kritisiert.", ["org:spd"]),
    # "von" inside the subject names no agent
    ("Die Forderungen von Greenpeace wurden als unrealistisch bezeichnet.", []),
    # a verb that does not only say something: the agent may be a host or a judge
    ("Die Gäste wurden von Anna Berger am Flughafen begrüßt.", []),
])
def test_the_agent_of_a_passive_verb_of_saying_speaks(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("sentence, source", [
    ("Anna Berger vertritt die Auffassung, dass die Brücke zu teuer sei.", "person:anna-berger"),
    ("Anna Berger wertete den Beschluss als großen Erfolg für die Stadt.", "person:anna-berger"),
    ("Anna Berger erinnerte daran, dass die Brücke schon 1950 gebaut wurde.", "person:anna-berger"),
    ("Anna Berger ist davon überzeugt, dass die Brücke hält.", "person:anna-berger"),
    ("Anna Berger war bis zuletzt davon ausgegangen, dass die Brücke hält.", "person:anna-berger"),
    ("Anna Berger stellte den Zeitplan in Frage.", "person:anna-berger"),
])
def test_opinions_held_and_speech_acts_named_by_a_phrase(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


def test_deutlich_machen_needs_what_was_made_clear(extract):
    assert extract("Der Regen machte die Lage deutlich schwieriger.").claims == []


@pytest.mark.parametrize("text, source", [
    ("„Die Brücke hält“, zitiert ein Sender die Bürgermeisterin Anna Berger.", "person:anna-berger"),
    ("Die Zeitung zitierte Anna Berger, die Brücke halte noch zehn Jahre.", "person:anna-berger"),
])
def test_the_person_a_medium_quotes_speaks(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


def test_a_named_medium_that_quotes_a_person_speaks_too(extract):
    record = extract("Die Brücke halte noch zehn Jahre, zitierte die Nachrichtenagentur Reuters Bürgermeisterin "
                     "Anna Berger am Montag.")
    assert [c.source for c in record.claims] == ["person:anna-berger", "org:reuters"]


def test_who_is_quoted_in_the_passive_speaks_and_so_does_who_quotes(extract):
    record = extract("Die Bürgermeisterin, Anna Berger, wird von der Zeitung „Stadtbote“ mit den Worten zitiert: "
                     "„Die Brücke hält.“")
    assert [c.source for c in record.claims] == ["person:anna-berger", "org:stadtbote"]


@pytest.mark.parametrize("text, source", [
    # a person's apposition before the verb: the comma closes no fronted clause
    ("Anna Berger, Leiterin des Bauamts der Stadt, warnte die Gemeinde vor hohen Kosten.", "person:anna-berger"),
    ("Die Leiterin des Bauamts, Anna Berger (SPD), sprach von einer „Gefahr für die Brücke“.",
     "person:anna-berger"),
    # a verb that interrupts the reported clause has its subject after it
    ("Die Lage in Linz, sagte Anna Berger, sei ernst.", "person:anna-berger"),
])
def test_an_apposition_before_the_verb_is_its_subject(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


def test_a_title_in_quotation_marks_before_the_verb_is_no_quotation(extract):
    record = extract("Anna Berger, die Leiterin des Bauamts, hatte am Montag gegenüber der Zeitung „Stadtbote“ "
                     "mitgeteilt, dass die Brücke gesperrt werde.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_the_name_after_a_participle_attribute_speaks(extract):
    record = extract("„Ich freue mich auf den Auftritt“, schrieb die in Linz geborene Sängerin Anna Berger.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


@pytest.mark.parametrize("text, source", [
    ("Die Brücke sei sicher, so verdi-Verhandlungsführer Anna Berger.", "person:anna-berger"),
    ("Die Brücke sei sicher, so Klinikdirektor Prof. Dr. Anna Berger.", "person:anna-berger"),
])
def test_the_name_after_a_title_speaks(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


@pytest.mark.parametrize("sentence, source", [
    ("Anna Berger sieht keinen Grund zur Sorge.", "person:anna-berger"),
    ("Erneut stellte Anna Berger die Schließung der Brücke in den Raum.", "person:anna-berger"),
    ("Anna Berger gab in einem Interview der Stadtverwaltung die Schuld.", "person:anna-berger"),
    ("Mit ihrer Erklärung bekannte sich Anna Berger zum Neubau der Brücke.", "person:anna-berger"),
    ("Anna Berger relativierte ihre Ankündigung vom Montag.", "person:anna-berger"),
])
def test_views_and_speech_acts_of_political_reporting(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


@pytest.mark.parametrize("text, source", [
    ("Die gleiche Argumentation kommt nun auch von der SPD.", "org:spd"),
    ("Zustimmung erntete die Bürgermeisterin von der SPD.", "org:spd"),
])
def test_reactions_that_come_from_someone(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


def test_reported_speech_after_a_colon_is_the_announcing_subjects(extract):
    (claim,) = extract("Anna Berger zog eine nüchterne Bilanz: Die Arbeiten seien noch nicht begonnen worden.").claims
    assert (claim.source, claim.kind) == ("person:anna-berger", "indirect_speech")


def test_an_unquoted_colon_without_reported_speech_announces_nothing(extract):
    record = extract("Der Stadtrat beschloss zwei Maßnahmen: Die Gebühren steigen und die Brücke wird gesperrt.")
    assert record.claims == []


@pytest.mark.parametrize("text, label", [
    ("Die Lage sei ruhig, sagte der Chef der Gruppe Fursan al-Hak.", "Fursan al-Hak"),
    ("Die Lage sei ruhig, sagte ein Vertreter der Organisation Medico Linz.", "Medico Linz"),
])
def test_a_head_or_representative_speaks_for_the_group_in_his_genitive(extract, text, label):
    record = extract(text)
    assert [record.actor(c.source).label for c in record.claims] == [label]


def test_a_spokesperson_named_by_a_kind_of_body_speaks_for_the_body_named_before(extract):
    record = extract("Das Sozialministerium prüft die Anträge. Die Fristen seien eingehalten, "
                     "meint eine Ministeriumssprecherin.")
    assert [c.source for c in record.claims] == ["org:sozialministerium"]


@pytest.mark.parametrize("text, source", [
    ("Nach einer Stellungnahme der SPD ist die Brücke sicher.", "org:spd"),
    ("Die Brücke ist nach Auskunft der SPD sicher.", "org:spd"),
    ("Laut Aussage der SPD ist die Brücke sicher.", "org:spd"),
    ("Die Brücke ist sicher, so das Fazit der SPD.", "org:spd"),
])
def test_statements_whose_owner_follows_them(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


@pytest.mark.parametrize("text", [
    "Bürgermeister Hans Huber will die Brücke sperren. Sein Argument: Die Brücke sei zu alt.",
    "Bürgermeister Hans Huber will die Brücke sperren. Seine Meinung dazu: „Die Brücke ist zu alt.“",
])
def test_a_statement_noun_with_a_possessive_before_a_colon_is_the_possessors(extract, text):
    assert [(c.source, c.sentence) for c in extract(text).claims if c.sentence == 2] == [("person:hans-huber", 2)]


@pytest.mark.parametrize("text, sources", [
    ("Für Bürgermeisterin Anna Berger ist die Lage „ernst“.", ["person:anna-berger"]),
    ("Für die SPD sei die Brücke zu teuer.", ["org:spd"]),
    # no quotation, no reported speech: a fact about someone
    ("Für Anna Berger ist es der dritte Besuch in Linz.", []),
])
def test_a_view_opened_by_fuer(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


def test_a_pronoun_skips_the_subject_of_a_subordinate_clause(extract):
    record = extract("Ein Sprecher der SPD wollte nicht bestätigen, dass alle Abgeordneten anwesend waren. "
                     "Er sagte aber, dass die Abstimmung gültig sei.")
    assert claim_sources(record) == [("org:spd", "Er")]


@pytest.mark.parametrize("text, sources", [
    ("Ein Bericht der SPD, wonach die Brücke marode sei, wurde dementiert.", ["org:spd"]),
    ("Die Sichtweise von Bürgermeisterin Anna Berger (SPD), wonach die Brücke hält, teilt er nicht.",
     ["person:anna-berger"]),
    # rumours nobody is named for
    ("Gerüchte, wonach die Brücke marode sei, wies die Stadt zurück.", []),
])
def test_the_owner_of_a_report_before_wonach_says_it(extract, text, sources):
    assert [c.source for c in extract(text).claims if c.cue == "wonach"] == sources


@pytest.mark.parametrize("sentence, source", [
    ("Die Passagiere berichteten, das Flugzeug sei hart aufgesetzt.", "other:passagiere"),
    ("Die Bahn gab an, den Fahrplan zu ändern.", "other:bahn"),
])
def test_plural_groups_and_the_railway_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


@pytest.mark.parametrize("text, sources", [
    # the relative named after the noun speaks, not the person in the genitive before it
    ("Der Journalist Peter Lindner sitzt in Haft. Das Urteil sei ein Skandal, sagte Lindners in die "
     "Schweiz gezogene Ehefrau Marta Kovac am Montag.", ["person:marta-kovac"]),
    # named so before, the relative is the one named with the noun
    ("Der Journalist Peter Lindner sitzt in Haft. Seine Ehefrau Marta Kovac kämpft für ihn. "
     "Lindners Ehefrau sagte am Montag, sie hoffe auf eine Begnadigung.", ["person:marta-kovac"]),
    # a relative never named is no named source
    ("Der Journalist Peter Lindner sitzt in Haft. Lindners Bruder erklärte, die Familie sei verzweifelt.", []),
])
def test_a_relative_of_a_person_is_not_that_person(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text, source, label", [
    # a ministry in its state's capital speaks as the ministry, acting for the state
    ("Wie das Verteidigungsministerium in Oslo mitteilte, landete das Flugzeug sicher.",
     "org:verteidigungsministerium", "Verteidigungsministerium"),
    ("Das Gesundheitsministerium in Lima teilte mit, es gebe zwei Verletzte.",
     "org:gesundheitsministerium", "Gesundheitsministerium"),
])
def test_a_ministry_in_the_capital_speaks_for_its_state(extract, text, source, label):
    record = extract(text)
    assert [c.source for c in record.claims] == [source]
    ministry = next(a for a in record.actors if a.key == source)
    assert ministry.label == label and ministry.represents.startswith("country:")


def test_a_body_named_again_with_a_hyphen_is_the_same_body(extract):
    record = extract("Der Steirische Landesrechnungshof prüfte die Bilanzen. Der Landes-Rechnungshof "
                     "kritisierte, dass die Kosten gestiegen seien.")
    assert [(c.source, c.sentence) for c in record.claims][-1][0] == "org:steirischer-landesrechnungshof"


def test_a_report_compound_names_the_body_named_before(extract):
    record = extract("Der Steirische Landesrechnungshof prüfte die Bilanzen. Laut Rechnungshofbericht "
                     "fehlen zwei Millionen Euro.")
    assert [c.source for c in record.claims] == ["org:steirischer-landesrechnungshof"]


@pytest.mark.parametrize("text, sources", [
    # a mood shown is no statement
    ("Die Gewerkschaft Bau-Holz zeigte sich enttäuscht über das Angebot.", []),
    # with something said beside it, it is one
    ("Die Gewerkschaft Bau-Holz zeigte sich zuversichtlich, dass eine Einigung gelinge.",
     ["org:bau-holz"]),
])
def test_showing_a_mood_says_something_only_with_content(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


def test_a_persons_spokesman_speaks_for_the_person(extract):
    record = extract("Anna Berger steht unter Druck. Ein Berger-Sprecher erklärte, der Bericht enthalte Fehler.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_the_subject_of_a_perfect_the_parser_hangs_on_the_object(extract):
    record = extract("In Lima empfing Präsident Pedro Alvarez die Gäste. Perus Präsident hatte die hohe "
                     "Inflation als das Grundproblem bezeichnet.")
    assert [c.source for c in record.claims] == ["person:pedro-alvarez"]


@pytest.mark.parametrize("text, sources", [
    # that there was criticism, not what it said
    ("Kritik kam von der Caritas.", []),
    # what the criticism was about, or what it said, makes it a statement
    ("Kritik kam von der Caritas am langsamen Ausbau der Quartiere.", ["org:caritas"]),
    ("Scharfe Kritik kam von der Caritas: Die Quartiere reichten nicht.", ["org:caritas"]),
])
def test_a_bare_reaction_says_nothing(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text, source", [
    # raising a question is a statement, as calling something into question is
    ("Der Rechnungshof wirft die Frage auf, ob die Kredite erlaubt seien.", "org:rechnungshof"),
    # a fronted participle, then the auxiliary, then the speaker
    ("Klaus Berger ist Bürgermeister. Hervorgehoben hat er im Gespräch, dass das Klima gut sei.",
     "person:klaus-berger"),
])
def test_more_speech_constructions(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


@pytest.mark.parametrize("text, sources", [
    # a preposition's phrase and a participle between the article and the speaker
    ("Der Plan sei gescheitert, teilte die zur Universität gehörende Hoover Institution mit.",
     ["other:hoover-institution"]),
    ("Der Roman sei gelungen, schrieb die in Graz lebende Autorin Eva Menasse.", ["person:eva-menasse"]),
    ("Die Wahl sei gefälscht, sagte der im Ausland lebende Oppositionelle Ahmed Nasser.", ["person:ahmed-nasser"]),
])
def test_a_speaker_after_a_participle_attribute_speaks(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text, sources", [
    # the name is no genitive: the relatives are spoken to ("der Familie" after the name, a name in "s")
    ("Die Lage sei ernst, sagte Alexis Tsipras der Familie des Opfers.", ["person:alexis-tsipras"]),
    ("Evo Morales sagte den Angehörigen der Bergleute Hilfe zu.", ["person:evo-morales"]),
])
def test_a_person_speaking_to_relatives_is_the_speaker(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text, source", [
    ("Peter Lang, Präsident des Deutschen Roten Kreuzes: „Das Gesetz ist ein Fehler.“", "person:peter-lang"),
    ("Anna Berger, Chefin der Firma Siemens: „Wir bauen keine Stellen ab.“", "person:anna-berger"),
])
def test_a_person_before_an_apposition_and_a_colon_speaks(extract, text, source):
    # the body in the genitive of the apposition only says whose president or head he is
    assert [c.source for c in extract(text).claims] == [source]


@pytest.mark.parametrize("text, name", [
    ("Erkki Tuomioja, Präsident des Rats der Europäischen Union: „Das Gesetz ist ein Fehler.“", "Erkki Tuomioja"),
    ("Peter Lang, Präsident des Deutschen Roten Kreuzes: „Das Gesetz ist ein Fehler.“", "Peter Lang"),
])
def test_the_speaker_before_an_apposition_and_a_colon_is_named_by_his_name(extract, text, name):
    # also where the recogniser misses the name: an office after the comma says it is a person's
    assert [c.source_span.text for c in extract(text).claims] == [name]


def test_no_speaker_from_a_place_before_an_apposition_and_a_colon(extract):
    # a city and its description: no person opens the sentence, and no one speaks
    assert extract("Porto Alegre, Hauptstadt des Bundesstaats: „Hier wird gefeiert.“").claims == []


def test_no_speech_from_a_person_before_an_apposition_and_a_colon_without_a_quotation(extract):
    # a colon that introduces facts about him, unquoted and not in the first person, quotes no one
    record = extract("Peter Lang, Präsident des Deutschen Roten Kreuzes: geboren 1950 in Bonn, verheiratet.")
    assert record.claims == []


def test_a_list_of_speakers_before_a_colon_is_not_its_first_name_alone(extract):
    record = extract("Angela Merkel, Emmanuel Macron und die Präsidentin der EU-Kommission: „Wir stehen zusammen.“")
    assert not any("merkel" in source for source, _words in claim_sources(record))
