"""A definite common noun for a state ("in dem südamerikanischen Land", "für das Land", "in den
Bundesstaat") in an offer with no receiver of its own refers back to the state named last before it
that is not the giver, and names it helped. Not an indefinite or quantified one ("jedem Land"), not
the giver's own ("ihrem eigenen Land"), and not a bare "im Land" right after sentences about the
giver alone.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("text, provider, recipient", [
    # a describing adjective re-identifies a state other than the giver, named further back
    ("Die Regierung Kolumbiens verhandelt mit der Guerilla. "
     "Die USA wollen in dem südamerikanischen Land beim Räumen von Minen helfen.", "country:US", "country:CO"),
    # where help is sent
    ("Die Regierung Malis verhandelt mit den Rebellen. Frankreich schickt 500 Soldaten in das Land.",
     "country:FR", "country:ML"),
    # whom it is for
    ("Die Regierung Malis verhandelt mit den Rebellen. Die EU stellt für das Land 50 Millionen Euro bereit.",
     "org:eu", "country:ML"),
    # a federal state: the one named last
    ("Im US-Bundesstaat South Carolina sind fünf Menschen ums Leben gekommen. "
     "Aus Washington sollen Mittel in den Bundesstaat fließen.", "country:US", "place:region-south-carolina"),
])
def test_state_referred_back_is_helped(extract, text, provider, recipient):
    found = offers(extract(text))
    assert any(p == provider and recipient in r for p, r, *_ in found), found


@pytest.mark.parametrize("text", [
    # the giver's own land
    "Deutschland hat viele Flüchtlinge aufgenommen. Die Regierung will den Menschen im Land helfen.",
    # the giver was talked about last: "im Land" is its own
    "Kolumbien verhandelt mit der Guerilla. Die USA kritisieren die Gespräche. "
    "Washington will nun den Bauern im Land helfen.",
    # no state in particular
    "Die Regierung Kolumbiens verhandelt mit der Guerilla. Die USA wollen jedem Land helfen, das Frieden schließt.",
    "Die Regierung Kolumbiens verhandelt mit der Guerilla. Die USA wollen ihrem eigenen Land helfen.",
])
def test_no_state_referred_back(extract, text):
    assert not any(r for _p, r, *_ in offers(extract(text))), offers(extract(text))
