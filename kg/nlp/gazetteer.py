"""Gazetteers: the reference data kg links mentions to (countries, places, organisations, people).

The files are JSON Lines in ``kg/data/gazetteer/`` (documented in its README). This module turns
them into :class:`Entry` records and a lookup table keyed by tuples of token stems, so that
"des Islamischen Staates" finds the entry whose alias is "Islamischer Staat".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from kg.nlp.normalize import stem

#: Actor categories kg reports (the ``?type`` of the actors query).
ACTOR_CATEGORIES = ("Person", "Organization", "Country", "ArmedGroup", "Media", "Other")

#: Endings a name may take in running text: genitive, and the weak endings of multiword names.
_NAME_ENDINGS = frozenset({"s", "es", "'", "’", "n", "en"})

#: Which entry wins when two share an alias: states first, then organisations, people, places.
_PRIORITY = {"country": 0, "org": 1, "person": 2, "place": 3}


def _case_form(word: str, base: str) -> bool:
    """Whether a lowercase word is a name's lowercase last word or one of its case forms ("irans")."""
    return word == base or word.startswith(base) and word[len(base):] in _NAME_ENDINGS


@dataclass(frozen=True)
class Entry:
    """One real-world entity known in advance."""

    key: str  # "country:IQ", "org:al-qaida", "person:john-kerry", "place:99454"
    name: str  # canonical German name
    category: str  # Person, Organization, Country, ArmedGroup, Media, Government, Military, Place
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    geonames: int | None = None
    lat: float | None = None
    long: float | None = None
    country: str | None = None  # ISO alpha-2 of the state it belongs to
    place_kind: str | None = None  # city, region, country (places only)
    population: int = 0
    roles: tuple[str, ...] = ()
    gender: str | None = None  # persons: "f", "m" or "u"

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def is_actor(self) -> bool:
        return self.kind != "place"


