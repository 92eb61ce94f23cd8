""""Der Geheimdienst" alone is a generic body, as "das Ministerium" and "die Staatsanwaltschaft" are
(annotators list no such actor); a service named as a compound ("der Militärgeheimdienst") or known
by name ("der Bundesnachrichtendienst") stays one. The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    """The named actors (a generic body may still be cited, as an unnamed source)."""
    return {a.label for a in record.actors if a.named}


@pytest.mark.parametrize("sentence", [
    "Der frühere Präsident soll in den Siebzigerjahren für den kommunistischen Geheimdienst gearbeitet haben.",
    "Nach Angaben des Nachrichtendienstes wurden drei Verdächtige festgenommen.",
])
def test_a_bare_service_is_no_actor(extract, sentence):
    found = labels(extract(sentence))
    assert not {"Geheimdienst", "Nachrichtendienst"} & found


@pytest.mark.parametrize("sentence, label", [
    ("Der Militärgeheimdienst warnte am Montag vor neuen Anschlägen.", "Militärgeheimdienst"),
    ("Der Bundesnachrichtendienst warnte am Montag vor neuen Anschlägen.", "Bundesnachrichtendienst"),
])
def test_a_named_service_stays(extract, sentence, label):
    assert any(label in found for found in labels(extract(sentence)))
