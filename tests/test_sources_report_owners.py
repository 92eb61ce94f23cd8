"""Statements without a plain speech verb whose source is the named owner of a report, a
statement or a reaction ("In einem Bericht der OSZE wird kritisiert, …"), on sentences written
for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from tests.conftest import source_labels


@pytest.mark.parametrize("text, sources", [
    # a compound report noun with its owner in the genitive or after "von"
    ("Nun heißt es im Zwischenbericht der OSZE, die Abstimmung sei geordnet verlaufen.", ["OSZE"]),
    ("Laut dem Jahresbericht von Amnesty International sitzen Hunderte ohne Anklage in Haft.",
     ["Amnesty International"]),
    # a compound without an owner names nobody
    ("Nun heißt es im Zwischenbericht über die Abstimmung, sie sei geordnet verlaufen.", []),
])
def test_a_compound_report_noun_names_its_owner(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a passive verb of saying with no agent says what the report it stands in says
    ("In einem Bericht von Amnesty International werden die Haftbedingungen als „unmenschlich“ bezeichnet.",
     ["Amnesty International"]),
    ("In einer Erklärung der Europäischen Kommission wurde angekündigt, dass die Zölle sinken.",
     ["Europäische Kommission"]),
    ("Im Jahresbericht der OSZE wird kritisiert, dass Wahlbeobachter behindert würden.", ["OSZE"]),
    # a relative clause between the report phrase and its verb
    ("In einer Stellungnahme der Europäischen Kommission, auf die sich mehrere Zeitungen berufen, wird "
     "der Schritt damit begründet, dass die Fristen abgelaufen seien.", ["Europäische Kommission"]),
    # a report with no owner, or about something, names nobody
    ("In einem Bericht über die Abstimmung werden zahlreiche Mängel genannt.", []),
    ("In dem Bericht wird kritisiert, dass Wahlbeobachter behindert würden.", []),
    # a report that is only expected says nothing
    ("Der Bericht der OSZE wird im Mai erwartet.", []),
    # nothing was said
    ("In einem Bericht der OSZE wird nicht erwähnt, wer die Abstimmung organisierte.", []),
    # a report that is only a place of something else: no verb of saying
    ("In einem Bericht der OSZE wurden drei Wahllokale untersucht.", []),
])
def test_a_passive_statement_in_an_owned_report_is_the_owners(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # what is heard from a named body, with what was heard after "hören" or before the clause
    ("Aus dem Kreml war zu hören, man werde die Lieferungen prüfen.", ["Russland"]),
    ("Vom Auswärtigen Amt war zu hören, dass die Botschaft geschlossen bleibt.", ["Auswärtiges Amt"]),
    ("Die Lage sei ernst, war vom Auswärtigen Amt zu hören.", ["Auswärtiges Amt"]),
    ("Die georgische Regierung steht unter Druck. Aus der Regierung ist zu hören, man sei zu Gesprächen bereit.",
     ["Georgien"]),
    # nothing heard, or sounds heard, are no statement
    ("Von der SPD war nichts zu hören.", []),
    ("Von der SPD waren am Abend laute Rufe zu hören, die Halle war voll.", []),
    ("Aus der Ferne waren Schüsse zu hören, als die Polizei eintraf.", []),
    ("Im Studio der SPD war Musik zu hören.", []),
    # "aus" of where people or things come from
    ("Aus Russland kamen im Mai 300 Flüchtlinge.", []),
    # what is heard in a state is heard from its people
    ("In Russland ist zu hören, die Sanktionen schadeten Europa.", []),
    ("In der Türkei ist oft zu hören, die EU sei unfair.", []),
    ("Der Zug war aus Berlin kommend unterwegs.", []),
])
def test_what_is_heard_from_a_named_body_is_its_statement(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a statement or reaction with its named owner, spelt out by "lauten" or "bestehen in"
    ("Die erste Reaktion aus der Türkei bestand in der Drohung, die Botschafter abzuziehen.", ["Türkei"]),
    ("Das Fazit der OSZE lautete: „Die Abstimmung war frei.“", ["OSZE"]),
    ("Die Antwort des Auswärtigen Amts lautete, man prüfe den Fall.", ["Auswärtiges Amt"]),
    ("Die Forderung der SPD besteht darin, die Mieten zu deckeln.", ["SPD"]),
    # a verdict, a title, a reaction of no one named
    ("Das Urteil des Bundesverfassungsgerichts lautete auf Freispruch.", []),
    ("Der Titel des Berichts der OSZE lautet „Wahlen im Kaukasus“.", []),
    ("Die Reaktion der Märkte bestand in einem Kurssturz.", []),
    # a reaction or support that consists in deeds says nothing
    ("Die Reaktion der Türkei bestand in Luftangriffen auf kurdische Stellungen.", []),
    ("Die Unterstützung der USA bestand in Waffenlieferungen.", []),
    ("Die Antwort der Nato bestand in der Verlegung von Truppen nach Polen.", []),
    ("Die Reaktion aus Moskau bestand darin, den Botschafter einzubestellen.", []),
    ("Die erste Reaktion bestand in der Drohung, die Botschafter abzuziehen.", []),
    # the owner must follow the noun: "an" names whom the criticism is aimed at
    ("Die Kritik an der SPD bestand darin, sie habe zu spät gehandelt.", []),
])
def test_an_owned_statement_spelt_out_is_the_owners(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a proposal comes from someone as criticism does
    ("Ein neuer Vorschlag kam am Abend von Frankreich, das eine Waffenruhe anregte.", ["Frankreich"]),
    ("Der Vorschlag kam auf der Sitzung des Rats von der SPD, die Mieten zu deckeln.", ["SPD"]),
    # where people come from, and what is built by someone, are no statements
    ("Aus dem Iran kamen im Mai 300 Flüchtlinge.", []),
    ("Die Brücke wurde von der Stadt Salzburg gebaut.", []),
])
def test_a_proposal_that_comes_from_someone_is_theirs(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a report of several owners before "zufolge": each of them reports
    ("Die Erschütterungen waren Berichten der Sender Sky News und BBC zufolge bis Leeds zu spüren.",
     ["Sky News", "BBC"]),
    ("Angaben des Auswärtigen Amts und der OSZE zufolge ist die Lage ruhig.", ["Auswärtiges Amt", "OSZE"]),
    ("Angaben der OSZE zufolge ist die Lage ruhig.", ["OSZE"]),
    # what a report is about is no owner
    ("Berichten über Russland und die Ukraine zufolge ist die Lage ruhig.", []),
    ("Angaben zu den Opfern in der Ukraine zufolge ist die Lage ruhig.", []),
])
def test_the_owners_of_a_report_before_zufolge(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a reaction comes "aus" a body as it comes "von" one
    ("Scharfe Kritik kam aus der SPD: Das Gesetz sei verfehlt.", ["SPD"]),
    ("Kritik an der SPD kam am Montag aus der CDU, die Reform komme zu spät.", ["CDU"]),
    # that there was criticism, not what it said; whom it is aimed at; where people come from
    ("Kritik kam aus der SPD.", []),
    ("Kritik an der SPD wurde am Montag laut.", []),
    ("Die Flüchtlinge kamen aus der Türkei.", []),
])
def test_a_reaction_that_comes_out_of_a_body_is_its(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # "das" for what was just said, made a named owner's view by "sein"
    ("Das ist die Position der SPD.", ["SPD"]),
    ("Dies jedenfalls war die Forderung der OSZE.", ["OSZE"]),
    ("Das ist die Darstellung von Amnesty International.", ["Amnesty International"]),
    # a task or a report is no view; an unnamed owner names nobody
    ("Das ist die Aufgabe der SPD.", []),
    ("Das ist der Bericht der OSZE.", []),
    ("Das ist die Meinung vieler Beobachter.", []),
    # a position on a map, a software's version
    ("Das ist die Position der Ukraine auf der Landkarte.", []),
    ("Dies ist die Version von Windows 10.", []),
])
def test_a_view_made_a_named_owners_by_sein(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a named owner's web page or press conference says what "heißt es" introduces
    ("Auf der Website des Auswärtigen Amts heißt es, Reisen in die Region seien gefährlich.", ["Auswärtiges Amt"]),
    ("Die Lage sei ernst, heißt es auf der Homepage von Amnesty International.", ["Amnesty International"]),
    ("Auf der SPD-Homepage heißt es, die Mieten müssten sinken.", ["SPD"]),
    ("Auf einer Pressekonferenz der OSZE hieß es, die Abstimmung sei geordnet verlaufen.", ["OSZE"]),
    # a page of no one named, or no page at all
    ("Auf der Website heißt es, die Lage sei ernst.", []),
    ("Auf Anfrage hieß es, man prüfe den Fall.", []),
])
def test_what_heisst_es_on_an_owned_page(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # "zu erfahren" as "zu hören", and "in"/"bei" a body as "aus" it
    ("Das werde nicht geschehen, wie im Auswärtigen Amt zu erfahren ist.", ["Auswärtiges Amt"]),
    ("Beim Auswärtigen Amt war zu erfahren, die Botschaft bleibe geschlossen.", ["Auswärtiges Amt"]),
    ("Im Auswärtigen Amt ist zu hören, man sei besorgt.", ["Auswärtiges Amt"]),
    # without "sein" someone hopes to learn something; a radio is no body
    ("Die Ministerin hofft, vom Auswärtigen Amt bald Näheres zu erfahren.", []),
    ("Im Radio war zu hören, dass die SPD verliert.", []),
])
def test_what_is_learnt_from_a_named_body_is_its_statement(extract, text, sources):
    # (only the named bodies: "hofft" is a cue of its own, for the unnamed minister)
    assert [s for s in source_labels(extract(text)) if s in ("Auswärtiges Amt", "SPD")] == sources


@pytest.mark.parametrize("text, sources", [
    # a statement noun after "so" or "laut" takes its owner as a report noun does
    ("Die Mieten müssten sinken, so die Forderung der SPD.", ["SPD"]),
    ("Die Wahl sei frei gewesen, so das Fazit der OSZE.", ["OSZE"]),
    # whom criticism is aimed at is no owner
    ("Die Mieten müssten sinken, so die Kritik an der SPD.", []),
])
def test_a_statement_noun_after_a_marker_names_its_owner(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # the object of a preposition before the colon is no announcing subject
    ("Die Kritik an der SPD lautete: „Zu spät.“", []),
    # the subject is
    ("Die SPD zog am Abend Bilanz: „Wir haben viel erreicht.“", ["SPD"]),
])
def test_criticism_aimed_at_a_body_is_not_its_statement(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # an owned statement, a colon and reported speech or a quotation
    ("Die Begründung der Bundesregierung: Die Kassen seien leer.", ["Deutschland"]),
    ("Die Kritik der SPD: Die Reform sei zu spät gekommen.", ["SPD"]),
    # a count after the colon is no speech; criticism aimed at someone is not theirs
    ("Die Bilanz der OSZE: 300 Wahllokale in zwei Tagen.", []),
    ("Die Kritik an der SPD: Die Reform sei zu spät gekommen.", []),
])
def test_an_owned_statement_before_a_colon_is_the_owners(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    ("Nach Lesart der OSZE war die Abstimmung frei.", ["OSZE"]),
    ("Nach dieser Lesart war die Abstimmung frei.", []),
])
def test_nach_lesart_marks_a_source(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # a letter speaks for its writer as a report does
    ("In einem offenen Brief der SPD an die EU-Kommission heißt es, die Kürzungen seien falsch.", ["SPD"]),
    ("In einem Protestschreiben von Amnesty International heißt es, die Haft sei rechtswidrig.",
     ["Amnesty International"]),
    # a letter to someone names the addressee, no writer
    ("In einem Brief an die SPD werden die Kürzungen kritisiert.", []),
    # a decision after the verb is its object: whose decision it was does not speak
    ("Anna Berger, die erst vor einem Monat gewählt wurde, kritisierte beispielsweise die Entscheidung der SPD.",
     ["Anna Berger"]),
])
def test_a_letter_speaks_for_its_writer(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # "für" a named actor something is certain, which the "dass" clause says
    ("Für die OSZE steht fest, dass die Abstimmung manipuliert wurde.", ["OSZE"]),
    ("Für die SPD ist klar, dass die Reform scheitert.", ["SPD"]),
    # what matters to someone, or a fact about him, says nothing
    ("Für die SPD ist es wichtig, dass die Reform kommt.", []),
    ("Für die SPD steht ein Sieg fest.", []),
])
def test_what_is_certain_for_a_named_actor_is_his_view(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # an article between "nach" and a report compound named by its owner
    ("Nach einem BBC-Bericht will Katar beim Konzern einsteigen.", ["BBC"]),
    ("Nach dem Bericht der BBC will Katar beim Konzern einsteigen.", ["BBC"]),
    # a report about someone
    ("Nach einem Bericht über die BBC will Katar beim Konzern einsteigen.", []),
])
def test_an_article_before_a_report_compound_after_nach(extract, text, sources):
    assert source_labels(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    # "nach" after an account and its owner, as after a possessive
    ("Der Einschätzung der OSZE nach war die Abstimmung frei.", ["OSZE"]),
    ("Der Meinung von Amnesty International nach ist die Haft rechtswidrig.", ["Amnesty International"]),
    # "nach" of time after a report and its owner
    ("Der Bericht der OSZE nach der Abstimmung war kritisch.", []),
])
def test_nach_after_an_owned_account(extract, text, sources):
    assert source_labels(extract(text)) == sources
