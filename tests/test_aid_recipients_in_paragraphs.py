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


def test_state_that_asked_for_help_in_an_earlier_paragraph_is_helped(nlp):
    text = ("Nach heftigen Stürmen hat Albanien internationale Hilfe angefordert. Mehrere Dörfer sind überflutet.\n\n"
            "Griechenland schickte zwei Hubschrauber. Auch Italien bot Unterstützung an.")
    found = recipients(nlp, text)
    assert found.get("country:GR") == ["country:AL"] and found.get("country:IT") == ["country:AL"]


def test_a_headline_asking_for_help_names_no_asker(nlp):
    text = ("Dürre in Kenia: UN bitten um Hilfe, Paris sagt Geld zu\n\n"
            "Die Dürre hält an. Schweden erklärte sich bereit, zehn Millionen Euro bereitzustellen.")
    assert recipients(nlp, text).get("country:SE") in (None, [])


def test_militia_backed_by_a_state_is_the_armed_group_named_before(nlp):
    text = "Die Hamas lehnt die Waffenruhe ab. Die vom Iran unterstützte Miliz feuerte erneut Raketen ab."
    assert recipients(nlp, text).get("country:IR") == ["org:hamas"]


def test_militias_backed_by_a_state_with_no_name_receive_unnamed(nlp):
    text = "Die von Russland unterstützten Milizen rückten weiter vor."
    assert recipients(nlp, text).get("country:RU") == []


def test_state_promised_help_by_unnamed_givers_is_helped_and_gives_nothing(nlp):
    text = ("Beim Gipfel haben mehrere Mitgliedstaaten Zypern Unterstützung zugesagt. "
            "Frankreich stellt 20 Polizisten bereit.")
    found = recipients(nlp, text)
    assert "country:CY" not in found and found.get("country:FR") == ["country:CY"]


def test_help_after_the_lead_goes_to_the_state_the_story_is_set_in(nlp):
    text = ("Quito – Kolumbien hat Ecuador nach dem Erdbeben 40 Rettungskräfte geschickt. Die Helfer trafen am "
            "Montag ein.\n\nPeru bot Zelte und Decken an.")
    assert recipients(nlp, text).get("country:PE") == ["country:EC"]


def test_help_after_a_lead_with_several_givers_goes_to_the_state_they_help(nlp):
    text = ("Spanien und Italien sagten Griechenland am Montag Löschflugzeuge zu.\n\n"
            "Frankreich will 100 Feuerwehrleute schicken.")
    assert recipients(nlp, text).get("country:FR") == ["country:GR"]


def test_help_after_a_lead_with_one_giver_elsewhere_keeps_no_recipient(nlp):
    text = "Kolumbien hat Ecuador nach dem Erdbeben 40 Rettungskräfte geschickt.\n\nPeru bot Zelte und Decken an."
    assert recipients(nlp, text).get("country:PE") == []


def test_help_told_before_the_state_is_helped_keeps_no_recipient(nlp):
    text = ("Quito – Nach dem Erdbeben bot Peru Zelte und Decken an.\n\n"
            "Kolumbien hat Ecuador 40 Rettungskräfte geschickt.")
    assert recipients(nlp, text).get("country:PE") == []


def test_a_headline_naming_the_state_hit_is_no_lead(nlp):
    text = ("Erdbeben in Ecuador: Kolumbien hilft\n\nQuito – Nach dem Erdbeben bot Peru Zelte und Decken an.\n\n"
            "Kolumbien hat Ecuador 40 Rettungskräfte geschickt.")
    assert recipients(nlp, text).get("country:PE") == []
