"""An organisation named in full once and then by the noun its name is built on is one actor."""

from __future__ import annotations

from conftest import claim_sources


def sources(record) -> list[str]:
    labels = {a.key: a.label for a in record.actors}
    return [labels.get(key, key) for key, _words in claim_sources(record)]


def test_the_head_noun_with_a_definite_article_names_the_body_again(extract):
    record = extract("Die Syrische Beobachtungsstelle für Menschenrechte zählte 19 Tote. "
                     "Nach Angaben der Beobachtungsstelle flohen sieben Soldaten. "
                     "Wie die Beobachtungsstelle weiter meldete, wurden drei Kommandanten getötet.")
    assert sources(record) == ["Syrische Beobachtungsstelle für Menschenrechte"] * 2


def test_a_description_names_it_again_in_its_case_forms(extract):
    record = extract("Die Kredite des Internationalen Währungsfonds laufen aus. "
                     "Ein Sprecher des Währungsfonds sagte, man prüfe die Lage.")
    fund = next(a for a in record.actors if a.label == "Internationaler Währungsfonds")
    assert [m.text for m in fund.mentions][-1] == "Währungsfonds"


def test_no_link_before_the_full_name_without_an_article_or_in_the_plural(extract):
    record = extract("Eine Bank meldete Verluste. Die Deutsche Bank streicht Stellen. "
                     "Auch andere Banken sparen, etwa eine Bank in Frankfurt.")
    bank = next(a for a in record.actors if a.label == "Deutsche Bank")
    assert [m.text for m in bank.mentions] == ["Deutsche Bank"]


def test_two_bodies_with_one_head_noun_leave_it_open(extract):
    record = extract("Die Europäische Zentralbank und die Schweizerische Zentralbank beraten. "
                     "Die Zentralbank warnte vor Risiken.")
    banks = [a for a in record.actors if a.label.endswith("Zentralbank")]
    assert len(banks) == 2 and all(len(a.mentions) == 1 for a in banks)


def test_a_word_that_only_begins_another_name_is_no_mention(extract):
    record = extract("Die Wiener Zeitung berichtete darüber. Der Vorstand der Zeitung Verlagsgruppe schwieg.")
    paper = next(a for a in record.actors if a.label == "Wiener Zeitung")
    assert [m.text for m in paper.mentions] == ["Wiener Zeitung"]
