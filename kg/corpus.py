"""Whole corpora as a stream of articles: directories, globs, JSON Lines and CSV files.

Everything here is a generator, so a corpus of any size is read with bounded memory: one file,
one line or one CSV row at a time.

- a directory: every ``.txt``, ``.html`` and ``.htm`` file inside it, recursively, in path order;
- a glob (``news/**/*.txt``), expanded in path order;
- ``.jsonl`` (also ``.jsonl.gz``): one JSON object per line, ``text`` required, ``title``,
  ``date``, ``url`` and ``id`` optional;
- ``.csv`` (also ``.csv.gz``): a header row with the same column names; or, with
  ``csv_format="10kgnad"``, the 10kGNAD layout (``;``-delimited, ``'`` quotes, no header,
  ``label;text`` where text is "teaser. body");
- any other path: one article file (:func:`kg.article.read_article`).

An article from a corpus file is identified by its ``id`` (or its row number when there is
none, as in 10kGNAD), so rebuilding the corpus replaces its graphs instead of adding new ones.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.article import Article, article_from_text, read_article
from kg.errors import InputError, KgError

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
CSV_FORMATS = ("header", "10kgnad")
_GLOB = re.compile(r"[*?\[]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")

OnError = Callable[[str, KgError], None]


@dataclass(frozen=True)
class CorpusArticle(Article):
    """An article read from a corpus file, identified by its corpus key, not by its title."""

    key: str | None = None

    @property
    def identity(self) -> str:
        return f"id:{self.key}" if self.key else super().identity


def corpus_kind(path: Path) -> str | None:
    """``"jsonl"``, ``"csv"`` or None (one article file)."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    return None


def _open_text(path: Path, encoding: str) -> io.TextIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding=encoding, newline="")
    return open(path, encoding=encoding, newline="")


def expand(source: str | Path) -> Iterator[Path]:
    """The files a command-line argument stands for: the file, a directory's articles, or a glob."""
    path = Path(source)
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    elif not path.exists() and _GLOB.search(str(source)):
        matches = sorted(glob.glob(str(source), recursive=True))
        if not matches:
            raise InputError(f"{source}: no files match")
        for match in matches:
            yield from expand(match) if Path(match).is_dir() else [Path(match)]
    else:
        yield path


def iter_articles(sources: Iterable[str | Path | Article], *, encoding: str = "utf-8",
                  csv_format: str = "header", text_field: str = "text",
                  on_error: OnError | None = None) -> Iterator[Article]:
    """Every article the sources stand for, one at a time. Bad files and rows are passed to
    ``on_error`` (source, error) and skipped; without ``on_error`` they raise."""

    def fail(source: str, error: KgError) -> None:
        if on_error is None:
            raise error
        on_error(source, error)

    for source in sources:
        if isinstance(source, Article):
            yield source
            continue
        try:
            paths = list(expand(source)) if Path(source).is_dir() or _GLOB.search(str(source)) else [Path(source)]
        except KgError as exc:
            fail(str(source), exc)
            continue
        for path in paths:
            kind = corpus_kind(path)
            if kind is None:
                try:
                    yield read_article(path, encoding=encoding)
                except KgError as exc:
                    fail(str(path), exc)
                continue
            if not path.is_file():
                fail(str(path), InputError(f"{path}: no such file"))
                continue
            rows = read_jsonl(path, encoding=encoding, text_field=text_field) if kind == "jsonl" else \
                read_csv(path, encoding=encoding, format=csv_format)
            try:
                for item in rows:
                    if isinstance(item, Article):
                        yield item
                    else:
                        fail(*item)
            except UnicodeDecodeError:
                fail(str(path), InputError(f"{path} is not valid {encoding}; stopped reading it there",
                                           hint="pass --encoding with the file's real encoding"))
            except (OSError, EOFError, csv.Error) as exc:
                fail(str(path), InputError(f"{path}: cannot read ({exc})"))


def read_jsonl(path: Path, *, encoding: str = "utf-8", text_field: str = "text") -> Iterator[Article | tuple[str, KgError]]:
    """One article per line; a bad line yields ``(source, InputError)`` instead."""
    with _open_text(path, encoding) as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield source, InputError(f"{source} is not a JSON object: {exc.msg}")
                continue
            if not isinstance(row, dict):
                yield source, InputError(f"{source} is not a JSON object")
                continue
            yield _article(row, source=source, key=_key(path, row.get("id"), number), text_field=text_field)


def read_csv(path: Path, *, encoding: str = "utf-8", format: str = "header") -> Iterator[Article | tuple[str, KgError]]:
    """One article per row: a header row naming ``text`` (and ``title``, ``date``, ``url``,
    ``id``), or the 10kGNAD layout."""
    if format not in CSV_FORMATS:
        raise InputError(f"unknown CSV format {format!r}", hint="choose one of " + ", ".join(CSV_FORMATS))
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path, encoding) as handle:
        if format == "10kgnad":
            for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
                source = f"{path}:{number}"
                if len(row) < 2:
                    yield source, InputError(f"{source}: expected label;text")
                    continue
                label, text = row[0], ";".join(row[1:])
                teaser, _, body = text.partition(". ")
                title = teaser.strip() if body and len(teaser) <= 300 else None
                yield _article({"text": text, "title": title, "label": label}, source=source,
                               key=_key(path, None, number))
            return
        reader = csv.DictReader(handle)
        if "text" not in (reader.fieldnames or []):
            yield str(path), InputError(f"{path} has no 'text' column",
                                        hint="a header row with text (and title, date, url, id), or --csv-format 10kgnad")
            return
        for number, row in enumerate(reader, 2):
            yield _article(row, source=f"{path}:{number}", key=_key(path, row.get("id"), number))


def _key(path: Path, id_: object, number: int) -> str:
    name = path.name.removesuffix(".gz")
    return f"{name}#{id_}" if id_ not in (None, "") else f"{name}#line{number}"


def _article(row: dict, *, source: str, key: str, text_field: str = "text") -> Article | tuple[str, KgError]:
    text = row.get(text_field)
    if not isinstance(text, str) or not text.strip():
        return source, InputError(f"{source} has no {text_field!r} text")
    title = row.get("title") or None
    if title is None:
        first = text.strip().split("\n", 1)[0]
        if len(first) > 300:  # one-line articles: the first sentence is the title
            title = first.split(". ", 1)[0][:300]
    date = str(row.get("date") or "").strip()
    url = str(row.get("url") or "").strip() or None
    try:
        base = article_from_text(text, title=str(title).strip() if title else None, source=source, url=url,
                                 date=date if _DATE.match(date) else None)
    except KgError as exc:
        return source, exc
    metadata = {k: v for k, v in row.items() if k not in (text_field, "title", "date", "url") and v not in (None, "")}
    return CorpusArticle(title=base.title, text=base.text, source=base.source, url=base.url, date=base.date,
                         metadata=metadata, key=None if url else key)


def count_articles(sources: Iterable[str | Path], *, csv_format: str = "header") -> int | None:
    """A cheap estimate of how many articles the sources hold (lines and files), for a progress
    bar; None when it is not known without reading them."""
    total = 0
    try:
        for source in sources:
            for path in expand(source):
                kind = corpus_kind(path)
                if kind is None:
                    total += 1
                elif path.name.lower().endswith(".gz"):
                    return None
                else:
                    with open(path, "rb") as handle:
                        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
                    total += lines - (1 if kind == "csv" and csv_format == "header" else 0)
    except (OSError, KgError):
        return None
    return total
