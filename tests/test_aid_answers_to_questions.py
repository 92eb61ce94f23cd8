"""In an interview, an answer that tells help with no receiver of its own answers the question about
help right before it: the one party the question names besides the giver is helped ("Wer bezahlt
den Wiederaufbau in Mariupol? – Die EU hat zehn Millionen Euro gegeben"). Not after a question about
something else, not where the question names two parties or only the giver, and not where the
answer names its own receiver. The interviewers' and speakers' labels before a colon name no one.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("text, provider, recipient", [
    ("ZEITUNG: Wer bezahlt den Wiederaufbau in Mariupol?\nPetrenko: Die EU hat zehn Millionen Euro gegeben.",
     "org:eu", "Mariupol"),
    # who pays asks about funding
    ("ZEITUNG: Wer bezahlt die Schulreform in Mariupol?\nPetrenko: Die EU hat zehn Millionen Euro gegeben.",
     "org:eu", "Mariupol"),
    ("Frage: Wie viel Geld bekommt Moldau aus dem Ausland?\nAntwort: Rumänien hat 50 Millionen Euro zugesagt.",
     "country:RO", "country:MD"),
])
def test_answer_names_the_one_asked_about(extract, text, provider, recipient):
    record = extract(text)
    labels = {a.key: a.label for a in record.actors}
    found = offers(record)
    assert any(p == provider and any(recipient in (r, labels.get(r)) for r in rs) for p, rs, *_ in found), found


@pytest.mark.parametrize("text", [
    # a question about something else
    "ZEITUNG: Wie geht es den Menschen in Mariupol?\nPetrenko: Die EU hat zehn Millionen Euro gegeben.",
    # two parties asked about
    "ZEITUNG: Wer bezahlt die Reformen in Moldau und in der Ukraine?\nPetrenko: Die EU hat Geld gegeben.",
    # no statement follows the question: the question itself tells no help
    "ZEITUNG: Wer bezahlt den Wiederaufbau in Mariupol?",
])
def test_no_receiver_from_the_question(extract, text):
    assert not any(r for _p, r, *_ in offers(extract(text))), offers(extract(text))


def test_answer_with_its_own_receiver_keeps_it(extract):
    text = "ZEITUNG: Wer bezahlt den Wiederaufbau in Mariupol?\nPetrenko: Die EU hat der Ukraine Geld gegeben."
    assert [r for _p, r, *_ in offers(extract(text))] == [("country:UA",)], offers(extract(text))
