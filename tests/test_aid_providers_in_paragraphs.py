"""Providers of aid offers in paragraphs (session 11): the federal government named as
"die Bundesregierung", "der Bund" or (in Switzerland) "die Landesregierung" is the state the
article is written in, by its dateline (also with the agency: "Graz (APA) –"), else Germany; and a
state's armed force or military unit acts for the state that was just reported to send it."""

from conftest import record_of as extract


def providers(nlp, text):
    record = extract(nlp, text)
    labels = {actor.key: actor.label for actor in record.actors}
    return [labels.get(o.provider, o.provider) for o in record.aid_offers]


def actor_labels(nlp, text):
    return {actor.label for actor in extract(nlp, text).actors}


def test_bundesregierung_under_an_austrian_dateline_is_austria(nlp):
    text = ("Graz (APA) – Nach den Überschwemmungen in Slowenien sind Pioniere des Bundesheeres "
            "aufgebrochen. Die Bundesregierung stellt zudem zwei Millionen Euro für die Opfer bereit.")
    assert "Österreich" in providers(nlp, text)
    assert "Deutschland" not in actor_labels(nlp, text)


def test_bundesregierung_under_a_german_dateline_stays_germany(nlp):
    text = ("Hamburg (dpa) – Die Bundesregierung stellt den Opfern der Überschwemmungen in Slowenien "
            "zwei Millionen Euro bereit.")
    assert providers(nlp, text) == ["Deutschland"]


def test_der_bund_under_a_swiss_dateline_is_switzerland(nlp):
    text = ("Zürich (sda) – Nach dem Wirbelsturm stellt der Bund eine Million Franken für die "
            "Nothilfe in Madagaskar bereit.")
    assert "Schweiz" in providers(nlp, text)


def test_landesregierung_under_a_swiss_dateline_is_switzerland(nlp):
    text = ("Lausanne (sda) – Die Schweiz unterstützt Moldau mit 20 Millionen Franken. "
            "Die Lieferung von Waffen lehnt die Landesregierung weiterhin ab.")
    assert set(providers(nlp, text)) == {"Schweiz"}


def test_a_named_association_called_bund_is_no_state(nlp):
    text = ("Köln (dpa) – Der Bund der Steuerzahler kritisierte die Ausgaben. Der Bund Deutscher "
            "Architekten schwieg.")
    assert "Deutschland" not in actor_labels(nlp, text)


def test_a_states_force_acts_for_the_state_that_sent_it(nlp):
    text = ("Russland hat weitere Militärberater nach Burkina Faso verlegt. Die Kämpfer des "
            "Afrikakorps sollen die Armee des Landes im Kampf gegen Dschihadisten unterstützen.")
    assert set(providers(nlp, text)) == {"Russland"}


def test_der_bund_after_the_verb_is_the_subject(nlp):
    text = "Basel (sda) – Für den Wiederaufbau in Nepal stellt der Bund drei Millionen Franken bereit."
    assert providers(nlp, text) == ["Schweiz"]


def test_a_states_genitive_in_a_prepositional_phrase_is_no_subject(nlp):
    text = ("Nach dem Erdbeben im Norden Marokkos schickt das Technische Hilfswerk ein Team mit "
            "Suchhunden in die Region.")
    assert "Marokko" not in providers(nlp, text)


def test_a_government_named_with_its_states_genitive_acts_for_it(nlp):
    text = "Die Regierung Kanadas stellt Haiti zehn Millionen Dollar für den Wiederaufbau bereit."
    assert providers(nlp, text) == ["Kanada"]
