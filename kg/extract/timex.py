"""Time expressions in German news, resolved against the article's date.

News reports the past: a bare weekday ("am Sonntag", "in der Nacht auf Sonntag") is the most
recent such day on or before the article date; "vergangene Woche" the calendar week before it;
"am 8. Januar" that date in the article's year (or the year before, if it would lie in the
future). Without an article date nothing is resolved: kg never guesses a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

#: The names of the days and months, as written; the extractors share these lists.
WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
MONTH_NAMES = ("Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")

#: Lower-case name to its number (Monday 0, January 1); "Sonnabend" is Saturday, "Jänner" and "Feber" Austrian.
WEEKDAYS = dict(zip((name.lower() for name in WEEKDAY_NAMES), (0, 1, 2, 3, 4, 5, 5, 6)))
MONTHS = dict(zip((name.lower() for name in MONTH_NAMES), (1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
NUMBERS = {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
           "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}

_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date", re.compile(rf"\b(?:am\s+)?(\d{{1,2}})\.\s*({_MONTH})(?:\s+(\d{{4}}))?", re.IGNORECASE)),
    ("night", re.compile(rf"\bin\s+der\s+nacht\s+(?:auf|zum)\s+({_WEEKDAY})\b", re.IGNORECASE)),
    ("next_weekday", re.compile(rf"\b(?:am\s+)?(?:kommenden|nächsten)\s+({_WEEKDAY})\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:am\s+|seit\s+|bis\s+)?({_WEEKDAY})(?:abend|morgen|nacht|vormittag|nachmittag)?\b", re.IGNORECASE)),
    ("last_week", re.compile(r"\b(?:in\s+der\s+)?(?:vergangenen|vergangene|letzten|letzte|vorigen|vorige)\s+woche\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\bdiese\s+woche\b|\bin\s+dieser\s+woche\b", re.IGNORECASE)),
    ("ago", re.compile(r"\bvor\s+(\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(tag|tagen|woche|wochen|monat|monaten)\b", re.IGNORECASE)),
    ("relative_day", re.compile(r"\b(vorgestern|gestern|heute|morgen|übermorgen)\b")),
]
_DAY_OFFSETS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}


@dataclass(frozen=True)
class TimeSpan:
    """What a time expression denotes: a day (begin == end) or a range of days."""

    expression: str
    begin: date
    end: date

    @property
    def is_day(self) -> bool:
        return self.begin == self.end


def parse_date(value: str | None) -> date | None:
    """The date part of an ISO 8601 date or date-time, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve(text: str, anchor: date | None) -> TimeSpan | None:
    """The first time expression in ``text`` that can be resolved against ``anchor``.

    >>> resolve("Bei den Kämpfen in der Nacht auf Sonntag starben 38 Menschen.", date(2014, 1, 8))
    TimeSpan(expression='in der Nacht auf Sonntag', begin=datetime.date(2014, 1, 4), end=datetime.date(2014, 1, 5))
    >>> resolve("die vergangene Woche gefallene Stadt", date(2014, 1, 8))
    TimeSpan(expression='vergangene Woche', begin=datetime.date(2013, 12, 30), end=datetime.date(2014, 1, 5))
    >>> resolve("am Montag", None) is None
    True
    """
    if anchor is None:
        return None
    best = None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = _resolve_match(kind, match, anchor)
            if span is not None and (best is None or match.start() < best[0]):
                best = (match.start(), span)
            break
    return best[1] if best else None


def _resolve_match(kind: str, match: re.Match, anchor: date) -> TimeSpan | None:
    expression = match.group(0).strip()
    if kind == "date":
        day, month = int(match.group(1)), MONTHS[match.group(2).lower()]
        year = int(match.group(3)) if match.group(3) else anchor.year
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if not match.group(3) and when > anchor + timedelta(days=31):
            when = date(year - 1, month, day)  # "am 28. Dezember" in a January article
        return TimeSpan(expression, when, when)
    if kind == "night":
        day = _last_weekday(anchor, WEEKDAYS[match.group(1).lower()])
        return TimeSpan(expression, day - timedelta(days=1), day)
    if kind == "next_weekday":
        target = WEEKDAYS[match.group(1).lower()]
        day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
        return TimeSpan(expression, day, day)
    if kind == "weekday":
        day = _last_weekday(anchor, WEEKDAYS[match.group(1).lower()])
        return TimeSpan(expression, day, day)
    if kind == "last_week":
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return TimeSpan(expression, monday, monday + timedelta(days=6))
    if kind == "this_week":
        monday = anchor - timedelta(days=anchor.weekday())
        return TimeSpan(expression, monday, monday + timedelta(days=6))
    if kind == "ago":
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
        unit = match.group(2).lower()
        days = count * (7 if unit.startswith("woche") else 30 if unit.startswith("monat") else 1)
        day = anchor - timedelta(days=days)
        return TimeSpan(expression, day, day)
    if kind == "relative_day":
        day = anchor + timedelta(days=_DAY_OFFSETS[match.group(1)])
        return TimeSpan(expression, day, day)
    return None


def _last_weekday(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
