"""Attribution rules of the SourceExtractor, on German sentences written for these tests (not
taken from any corpus)."""

from __future__ import annotations

import pytest


def test_the_subjunctive_after_a_statement_reports_its_subject(extract):
    record = extract("Bürgermeisterin Anna Berger ist beunruhigt. Die Lage in der Stadt sei ernst.")
    assert [(c.source, c.text) for c in record.claims] == [
        ("person:anna-berger", "Die Lage in der Stadt sei ernst.")]
    assert record.claims[0].source_span.text == "Anna Berger"


@pytest.mark.parametrize("text", [
    # the speaker is known from the claim before: no second claim for the same speaker
    "Bürgermeisterin Anna Berger sagte, man sei vorbereitet. Die Lage sei ernst.",
    # "soll" passes on hearsay: its subject reports nothing
    "Anna Berger soll die Stadt verlassen haben. Die Lage sei ernst.",
])
def test_the_subjunctive_adds_no_claim_after_a_claim_or_hearsay(extract, text):
    claims = extract(text).claims
    assert all(c.sentence != 2 for c in claims), [(c.source, c.text) for c in claims]


def test_a_plural_pronoun_speaks_for_the_plural_subject_before_it(extract):
    record = extract("Die Gewerkschafter protestierten am Montag, weil sie befürchten, dass Stellen wegfallen.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("other:gewerkschafter", "sie")]


def test_a_plural_pronoun_after_a_description_speaks_for_each_actor_listed(extract):
    record = extract("Der Beschluss verärgerte Frankreich und Italien. Die beiden Länder sind wichtige Partner. "
                     "Sie haben angekündigt, das Abkommen zu prüfen.")
    assert [c.source for c in record.claims] == ["country:FR", "country:IT"]


def test_an_adverb_between_verb_and_speaker(extract):
    (claim,) = extract("Das bestätigte gestern ein Polizeisprecher.").claims
    assert (claim.source, claim.source_span.text) == ("other:polizeisprecher", "Polizeisprecher")


@pytest.mark.parametrize("sentence, source", [
    ("Die Stadtverwaltung teilte mit, dass die Brücke gesperrt bleibe.", "other:stadtverwaltung"),
    ("Ein Augenzeuge berichtete, dass Steine flogen.", "other:augenzeuge"),
])
def test_administrations_and_witnesses_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


@pytest.mark.parametrize("sentence, source", [
    # a compound joined by a hyphen is one noun
    ("Ein Hafen-Sprecher teilte mit, dass die Fähre ausfalle.", "other:hafen-sprecher"),
    # the feminine of a noun for a person
    ("Die Aktivistin zeigte sich besorgt, dass die Frist zu kurz sei.", "other:aktivistin"),
    # people named by what they are
    ("Bei der Messe sagte der Bischof, dass die Gemeinde wachse.", "other:bischof"),
])
def test_nouns_for_people_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


def test_a_verb_joined_by_und_shares_the_subject(extract):
    record = extract("Anna Berger war am Montag im Rathaus und sagte, sie freue sich über den Neubau.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:anna-berger", "Anna Berger")]


@pytest.mark.parametrize("sentence", [
    # the subject of a passive is addressed or accused, it does not speak
    "Die Stadtverwaltung wurde kritisiert, weil die Brücke gesperrt blieb.",
    "Dem Bürgermeister wird vorgeworfen, die Brücke zu spät gesperrt zu haben.",
])
def test_a_passive_subject_does_not_speak(extract, sentence):
    assert extract(sentence).claims == []


def test_an_object_after_the_verb_does_not_speak(extract):
    # "den Helfern" is whom the thanks go to, not who gives them
    claims = extract("Gestern dankte den Helfern auch die Bürgermeisterin.").claims
    assert all(c.source != "other:helfern" for c in claims), [(c.source, c.cue) for c in claims]


def test_speech_verbs_of_the_lexicon(extract):
    (claim,) = extract("Die Gewerkschaft argumentiert, dass die Löhne zu niedrig seien.").claims
    assert (claim.source, claim.cue) == ("other:gewerkschaft", "Gewerkschaft argumentiert")


def test_demnach_with_no_claim_before_reports_the_subject_before(extract):
    record = extract("Die Stadtverwaltung hat am Montag ihren Jahresbericht vorgelegt. "
                     "Demnach sind die Kosten für den Winterdienst gestiegen.")
    assert [(c.source, c.source_span.text, c.sentence) for c in record.claims] == [
        ("other:stadtverwaltung", "Demnach", 2)]


