"""Text cleaning: strip page furniture so that only article content reaches the NLP stage.

Patterns live in ``kg/data/boilerplate.json`` (reviewable data, not code). Three kinds:

* trailer markers ("Mehr zum Thema:", "Kommentare") end the article: the marker line and
  everything after it are dropped, unless the marker is the title line;
* drop lines (social-media buttons, comment prompts, photo credits) are removed wherever they are;
* drop inline patterns ("(mehr hier)") are removed inside sentences.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


_SPACES = re.compile(r"[ \t]{2,}|\t")
#: A dash glued to the word before it ("nach Großbritannien– sei es"), which the tokenizer keeps
#: inside the word.
_GLUED_DASH = re.compile(r"(?<=\w)([–—])(?= )")
#: A dateline written with a hyphen glued to the place ("Istanbul- Der Konflikt", "Frankfurt am
#: Main- Die Lufthansa", "Halle an der Saale- Der"); elsewhere a hyphen before a space cuts a
#: compound short ("Ein- und Ausfuhr") and stays. A town of several words is joined by the
#: lowercase words of town names ("am", "an der", "ob der", "im") or capitalised words ("New York").
_GLUED_DATELINE_HYPHEN = re.compile(
    r"^(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Ob|Wie|Wenn|Und|Im|Am) )"
    r"([A-ZÄÖÜ][\w./]+(?: (?:am|an|der|ob|im|de|del|[A-ZÄÖÜ][\w./]+)){0,3})-(?= [A-ZÄÖÜ])")

#: One capitalised word of a glued run: "Gablitz", "Klein-Neusiedl" (four letters at least, so no
#: "Mc", "Pro").
_GLUED_WORD = r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
#: A list whose line breaks the export lost, its items glued into one token: "Bezirk
#: Tulln:GablitzMauerbachPressbaumPurkersdorf". Four items at least: brand names glue two or three
#: words ("YouTube", "DaimlerChrysler", "GlaxoSmithKline"), never four.
_GLUED_LIST = re.compile(rf"(?:(?<=:)|(?<![\w/.-]))({_GLUED_WORD}(?:{_GLUED_WORD}){{3,}})(?![\w-])")
_GLUED_ITEM = re.compile(_GLUED_WORD)


def _split_glued_list(match: re.Match) -> str:
    items = ", ".join(_GLUED_ITEM.findall(match.group(1)))
    glued_to_colon = match.start() > 0 and match.string[match.start() - 1] == ":"
    return f" {items}" if glued_to_colon else items


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    spec = json.loads(resources.files("kg").joinpath("data/boilerplate.json").read_text("utf-8"))

    def whole_line(patterns: list[str]) -> re.Pattern:
        return re.compile(r"^(?:%s)$" % "|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)

    inline = re.compile("|".join(f"(?:{p})" for p in spec["drop_inline"]), re.IGNORECASE)
    return whole_line(spec["trailer_markers"]), whole_line(spec["drop_lines"]), inline


def clean_text(text: str) -> str:
    """Return the article text without boilerplate, with normalised line breaks.

    Paragraphs stay separated by one blank line. Runs of spaces and tabs inside a line become
    one space: feeds and CSV exports are full of double spaces, which a tokenizer turns into
    tokens of their own that split names ("Gabi  Sprickler-Falschlunger"); a dash glued to a word
    gets its space ("Großbritannien– sei es"), and a list glued into one word by a lost line break
    is split into its items ("Tulln:GablitzMauerbachPressbaumPurkersdorf").

    >>> clean_text("Titel\\n\\nSatz eins (mehr hier).\\n\\nMehr zum Thema:\\nAnderer Artikel")
    'Titel\\n\\nSatz eins.'
    """
    trailer, drop_line, inline = _patterns()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept: list[str] = []
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if number > 0 and kept and trailer.match(stripped):
            break
        if stripped and drop_line.match(stripped):
            continue
        line = _GLUED_DATELINE_HYPHEN.sub(r"\1 -", line)
        line = _GLUED_LIST.sub(_split_glued_list, line)
        kept.append(_GLUED_DASH.sub(r" \1", _SPACES.sub(" ", inline.sub("", line))).rstrip())
    cleaned = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", cleaned)
