"""Offers of aid in short news paragraphs: who reports is no giver, an earlier disaster names the state
helped, a participle before its noun gives nothing, and the state helped is no giver of its own aid."""

from conftest import record_of


def offers(nlp, text):
    rec = record_of(nlp, text)
    return [(o.provider, sorted(o.recipients)) for o in rec.aid_offers]


def test_name_after_laut_and_a_role_gives_nothing(nlp):
    found = offers(nlp, "Laut Feuerwehrsprecher Jannis Petrakis sind mehr als 400 Einsatzkräfte im Einsatz.")
    assert not any(p == "person:jannis-petrakis" for p, _ in found)


def test_participle_after_an_adverb_before_its_noun_is_no_offer(nlp):
    found = offers(nlp, "Der Minister Pavlo Kuzmenko bat um weitere Munition für die bereits gelieferten Panzer.")
    assert not any(p == "person:pavlo-kuzmenko" for p, _ in found)


def test_state_in_need_named_in_the_lead_is_helped(nlp):
    text = ("Nach dem schweren Erdbeben im Osten Albaniens ist die Zahl der Toten auf 40 gestiegen. "
            "Das teilte die Behörde am Dienstag mit. Die Menschen verbrachten die Nacht im Freien. "
            "Viele Straßen sind nicht befahrbar. Der Regen erschwert die Suche. "
            "Italien schickte noch am Vormittag ein Team von 30 Bergungsspezialisten.")
    assert ("country:IT", ["country:AL"]) in offers(nlp, text)


def test_speaker_taken_for_the_state_helped_does_not_give(nlp):
    text = ("Port Sudan (dpa) – Frankreich stockte seine humanitäre Hilfe für den Sudan um 20 Millionen Euro auf. "
            "Das gab die Ministerin in Paris bekannt. Die Lage sei dramatisch, sagte sie. "
            "Die Mittel sollen nach Angaben des Entwicklungsministeriums vor allem an Unicef gehen.")
    found = offers(nlp, text)
    assert not any(p == "country:SD" for p, _ in found)


def test_ruling_out_foreign_troops_withholds_no_help(nlp):
    found = offers(nlp, "Serbien lehnt jede Präsenz ausländischer Truppen im Kosovo strikt ab.")
    assert not any(p == "country:RS" for p, _ in found)


def test_ruling_out_own_troops_is_still_refused_help(nlp):
    found = offers(nlp, "Die USA schlossen die Entsendung eigener Bodentruppen in die Ukraine aus.")
    assert any(p == "country:US" for p, _ in found)
