"""An adjective capitalised only because it opens a headline or sentence is no name, also where
spaCy's lookup table lists it only in its capitalised form ("Heikle" -> "heikel"); a person named
in full keeps a surname that is also an adjective ("Kluge"). The sentences are made up."""

from __future__ import annotations

import kg


def labels_of(text: str) -> set[str]:
    return {a.label for a in kg.extract(kg.article_from_text(text)).actors}


def test_a_headline_adjective_is_no_person():
    found = labels_of("Heikle Lage vor der Abstimmung im Parlament\n\n"
                      "Die Regierung von Kanzler Olaf Scholz muss am Freitag um ihre Mehrheit bangen.")
    assert "Heikle" not in found


def test_a_surname_like_an_adjective_stays():
    found = labels_of("Filmemacher ausgezeichnet\n\nDer Regisseur Alexander Kluge erhielt am Sonntag den Preis. "
                      "Kluge sagte, er freue sich sehr.")
    assert "Alexander Kluge" in found
