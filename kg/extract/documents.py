"""Which report, resolution or letter an article refers back to, and whose it is.

News that sums up a report names its author once ("In einem Bericht fordert UN-Generalsekretär Kofi
Annan …", "Laut einem Bericht von Amnesty International …") and then only the document: "Dem
Bericht zufolge …", "Im Bericht heißt es …", "Der Bericht wirft den Behörden vor …", "forderte die
Resolution". A :class:`DocumentRegister` remembers, per article, the owner of each kind of document
as it is named, so that a later definite mention ("der Bericht", "im Abschlussbericht", "dieser
Resolution") speaks for that owner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.grammar import DEFINITE_ARTICLES

#: Documents that speak for their author, in the nominative singular, lowercase. Compounds end in one
#: of them ("Abschlussbericht", "Presseerklärung", "ai-Bericht").
DOCUMENT_HEADS = ("bericht", "studie", "resolution", "erklärung", "mitteilung", "stellungnahme", "schreiben",
                  "brief", "papier", "dokument", "gutachten", "analyse", "umfrage", "untersuchung", "rede",
                  "aussendung", "kommuniqué", "communiqué", "report", "dossier", "memorandum")

#: Endings of the oblique cases: "des Berichts", "des Berichtes", "dem Berichte", "der Studien".
_CASE_ENDINGS = ("es", "s", "e", "en", "n")

#: Words before a document noun that make it definite, i.e. one already named: "der Bericht", "im
#: Bericht", "dieser Resolution" (not "ein Bericht", "Berichte").
DEFINITE_DETERMINERS = DEFINITE_ARTICLES | {"im", "ins", "beim", "vom", "zum", "zur", "dieser", "diese", "dieses", "diesem",
                                             "diesen", "jener", "jene", "jenem", "jenen", "jenes"}

#: How many sentences a document stays the one meant: report summaries run for a whole article.
_SENTENCES_REMEMBERED = 40


def document_head(word: str) -> str | None:
    """The kind of document ``word`` names, in the nominative ("Berichts" -> "bericht", "ai-Bericht"
    -> "bericht", "Abschlussberichtes" -> "bericht"), or None for any other word ("Berichterstatter",
    "Brieftaube", the verb "schreiben"). Nouns only: capitalised, or a compound after a lowercase
    short name ("ai-Bericht")."""
    if not (word[:1].isupper() or "-" in word):
        return None
    lower = word.lower()
    for head in DOCUMENT_HEADS:
        if lower.endswith(head):
            return head
        for ending in _CASE_ENDINGS:
            if lower.endswith(head + ending) and not (head.endswith("e") and ending in ("e", "es")):
                return head
    return None


@dataclass
class DocumentRegister:
    """The owner of each kind of document an article has named, the latest one per kind."""

    #: head ("bericht") and full lowercase word ("abschlussbericht") -> (sentence, owner key); the
    #: owner is "" for a document of someone the article does not name ("ein Bericht der Zeitung")
    owners: dict[str, tuple[int, str]] = field(default_factory=dict)

    def note(self, word: str, owner: str, sentence: int) -> None:
        """``word`` ("Bericht", "Abschlussberichts") is ``owner``'s, as sentence ``sentence`` says
        ("" for no one named)."""
        head = document_head(word)
        if head is None:
            return
        self.owners[head] = (sentence, owner)
        self.owners[_nominative(word.lower(), head)] = (sentence, owner)

    def owner_of(self, word: str, sentence: int) -> str | None:
        """Whose the document named ``word`` is, when the article said so in the sentences before:
        the same compound first ("der Abschlussbericht"), else the same kind ("der Bericht" after "ein
        Abschlussbericht der OSZE"); a compound whose first part names another owner ("ai-Bericht")
        takes the kind's owner too, for its first part is that owner's short name. "" when the
        document meant is of someone unnamed, None when the article named no such document."""
        head = document_head(word)
        if head is None:
            return None
        compound = _nominative(word.lower(), head)
        # a compound is the kind named before only after a short name ("ai-Bericht"); a
        # "Regierungserklärung" or "Polizeibericht" is another document than "eine Erklärung"
        kinds = (compound, head) if compound == head or _after_short_name(compound, head) else (compound,)
        for key in kinds:
            noted = self.owners.get(key)
            if noted is not None and 0 <= sentence - noted[0] <= _SENTENCES_REMEMBERED:
                return noted[1]
        return None


def _after_short_name(compound: str, head: str) -> bool:
    """ "ai-bericht", "un-bericht": a compound of a short name (an acronym) and the kind."""
    prefix = compound[: -len(head)]
    return prefix.endswith("-") and len(prefix) <= 5


def _nominative(lower: str, head: str) -> str:
    """The word cut after its head: "abschlussberichtes" -> "abschlussbericht"."""
    return lower[: lower.rfind(head) + len(head)]
