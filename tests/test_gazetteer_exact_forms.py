"""A name written exactly as one entry's alias finds that entry, even where its stem is another's."""

from __future__ import annotations

from kg.nlp.gazetteer import load_gazetteer


def test_a_town_written_exactly_beats_a_bigger_one_with_the_same_stem():
    gazetteer = load_gazetteer()
    kilis = gazetteer.lookup(["Kilis"])  # stems like "Kilin", an alias of the Chinese city Jilin
    assert gazetteer.entries[kilis].name == "Kilis" and gazetteer.entries[kilis].country == "TR"
    assert gazetteer.match_at(["kili"], 0, ["Kilis"]) == (1, kilis)


def test_a_case_form_keeps_the_ranking_between_namesakes():
    gazetteer = load_gazetteer()
    # "der Grünen" is a case form of the first-ranked party's alias "Grüne", not a cue for the
    # other party that lists "Grünen" itself (which party the article means is decided later)
    assert gazetteer.lookup(["Grünen"]) == gazetteer.lookup(["Grüne"])
    assert gazetteer.lookup(["Irans"]) == "country:IR"
