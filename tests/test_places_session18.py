"""Places on unseen news (session 18): a town that names a club in a match's report is no place,
its ground is."""

import pytest

from conftest import record_of


def places(nlp, text):
    return {p.label for p in record_of(nlp, text).places}


@pytest.mark.parametrize("text, town", [
    ("Die Gastgeber feierten mit einem 2:0 gegen Freiburg den dritten Sieg in Serie.", "Freiburg"),
    ("Nach dem Eigentor stand es Bochum 1:1, dann kippte die Partie.", "Bochum"),
    ("Ergebnisse vom Samstag: Hannover 96 - Eintracht Trier 2:2 (1:0)", "Hannover"),
    ("Kurz vor der Pause fiel das 1:0 für Osnabrück durch einen Kopfball.", "Osnabrück"),
    ("Der Abwehrchef fehlte beim 3:1 gegen Lecce wegen einer Sperre.", "Lecce"),
])
def test_a_town_that_plays_a_match_is_its_club(nlp, text, town):
    assert town not in places(nlp, text)


@pytest.mark.parametrize("text, town", [
    ("Das Team gewann am Sonntag in Freiburg mit 2:0.", "Freiburg"),  # the ground
    ("Regensburg – Das Spiel der Gastgeber endete 1:1, die Fans pfiffen.", "Regensburg"),  # a dateline
    ("Die Demonstranten protestierten gegen Pläne der Stadt, in Bochum ein Stadion zu bauen.", "Bochum"),
    ("Der Zug nach Osnabrück fährt um 16:30 Uhr ab.", "Osnabrück"),  # a time, no result
])
def test_a_ground_a_dateline_or_a_town_without_a_match_stays_a_place(nlp, text, town):
    assert town in places(nlp, text)


def test_a_dateline_after_a_headline_with_a_result_stays_a_place(nlp):
    text = "Trainer darf nach 0:4-Blamage bleiben – \"Wir stehen zu ihm\". Lissabon – Die Klubführung " \
           "hat dem Trainer nach der Niederlage den Rücken gestärkt."
    assert "Lissabon" in places(nlp, text)


def geocoded(nlp, text):
    return {p.label: p.geonames for p in record_of(nlp, text).places}


@pytest.mark.parametrize("text, town, geonames", [
    ("Die Messe in Klagenfurt zog heuer weniger Besucher an.", "Klagenfurt", 2774326),
    ("Der Bischof von St. Pölten feierte die Messe.", "St. Pölten", 2766429),
    ("Das Weltcupspringen in Lillehammer wurde verschoben.", "Lillehammer", 3147474),
    ("Im Stadion von Krems spielten zwei Amateurteams.", "Krems", 2773549),
])
def test_a_town_by_the_short_name_the_press_gives_it_is_geocoded(nlp, text, town, geonames):
    assert geocoded(nlp, text).get(town) == geonames


def test_the_full_name_of_a_town_still_finds_it(nlp):
    assert geocoded(nlp, "Er wohnt in Klagenfurt am Wörthersee.").get("Klagenfurt am Wörthersee") == 2774326


def test_short_names_are_aliases_of_one_town_only():
    from kg.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    owners = [key for key, entry in gazetteer.entries.items() if "Klagenfurt" in entry.aliases]
    assert owners == ["place:2774326"]
    assert "St. Pölten" in gazetteer.entries["place:2766429"].aliases


@pytest.mark.parametrize("text, word", [
    ("Für Drahtlosverbindungen beherrscht das Handy Bluetooth 4.2 und WLAN.", "Bluetooth"),
    ("Rapid: Strebinger – Pavelic, Hofmann, Dibon, Sonnleitner – Petsos, Schwab", "Petsos"),
    ("Die Sängerin ist vor Scham fast im Boden versunken.", "Scham"),
    ("Die neue Version des Handys kommt mit Android und einem größeren Akku.", "Android"),
])
def test_a_name_only_the_tagger_calls_a_place_is_none_without_context(nlp, text, word):
    assert word not in places(nlp, text)


@pytest.mark.parametrize("text, town", [
    ("Ein Gericht im US-Bundesstaat Virginia gab der Klage statt.", "Virginia"),
    ("Die Häftlinge wurden von Westerbork nach Sobibór deportiert.", "Westerbork"),
    ("Das Containerdorf von Amygdaleza liegt nordwestlich von Athen.", "Amygdaleza"),
    ("Die Urlauber flogen über Ostern in die Karibik.", "Karibik"),
    ("Das Exilparlament im indischen Dharamshala widersprach.", "Dharamshala"),
    ("Der Brand brach in der Nähe von Lübbenau aus.", "Lübbenau"),
    ("Litvinov/Hamar – Beide Teams verloren ihre Heimspiele.", "Litvinov"),
    ("Die Armee meldete die Einnahme des Dorfes Nowoselowka im Gebiet Donezk.", "Nowoselowka"),
    ("Die Reserve soll für Einsätze im Raum Mitrovica bereitstehen.", "Mitrovica"),
    ("Die Fähre fuhr von Kimbe auf Neubritannien nach Lae.", "Neubritannien"),
    ("Migranten aus Lateinamerika und der Karibik schicken Geld nach Hause.", "Karibik"),
    ("Die Produktion im Werk Aurskog östlich von Oslo wurde ausgesetzt.", "Aurskog"),
    ("Der Gouverneur von Virginia gilt als möglicher Kandidat.", "Virginia"),
    ("Bombenanschläge in Dublin und Monaghan gingen auf ihr Konto.", "Monaghan"),
    ("Am Abend bebte bei Lauffenburg in der Schweiz die Erde.", "Lauffenburg"),
])
def test_a_name_placed_by_its_context_stays_a_place(nlp, text, town):
    assert town in places(nlp, text)


def test_a_particle_closing_the_next_main_clause_is_not_the_first_verbs(nlp):
    # "legte zu" is the second clause's verb: the index "gab nach", no one "gab zu" (admitted)
    record = record_of(nlp, "Der Leitindex Nikkei gab nach, der Euro Stoxx 50 legte zu.")
    assert not record.claims


def test_a_particle_closing_the_verbs_own_clause_still_counts(nlp):
    record = record_of(nlp, "Der Minister gab am Montag zu, dass er die Zahlen gekannt habe.")
    assert [claim for claim in record.claims if "gab" in claim.cue]
