"""A spokesperson or head of a named body speaks for that body, not for the state the body belongs
to: "eine Sprecherin des Bundesverfassungsgerichts" is the court's voice (the guidelines list courts
and ministries as actors of their own), wherever the sentence stands. An unnamed body of a state
("des iranischen Militärs") still speaks for the state. The sentences are made up."""

from __future__ import annotations

import pytest

from tests.conftest import source_labels


OPENING = "Die Bundesregierung tagte am Montag in Berlin.\n\n"


@pytest.mark.parametrize("text, body", [
    (OPENING + "Gestern hat eine Sprecherin des Bundesverfassungsgerichts mitgeteilt, dass die Klage abgewiesen wurde.",
     "Bundesverfassungsgericht"),
    ("Das ist gut.\n\nGestern hat ein Sprecher des Bundesgerichtshofs mitgeteilt, dass die Revision verworfen wurde.",
     "Bundesgerichtshof"),
    ("Gestern hat eine Sprecherin des Bundesverfassungsgerichts mitgeteilt, dass die Klage abgewiesen wurde.",
     "Bundesverfassungsgericht"),
])
def test_spokesperson_speaks_for_the_body_not_its_state(extract, text, body):
    sources = set(source_labels(extract(text)))
    assert body in sources
    assert "Deutschland" not in sources


def test_spokesperson_of_a_state_organ_named_by_adjective_speaks_for_the_state(extract):
    sources = set(source_labels(extract("Ein Sprecher des iranischen Militärs sagte, man sei zu Gesprächen bereit.")))
    assert sources == {"Iran"}


def test_named_spokesperson_of_a_ministry_speaks_himself(extract):
    sources = set(source_labels(extract("Der Sprecher des Auswärtigen Amtes, Martin Schäfer, sagte, man sei bereit.")))
    assert sources == {"Martin Schäfer"}


def test_each_owner_of_a_listed_report_reports(extract):
    sources = source_labels(extract("Angaben des Innenministeriums und des Roten Kreuzes zufolge starben zwei Menschen."))
    assert sorted(sources) == ["Innenministerium", "Rotes Kreuz"]


def test_whose_adviser_someone_is_takes_no_role(extract):
    record = extract("Der Berater für Außenpolitik Angela Merkels, Christoph Heusgen, sagte, das sei falsch.")
    merkel = next(a for a in record.actors if a.label == "Angela Merkel")
    assert merkel.role != "Berater"
