"""A light German normaliser for matching names across inflection.

German inflects names and the adjectives inside them ("des Islamischen Staates", "Irans",
"Kerrys"). Gazetteer aliases are in the nominative, so both sides are reduced to a *stem* by
repeatedly stripping common inflection endings. It is deliberately crude: it only has to map the
forms of one name onto each other, never two different names onto one key, and the stems never
leave kg (labels come from the gazetteer or the text).

Acronyms keep their case ("US" is not "us"), so that pronouns and function words never match.
"""

from __future__ import annotations

from functools import lru_cache

_ENDINGS = ("ern", "em", "en", "er", "es", "e", "n", "s")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Stem of one token.

    >>> [stem(w) for w in ["Irans", "Iran", "Islamischen", "Islamischer", "Staates", "Staaten"]]
    ['iran', 'iran', 'islamisch', 'islamisch', 'staat', 'staat']
    >>> stem("US"), stem("Kerrys"), stem("Syriens") == stem("Syrien")
    ('US', 'kerry', True)
    """
    if len(word) > 1 and word.isupper():
        return word
    w = word.lower().replace("’", "'")
    changed = True
    while changed:
        changed = False
        for ending in _ENDINGS:
            minimum = 3 if ending == "s" else 4
            if w.endswith(ending) and len(w) - len(ending) >= minimum and w[-len(ending) - 1] != "-":
                w = w[: -len(ending)]
                changed = True
                break
    return w


def slug(text: str) -> str:
    """A readable IRI-safe key: lowercase ASCII-ish words joined by hyphens.

    >>> slug("Baschar al-Assad"), slug("Außenminister der Vereinigten Staaten")
    ('baschar-al-assad', 'aussenminister-der-vereinigten-staaten')
    """
    import re
    import unicodedata

    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
