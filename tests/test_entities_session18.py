"""Actors on news kg has not seen (session 18): names that end in -s keep it where they stand in
apposition to a noun for a person, a genitive before its noun's adjectives loses it, and a noun
for what a person is that the NER took into the name is left out of it.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import actor_labels


# -- a name's own -s after a noun for a person -------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Am Montag stellte der walisische Sänger Tom Jones in London ein neues Album vor.", "Tom Jones"),
    ("Im Halbfinale traf die Österreicherin Barbara Haas auf eine Qualifikantin aus Polen.", "Barbara Haas"),
    ("Nach dem Spiel sagte Mittelfeldspieler Toni Kroos, die Mannschaft habe Glück gehabt.", "Toni Kroos"),
    ("Die Bürgerrechtsikone Rosa Parks wurde 1955 in Montgomery verhaftet.", "Rosa Parks"),
    ("Der Brite Adam Yates erreichte das Ziel zeitgleich mit dem Australier Richie Porte.", "Adam Yates"),
])
def test_a_name_after_a_noun_for_a_person_keeps_its_s(extract, text, name):
    assert name in actor_labels(extract(text))


@pytest.mark.parametrize("text, name", [
    # a thing or deed of the person: the genitive
    ("Der Rücktritt Horst Köhlers kam für die Koalition überraschend.", "Horst Köhler"),
    ("Die Ausstellung zeigt Werke Egon Schieles aus der Sammlung eines Wiener Händlers.", "Egon Schiele"),
    # someone's relative or follower: the genitive too
    ("Bei der Feier sprach auch die Tochter Bernd Lindemanns über ihren Vater.", "Bernd Lindemann"),
    ("In Kairo demonstrierten Tausende Anhänger Mohammed Mursis gegen das Militär.", "Mohammed Mursi"),
])
def test_a_genitive_after_a_noun_still_loses_its_s(extract, text, name):
    assert name in actor_labels(extract(text))


# -- a genitive before its noun's adjectives -------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Im Kino läuft ab Donnerstag Maria Schraders neuer Film über den Schriftsteller Stefan Zweig.", "Maria Schrader"),
    ("Die Kritiker lobten Forrest Gumps bessere Hälfte als Glanzrolle der Schauspielerin.", "Forrest Gump"),
    ("Das Theater zeigt Werner Schwabs „Volksvernichtung“ in einer neuen Inszenierung.", "Werner Schwab"),
])
def test_a_genitive_before_adjectives_or_a_title_loses_its_s(extract, text, name):
    assert name in actor_labels(extract(text))


def test_the_agent_of_a_participle_keeps_its_s(extract):
    labels = actor_labels(extract("Das Motto war ein von Apple-Gründer Steve Jobs verwendetes Zitat aus den "
                                  "achtziger Jahren."))
    assert "Steve Jobs" in labels and "Steve Job" not in labels


# -- a noun for what the person is ---------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Die Sängerin erinnert dabei an Schlagerveteranin Mireille Mathieu und ihre frühen Aufnahmen.",
     "Mireille Mathieu"),
    ("Georg Riha hat den Pausenfilm gedreht. Wir spielen mit den Klischees, sagt Dokumentarfilmer Riha.",
     "Georg Riha"),
])
def test_a_noun_for_what_the_person_is_stays_out_of_the_name(extract, text, name):
    labels = actor_labels(extract(text))
    assert name in labels and not any(label != name and label.endswith(name.split()[-1]) for label in labels)


def test_a_given_name_that_is_also_a_noun_stays_in_the_name(extract):
    assert "Parker Posey" in actor_labels(extract("In der Komödie spielt Parker Posey eine verliebte Kollegin."))


# -- events, prizes and eras -------------------------------------------------------------------------
@pytest.mark.parametrize("text, event", [
    ("Die Tennisspielerin verzichtet in diesem Jahr auf die Teilnahme an den Australian Open.", "Australian Open"),
    ("Die Autorin erhielt für ihren Roman den Prix Goncourt und wurde bald weltbekannt.", "Prix Goncourt"),
    ("Beim Saisonfinale der Rallye-WM in Wales holte das Team den dritten Titel.", "Rallye-WM"),
    ("Mit dem Ende der Kohl-Ära begann für die Partei eine schwierige Zeit.", "Kohl-Ära"),
    ("Der Schauspieler gewann 1990 einen Emmy Award für seine Rolle in der Serie.", "Emmy Award"),
])
def test_an_event_prize_or_era_is_no_actor(extract, text, event):
    labels = actor_labels(extract(text))
    assert event not in labels and "Australien" not in labels and "Australia" not in labels


@pytest.mark.parametrize("text, name", [
    # a name after the word of an era or war is its genitive or apposition, no event
    ("In der Ära Angela Merkels hat die CDU viele Wähler in der Mitte gewonnen.", "Angela Merkel"),
    # a name whose last letters are those of a short event word
    ("Das Institut für die Wissenschaften vom Menschen (IWM) lädt am Montag zu einer Debatte.", "IWM"),
])
def test_names_beside_event_words_stay_actors(extract, text, name):
    assert any(name in label for label in actor_labels(extract(text)))


# -- the review of these rules (sentences that their first version misread) --------------------------
@pytest.mark.parametrize("text, name", [
    # a plural noun for things or relatives takes a genitive
    ("Die Bilder Picassos wurden in Paris versteigert.", "Picasso"),
    ("Die Kinder Niki Laudas trauern um ihren Vater.", "Niki Lauda"),
    # a predicate after a copula is no genitive's noun; an adverb is no adjective of one
    ("Seit Montag ist Markus Haas neuer Chef der Telekom.", "Markus Haas"),
    ("2015 wurde Nikos Pappas erneut Staatsminister.", "Nikos Pappas"),
    # an oblique adjective after a copula still is
    ("Das war Maria Schraders neuem Kinofilm zu verdanken.", "Maria Schrader"),
    # a person whose surname is an event word
    ("Der Nahost-Experte Andreas Krieg vom King's College sagte, der Konflikt werde andauern.", "Andreas Krieg"),
    # firms whose names open with an event word
    ("Die EM Sport Media AG meldet Verluste.", "EM Sport Media AG"),
    ("Die Open Knowledge Foundation fordert mehr Transparenz.", "Open Knowledge Foundation"),
])
def test_names_after_the_review(extract, text, name):
    assert name in actor_labels(extract(text))


def test_a_sponsor_inside_an_event_is_no_actor(extract):
    assert "Erste Bank" not in actor_labels(extract("Beim Tennisturnier Erste Bank Open in Wien gewann Dominic Thiem."))
