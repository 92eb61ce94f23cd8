"""Sources in short agency paragraphs: a headline above the text attributes nothing, the speaker of a
"wie X mitteilte" clause is X alone, "das Gericht" refers back to a court named "...gerichtshof",
and a bare "das Ministerium" is no other organisation named before."""
from __future__ import annotations

import kg
import pytest

from conftest import claim_sources


def _record(nlp, headline: str, body: str):
    return kg.extract(kg.article_from_text(f"{headline}\n\n{body}", title=headline, source="test"), nlp=nlp)


@pytest.mark.parametrize("headline", [
    "Huber verlangt Einsparungen",
    "Ministerin Huber sagt der Region rasche Hilfe zu",
])
def test_a_headline_attributes_nothing(nlp, headline):
    body = ("Im Streit um das Budget hat die Finanzministerin Anna Huber neue Sparpläne vorgelegt. "
            "„Wir müssen sparen“, sagte Huber am Dienstag.")
    record = _record(nlp, headline, body)
    assert all(c.sentence != 0 for c in record.claims)
    assert "person:anna-huber" in [c.source for c in record.claims]


def test_a_first_line_ending_in_a_full_stop_is_a_sentence(nlp):
    # (a teaser used as a title line, as in the 10kGNAD articles, is a sentence of the text)
    teaser = "Anna Huber verlangte am Montag Einsparungen bei den Förderungen."
    record = _record(nlp, teaser, "Die Opposition lehnt das ab.")
    assert any(c.sentence == 0 and c.source == "person:anna-huber" for c in record.claims)


@pytest.mark.parametrize("sentence", [
    "Spanien und Portugal schickten je drei Löschflugzeuge, wie Innenminister Paulo Sousa mitteilte.",
    "Die Polizei hat zwei Männer festgenommen, wie Bürgermeister Karl Brunner am Abend bestätigte.",
])
def test_the_speaker_of_a_wie_clause_is_the_one_in_it(extract, sentence):
    sources = [key for key, _ in claim_sources(extract(sentence))]
    assert len(sources) == 1 and sources[0].startswith("person:")


def test_das_gericht_refers_back_to_a_gerichtshof(extract):
    record = extract("Der Europäische Gerichtshof (EuGH) hat am Mittwoch ein Urteil zu Flugrechten gefällt. "
                     "Die Airlines müssten auch bei Streiks zahlen, teilte das Gericht in Luxemburg mit.")
    court = [c.source for c in record.claims if c.sentence == 2]
    assert court and all(key != "other:gericht" for key in court)
    assert record.actor(court[0]) is not None and record.actor(court[0]).label in ("EuGH", "Europäischer Gerichtshof")


def test_das_ministerium_is_no_other_organisation(extract):
    record = extract("Verteidigungsministerin Anna Berger stellte den Plan am Mittwoch vor. "
                     "Der Bundeswehr fehlen derzeit viele Soldaten. "
                     "Wie die „Rheinische Post“ berichtete, rechnet das Ministerium mit hohen Kosten.")
    assert "org:bundeswehr" not in [c.source for c in record.claims]


def test_ruling_something_out_is_a_statement_of_its_speaker(nlp):
    from conftest import record_of
    record = record_of(nlp, "Finanzminister Wolfgang Schäuble schloss einen Schuldenschnitt am Montag erneut aus.")
    assert [c.source for c in record.claims] == ["person:wolfgang-schaeuble"]