@dataclass(frozen=True)
class Role:
    """A title or function noun ("Außenminister", "Sprecher")."""

    name: str
    category: str


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    #: stems of an alias -> key of the entry (the best one when several share it)
    names: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: lowercase words of an alias -> key of the entry (the best one when several share it), which
    #: beats an entry found by stems only: "Kilis" is the Turkish town, not "Kilin" (Jilin)
    exact: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: stems of an alias -> the alias as written in the gazetteer (nominative)
    forms: dict[tuple[str, ...], str] = field(default_factory=dict)
    #: stems of an alias -> lowercase last words of every alias with those stems
    last_words: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    #: stem of a country adjective ("irakisch") or demonym ("Iraker") -> country key
    adjectives: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    #: lowercase role form -> Role
    roles: dict[str, Role] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    #: lowercase given name -> "f", "m" or "u" (either), from given_name_genders.tsv
    given_name_genders: dict[str, str] = field(default_factory=dict)
    #: ISO 3166 alpha-3 codes of the countries ("AUT", "DEU"), as results lists print them
    nation_codes: frozenset[str] = frozenset()
    #: ISO code of a state -> key of its capital's place entry
    capitals: dict[str, str] = field(default_factory=dict)
    #: key of the entry an alias finds -> actors of other states with that alias, which the
    #: article's own state may prefer ("die Grünen" in Vienna are the Austrian party)
    namesakes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_len: int = 1

    def lookup(self, words: Iterable[str]) -> str | None:
        """Key of the entry whose alias has the stems of ``words`` ("Irak", ["Islamischen", "Staates"])."""
        words = list(words)
        key = self.names.get(tuple(stem(word) for word in words))
        return self._exactly(words, key) if key is not None else self.exact.get(tuple(w.lower() for w in words))

    def lookup_written(self, words: Iterable[str]) -> str | None:
        """Like :meth:`lookup`, but ``words`` must be an alias or a case form of one ("Irans"), not
        only share its stems: stemming takes "Hohenems" down to "hohe", the adjective."""
        words = list(words)
        found = self.match_at([stem(word) for word in words], 0, words)
        if found is not None and found[0] == len(words):
            return found[1]
        return self.exact.get(tuple(w.lower() for w in words))

    def match_at(self, stems: list[str], start: int, words: list[str] | None = None) -> tuple[int, str] | None:
        """Longest alias starting at ``stems[start]``: (length in tokens, entry key).

        With ``words`` (the tokens as written), the last word may differ from the alias only by
        a case ending ("Iraks", "des Islamischen Staates"), so that stemming cannot turn
        "Beratern" into the city of Berat.
        """
        for length in range(min(self.max_len, len(stems) - start), 0, -1):
            stems_key = tuple(stems[start : start + length])
            key = self.names.get(stems_key)
            if key is not None and (words is None or self._inflects(words[start + length - 1], stems_key)):
                return length, self._exactly(words[start:start + length], key) if words is not None else key
        return None

    def _exactly(self, words: list[str], key: str) -> str:
        """The entry found by stems, unless the words are not one of its aliases or their case forms
        but exactly another entry's alias: "Kilis" is the Turkish town, not "Kilin" (Jilin)."""
        written = tuple(w.lower() for w in words)
        other = self.exact.get(written)
        if other is None or other == key:
            return key
        entry = self.entries[key]
        for alias in (entry.name, *entry.aliases):
            tokens = tuple(t.lower() for t in alias_tokens(alias))
            if len(tokens) == len(written) and tokens[:-1] == written[:-1] and _case_form(written[-1], tokens[-1]):
                return key  # "der Grünen" is a case form of "Grüne": the ranking between namesakes stands
        return other

    def _inflects(self, word: str, stems_key: tuple[str, ...]) -> bool:
        lower = word.lower()
        for base in self.last_words.get(stems_key, ()):
            if _case_form(lower, base):
                return True
            if len(stems_key) > 1 and base.startswith(lower[:-1]) and len(lower) >= len(base) - 2:
                return True  # "Vereinigten Staaten" for "Vereinigte Staaten"
        return False

    def role_of(self, word: str) -> Role | None:
        """The role a word names, also inside compounds ("US-Außenminister", "Militärsprecher")."""
        lowered = word.lower()
        if lowered in self.roles:
            return self.roles[lowered]
        tail = lowered.rsplit("-", 1)[-1]
        if tail in self.roles:
            return self.roles[tail]
        # German compounds put the head last: "Regierungssprecher" is a kind of "Sprecher".
        for cut in range(1, len(tail) - 5):
            role = self.roles.get(tail[cut:])
            if role is not None and len(tail) - cut >= 6:
                return role
        return None


    def person_gender(self, name: str, role: str | None = None, *, key: str | None = None) -> str | None:
        """ "feminine" or "masculine" for a person: as the gazetteer knows the person ``key``, else by
        the first given name of ``name`` ("Angela Merkel"), else by the form of the ``role`` the
        article gives them ("Bundeskanzlerin", "Außenminister"); None when none tells."""
        entry = self.entries.get(key) if key else None
        if entry is not None and entry.gender in ("f", "m"):
            return "feminine" if entry.gender == "f" else "masculine"
        for word in name.split()[:2]:
            sex = self.given_name_genders.get(word.lower())
            if sex in ("f", "m"):
                return "feminine" if sex == "f" else "masculine"
            if sex == "u":
                break
        if role:
            lowered = role.rsplit("-", 1)[-1].lower()
            if lowered.endswith("in") and self.role_of(lowered[:-2]) is not None:
                return "feminine"  # "Kanzlerin", "Sprecherin": the feminine form of a role
            if self.role_of(lowered) is not None and not lowered.endswith(("in", "e")):
                return "masculine"  # not "Abgeordnete", "Vorsitzende": adjectives as nouns are both
        return None

    def declined_role_of(self, word: str) -> Role | None:
        """The role a declined word names: "Generalsekretärs", "Präsidenten", "Ministers" (after "des",
        "dem", "den"; the caller knows the case)."""
        nominative = self.role_nominative(word)
        return self.role_of(nominative) if nominative is not None else None

    def role_nominative(self, word: str) -> str | None:
        """A role word as the nominative singular, as written ("US-Präsidenten" -> "US-Präsident",
        "Außenministers" -> "Außenminister", "Kanzlerin" unchanged), or None for no role."""
        if self.role_of(word) is not None:
            return word
        for ending in ("es", "s", "en", "n"):
            if word.endswith(ending) and len(word) - len(ending) >= 4 and self.role_of(word[: -len(ending)]):
                return word[: -len(ending)]
        return None


def default_gazetteer_dir() -> Path:
    return Path(str(resources.files("kg").joinpath("data/gazetteer")))


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("//"):
                yield json.loads(line)


def _entries(directory: Path) -> Iterator[Entry]:
    for row in _read_jsonl(directory / "countries.jsonl"):
        yield Entry(
            key=f"country:{row['id']}", name=row["name"], category="Country",
            aliases=tuple(row.get("aliases") or ()), wikidata=row.get("wikidata"),
            geonames=row.get("geonames"), lat=row.get("lat"), long=row.get("long"),
            country=row["id"], place_kind="country",
        )
    for row in _read_jsonl(directory / "organisations.jsonl"):
        yield Entry(
            key=f"org:{row['id']}", name=row["name"], category=row.get("type") or "Organization",
            aliases=tuple(row.get("aliases") or ()), wikidata=row.get("wikidata"),
            country=row.get("country"),
        )
    for row in _read_jsonl(directory / "people.jsonl"):
        yield Entry(
            key=f"person:{row['id']}", name=row["name"], category="Person",
            aliases=tuple(row.get("aliases") or ()), wikidata=row.get("wikidata"),
            country=row.get("country"), roles=tuple(row.get("roles") or ()), gender=row.get("gender"),
        )
    for row in _read_jsonl(directory / "places.jsonl"):
        yield Entry(
            key=f"place:{row['id']}", name=row["name"], category="Place",
            aliases=tuple(row.get("aliases") or ()), wikidata=row.get("wikidata"),
            geonames=row.get("geonames"), lat=row.get("lat"), long=row.get("long"),
            country=row.get("country"), place_kind=row.get("kind") or "city",
            population=row.get("population") or 0,
        )