def test_a_pronoun_for_a_person_only_described(extract):
    record = extract("Am Abend betrat ein Mann die Bank. Er erklärte, dass er eine Waffe trage.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("other:mann", "Er")]


def test_a_bare_name_before_a_colon_speaks_without_quotation_marks(extract):
    record = extract("Die Bürgermeisterin Anna Berger gab ein Interview. Berger: Wir bauen die Brücke im Frühjahr neu.")
    assert [(c.source, c.sentence) for c in record.claims] == [("person:anna-berger", 2)]


@pytest.mark.parametrize("text", [
    "Wien: Die Brücke bleibt gesperrt.",  # a place before the colon
    "Die Bilanz der Stadtverwaltung: Die Brücke bleibt gesperrt.",  # no bare name
])
def test_an_unquoted_colon_after_no_person_makes_no_claim(extract, text):
    assert extract(text).claims == []


def test_festhalten_speaks_only_with_what_was_said(extract):
    record = extract("Die Brücke bleibe bis Mai gesperrt, hielt die Stadtverwaltung fest. "
                     "Am Abend hielten zwei Passanten den Dieb fest.")
    assert [(c.source, c.sentence) for c in record.claims] == [("other:stadtverwaltung", 1)]


def test_a_pronoun_right_after_the_verb_is_its_subject(extract):
    # no comma shows where the reported clause ends: "die Union" is not the subject
    record = extract("Anna Berger besuchte Linz. Leider gebe es Streit in der Union bedauerte sie, "
                     "und viele seien besorgt.")
    assert [(c.source, c.source_span.text) for c in record.claims if c.sentence == 2] == [
        ("person:anna-berger", "sie")]


def test_a_relative_named_with_a_possessive_is_not_the_speaker(extract):
    record = extract("Anna Berger ist Architektin. Schon ihre Mutter habe Brücken gebaut, sagt sie.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:anna-berger", "sie")]


def test_cues_inside_the_reported_clause_belong_to_the_speaker_after_it(extract):
    record = extract("Die Stadtverwaltung habe selbst erklärt, dass die Brücke marode sei, betonte Anna Berger.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


@pytest.mark.parametrize("sentence, source", [
    ("Die Gewerkschaft ortet einen Mangel an Personal.", "other:gewerkschaft"),
    ("Anna Berger fürchtet, dass die Kosten steigen.", "person:anna-berger"),
    ("Anna Berger lehnte den Vorschlag der Opposition ab.", "person:anna-berger"),
    ("Anna Berger sagte der Gemeinde eine neue Brücke zu.", "person:anna-berger"),
    ("Anna Berger verurteile den Anschlag, hieß es.", "person:anna-berger"),
])
def test_verbs_of_opinion_refusal_and_promise_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


def test_first_person_speech_after_a_colon_is_the_person_named_before_it(extract):
    record = extract("Bürgermeisterin Anna Berger kennt den Grund für die Verzögerung beim Bau: "
                     "Wir haben zu wenige Arbeiter.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:anna-berger", "Anna Berger")]


@pytest.mark.parametrize("text", [
    # "verlautete es" is impersonal like "hieß es": the source is where it came from
    "Die Zahl der Anträge sei gestiegen, verlautete es aus dem Innenministerium.",
    # "dem Ministerium" refers back to the ministry named before
    "Das Innenministerium prüft die Anträge. Die Zahl der Anträge sei gestiegen, hieß es aus dem Ministerium.",
])
def test_impersonal_speech_from_a_named_body(extract, text):
    assert [c.source for c in extract(text).claims] == ["org:innenministerium"]


def test_a_verb_joined_to_the_reported_clause_shares_the_main_subject(extract):
    # "versprach" hangs on the "dass" clause in the parse; Italy is not the one who promises
    record = extract("Anna Berger sagte, dass Italien die Quoten beibehalten werde, und versprach: Wir bleiben hart.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_a_participle_opening_the_sentence_is_no_subject(extract):
    record = extract("Befragt zu den Quoten für Syrer betonte Anna Berger aber auch, dass die Kontrollen bleiben.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_dieser_points_at_the_person_named_last(extract):
    record = extract("Der Gemeinderat lud Bürgermeister Karl Huber ein. Dieser bezeichnete den Plan als Fehler.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:karl-huber", "Dieser")]


def test_und_er_goes_on_with_the_person_opening_the_sentence(extract):
    record = extract("Karl Huber hegt den Verdacht, dass die Firma unter Direktor Max Bauer zu viel kassiert "
                     "– und er fordert eine Prüfung.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:karl-huber", "er")]


