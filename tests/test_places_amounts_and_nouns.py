"""After a bare "in", an ordinary noun the tagger took for a place ("in Luxusautos") and an
amount ("in Milliardenhöhe") are no places; a town is ("in Hopfgarten")."""

import pytest

from conftest import record_of


@pytest.mark.parametrize("text, word", [
    ("Laut Anklage flossen die Gelder großteils in Luxusautos und eine Villa in Dubai.", "Luxusautos"),
    ("Auf die Bank könnten Rückzahlungen in Milliardenhöhe zukommen.", "Milliardenhöhe"),
])
def test_nouns_and_amounts_after_in_are_no_places(nlp, text, word):
    assert word not in {p.label for p in record_of(nlp, text).places}


def test_a_town_after_in_is_a_place(nlp):
    assert "Hopfgarten" in {p.label for p in record_of(nlp, "Die Familie lebt in Hopfgarten.").places}
