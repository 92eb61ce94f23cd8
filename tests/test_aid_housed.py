"""Being housed or cared for: the state of being housed ("sind ... untergebracht") in a named
body's place makes that body the giver, as the passive does; soldiers or fighters housed somewhere
are quartered, not helped.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("sentence, provider", [
    ("Die Asylwerber sind seit dem Frühjahr in Containern der Volkshilfe untergebracht.", "org:volkshilfe"),
    ("Die Familien sind in Wohnungen der Caritas untergebracht.", "org:caritas"),
    # places of care in an umlaut plural
    ("Die Verletzten wurden in Spitälern der Stadt Graz versorgt.", "org:stadt-graz"),
    # soldiers who house others still give
    ("Soldaten des Bundesheeres haben am Grenzübergang 200 Flüchtlinge in Zelten untergebracht.", "org:bundesheer"),
])
def test_housed_in_a_bodys_place(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [p for p, *_ in found] == [provider], found


@pytest.mark.parametrize("sentence", [
    # troops quartered, in a passive or a state
    "Die Soldaten der Bundeswehr sind in einer Kaserne in Rukla untergebracht.",
    "Die 300 Soldaten wurden in Zelten der rumänischen Armee untergebracht.",
    # a state of being housed in no named body's place
    "Die Asylwerber sind seit dem Frühjahr in Containern am Stadtrand untergebracht.",
])
def test_no_offer(extract, sentence):
    assert offers(extract(sentence)) == []
