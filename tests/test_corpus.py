"""Whole corpora: directories, globs, JSON Lines and CSV (also 10kGNAD), streamed and incremental."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.corpus import CorpusArticle, iter_articles

TEXTS = [
    ("Kerry sagt Irak Hilfe zu", "US-Außenminister John Kerry hat dem Irak Hilfe im Kampf gegen Al-Qaida zugesagt. "
     "Bodentruppen schloss er aus, sagte Kerry in Bagdad."),
    ("Kämpfe in Falludscha", "In Falludscha haben Extremisten nach Angaben der Polizei mehrere Stadtviertel erobert."),
    ("Merkel in Paris", "Bundeskanzlerin Angela Merkel traf am Montag in Paris den französischen Präsidenten."),
]


def write_jsonl(path, texts=TEXTS):
    with open(path, "w", encoding="utf-8") as out:
        for number, (title, text) in enumerate(texts, 1):
            out.write(json.dumps({"id": number, "title": title, "text": text, "date": "2014-01-0%d" % number},
                                 ensure_ascii=False) + "\n")
    return path


def build(*args):
    return CliRunner().invoke(cli, ["build", *map(str, args)])


def summary(result) -> str:
    return [line for line in result.output.splitlines() if " built, " in line][-1]


def test_jsonl_rebuild_is_incremental(tmp_path, nlp):
    corpus = write_jsonl(tmp_path / "corpus.jsonl")
    store = tmp_path / "store"
    first = build(corpus, "--store", store, "--quiet")
    assert first.exit_code == 0, first.output
    assert summary(first).startswith("3 built, 0 unchanged, 0 failed")
    again = build(corpus, "--store", store, "--quiet")
    assert summary(again).startswith("0 built, 3 unchanged, 0 failed")
    changed = list(TEXTS)
    changed[1] = (changed[1][0], changed[1][1] + " Die Armee griff an.")
    write_jsonl(corpus, changed)
    third = build(corpus, "--store", store)
    assert summary(third).startswith("1 built, 2 unchanged, 0 failed")
    assert [line.split(":")[0] for line in third.output.splitlines() if line.startswith("built ")] == \
        [f"built {corpus}"]  # source is "path:line"
    assert "corpus.jsonl:2" in third.output.split("\n")[0] or "corpus.jsonl:2" in third.output
    listed = CliRunner().invoke(cli, ["articles", "--store", str(store)]).output.splitlines()
    assert len(listed) == 3  # replaced, not added


def test_interrupted_build_resumes(tmp_path, nlp):
    import kg

    articles = list(iter_articles([write_jsonl(tmp_path / "c.jsonl")]))

    def killed_after(n):
        for number, article in enumerate(articles):
            if number == n:
                raise KeyboardInterrupt
            yield article

    store = kg.open_store(str(tmp_path / "store"))
    with pytest.raises(KeyboardInterrupt):
        kg.build(killed_after(2), store=store, batch_size=1)
    committed = len(store.articles())
    assert 0 < committed <= 2
    report = kg.build(articles, store=store)
    assert (len(report.unchanged), len(report.built)) == (committed, 3 - committed)
    assert len(store.articles()) == 3


def test_csv_with_header_and_bad_rows(tmp_path, nlp):
    corpus = tmp_path / "c.csv"
    corpus.write_text('id,title,text,url\n1,Erste Meldung,"Kerry sagt Irak Hilfe zu, sagte er.",https://example.org/1\n'
                      '2,Leer,,\n', encoding="utf-8")
    result = build(corpus, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert summary(result).startswith("1 built, 0 unchanged, 1 failed")
    assert "c.csv:3 has no 'text' text (KG100)" in result.output


def test_10kgnad_format(tmp_path):
    corpus = tmp_path / "gnad.csv"
    corpus.write_bytes("International;'Kerry sagt Irak Hilfe zu. In Bagdad sagte der US-Außenminister; es gebe Hilfe.'\r\n"
                       "Sport;Ein Tor in Wien. Rapid gewann 1:0.\r\n".encode("utf-8"))
    articles = list(iter_articles([corpus], csv_format="10kgnad"))
    assert [a.title for a in articles] == ["Kerry sagt Irak Hilfe zu", "Ein Tor in Wien"]
    assert articles[0].text.startswith("Kerry sagt Irak Hilfe zu. In Bagdad") and "; es gebe" in articles[0].text
    assert articles[0].metadata == {"label": "International"}
    assert isinstance(articles[0], CorpusArticle) and articles[0].identity == "id:gnad.csv#line1"
    with pytest.raises(Exception, match="no 'text' column"):
        list(iter_articles([corpus]))  # read as a header CSV


def test_directories_and_globs(tmp_path, nlp):
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("Kerry in Bagdad\n\nKerry sagte dem Irak Hilfe zu.", encoding="utf-8")
    (tmp_path / "news" / "deep" / "b.html").write_text(
        "<html><body><h1>Kämpfe in Falludscha</h1><p>Extremisten eroberten Falludscha.</p></body></html>", encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text("not an article", encoding="utf-8")
    found = [a.source for a in iter_articles([tmp_path / "news"])]
    assert found == [str(tmp_path / "news" / "a.txt"), str(tmp_path / "news" / "deep" / "b.html")]
    assert [a.source for a in iter_articles([str(tmp_path / "news" / "**" / "*.html")])] == [found[1]]
    result = build(tmp_path / "news", "--store", tmp_path / "store")
    assert result.exit_code == 0 and summary(result).startswith("2 built, 0 unchanged, 0 failed")
    missing = build(str(tmp_path / "nothing" / "*.txt"), "--store", tmp_path / "store")
    assert missing.exit_code == 1 and "no files match (KG100)" in missing.output


def test_streams_lazily(tmp_path):
    corpus = tmp_path / "big.jsonl"
    with open(corpus, "w", encoding="utf-8") as out:
        out.write(json.dumps({"text": "Titel\n\nText."}) + "\n")
        out.write("{broken\n")
    stream = iter_articles([corpus], on_error=lambda source, error: None)
    assert next(stream).title == "Titel"  # the broken line has not been read yet
    errors = []
    assert list(iter_articles([corpus], on_error=lambda s, e: errors.append(s))) != []
    assert errors == [f"{corpus}:2"]


def test_workers_give_the_same_triples(tmp_path, nlp):
    import kg

    articles = list(iter_articles([write_jsonl(tmp_path / "c.jsonl")]))

    def triples(report):
        return {g: sorted((s.n3(), p.n3(), o.n3()) for s, p, o in t if not str(p).endswith("startedAtTime"))
                for g, t in report.triples}

    one = kg.build(articles, store=None, dry_run=True)
    two = kg.build(articles, store=None, dry_run=True, workers=2, batch_size=1)
    assert triples(one) == triples(two) and len(triples(one)) == 3


def _die(*args):
    import os

    os._exit(9)


@pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                    reason="the patched task reaches the workers only when they are forked")
def test_a_dying_worker_is_one_line_and_keeps_the_store(monkeypatch, tmp_path, nlp):
    import kg.cluster

    corpus = write_jsonl(tmp_path / "c.jsonl")
    assert build(corpus, "--store", tmp_path / "store", "--quiet").exit_code == 0
    monkeypatch.setattr(kg.cluster, "extract_batch", _die)
    result = build(corpus, "--store", tmp_path / "store", "--workers", "2", "--force")
    assert result.exit_code == 1 and "a worker process died while extracting (KG600)" in result.output
    assert "Traceback" not in result.output
    listed = CliRunner().invoke(cli, ["articles", "--store", str(tmp_path / "store")]).output.splitlines()
    assert len(listed) == 3