def test_aus_sicht_names_whose_view_it_is(extract):
    record = extract("Der Bau der Brücke war aus Sicht der Gewerkschaft ein Fehler. Aus heutiger Sicht war das klug.")
    assert [(c.source, c.sentence) for c in record.claims] == [("other:gewerkschaft", 1)]


def test_a_report_named_after_a_participle_phrase_names_its_owner(extract):
    (claim,) = extract("Laut einer am Montag veröffentlichten Mitteilung des Roten Kreuzes bleibt die Brücke "
                       "gesperrt.").claims
    assert claim.source == "org:rotes-kreuz"


def test_the_report_refers_back_to_the_named_source_before(extract):
    record = extract("Die Nachrichtenagentur Reuters berichtete über den Unfall. "
                     "Dem Bericht zufolge wurde niemand verletzt.")
    assert [(c.source, c.source_span.text, c.sentence) for c in record.claims if c.sentence == 2] == [
        ("org:reuters", "Bericht", 2)]


def test_the_report_of_someone_only_described_names_no_source(extract):
    record = extract("Ein Einwohner sprach von Schüssen. Den Angaben zufolge wurde niemand verletzt.")
    assert all(c.sentence != 2 for c in record.claims), [(c.source, c.sentence) for c in record.claims]


def test_who_is_quoted_in_the_passive_speaks(extract):
    (claim,) = extract("„Wir bauen im Frühjahr“, wird Anna Berger, Leiterin des Bauamts, zitiert.").claims
    assert (claim.source, claim.source_span.text) == ("person:anna-berger", "Anna Berger")


def test_a_title_in_quotation_marks_after_an_article_is_a_publication(extract):
    (claim,) = extract("Die Brücke bleibe gesperrt, schreibt die „Bergpost“.").claims
    assert (claim.source, claim.source_span.text) == ("other:bergpost", "Bergpost")


@pytest.mark.parametrize("text, named", [
    # a genitive names the body someone only described works for
    ("Nach Angaben eines Mitarbeiters der Caritas blieb die Brücke gesperrt.", "Mitarbeiters der Caritas"),
    # so does the first part of a compound for a spokesperson
    ("Die Caritas half vor Ort. Ein Caritassprecher sagte, die Brücke bleibe gesperrt.", "Caritassprecher"),
])
def test_someone_only_described_speaks_for_the_named_body(extract, text, named):
    # "Angaben" is a noun here, not a form of "angeben": the employee makes no claim of his own
    assert [(c.source, c.source_span.text) for c in extract(text).claims] == [("org:caritas", named)]


def test_quotation_marks_around_the_source_name_make_no_direct_quote(extract):
    (claim,) = extract("Die Brücke bleibe gesperrt, schreibt die „Bergpost“.").claims
    assert (claim.kind, claim.quote) == ("indirect_speech", None)


def test_a_quotation_beside_a_quoted_title_is_the_direct_quote(extract):
    (claim,) = extract("„Die Brücke bleibt zu“, schreibt die „Bergpost“.").claims
    assert (claim.kind, claim.quote) == ("direct_quote", "Die Brücke bleibt zu")


@pytest.mark.parametrize("sentence", [
    "Die Brücke werde im Mai eröffnet, präzisierte Bürgermeisterin Anna Berger am Montag.",
    "Bürgermeisterin Anna Berger besteht darauf, dass die Brücke im Mai eröffnet wird.",
    "Bürgermeisterin Anna Berger pochte darauf, dass die Brücke im Mai eröffnet wird.",
    "Bürgermeisterin Anna Berger schilderte, wie die Brücke einstürzte.",
    "Bürgermeisterin Anna Berger skizzierte am Montag die Pläne für die neue Brücke.",
])
def test_more_verbs_of_saying(extract, sentence):
    assert [c.source for c in extract(sentence).claims] == ["person:anna-berger"]


def test_insisting_needs_its_object(extract):
    # "pochen auf" a thing is no statement; "pochen darauf, dass …" is
    assert extract("Bürgermeisterin Anna Berger pochte auf die Einhaltung der Regeln.").claims == []


