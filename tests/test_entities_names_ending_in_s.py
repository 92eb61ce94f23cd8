"""A name ending in -s after a noun is a genitive ("Der Sohn Frank Stronachs") except after the bare
noun of a preposition, which a genitive does not follow: "der Sprecher für Außenpolitik Hans Kraus"
is Hans Kraus, not "Hans Krau". The sentences are made up."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels


@pytest.mark.parametrize("sentence, label", [
    ("Der Sprecher für Außenpolitik Hans Kraus sagte, das sei falsch.", "Hans Kraus"),
    ("Der Beauftragte für Menschenrechte Thomas Maas kritisierte das Urteil.", "Thomas Maas"),
    # genitives after a noun keep losing their -s
    ("Der Sohn Frank Stronachs sagte nichts.", "Frank Stronach"),
    ("Im Magna-Konzern Frank Stronachs gibt es Streit.", "Frank Stronach"),
    ("Die Armee Baschar al-Assads eroberte die Stadt.", "Baschar al-Assad"),
])
def test_person_name_keeps_or_loses_its_s(extract, sentence, label):
    assert label in actor_labels(extract(sentence))
