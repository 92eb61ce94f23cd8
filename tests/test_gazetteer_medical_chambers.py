"""Austria's medical chamber is "die Ärztekammer" in Austrian news, as the Wirtschaftskammer is
the WKÖ, and the Vienna chamber ("Ärztekammer für Wien") is a body of its own; the German
Bundesärztekammer stays itself. The sentences are made up."""

from __future__ import annotations

import pytest


def keys(record) -> set[str]:
    return {a.key for a in record.actors}


@pytest.mark.parametrize("sentence, key", [
    ("Wien – Die Ärztekammer lehnt die Gesundheitsreform der Regierung ab.", "org:aerztekammer-oesterreich"),
    ("Das kritisierte Johannes Huber, Vizepräsident der Ärztekammer für Wien.", "org:aerztekammer-wien"),
    ("Berlin – Die Bundesärztekammer warnte vor einem Mangel an Hausärzten.", "org:bundesaerztekammer"),
])
def test_medical_chambers(extract, sentence, key):
    assert key in keys(extract(sentence))


def test_the_vienna_chamber_is_not_the_austrian_one(extract):
    found = keys(extract("Das kritisierte Johannes Huber, Vizepräsident der Ärztekammer für Wien."))
    assert "org:aerztekammer-oesterreich" not in found
