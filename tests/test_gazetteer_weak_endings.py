"""A one-word name found through a weak ending -n/-en only where that ending does not make another
German word: "alle Arten" are kinds, not the channel Arte, and "das Sparen" is saving, not the
grocer Spar; "der Grünen", "die Linken" stay the parties. The sentences are made up."""

from __future__ import annotations

import pytest


def keys(record) -> set[str]:
    return {a.key for a in record.actors}


@pytest.mark.parametrize("sentence, not_key", [
    ("Der Minister sprach sich gegen alle Arten von Diskriminierung aus.", "org:arte"),
    ("Verschiedene Arten von Hilfe seien nötig, sagte die Ministerin.", "org:arte"),
    ("Die Opposition habe das Sparen immer abgelehnt, sagte der Minister.", "org:spar"),
    ("Beim Sparen gehe die Regierung zu weit, erklärte die Gewerkschaft.", "org:spar"),
])
def test_another_word_is_no_name(extract, sentence, not_key):
    assert not_key not in keys(extract(sentence))


@pytest.mark.parametrize("sentence, key", [
    ("Der Sender Arte zeigte am Abend eine Dokumentation über den Krieg.", "org:arte"),
    ("Die Handelskette Spar erhöhte am Montag ihre Preise.", "org:spar"),
    ("Die Abgeordneten der Linken stimmten gegen das Gesetz.", "org:linke"),
    ("Die Chefin der Grünen kritisierte die Regierung scharf.", "org:gruene"),
    ("Die Republikaner lehnten den Haushalt ab, die Demokraten stimmten zu.", "org:republikaner-us"),
])
def test_names_keep_their_case_forms(extract, sentence, key):
    assert key in keys(extract(sentence))
