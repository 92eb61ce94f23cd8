"""Plain typed records: what kg extracted from one article, before any RDF.

Every record carries character offsets into :attr:`kg.article.Article.text`, so each fact can be
traced to its sentence and words. Actors and places are referred to by *key* (a stable,
article-independent name such as ``"country:IQ"`` or ``"person:john-kerry"``); minting IRIs
from keys is the RDF mapping's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.article import Article


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(TextSpan):
    index: int = 0


@dataclass(frozen=True)
class Mention(TextSpan):
    """One place in the text where an actor or place is named or referred to."""

    sentence: int = 0
    #: name, alias, adjective ("irakischen"), demonym ("Amerikaner"), prefix ("US-"), role
    kind: str = "name"


@dataclass
class Actor:
    """A real-world actor, with all its mentions in the article merged."""

    key: str
    label: str
    #: one of kg.nlp.gazetteer.ACTOR_CATEGORIES
    category: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None
    #: a role as written in the article, e.g. "Außenminister"
    role: str | None = None
    #: key of the state or organisation this actor acts for (a minister for the state)
    represents: str | None = None
    #: False for a source the article only describes ("ein Sprecher", "die Polizei"): it can be
    #: cited, but it is not a named real-world actor
    named: bool = True
    #: for persons: "feminine" or "masculine" where the given name or the role's form tells, else
    #: None; what "sie" and "er" can refer to
    gender: str | None = None


@dataclass
class Place:
    """A location, geocoded when the gazetteer knows it. Countries are places *and* actors."""

    key: str
    label: str
    #: city, region, country or place
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    lat: float | None = None
    long: float | None = None
    geonames: int | None = None
    wikidata: str | None = None
    country: str | None = None


@dataclass
class AidItem:
    """One kind of help: "militärischer Beistand jeglicher Art", "Ausrüstung"."""

    text: str
    #: local name of a kg:AidCategory concept ("MilitaryAid", "Troops", ...)
    category: str
    span: TextSpan | None = None
    amount: str | None = None


@dataclass
class AidOffer:
    """Who offers (or delivers, or refuses) what help to whom, against whom, and what not."""

    provider: str
    recipients: list[str] = field(default_factory=list)
    adversaries: list[str] = field(default_factory=list)
    offered: list[AidItem] = field(default_factory=list)
    excluded: list[AidItem] = field(default_factory=list)
    #: who the help is for when they are not named actors: "uigurische Flüchtlinge", "Familien"
    beneficiaries: list[TextSpan] = field(default_factory=list)
    #: offered | delivered | refused | withdrawn
    status: str = "offered"
    places: list[str] = field(default_factory=list)
    #: the cue words, one per supporting mention ("anbieten", "Angebot", "ausschließen")
    triggers: list[str] = field(default_factory=list)
    evidence: list[TextSpan] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    #: ISO date, or the first day of ``date_end``'s range ("vergangene Woche")
    date: str | None = None
    date_end: str | None = None
    #: CAMEO code: 033x intent to provide aid, 07x provide aid
    cameo: str = "033"


@dataclass
class ConflictEvent:
    """Fighting, air strikes, a place captured, deaths."""

    #: fight | airstrike | artillery | bombing | capture | death
    kind: str
    cameo: str
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    casualties: int | None = None
    trigger: str = ""
    evidence: TextSpan | None = None
    sentence: int = 0
    date: str | None = None
    date_end: str | None = None


@dataclass
class Claim:
    """Who said or reported what: a statement attributed to a source."""

    source: str
    text: str
    #: the cue words: "so", "nach Angaben", "sagte"
    cue: str
    #: reported | direct_quote | indirect_speech
    kind: str
    sentence: int
    evidence: TextSpan
    quote: str | None = None
    #: where the source itself is named ("die Washington Post", "er")
    source_span: TextSpan | None = None


@dataclass
class ArticleRecord:
    """Everything extracted from one article."""

    article: Article
    pipeline: str
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    aid_offers: list[AidOffer] = field(default_factory=list)
    events: list[ConflictEvent] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: states and organisations an actor acts for that the article does not name as actors
    #: ("das Innenministerium" acts for Austria): described so that no reference dangles
    principals: list[Actor] = field(default_factory=list)

    def actor(self, key: str) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)