def test_an_estimate_names_its_source(extract):
    (claim,) = extract("Nach Schätzung der Weltbank wuchs die Wirtschaft um drei Prozent.").claims
    assert claim.source_span.text == "Weltbank"


def test_a_dateline_is_no_subject(extract):
    (claim,) = extract("Wien – Die Bürgermeisterin Anna Berger hat die Pläne scharf kritisiert.").claims
    assert claim.source == "person:anna-berger"


def test_a_pronoun_is_not_the_person_named_before_it_in_its_clause(extract):
    claims = extract("Karl Huber traf Anna Berger am Montag. Berger warf er vor, die Pläne zu verzögern.").claims
    assert [(c.source, c.source_span.text) for c in claims if c.sentence == 2] == [("person:karl-huber", "er")]


def test_a_name_after_a_state_prefix_speaks(extract):
    (claim,) = extract("Der US-Sender NBC berichtete, dass die Brücke gesperrt sei.").claims
    assert claim.source_span.text == "NBC"


def test_the_polite_pronoun_in_a_question_names_no_speaker(extract):
    claims = extract("Die Gewerkschafter protestierten. Warum kritisieren Sie die Regierung so scharf?").claims
    assert all(c.sentence != 2 for c in claims), [(c.source, c.text) for c in claims]


def test_a_noun_without_an_article_is_no_person_a_pronoun_stands_for(extract):
    record = extract("Bürgermeisterin Anna Berger warnte vor dem Frost. Solche Winter gebe es selten, sagte sie.")
    assert [c.source for c in record.claims if "Winter" in c.text] == ["person:anna-berger"]


def test_a_spokesperson_speaks_for_an_unknown_body_in_the_genitive(extract):
    (claim,) = extract("Die Straße bleibe gesperrt, sagte ein Sprecher der Bezirkshauptmannschaft.").claims
    assert (claim.source, claim.source_span.text) == ("other:bezirkshauptmannschaft",
                                                       "Sprecher der Bezirkshauptmannschaft")


def test_a_toll_of_lives_is_no_demand(extract):
    assert extract("In Vietnam forderte der Taifun Xangsane 92 Menschenleben.").claims == []


@pytest.mark.parametrize("text, owner", [
    ("Bürgermeisterin Anna Berger sprach am Montag. Ihren Angaben nach ist die Brücke gesperrt.", "person:anna-berger"),
    ("Bürgermeisterin Anna Berger sprach am Montag. Die Brücke ist ihren Angaben zufolge gesperrt.",
     "person:anna-berger"),
    ("Bürgermeister Karl Huber besuchte das Lager. Seiner Meinung nach fehlt es an Decken.", "person:karl-huber"),
])
def test_a_possessive_before_a_report_noun_names_its_owner(extract, text, owner):
    claims = [c for c in extract(text).claims if c.sentence == 2]
    assert [c.source for c in claims] == [owner], claims


@pytest.mark.parametrize("text, speaker", [
    # a time between the verb and its subject
    ("Die Brücke bleibe gesperrt, versicherte am Freitag Bürgermeister Karl Huber.", "person:karl-huber"),
    # a demonstrative object between the verb and its subject
    ("Das war ein Fehler, kommentiert dies Karl Huber, der Anwalt der Familie.", "person:karl-huber"),
])
def test_words_between_verb_and_speaker_are_skipped(extract, text, speaker):
    assert [c.source for c in extract(text).claims] == [speaker]


def test_a_person_in_a_role_after_a_genitive_state_speaks(extract):
    (claim,) = extract("Die Lieferung komme bald, präzisierte Russlands Energieminister Alexander Nowak.").claims
    assert claim.source == "person:alexander-nowak"


def test_a_person_with_a_role_joined_by_und_speaks_too(extract):
    claims = extract("Innenministerin Anna Berger (ÖVP) und der neue Verteidigungsminister Karl Huber "
                     "erklärten, die Grenze bleibe offen.").claims
    assert {c.source for c in claims} == {"person:anna-berger", "person:karl-huber"}
    assert {c.source_span.text for c in claims} >= {"Verteidigungsminister Karl Huber"}


