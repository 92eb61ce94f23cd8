from __future__ import annotations

import pytest

from kg.article import article_from_bytes, article_from_text, parse_html
from kg.cleaning import clean_text
from kg.errors import InputError


def test_trailer_and_comment_prompts_removed():
    text = ("Titel\n\nErster Absatz (mehr hier).\n\nMehr zum Thema:\n\nAnderer Artikel\n\nKommentare\n\n"
            "Bitte verwenden Sie dazu unsere Facebook-Seite - hier.")
    assert clean_text(text) == "Titel\n\nErster Absatz."


def test_social_lines_removed_anywhere():
    text = "Titel\n\nTeilen | Twittern | E-Mail\n\nSatz eins.\n\nFoto: dpa\n\nSatz zwei."
    assert clean_text(text) == "Titel\n\nSatz eins.\n\nSatz zwei."


def test_marker_in_title_is_kept():
    assert clean_text("Kommentare\n\nText.").startswith("Kommentare")


def test_title_is_first_line():
    article = article_from_text("Die Überschrift\n\nDer Text.")
    assert article.title == "Die Überschrift"
    assert article.text.startswith("Die Überschrift")


@pytest.mark.parametrize("data, code", [
    (b"", "KG100"), (b"   \n ", "KG100"), (b"\x00\x01\x02binary", "KG100"),
    ("Überschrift\n\nÄrger".encode("latin-1"), "KG100"),
])
def test_bad_bytes_are_refused(data, code):
    with pytest.raises(InputError) as info:
        article_from_bytes(data, source="x.txt")
    assert info.value.code == code


def test_latin1_with_explicit_encoding():
    article = article_from_bytes("Überschrift\n\nÄrger".encode("latin-1"), source="x.txt", encoding="latin-1")
    assert article.title == "Überschrift"


def test_html_page():
    page = parse_html("""<html><head><title>Seite</title>
        <meta property="article:published_time" content="2014-01-08T10:00:00Z">
        <link rel="canonical" href="https://example.org/a"></head>
        <body><nav>Menü</nav><h1>Die Schlagzeile</h1><p>Erster Satz.</p><script>x()</script>
        <p>Zweiter Satz.</p><footer>Impressum</footer></body></html>""")
    assert page.title == "Die Schlagzeile"
    assert page.text == "Die Schlagzeile\n\nErster Satz.\n\nZweiter Satz."
    assert page.date == "2014-01-08" and page.url == "https://example.org/a"


def test_runs_of_spaces_inside_a_line_become_one():
    assert clean_text("kritisiert Gabi  Sprickler-Falschlunger.\n\n  Zweiter\tAbsatz.") == \
        "kritisiert Gabi Sprickler-Falschlunger.\n\n Zweiter Absatz."


def test_a_dash_glued_to_a_word_gets_its_space():
    assert clean_text("Sie wollen nach Großbritannien– sei es zur Arbeit.") == \
        "Sie wollen nach Großbritannien – sei es zur Arbeit."
    assert clean_text("Die Nord–Süd-Achse bleibt.") == "Die Nord–Süd-Achse bleibt."


def test_a_dateline_with_a_glued_hyphen_gets_its_dash():
    assert clean_text("Titel\n\nIstanbul- Der Konflikt eskaliert.") == "Titel\n\nIstanbul - Der Konflikt eskaliert."
    assert clean_text("Titel\n\nEin- und Ausfuhr stiegen.") == "Titel\n\nEin- und Ausfuhr stiegen."


@pytest.mark.parametrize("footer", ["Wikinews-Portal: Themenverwandte Artikel Quelle",
                                    "Themenverwandter Artikel", "Themenverwandte Artikel\nFeuer in Wien (12.07.2007)"])
def test_wiki_news_navigation_ends_the_article(footer):
    assert clean_text(f"Brand im Prater\n\nDie Feuerwehr löschte den Brand.\n\n{footer}") == \
        "Brand im Prater\n\nDie Feuerwehr löschte den Brand."


def test_a_wiki_news_back_reference_is_no_content():
    assert clean_text("Kosovo\n\nDas Parlament erklärte die Unabhängigkeit. (Wikinews berichtete.) Serbien protestierte.") \
        == "Kosovo\n\nDas Parlament erklärte die Unabhängigkeit. Serbien protestierte."


def test_a_list_glued_into_one_word_is_split_into_its_items():
    text = clean_text("Titel\n\nZum Bezirk Melk:ArtstettenBischofstettenDunkelsteinKlein-PöchlarnLoosdorf und mehr.")
    assert "Melk: Artstetten, Bischofstetten, Dunkelstein, Klein-Pöchlarn, Loosdorf und mehr." in text


@pytest.mark.parametrize("name", ["YouTube-Video", "DaimlerChrysler", "GlaxoSmithKline", "McDonald's", "iPhone",
                                  "BlackRock", "ProSiebenSat.1", "http://example.at/AbcdEfghIjklMnop"])
def test_camel_case_names_are_not_split(name):
    text = f"Titel\n\nDer Bericht nennt {name} am Montag."
    assert clean_text(text) == text
