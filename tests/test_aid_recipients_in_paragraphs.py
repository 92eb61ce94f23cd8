"""Who receives offered help in a paragraph: the state in need named in an earlier sentence (a
disaster in it, a conference for it, it receiving or hoping for help), the state relieved, and a
capital that help is sent to."""

from conftest import record_of


def recipients(nlp, text):
    record = record_of(nlp, text)
    return {o.provider: sorted(o.recipients) for o in record.aid_offers}


def test_state_receiving_help_in_an_earlier_sentence_is_helped(nlp):
    text = ("Im Kampf gegen die Überschwemmungen erhält Portugal Unterstützung aus mehreren Ländern. "
            "Spanien schickte 60 Feuerwehrleute samt Pumpen.")
    assert recipients(nlp, text).get("country:ES") == ["country:PT"]


def test_state_hoping_for_help_is_helped_by_the_next_sentence(nlp):
    text = ("Die Republik Moldau kann auf weitere Unterstützung hoffen. "
            "Frankreich sagte dem Präsidenten bei einem Besuch 50 Millionen Euro zu.")
    assert recipients(nlp, text).get("country:FR") == ["country:MD"]


def test_disaster_in_a_state_names_the_state_helped(nlp):
    text = ("Nach dem Erdbeben im Norden Nepals stellt Japan zehn Millionen Dollar Soforthilfe bereit. "
            "Zudem will Japan Zelte und Decken liefern.")
    assert recipients(nlp, text).get("country:JP") == ["country:NP"]


def test_conference_for_a_state_names_the_state_helped(nlp):
    text = ("Auf einer Geberkonferenz für den Jemen kamen Zusagen über eine Milliarde Dollar zusammen. "
            "Allein Schweden sagte 80 Millionen Dollar zu.")
    assert recipients(nlp, text).get("country:SE") == ["country:YE"]


def test_help_with_a_destination_of_its_own_keeps_it(nlp):
    text = ("Nach dem Erdbeben im Norden Nepals erhält das Land Hilfe. "
            "Indien schickte Zelte und Decken nach Bangladesch.")
    assert recipients(nlp, text).get("country:IN") == ["country:BD"]


def test_no_state_in_need_before_the_disaster(nlp):
    text = "Die Organisationen, die bereits vor dem Zyklon in Myanmar tätig waren, leisteten Hilfe mit Reis und Decken."
    assert "country:MM" not in {r for rs in recipients(nlp, text).values() for r in rs}


def test_another_paragraph_does_not_lend_its_state(nlp):
    text = ("Portugal erhält Unterstützung aus mehreren Ländern.\n\n"
            "Spanien schickte 60 Feuerwehrleute samt Pumpen.")
    assert recipients(nlp, text).get("country:ES") == []


def test_state_relieved_is_helped(nlp):
    text = "Deutschland will Italien bei der Versorgung von Flüchtlingen entlasten und 500 Menschen aufnehmen."
    assert "country:IT" in recipients(nlp, text).get("country:DE", [])


def test_capital_help_is_sent_to_is_its_state(nlp):
    text = "China schickte mehrere Frachtflugzeuge mit Zelten und Decken nach Kabul."
    assert recipients(nlp, text).get("country:CN") == ["country:AF"]


def test_own_capital_help_is_sent_to_is_no_recipient(nlp):
    text = "Die Bundeswehr brachte Zelte und Decken nach Berlin."
    assert all("country:DE" not in rs for rs in recipients(nlp, text).values())
