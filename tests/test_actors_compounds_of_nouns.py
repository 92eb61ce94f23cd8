"""A hyphenated ordinary noun is no organisation, though the statistical NER may take it for one:
a known name before a noun the lookup table lacks ("aus FPÖ-Sicht", "das SPD-Image") is a mention
of that name, and a compound of ordinary nouns ("mit Saubermann-Image") names nothing; one that
ends in the word for a body ("Arbeiter-Samariter-Bund") still can. The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    return {a.label for a in record.actors}


@pytest.mark.parametrize("sentence, not_label", [
    ("Die aus FPÖ-Sicht zentrale Forderung nach Autonomie fehle im Entwurf, sagte der Abgeordnete.", "FPÖ-Sicht"),
    ("Aus Neos-Sicht ist die Reform ein Rückschritt, sagte Klubchef Scherak.", "Neos-Sicht"),
    ("Der Kandidat präsentiert sich lieber als Außenseiter mit Saubermann-Image.", "Saubermann-Image"),
    ("Die Partei kämpft seit Jahren mit ihrem Verlierer-Image, sagte der Politologe.", "Verlierer-Image"),
])
def test_a_compound_noun_is_no_organisation(extract, sentence, not_label):
    assert not_label not in labels(extract(sentence))


@pytest.mark.parametrize("sentence, label", [
    ("Der Arbeiter-Samariter-Bund schickte am Montag zwei Hilfskonvois in das Erdbebengebiet.",
     "Arbeiter-Samariter-Bund"),
])
def test_a_compound_ending_in_a_body_may_name_one(extract, sentence, label):
    assert label in labels(extract(sentence))
