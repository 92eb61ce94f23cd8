"""Reading articles: bytes on disk to a clean :class:`Article`.

A text article is UTF-8 with the title on its first line; an HTML page is reduced to its
headline and paragraphs. Anything else (empty, binary, another encoding, too large) is refused
with an :class:`~kg.errors.InputError` before the store is touched.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.cleaning import clean_text
from kg.errors import InputError

#: Articles above this size are almost certainly not one news article (a dump, a book, a log).
MAX_ARTICLE_BYTES = 5_000_000


@dataclass(frozen=True)
class Article:
    """One news article after cleaning. Character offsets everywhere in kg refer to ``text``."""

    title: str
    text: str
    #: Where the article came from: a URL, a file path or ``None`` for text given directly.
    source: str | None = None
    url: str | None = None
    #: ISO 8601 date (``YYYY-MM-DD``) or date-time, when known.
    date: str | None = None
    language: str = "de"
    metadata: dict = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the cleaned text: unchanged articles can be recognised and skipped."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def identity(self) -> str:
        """What makes two versions of an article the same article.

        The URL when known; otherwise the title, so that rebuilding an edited file replaces
        its graph instead of adding a second one.
        """
        return f"url:{self.url}" if self.url else f"title:{self.title.strip().casefold()}"


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    date: str | None = None,
    clean: bool = True,
) -> Article:
    """Make an :class:`Article` from plain text.

    Without ``title`` the first non-empty line is the title. The title stays part of the text
    (as its first line), so that its words are analysed and offsets cover it.

    >>> a = article_from_text("Titel der Meldung\\n\\nErster Satz. Zweiter Satz.")
    >>> a.title, a.text.splitlines()[2]
    ('Titel der Meldung', 'Erster Satz. Zweiter Satz.')
    """
    body = clean_text(text) if clean else text.strip()
    if not body.strip():
        raise InputError(
            f"{source or 'the text'} has no article text",
            hint="kg expects the title on the first line and the article below it",
        )
    if title is None:
        title = body.split("\n", 1)[0].strip()
    elif not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Article(title=title, text=body, source=source, url=url, date=date)


def read_article(path: str | Path, *, encoding: str = "utf-8") -> Article:
    """Read one article file: ``.html``/``.htm`` as a web page, anything else as text.

    :raises InputError: missing, unreadable, empty, binary, not in ``encoding``, or too large.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path} is a directory", hint="pass the article files, e.g. DIR/*.txt")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return article_from_bytes(data, source=str(path), encoding=encoding,
                              html_page=path.suffix.lower() in {".html", ".htm"})


def article_from_bytes(
    data: bytes, *, source: str, encoding: str = "utf-8", html_page: bool | None = None
) -> Article:
    """Decode and check raw bytes, then build the :class:`Article`."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"{source} is {len(data) / 1e6:.1f} MB, larger than one article can be "
            f"({MAX_ARTICLE_BYTES / 1e6:.0f} MB)",
            hint="split it into one file per article, or use a JSONL corpus",
        )
    if not data.strip():
        raise InputError(f"{source} is empty")
    if _looks_binary(data):
        raise InputError(f"{source} is a binary file, not a text or HTML article")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not valid {encoding} (byte {exc.start})",
            hint="pass --encoding latin-1 (or the file's real encoding)",
        ) from exc
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}") from exc
    text = text.lstrip("\ufeff")
    if html_page is None:
        html_page = bool(re.match(r"\s*(<!doctype html|<html)", text, re.IGNORECASE))
    if html_page:
        page = parse_html(text)
        return article_from_text(page.text, title=page.title or None, source=source,
                                 url=page.url, date=page.date)
    return article_from_text(text, source=source)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


@dataclass
class HtmlPage:
    title: str
    text: str
    url: str | None = None
    date: str | None = None


class _ArticleHTMLParser(HTMLParser):
    """Collects headline and paragraph text, skipping navigation, scripts and page furniture."""

    SKIP = {"head", "title", "script", "style", "nav", "footer", "aside", "form", "noscript", "svg", "button",
            "iframe", "header", "figure", "template"}
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "section", "article",
              "br", "tr", "td", "dd", "dt", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or ""
            if key and attrs.get("content"):
                self.meta[key.lower()] = attrs["content"]
            return
        if tag == "link" and attrs.get("rel") == "canonical" and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"])
        if tag in self.SKIP:
            self.skip_depth += 1
        if tag in self.BLOCKS:
            self._flush()
        self.in_title |= tag == "title"
        self.in_h1 |= tag == "h1"

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in self.BLOCKS:
            self._flush()
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1 += data
        self.current.append(data)

    def _flush(self):
        block = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if block:
            self.blocks.append(block)
        self.current = []


def parse_html(markup: str) -> HtmlPage:
    """Headline, body text, canonical URL and publication date of a news page."""
    parser = _ArticleHTMLParser()
    parser.feed(markup)
    parser.close()
    parser._flush()
    meta = parser.meta
    title = (meta.get("og:title") or parser.h1 or parser.title).strip()
    title = html.unescape(re.sub(r"\s+", " ", title))
    blocks = [b for b in parser.blocks if b != title]
    date = meta.get("article:published_time") or meta.get("date") or meta.get("dc.date")
    url = meta.get("og:url") or meta.get("canonical")
    return HtmlPage(title=title, text="\n\n".join([title, *blocks]) if title else "\n\n".join(blocks),
                    url=url, date=date[:10] if date else None)