def alias_tokens(alias: str) -> list[str]:
    """Split an alias the way spaCy's German tokenizer splits running text, closely enough."""
    import re

    # "St. Gallen": spaCy keeps the abbreviation and its full stop as one token, and so a regnal
    # number ("Abdullah II.", "Benedikt XVI.")
    return re.findall(r"\bSt\.(?=\s)|\b[IVX]+\.(?=\s|$)|[\w][\w'’.&-]*[\w]|[\w]|[^\w\s]", alias)


def _token_variants(alias: str) -> list[list[str]]:
    """The tokens of an alias, and where a word of it ends in an apostrophe's "s" ("Lord's
    Resistance Army") also the tokens spaCy makes of it with a typographic apostrophe, which it
    splits off ("Lord", "’s"), unlike the straight one; a regnal number both as one token and as
    the number and its full stop ("Benedikt XVI.")."""
    tokens = alias_tokens(alias)
    split = []
    for token in tokens:
        if len(token) > 2 and token[-2] in "'’" and token[-1] == "s":
            split += [token[:-2], "’s"]
        elif len(token) > 2 and token.endswith(".") and set(token[:-1]) <= set("IVX"):
            split += [token[:-1], "."]  # "XVI.": spaCy keeps only I. to V. and X. as one token
        else:
            split.append(token)
    return [tokens, split] if split != tokens else [tokens]


@lru_cache(maxsize=4)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Load (once per process) the gazetteer files in ``directory`` (default: kg's own)."""
    folder = Path(directory) if directory else default_gazetteer_dir()
    gazetteer = Gazetteer()
    candidates: dict[tuple[str, ...], list[tuple[tuple, str]]] = {}
    exact: dict[tuple[str, ...], tuple[tuple, str]] = {}
    for entry in _entries(folder):
        gazetteer.entries[entry.key] = entry
        rank = (_PRIORITY[entry.kind], -entry.population)
        for alias in {entry.name, *entry.aliases}:
            for tokens in _token_variants(alias):
                if not tokens or len(alias) < 2:
                    continue
                key = tuple(stem(t) for t in tokens)
                candidates.setdefault(key, []).append((rank, entry.key, alias))
                written = tuple(t.lower() for t in tokens)
                exact[written] = min(exact.get(written, (rank, entry.key)), (rank, entry.key))
                gazetteer.last_words.setdefault(key, set()).add(tokens[-1].lower())
    gazetteer.exact = {written: key for written, (_, key) in exact.items()}
    for key, ranked in candidates.items():
        _, gazetteer.names[key], gazetteer.forms[key] = min(ranked)
        gazetteer.max_len = max(gazetteer.max_len, len(key))
        chosen = gazetteer.entries[gazetteer.names[key]]
        others = [k for _, k, _ in sorted(ranked) if k != chosen.key and gazetteer.entries[k].is_actor
                  and gazetteer.entries[k].kind == chosen.kind and gazetteer.entries[k].country != chosen.country]
        if others and chosen.is_actor:
            gazetteer.namesakes[chosen.key] = tuple(dict.fromkeys([*gazetteer.namesakes.get(chosen.key, ()), *others]))
    by_name = {}
    for entry in gazetteer.entries.values():
        if entry.kind == "place":
            by_name.setdefault((entry.country, entry.name), entry.key)
            for alias in entry.aliases:
                by_name.setdefault((entry.country, alias), entry.key)
    codes = set()
    for row in _read_jsonl(folder / "countries.jsonl"):
        codes.add(row.get("iso3"))
        capital = by_name.get((row["id"], row.get("capital")))
        if capital:
            gazetteer.capitals[row["id"]] = capital
        for adjective in row.get("adjectives") or ():
            gazetteer.adjectives.setdefault(stem(adjective), f"country:{row['id']}")
        for demonym in row.get("demonyms") or ():
            gazetteer.demonyms.setdefault(stem(demonym), f"country:{row['id']}")
    gazetteer.nation_codes = frozenset(code for code in codes if code)
    for row in _read_jsonl(folder / "roles.jsonl"):
        role = Role(name=row["role"], category=row.get("category") or "other")
        for form in {row["role"], *(row.get("forms") or ())}:
            gazetteer.roles.setdefault(form.lower(), role)
    names_file = folder / "given_names.txt"
    if names_file.exists():
        gazetteer.given_names = frozenset(
            line.strip().lower() for line in names_file.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        )
    genders_file = folder / "given_name_genders.tsv"
    if genders_file.exists():
        for line in genders_file.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, sex = line.partition("\t")
                gazetteer.given_name_genders[name.strip().lower()] = sex.strip()
    return gazetteer