@pytest.mark.parametrize("text, sources", [
    ("Das Paket unterstützt auch der Abgeordnete Karl Huber, der betonte, es sei überfällig.",
     ["person:karl-huber"]),
    # extraposed after the verb of its clause
    ("Wenn andere dem Beispiel des Abgeordneten Karl Huber folgen, der erklärt hat, dagegen zu stimmen, "
     "wird es eng.", ["person:karl-huber"]),
    # hearsay: "soll" reports no statement of his
    ("Die Polizei sucht Karl Huber, der zum Sturm aufgerufen haben soll.", []),
])
def test_a_relative_pronoun_speaks_for_the_person_before_it(extract, text, sources):
    assert [c.source for c in extract(text).claims if c.source.startswith("person:")] == sources


@pytest.mark.parametrize("text", [
    "Bürgermeister Karl Huber rechnet damit, dass die Brücke im Mai öffnet.",
    "Bürgermeister Karl Huber schloss nicht aus, dass die Brücke gesperrt wird.",
    "Die Richter weisen auf die fehlende Rechtsgrundlage hin.",
    "Die Bürgermeister sehen die Sperre nicht als Problem an.",
])
def test_more_verbs_of_stating(extract, text):
    assert extract(text).claims, text


def test_excluding_something_without_a_clause_is_no_statement(extract):
    assert extract("Bürgermeister Karl Huber schloss den Abgeordneten aus der Partei aus.").claims == []


def test_who_is_quoted_with_words_speaks_not_who_quotes(extract):
    record = extract("Ein Radiosender zitierte Anna Berger mit den Worten: „Wir bleiben.“")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_the_paper_quoted_from_speaks_too(extract):
    record = extract("Die Deutsche Welle zitiert aus der Zeitung „Le Monde“, wonach die Brücke gesperrt sei.")
    assert {c.source for c in record.claims} >= {"org:deutsche-welle", "org:le-monde"}


def test_heisst_es_darin_points_back_to_the_last_source(extract):
    record = extract("Das Rote Kreuz hat einen Bericht veröffentlicht, sagte Anna Berger. "
                     "Die Lage sei ernst, heißt es darin.")
    assert record.claims[-1].source == "person:anna-berger"
    assert len(record.claims) == 2


def test_a_plural_denial(extract):
    assert "org:iwf" in [c.source for c in extract("Der IWF und die EZB dementierten den Bericht.").claims]


def test_a_name_in_the_genitive_owns_the_statement(extract):
    record = extract("Anna Berger besuchte die Stadt. Die Lage sei ernst, hieß es in einer am Montag "
                     "verbreiteten Erklärung Bergers.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


@pytest.mark.parametrize("text, source", [
    # a generic noun refers back to the body named last whose name ends in its head
    ("Das Auswärtige Amt warnt vor Reisen nach Rio. Außerdem weist das Amt auf erhöhte Kriminalität hin.",
     "org:auswaertiges-amt"),
    ("Das Innenministerium prüft den Fall. Die Frist laufe noch, teilte das Ressort mit.", "org:innenministerium"),
    # plural "die Rebellen" for the armed group named before
    ("Die FARC verhandeln in Havanna. Die Rebellen riefen die Regierung zu Gesprächen auf.", "org:farc"),
])
def test_a_generic_noun_speaks_for_the_body_named_before(extract, text, source):
    record = extract(text)
    assert record.claims[-1].source == source, [(c.source, c.cue) for c in record.claims]


def test_a_generic_noun_is_the_named_body_it_ends(extract):
    record = extract("Die US-Küstenwache suchte die Nacht über. Die Küstenwache hat für Montag eine Pressekonferenz "
                     "angekündigt, sagte ein Sprecher. Die Küstenwache erklärte, die Suche gehe weiter.")
    assert record.claims[-1].source == "org:us-kuestenwache", [(c.source, c.cue) for c in record.claims]


@pytest.mark.parametrize("text, source, span", [
    ("Der Fahrer hatte laut Polizeiangaben zu viel getrunken.", "other:polizei", "Polizeiangaben"),
    ("Nach ersten Behördenangaben wurden vier Häuser zerstört.", "other:behoerden", "Behördenangaben"),
    ("Zeitungsberichten zufolge tritt der Trainer zurück.", "other:zeitung", "Zeitungsberichten"),
    ("Nach Regierungsangaben ist die Brücke gesperrt.", "other:regierung", "Regierungsangaben"),
])
def test_a_report_compound_names_who_reports(extract, text, source, span):
    (claim,) = extract(text).claims
    assert (claim.source, claim.source_span.text, claim.kind) == (source, span, "reported")


def test_a_report_compound_needs_a_speaking_first_part(extract):
    assert extract("Nach Gewitterberichten blieb der Platz gesperrt.").claims == []
