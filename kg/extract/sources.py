"""Attribution: who said or reported what.

Cues (``kg_cues`` spans of kind ``source_marker`` and ``speech_verb``):

* reported: ", so die Washington Post", "nach Angaben des Daily Star Lebanon", "laut Reuters",
  "der BBC zufolge", "wie die AFP berichtete", "gemäß …", "aus Sicht der Kommission"; a report
  names its owner even after a participle phrase ("laut einer am Montag veröffentlichten
  Mitteilung des Roten Kreuzes"), and "dem Bericht zufolge" refers back to the medium or the
  named source just before;
* indirect speech: "Kerry betont, dass …", "sagte er" (pronouns resolve to the last person); the
  passive "wird X zitiert" makes X the speaker;
* direct quotes: „…“ or "…" in a sentence with a speech verb and a speaker, or after a name and a
  colon ("Koppelin: „…“"); where quotation marks were lost, a bare person's name before the colon
  ("Poposki: Wir …") or speech in the first person after it ("Fischer sieht Gründe: Wir haben …");
* the subjunctive of reported speech with no cue ("Parwanow ist besorgt. Der Konflikt sei nicht
  ethnisch."): the subject of the indicative sentence before speaks, unless a claim just named
  the speaker.

A possessive before a report noun ("seinen Angaben nach", "ihren Angaben zufolge") names the
source that spoke in that sentence or the one before; a relative pronoun ("…, der erklärt hat")
speaks for the person named just before its comma, unless its clause passes on hearsay ("soll").
A second speaker joined by "und" may carry a role ("Mikl-Leitner (ÖVP) und der neue
Verteidigungsminister Doskozil"); a time ("am Freitag") or an object "dies" may stand between
the verb and its subject, and a person in a role after a state's genitive speaks ("Russlands
Energieminister Nowak").

"er"/"sie" resolve to the person named last, or to a person only described as the subject just
before ("der Mann ... Er erklärte") when the gender agrees and no possessive makes it someone's
relative ("sein Vater …, sagt er"); "und er" to the person whose name opens the sentence as its
subject; "dieser" to the person named last; the plural "sie" to the nearest plural
subject before it, or to the actors listed before when that subject only describes them ("Die
beiden Länder ... Sie haben angekündigt"). "Demnach" reports the source of the claim just before,
or else the subject of the sentence before. A verb joined by "und" shares its subject; the
subject of a passive ("wurde aufgefordert") is addressed, not a speaker, so a passive has none.
A pronoun is not a person named before it on the same verb ("Schäuble warf er vor"); the polite
"Sie" addresses someone and speaks for no one; a dateline ("Athen – Der Minister …") is no subject,
and a state's prefix gives way to the name it qualifies ("der US-Sender NBC").
A name in the genitive is no subject, a person's surname with its "s" ("Die Äußerungen Papiers
bezeichnete Brandt als …") no more than a body after an article; where such a genitive opens a
fronted object, the person after the verb speaks, as "er" right after the verb does ("Die Arbeit der
Kanzlerin lobte er"). One person after a verb in the plural ("Kritiker werfen Obama vor") and the name
after a verb that addresses someone ("würdigte Kluncker") when a known actor fills the field before it
are whom it addresses. "sehen" with a noun of assessment says something when it tells what the view is
of ("sieht in dem Gesetz eine Benachteiligung") or quotes or reports it; a ruling ("hat entschieden")
when a clause with "dass" or in the subjunctive follows; "X zum Thema: „…“" is a name and its topic
before a colon quote.
A speaker named after the verb that closes a reported clause ("…, betonte Lawrow") says the whole
sentence: cues inside that clause make no claims of their own.

A colon may also close a clause whose named subject announces what follows, quoted or in the
subjunctive ("Pinheiro sieht die Verantwortung beim Staat: „…“"), or a statement noun with a
possessive ("Sein Argument: …"); a sentence opening with "Für" and a named actor gives that
actor's view when it quotes or reports. The named agent of a passive verb of saying speaks wherever
it stands in the clause ("wurde von der SPD kritisiert", "Vom Europarat werden Konsequenzen
gefordert", "Kritisiert wurde der Plan vor allem von der SPD"; of a person "begrüßt" and "verurteilt"
greet and sentence), and the owner of a report a passive says something in ("In einem Bericht von
ndr.de werden … bezeichnet"); the subject of a passive ("Ihr wird vorgeworfen") says nothing, nor
does the subjunctive after it. The person a medium quotes speaks ("zitiert die
„Computerwoche“ Kevin Lynch"), and the named medium with him, by its own words ("wird von der
„Netzeitung“ zitiert", "wird im Blatt „Kicker“ zitiert"), and the owner of a report named before "wonach".
Whom a speaker told is no speaker ("eine Sprecherin des Unternehmens sagte der Agentur dpa"); a
company told by its kind in the genitive ("des Unternehmens", "des Konzerns") is the one organisation
the article named before, if only one; the person an apposition after the verb introduces
("sagte der Sprecher der Kommission (KMR), Pedro Alvarez") speaks, not the body in its genitive.
A comma before the verb may close a person's apposition ("Henning Scherf (SPD), warnte …") rather
than a fronted clause, and quotation marks right before it may close a title ("gegenüber der
Zeitung „Die Welt“ mitgeteilt") rather than speech. Heads and representatives ("der Chef der
Gruppe …", "ein Vertreter der …") speak for the body in their genitive, and a spokesperson named by
the kind of body ("eine Ministeriumssprecherin") for the body of that kind named last.

A definite noun for one person with no name after it ("Der Anwalt hält …", "meinte der
IKG-Präsident") refers back to the named person it described before, or to the person who just
spoke; the authors of a report ("laut den Autoren des Berichts") speak for whoever it was said to be
by; a body's name cut to its first word ("laut Alpinpolizei") refers back to the body; a website
("laut ndr.de") is a medium; a named source followed by "auf die Frage" with no verb answers it;
and a participle describing a noun ("der erwartete Aufruhr") is no speech. With no one speaking
before, such a noun refers to the person who was the subject of the sentence before ("Huber besuchte
Paris. Der Politiker sagte"); "der 65-Jährige" to the person named last; "der Sprecher" to the
spokesperson who spoke a few sentences before, for the same body; "die Organisation" to the body of
its kind that spoke just before; "beide" to the two actors of one kind the sentence before names.
A spokesperson of a named body or of the army speaks as the agent of a passive ("wurde von einer
Armeesprecherin bestätigt"), and "er"/"sie" may stand for that agent or for a state's or body's
subject just before ("Die türkische Armee … Nach eigenen Angaben reagierte sie"); "eigen" in a
relative clause is its antecedent's ("Greenpeace, das nach eigenen Angaben …").

The source is an actor kg already knows in the article; failing that, a role phrase ("der
Sprecher des iranischen Militärs" speaks for Iran), someone only described speaking for the
named body he belongs to ("ein Mitarbeiter des Roten Kreuzes", "ein Talibansprecher"), a
spokesperson for the body in his genitive even when kg knows it only from there ("ein Sprecher
der Präfektur"), or, as a
last resort, the noun phrase in the source position ("die Polizei", a title in quotation marks
such as "die „Bergpost“"), which becomes an actor of kind Other. With a dependency parser
in the pipeline the subject of a speech verb comes from the parse; without one, from word order.
Each claim is the sentence that carries the cue, or the subjunctive sentence reported without one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract.documents import DEFINITE_DETERMINERS, DocumentRegister, document_head
from kg.extract.entities import FIRM_NOUNS, GENERIC_ACRONYMS, NOT_SETTLEMENTS, EntityIndex
from kg.extract.grammar import (
    ADVERBIAL_SUBORDINATORS, DETERMINERS, INDEFINITE_ARTICLES, NEGATIONS, PRONOUN_GENDERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, UD_GENDERS, clause_bounds,
    is_adjective_like, is_lemma_table_adjective,
    is_common_noun, is_dictionary_noun, is_finite, is_finite_verb, is_genitive_attribute, is_untabled_noun,
    line_break_after, marker_before, span_text,
)
from kg.extract.mentions import TIME_WORDS
from kg.extract.places import PLACE_KIND_ENDINGS, PLACE_PARTS, in_dateline
from kg.extract.records import Claim, TextSpan
from kg.extract.roles import GOVERNMENT_ROLES, RoleFinding
from kg.extract.timex import MONTH_NAMES, WEEKDAY_NAMES
from kg.nlp.components import load_cues

#: A website named as a source: "ndr.de", "spiegel.de", "www.faz.net".
_WEB_ADDRESS = re.compile(r"(www\.)?[\w-]+(\.[\w-]+)*\.(de|at|ch|com|net|org|eu|info|uk|fr|it|es)", re.IGNORECASE)
#: A quotation, possibly of several sentences, within one paragraph.
_QUOTATION = re.compile(r"„[^“”\n]{3,1500}?[“”]|»[^«\n]{3,1500}?«")
#: Words of a speaker about himself: "Wir haben …", "Ich glaube …".
_FIRST_PERSON = frozenset({"ich", "wir", "mir", "mich", "uns", "mein", "meine", "unser", "unsere"})
_QUOTE_MARKS = frozenset({"„", "“", "”", "\"", "«", "»"})
_OPENING_QUOTES = ("„", "»", "\"")
_CLOSING_TITLE_QUOTES = ("“", "”", "«", "\"")
#: Rules and charters the noun table lacks ("laut Erlass", "laut Redaktionsstatut"): texts, no names.
_RULE_NOUN_ENDINGS = ("erlass", "erlasses", "statut", "statuts")
_QUOTE = re.compile(r"„([^“”]{3,}?)[“”]|»([^«]{3,}?)«|\"([^\"]{3,}?)\"")
SOURCE_CATEGORIES = ("Person", "Organization", "Country", "ArmedGroup", "Media", "Other")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "sb")
#: Capitalised words that head no source noun phrase ("so Gott will", "laut Gesetz").
_NOT_SOURCES = frozenset({"gesetz", "plan", "bericht", "angaben", "informationen", "umfrage", "studie",
                          "statistik", "prognose", "vertrag", "medienberichten", "berichten", "schätzungen",
                          # rules and files: "laut Erlass", "laut Verordnung", "laut Dokumenten"
                          "erlass", "verordnung", "satzung", "richtlinie", "richtlinien", "statut", "statuten",
                          "dokumenten", "dokumente", "unterlagen", "akten",
                          # adverbs of time a tagger may take for nouns at the start of a sentence
                          # ("Gestern hat eine Sprecherin … mitgeteilt"); their "-er" looks agentive
                          "gestern", "vorgestern", "später", "außerdem", "immer", "aber", "sonder",
                          "wieder", "weiter", "ferner", "daher", "vorher", "nachher", "bisher", "seither",
                          # pronouns for things named before ("Zweiteres wegen seines Eintretens …")
                          "ersteres", "erstere", "ersterer", "zweiteres", "letzteres", "letztere", "letzterer"}
                         # months, whose "-er" looks agentive too ("Bis Ende Jänner hoffen Forscher")
                         | {month.lower() for month in MONTH_NAMES}
                         # days: "nach Angaben vom Mittwoch", "laut Angaben vom Montagabend" tell when
                         | {f"{day.lower()}{part}" for day in WEEKDAY_NAMES
                            for part in ("", "s", "abend", "morgen", "nachmittag", "vormittag", "nacht")}
                         | {"wochenende", "vortag", "vorabend", "entwurf", "entwurfs"})


#: Documents and statements whose genitive names the source: "laut einem Bericht der Zeitung".
REPORT_NOUNS = frozenset({"bericht", "berichten", "berichts", "angaben", "informationen", "mitteilung", "meldung",
                          "meldungen", "darstellung", "recherchen", "aussagen", "erklärung", "schätzungen",
                          "erkenntnissen", "einschätzung", "zählung", "stellungnahme", "kreisen", "kreise",
                          "seiten", "umfeld", "pressemitteilung", "pressemitteilungen", "presseaussendung",
                          "aussendung", "artikel", "artikels", "interview", "kommuniqué", "communiqué",
                          "aufstellung", "unterlagen", "dokument", "dokumenten", "schreiben", "papier",
                          "anfragebeantwortung", "antwort", "studie", "analyse", "aussage", "auskunft",
                          "berechnungen", "vorhersage", "prognose", "eilmeldung", "presseerklärung", "schätzung",
                          "umfrage", "veröffentlichung", "schilderung", "schilderungen", "fazit", "information", "verlautbarung",
                          "urteil"})

#: Drafts, which speak only for an owner in the genitive ("laut dem Entwurf der EU-Kommission"): "von"
#: after one is as often a passive's agent ("laut Entwurf von Rentnern bezahlt"), and one referred back
#: to is seldom the medium's or the last speaker's.
_DRAFTS = frozenset({"entwurf", "entwurfs", "gesetzentwurf", "gesetzentwurfs"})

#: Nouns for what someone says, which a colon after them spells out: "Sein Argument: …".
STATEMENT_NOUNS = frozenset({"argument", "argumente", "meinung", "botschaft", "fazit", "begründung", "antwort",
                             "forderung", "forderungen", "kommentar", "credo", "devise", "appell", "einschätzung",
                             "bilanz", "prognose", "kritik", "vorwurf", "warnung", "rat", "ratschlag", "position",
                             "standpunkt", "worte", "reaktion", "erklärung", "vorschlag", "losung", "sichtweise",
                             "ansicht", "auffassung", "befund", "befunde", "version", "these", "theorie"})

#: Statement and reaction nouns that may as well be deeds: "Die Reaktion der Türkei bestand in
#: Luftangriffen", "Die Unterstützung der USA bestand in Waffenlieferungen".
_DEEDS_OR_WORDS = frozenset({"reaktion", "reaktionen", "antwort", "unterstützung", "zustimmung", "ablehnung",
                             "protest", "proteste", "signal", "signale", "beitrag"})
#: Nouns of saying something that a reaction may consist in: "bestand in der Ankündigung, …".
SAYING_NOUN_STEMS = ("ankündigung", "aussage", "äußerung", "mitteilung", "drohung", "zusage", "absage",
                     "zurückweisung", "forderung", "erklärung", "warnung", "aufruf", "appell", "dementi")

#: Heads of nouns for a view someone holds or states, in compounds too: "die Rechtsansicht der Behörde".
_VIEW_HEADS = ("ansicht", "auffassung", "meinung", "position", "einschätzung", "sichtweise", "standpunkt",
               "argument", "argumentation", "begründung", "darstellung", "forderung", "botschaft")

#: Web pages and press conferences that say what their owner says: "auf der Website des Ministeriums",
#: "auf ihrer Facebook-Seite", "auf einer Pressekonferenz der Polizei".
_OWNED_OUTLETS = ("website", "webseite", "homepage", "internetseite", "internetseiten", "internetauftritt",
                  "facebook-seite", "facebookseite", "twitter-account", "twitterkonto", "onlineauftritt",
                  "pressekonferenz")

#: Statements whose owner follows them as a report's does: "so die Forderung der SPD", "laut der
#: Argumentation der Regierung" ("Rat" is as often a council: "so der Rat der Stadt").
_OWNED_STATEMENTS = STATEMENT_NOUNS - {"rat"}

#: Those who wrote a report, who speak for whoever it is by: "laut den Autoren des Berichts".
AUTHOR_NOUNS = frozenset({"autor", "autoren", "autorin", "autorinnen", "verfasser", "verfasserin", "verfassern"})

#: Possessives that make someone the owner of a report: "seinen Angaben nach".
_POSSESSIVES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"})
#: Demonstratives in the genitive that stand for the noun phrase just before: "nach deren Angaben".
_DEMONSTRATIVE_OWNERS = frozenset({"deren", "dessen"})
#: "nach eigenen Angaben", "nach eigenem Bekunden", "nach eigener Aussage": the subject's own account.
_OWN = frozenset({"eigenen", "eigenem", "eigener"})
#: Nouns for what someone says or thinks that a marker may govern: "laut seiner Aussage".
_ACCOUNT_NOUNS = REPORT_NOUNS | STATEMENT_NOUNS | {"bekunden", "worten", "überzeugung"}

#: Articles that point back to a report already named: "dem Bericht zufolge", "laut diesem Bericht".
_ANAPHORIC_ARTICLES = frozenset({"der", "dem", "den", "des", "dieser", "diesem", "diesen", "dieses"})

#: Words that open the genitive or "von" phrase naming whose report it is.
_OWNER_WORDS = ("der", "des", "von", "vom")
#: A possessive in the genitive after a report noun: "laut Angaben seines Anwalts", "ihrer Sprecherin".
_POSSESSIVE_GENITIVES = ("seines", "ihres", "seiner", "ihrer")

#: Named bodies that someone only described ("ein Mitarbeiter des …") speaks for.
BODY_CATEGORIES = ("Organization", "Media", "ArmedGroup")

#: Endings of nouns for one member of a party: "Republikaner", "Sozialdemokrat", "Sozialdemokratin".
_MEMBER_ENDINGS = ("aner", "krat", "ist", "ler")
_MEMBER_ENDINGS_FEMININE = ("anerin", "kratin", "istin", "lerin")

#: Heads of statements that are answered ("weist den Vorwurf zurück"), also in compounds: "Blockade-Vorwurf".
_ANSWERED_STATEMENTS = ("vorwurf", "forderung", "vorschlag", "kritik", "angebot", "plan", "aussage", "äußerung")

#: Verbs of the manner of speaking, which report speech only beside what was said: "…, grinst er".
MANNER_OF_SPEAKING = frozenset({"grinsen", "scherzen", "witzeln", "spotten", "lästern", "poltern", "wettern",
                                "schimpfen", "seufzen", "formulieren", "dokumentieren", "zugestehen"})
#: Of those, verbs a report speaks by: "Gewalt dokumentiert der Bericht" ("die Polizei dokumentierte die
#: Schäden" is no statement).
_DOCUMENTING = frozenset({"dokumentieren"})

#: Verbs whose passive subject is the speaker: "wird der Minister zitiert".
SPEAKING_PASSIVES = frozenset({"zitieren"})

#: People only described who speak for the body in their genitive: "ein Sprecher der Präfektur",
#: "der Chef der Gruppe …", "ein Vertreter der Polizei" (endings, for "Pressesprecher", "Polizeichef").
SPEAKING_MEMBERS = ("sprecher", "sprecherin", "sprechers", "chef", "chefin", "chefs", "leiter", "leiterin", "leiters",
                    "vertreter", "vertreterin", "vertreters")

#: Arabic articles joined to a name: "al-Hak", "el-Baradei".
_NAME_PARTICLE = re.compile(r"(al|el|ad|as|an|ar|ash|asch|at|az)-[A-ZÄÖÜ]")

#: Words for a kind of group before its name: "die Gruppe Fursan al-Hak" is "Fursan al-Hak".
GROUP_CLASSIFIERS = frozenset({"gruppe", "gruppierung", "organisation", "hilfsorganisation", "miliz", "terrormiliz",
                               "rebellengruppe", "bewegung", "allianz", "initiative", "vereinigung", "partei"})

#: Verbs whose passive agent says something ("wurde von der SPD kritisiert", "Vom Europarat werden
#: Konsequenzen gefordert"); not "verlangen" ("Von X wurde Aufklärung verlangt" asks it of X), and not
#: verbs of doing or expecting ("wurde von Truppen eingenommen", "von Experten erwartet").
SPOKEN_BY_AGENT = frozenset({"sagen", "erklären", "betonen", "bezeichnen", "kritisieren", "ankündigen", "bestätigen",
                             "dementieren", "loben", "zurückweisen", "vorschlagen", "mitteilen",
                             "bekanntgeben", "äußern", "verkünden", "behaupten", "bekräftigen", "anprangern",
                             "bemängeln", "bestreiten", "vorwerfen", "warnen", "beschuldigen",
                             "berichten", "angeben", "hervorheben", "unterstreichen", "versichern", "zusichern",
                             "fordern", "empfehlen", "begrüßen", "verurteilen", "auffordern", "aufrufen", "bitten",
                             "beschreiben"})

#: Verbs of demanding whose fronted "von" names whom it is asked of: "Von der Regierung wird
#: gefordert, …", "Von Griechenland werden Reformen gefordert" (the agent follows the auxiliary:
#: "Reformen wurden von der EU gefordert").
ASKED_OF_FRONTED = frozenset({"fordern"})

#: Verbs whose object is whom they address ("würdigte Kluncker", "warf der Regierung vor"): after a
#: subject in the field before the verb, the name after it is that object.
_ADDRESSING_VERBS = frozenset({"vorwerfen", "auffordern", "beschuldigen", "würdigen", "loben", "kritisieren",
                               "danken", "drängen", "bitten", "warnen", "mahnen", "appellieren"})

#: Verbs that say something only of a thing: of a person "begrüßen" is greeting a guest and
#: "verurteilen" sentencing ("Die Gäste wurden vom Bürgermeister begrüßt", "Er wurde verurteilt"),
#: of a thing welcoming and condemning ("Der Vorschlag wurde von Frankreich begrüßt").
_SPOKEN_OF_THINGS = frozenset({"begrüßen", "verurteilen"})
#: Nouns for a group of people greeted or sentenced: "Die Delegation wurde … begrüßt".
_PEOPLE_GROUPS = ("delegation", "gäste", "gast", "mannschaft", "teilnehmer", "besucher", "team", "spieler",
                  "angeklagte", "angeklagten", "täter", "gruppe", "familie", "kinder", "schüler", "sieger")

#: What "zitiert X mit den Worten" quotes X with: X speaks, not who quotes him.
_QUOTED_WITH = frozenset({"worten", "worte", "aussage", "aussagen", "satz", "sätzen", "bemerkung", "feststellung"})

#: Documents that "heißt es in dem Schreiben" or "heißt es darin" points back to; their author is
#: the source who spoke just before.
DOCUMENT_NOUNS = frozenset({"schreiben", "brief", "ansuchen", "antrag", "bescheid", "urteil", "erkenntnis",
                            "entscheidung", "beschluss", "begründung", "papier", "dokument", "stellungnahme",
                            "erklärung", "mitteilung", "aussendung", "presseaussendung", "pressemitteilung",
                            "kommuniqué", "communiqué", "anfragebeantwortung", "antwort", "gutachten", "verlautbarung"})

#: Heads of compounds that name a kind of report whose owner follows it: "im Abschlussbericht der
#: OSZE", "in einer Regierungserklärung der Kanzlerin", "laut dem Jahresbericht von Amnesty".
_REPORT_COMPOUND_HEADS = ("bericht", "berichts", "berichtes", "berichten", "erklärung", "mitteilung",
                          "stellungnahme", "studie", "analyse", "aussendung", "brief", "briefs", "briefes",
                          "schreiben", "schreibens", "gutachten", "gutachtens")
#: Articles between "nach" and a report: "nach einem BBC-Bericht", "nach den Polizeiangaben".
_REPORT_ARTICLES = frozenset({"einem", "einer", "dem", "der", "den"})
#: Letters and expert opinions, which speak for their writer as reports do ("in einem Brief der SPD");
#: not decisions, which a verb may take as its object ("kritisierte die Entscheidung der Fraktion").
_LETTERS = frozenset({"brief", "briefs", "briefes", "schreibens", "gutachten", "gutachtens"})


def _past_article(doc: Doc, k: int, end: int, *, possessives: bool = False) -> int:
    """The first token from ``k`` on, before ``end``, that is no article or inflected adjective (nor,
    with ``possessives``, a possessive): where the noun of "einem ersten Bericht" begins."""
    while k < end and (doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k])
                       or possessives and doc[k].lower_ in _POSSESSIVES):
        k += 1
    return k


def _is_report_noun(word: str) -> bool:
    """Whether the lowercase ``word`` names a report or a letter, simple or compound
    ("Zwischenberichts", "in einem Brief der SPD", "Protestschreiben")."""
    return word in REPORT_NOUNS or word in _LETTERS or any(
        word.endswith(head) and len(word) - len(head) >= 4 for head in _REPORT_COMPOUND_HEADS)


#: Verbs that still state something when negated: "schloss nicht aus, dass …".
NEGATED_STATEMENTS = frozenset({"ausschließen", "bestreiten"})

#: What a newsroom does when it is told: "wie der STANDARD erfuhr".
LEARNING_VERBS = frozenset({"erfuhr", "erfahren", "erfuhren", "vorliegt", "vorlag", "vorliegen"})

#: Verbs that report speech only with what was said beside them: "…, hielt er fest", "hielt fest,
#: dass …", but not "hielten die Frau fest".
CLAUSE_ONLY_VERBS = frozenset({"festhalten"})

#: What a disaster "fordert": "Das Beben forderte 92 Menschenleben" is no demand.
TOLL_NOUNS = frozenset({"menschenleben", "todesopfer", "tote", "toten", "opfer", "leben", "verletzte", "verletzten"})
#: The same as word endings: "das 73 Todesopfer forderte", "hat einen Motorrad-Toten gefordert".
_TOLL_ENDINGS = tuple(TOLL_NOUNS)

#: Verbs whose subject says nothing by them without a quotation or clause beside them:
#: "informierte die Botschaft"; "zeigte sich besorgt", "zeigten sich entsetzt über den Fall" show a
#: mood, where "zeigte sich zuversichtlich, dass …" says something (but "verteidigte den Kurs" takes a stance).
_NO_STATEMENT_WITHOUT_CONTENT = frozenset({"informieren", "sich zeigen", "erwidern", "spekulieren"})

#: Adjectives by which "erklärte X für …" judges and so says something ("für fehlerhaft"); other
#: adjectives declare a status ("für ungültig", "für tot", "für eröffnet").
_JUDGEMENTS = ("fehlerhaft", "falsch", "unzulässig", "rechtswidrig", "verfassungswidrig", "unvereinbar",
               "gescheitert", "unverantwortlich", "inakzeptabel", "unannehmbar", "notwendig", "nötig",
               "unverzichtbar", "gefährlich", "sinnvoll")
#: Dependencies that continue a noun with the name it stands beside: "Der SPD-Politiker Klaus Wowereit".
_NAME_CHAIN = frozenset({"appos", "flat", "flat:name", "compound"})

#: Plural nouns for politicians that "die beiden …" may say of any two named persons.
_POLITICIANS = ("politiker", "politikerinnen", "staatschefs", "regierungschefs", "spitzenpolitiker")

#: Offices, which a person takes up as a noun only where the article gives them that office.
_OFFICES = (*GOVERNMENT_ROLES, "präsident", "präsidentin", "bürgermeister", "bürgermeisterin", "gouverneur",
            "gouverneurin", "botschafter", "botschafterin")

#: Words before an office in a role that make its holder a deputy: "Vizekanzler", "Unterstaatssekretär"
#: (kg stores roles without "Ex-" or "ehemalige", so a former holder cannot be told here).
_DEPUTY_PREFIXES = ("vize", "unter")

#: What a court sentences to: "zu zehn Jahren Haft verurteilt".
_SENTENCES = frozenset({"haft", "haftstrafe", "gefängnis", "geldstrafe", "strafe", "tode", "todesstrafe",
                        "bewährungsstrafe", "freiheitsstrafe", "jahren", "monaten"})

#: Prepositions whose object is no speaker of the verb: "Über die Pläne sagte …" ("von", "aus",
#: "durch" and "seitens" may name one: "wie vom Ministerium mitgeteilt").
_NO_SPEAKER_PREPOSITIONS = frozenset({"über", "für", "in", "im", "beim", "bei", "zu", "zum", "zur", "wegen",
                                      "mit", "gegen", "an", "am", "um", "unter", "ins"})

#: Bodies one is expelled from ("aus der Partei ausgeschlossen"), not ruled out in words.
_MEMBERSHIPS = ("partei", "fraktion", "verein", "klub", "club", "gewerkschaft", "kirche", "gemeinschaft",
                "bündnis", "koalition", "mannschaft", "team", "wettbewerb", "turnier", "verband", "kammer")

#: Reactions that "come from" someone: "Scharfe Kritik kam von der FPÖ".
REACTION_NOUNS = frozenset({"kritik", "lob", "zustimmung", "ablehnung", "widerspruch", "protest", "proteste",
                            "unterstützung", "applaus", "beifall", "warnungen", "forderungen", "dank",
                            "glückwünsche", "argumentation", "forderung", "appell", "absage", "aufforderung",
                            "vorwurf", "vorwürfe", "warnung", "signal", "signale", "dementi", "reaktion", "reaktionen",
                            "stellungnahme", "vorschlag", "vorschläge"})

#: Prepositions of whom a reaction or a word heard comes: "Kritik kam von der FPÖ", "aus der SPD",
#: "seitens der Opposition", "Aus dem Kreml ist zu hören".
_REACTION_FROM = ("von", "vom", "seitens", "aus")

#: Cues of what is heard from someone, who is named in a phrase: "Aus der Regierung ist zu hören",
#: "wie im Ministerium zu erfahren ist".
_HEARD_CUES = ("zu hören", "zu erfahren")

#: Words by which "für X" is certain of something: "Für die SPD steht fest, dass …", "ist klar, dass …".
_CERTAINTIES = frozenset({"fest", "klar", "sicher", "ausgemacht", "unstrittig", "unbestritten", "offensichtlich",
                          "eindeutig", "ausgeschlossen", "erwiesen"})

#: Articles that open no subject: after the verb, "dankte den Helfern" names whom it is said to.
_OBJECT_ARTICLES = frozenset({"dem", "den", "einem", "einen"})

#: Articles and possessives that open no nominative phrase: "den", "einen", "ihren", "seinem" …
_OBJECT_DETERMINERS = _OBJECT_ARTICLES | {f"{stem}{ending}" for stem in ("sein", "ihr", "unser", "dies", "kein")
                                          for ending in ("en", "em")}

#: Times that stand between a verb and its subject: "sagte am Freitag der Minister".
_TIME_NOUN = re.compile(r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Abend"
                        r"|Morgen|Vormittag|Nachmittag|Mittag|Rande)\w*$")

#: Demonstratives that are the object of a verb of saying before its subject: "kommentiert dies X".
_OBJECT_DEMONSTRATIVES = frozenset({"dies", "das", "dieses", "dazu", "darauf"})

#: Endings of participles used as attributes: "geborene", "gehörenden", "gewählter".
_PARTICIPLE_ENDINGS = ("ende", "enden", "ender", "endes", "ene", "enen", "ener", "enes", "te", "ten", "ter", "tes")
#: Adjectives that take a place as a participle does: "die in London ansässige Beobachtungsstelle".
_SEATED = ("ansässig", "tätig", "heimisch")
#: Declined adjectives that govern a phrase before them as a participle does: "für … zuständige",
#: "für … verantwortlichen".
_GOVERNING_ADJECTIVE_ENDINGS = ("ige", "igen", "iger", "liche", "lichen", "licher")

#: Academic titles between a title noun and a name: "Klinikdirektor Prof. Dr. Anna Berger".
ACADEMIC_TITLES = frozenset({"prof.", "prof", "dr.", "dr", "med.", "ing.", "h.c.", "mag.", "dipl.-ing."})

#: Article + nominalised adjective that together are adverbs, not noun phrases.
_ADVERBIAL_PHRASES = frozenset({("des", "weiteren"), ("im", "übrigen"), ("im", "folgenden"), ("im", "einzelnen"),
                                ("im", "allgemeinen"), ("des", "öfteren"), ("aufs", "neue"), ("im", "wesentlichen")})

#: Groups and bodies that speak in the news though they are not named.
AGENT_NOUNS = frozenset({"polizei", "behörden", "behörde", "regierung", "armee", "militär", "opposition",
                         "rebellen", "ärzte", "augenzeugen", "anwohner", "einwohner", "bewohner", "beobachter",
                         "analysten", "diplomaten", "kreise", "quellen", "experten", "aktivisten", "kritiker",
                         "menschenrechtler", "organisation", "organisationen", "ministerium", "kommission",
                         "gericht", "staatsanwaltschaft", "feuerwehr", "zeugen", "helfer", "retter", "medien",
                         "staatsmedien", "agentur", "nachrichtenagentur", "sender", "zeitung", "blatt",
                         "gewerkschaft", "partei", "fraktion", "verband", "konzern", "unternehmen", "firma",
                         "veranstalter", "betreiber", "forscher", "wissenschaftler", "mediziner", "sanitäter",
                         "staatschefs", "staatsführer", "regierungschefs", "außenminister", "militärs", "zeuge",
                         "augenzeuge", "verteidigung", "anklage"})
#: People named by what they are rather than what they do: "der Papst", "die Frauen", "ein Soldat".
#: (Nouns ending like AGENT_ENDINGS, "Vater", "Bürger", "Chef", need no entry here.)
PERSON_NOUNS = frozenset({"papst", "bischof", "kardinal", "pfarrer", "arzt", "anwalt", "soldat", "polizist",
                          "frau", "frauen", "mann", "männer", "eltern", "sohn", "tochter", "witwe", "familie",
                          "angehörige", "angehörigen", "opfer", "überlebende", "überlebenden", "befragte",
                          "befragten", "student", "studenten", "kollege", "kollegen", "kandidat", "kandidaten",
                          "abgeordnete", "abgeordneten", "beamte", "beamten", "tatverdächtige", "verdächtige",
                          "angeklagte", "angeklagten", "geschworene", "geschworenen", "experte", "boss", "fan", "fans",
                          "gast", "gäste",
                          # people by origin, and people at large: "Der Sachse gab an", "Menschen berichteten"
                          "sachse", "franzose", "brite", "russe", "pole", "türke", "grieche", "schwede", "däne",
                          "chinese", "portugiese", "finne", "schotte", "kroate", "serbe", "slowake", "tscheche",
                          "rumäne", "bulgare", "jude", "mensch", "menschen", "leute", "jugendliche",
                          "jugendlichen", "angestellte", "angestellten", "beschäftigte", "beschäftigten",
                          "betroffene", "betroffenen", "verletzte", "verletzten", "anwohner", "insider",
                          "vertraute", "vertrauten", "verantwortliche", "verantwortlichen", "gruppe", "gruppen",
                          "streife", "geistliche", "geistlichen", "ohrenzeuge", "ohrenzeugen"})
#: The feminine of some nouns for people adds an umlaut: "Anwältin" (Anwalt), "Ärztin" (Arzt).
_NO_UMLAUT = str.maketrans("äöü", "aou")
#: Endings that make a noun for a person feminine, stripped to find the noun: "Aktivistin".
_FEMININE_ENDINGS = ("innen", "in")
#: Endings of nouns for people or bodies ("Demonstranten", "Sprecherin", "Aktivist", "Behörde").
AGENT_ENDINGS = ("er", "erin", "innen", "ist", "isten", "ant", "anten", "ent", "enten", "eur", "eure",
                 "behörde", "behörden", "ministerium", "amt", "rat", "dienst", "gericht", "chef", "chefin",
                 "ressort", "volk", "führung", "leitung", "spitze", "kommission", "organisation", "gesellschaft",
                 "agentur", "verband", "institut", "zentrale", "koalition", "direktion", "regierung", "verwaltung", "polizei",
                 "universität", "hochschule", "verlag", "anwaltschaft", "vorsitzende", "vorsitzenden",
                 "zeitung", "magazin", "zeitschrift", "portal", "bahn",
                 # bodies by the usual heads of their names: "Polizeipräsidium", "Bischofskonferenz",
                 # "Währungsfonds", "Nachrichtenseite", "Organisationskomitee"
                 "präsidium", "konferenz", "komitee", "gremium", "bündnis", "initiative", "vereinigung",
                 "stiftung", "kammer", "fonds", "gewerkschaft", "genossenschaft", "mannschaft", "belegschaft",
                 "ärzteschaft", "lehrerschaft", "elternschaft", "bürgerschaft", "burschenschaft", "parlament", "kabinett", "senat", "ausschuss",
                 "nachrichtenseite", "internetseite", "webseite", "site", "sender", "verein", "club", "klub", "team", "fernsehen", "rundfunk",
                 # people by their trade: "Astronomen", "Biologen", "Organisatoren", "Investoren"
                 "nom", "nomen", "loge", "logen", "tor", "toren", "soren",
                 # states, banks, airports and hospitals report and demand: "der mexikanische Staat",
                 # "die Zentralbank", "der Flughafen", "die Klinik"
                 "staat", "staaten", "bank", "flughafen", "klinik", "krankenhaus", "spital", "stadt", "gemeinde")


#: Nouns that, with a definite article, refer back to the last actor of their kind: "wie die
#: Organisation mitteilte" after "Cepadho".
ANAPHORIC_NOUNS = {
    "organisation": ("Organization", "ArmedGroup"), "hilfsorganisation": ("Organization",), "partei": ("Organization",),
    "behörde": ("Organization",), "ministerium": ("Organization",), "agentur": ("Media", "Organization"),
    "nachrichtenagentur": ("Media",), "zeitung": ("Media",), "sender": ("Media",), "blatt": ("Media",),
    "miliz": ("ArmedGroup",), "gruppe": ("ArmedGroup", "Organization"), "rebellengruppe": ("ArmedGroup",),
    "extremistengruppe": ("ArmedGroup",), "terrormiliz": ("ArmedGroup",), "rebellen": ("ArmedGroup",),
    "aufständischen": ("ArmedGroup",),
    "land": ("Country",),
    # companies and unions told again by their kind: "bestätigte der Konzern", "die Airline hatte ... angekündigt"
    **dict.fromkeys((*FIRM_NOUNS, "gewerkschaft", "autobauer", "versicherung", "energieversorger", "landesenergieversorger",
                     "stromkonzern", "ölkonzern", "mischkonzern", "technologiekonzern", "verein", "stiftung",
                     "universität", "hochschule", "sportartikelhersteller", "autokonzern", "bahn"), ("Organization",)),
}

#: Nouns that refer back to a body whatever kind its name tells: "die Behörde" for a ministry.
_BODIES_OF_ANY_KIND = frozenset({"behörde", "behörden", "organisation", "organisationen", "gruppe", "land"})

#: Nouns that refer back to the body named last whose name ends in their head: "das Ressort"
#: for "das Innenministerium", "das Amt" for "das Auswärtige Amt", "das Gericht" for a court.
ANAPHORIC_HEADS = {"ressort": "ministerium", "innenressort": "innenministerium", "amt": "amt",
                   # "das Gericht" after "der Europäische Gerichtshof", "der Verfassungsgerichtshof"
                   "gericht": ("gericht", "gerichtshof"),
                   # "rechnet das Ministerium" after "Verteidigungsminister X" and "der Bundeswehr":
                   # only a ministry named as one is meant, not the last organisation
                   "ministerium": "ministerium",
                   "hilfswerk": "hilfswerk", "institut": "institut", "verband": "verband", "kommission": "kommission"}


#: Words of a match or a lead, with which "verteidigen" is no statement: "den Titel verteidigt".
MATCH_WORDS = frozenset({"titel", "double", "führung", "vorsprung", "tabellenführung", "spitze", "tor", "gut",
                         "stellung", "stellungen", "stadt", "position", "positionen", "krone", "weltmeistertitel"})


#: Heads of compounds whose prefix names the state they act or speak for ("US-Regierungsvertreter",
#: "US-Außenministerium", "US-Militärsprecher"); other heads tell only where someone or something is
#: from ("der US-Kultregisseur", "das US-Magazin Wired", "US-Medien"). Matched in the nominative
#: singular or plural (see _case_stems).
_STATE_ORGANS = ("regierung", "vertreter", "vertreterin", "beamte", "beamter", "diplomat", "diplomatin",
                 "ministerium", "behörde", "armee", "militär", "streitkräfte", "delegation", "botschaft", "amt",
                 "dienst", "dienste", "justiz", "staatsanwaltschaft", "polizei", "administration", "verwaltung",
                 "außenamt", "general", "kommandeur", "kommandant", "unterhändler", "gesandte", "gesandter",
                 "beauftragte", "beauftragter", "staatsanwalt", "staatsanwältin", "ermittler", "ermittlerin",
                 "generalstab", "luftwaffe", "marine", "soldat", "soldatin")
#: Heads that speak for a state only as the leadership or circles of one of its organs or alone:
#: "US-Militärkreise", "die US-Führung", but not "die US-Konzernführung" or "US-Wirtschaftskreise".
_ORGAN_CIRCLES = ("führung", "kreise", "spitze")


def _case_stems(head: str) -> set[str]:
    """``head`` and what it may be without a case or plural ending: "Geheimdiensten" -> "geheimdienste",
    "Ministers" -> "minister", "Präsidenten" -> "präsident", "Staatsanwälten" -> "staatsanwalt"."""
    stems = {head}
    for ending in ("s", "n", "en"):
        if head.endswith(ending) and len(head) > len(ending) + 3:
            stems.add(head[:-len(ending)])
    # umlaut plurals: "Staatsanwälte" of "Staatsanwalt", "Generäle" of "General"
    stems |= {stem[:-1].translate(_NO_UMLAUT) for stem in set(stems)
              if stem.endswith("e") and stem != stem.translate(_NO_UMLAUT)}
    return stems


def _state_organ(head: str) -> bool:
    """Whether the (lower-case) compound head ``head`` names an organ, office or official of a state."""
    for stem in _case_stems(head):
        if stem.endswith(_STATE_ORGANS) or stem.endswith(_OFFICES) or stem.endswith(SPEAKING_MEMBERS):
            return True
        circle = next((c for c in _ORGAN_CIRCLES if stem.endswith(c)), None)
        if circle is not None:
            owner = stem[:-len(circle)]
            # "die US-Staatsführung", "Regierungskreise": the circle of an organ, or of the state itself
            if not owner or owner == "staats" or _state_organ(owner[:-1] if owner.endswith("s") else owner):
                return True
    return False


#: Heads of compounds for people outside the body of their prefix, who do not speak for it: "ein
#: Reddit-Nutzer", "der VW-Rivale", "Apple-Unterstützer", "der Bawag-Aktionär".
_OUTSIDERS = ("nutzer", "nutzerin", "nutzern", "kunde", "kunden", "kundin", "rivale", "rivalen", "konkurrent",
              "konkurrenten", "aktionär", "aktionäre", "aktionären", "unterstützer", "unterstützern", "gegner",
              "gegnern", "kritiker", "kritikern", "fan", "fans", "anhänger", "anhängern",
              # players speak for themselves, not for their club or federation: "der ÖFB-Teamspieler"
              "spieler", "spielerin", "spielern", "profi", "profis")


def _speaker_key_at(doc: Doc, index: EntityIndex, j: int) -> str | None:
    """The key of the body or person that speaks in the mention at token ``j``: none for a compound
    prefix that tells only where someone is from ("US-Medien", "ein Reddit-Nutzer"), for whom the
    unnamed noun is the source instead."""
    key = index.key_at(j)
    if key is not None and index.by_token[j][1] == "prefix" and not _speaks_for(doc[j].text, index.category(key)):
        return None
    return key


def _client_after_noun(doc: Doc, index: EntityIndex, start: int, j: int, key: str) -> bool:
    """Whether the person named at ``j`` is a genitive after a noun of the phrase from ``start`` whose
    client, employer or the like they are ("die Anwältin Peter Maiers"; see RoleFinding._client)."""
    if index.category(key) != "Person":
        return False
    first = j
    while first - 1 >= start and index.key_at(first - 1) == key:
        first -= 1
    return first > start and doc[first - 1].pos_ == "NOUN" and RoleFinding._client(doc, index, j)


def _of_sex(actor, sex: str | None) -> bool:
    """Whether ``actor`` may be of the sex ``sex`` (any, if None): its gender is that one or unknown."""
    return sex is None or actor.gender in (None, sex)


def _role_source(doc: Doc, index: EntityIndex, ref):
    """The holder of the role ``ref`` or, unnamed, its affiliation as the source, with the role's
    tokens, or None: not one the role is addressed to, and a state only through its organs
    ("US-Diplomaten sagen"), not through anyone from it ("US-Forscher sagen", "britische Forscher":
    the unnamed noun is the source then)."""
    if not ref or not (ref.person or ref.affiliation) or _addressee_in(doc, ref.start, ref.end):
        return None
    if ref.person or index.category(ref.affiliation) != "Country" or _speaks_for(ref.role, "Country"):
        return (ref.person or ref.affiliation), (ref.start, ref.end)
    return None


def _speaks_for(word: str, category: str | None) -> bool:
    """Whether the person or body ``word`` speaks for the state or body (of ``category``) its prefix
    or adjective names: a state through its organs and officials, a body through anyone but outsiders."""
    head = word.rsplit("-", 1)[-1].lower()
    if category == "Country":
        return _state_organ(head)
    return not head.endswith(_OUTSIDERS)


#: Heads of nouns for a contest one takes part in, which "bestreiten" and "verteidigen" take as
#: their object without any statement: "bestritt 106 Länderspiele", "verteidigte das Gelbe Trikot".
#: A bare "Kampf" is left out: "verteidigte den Kampf gegen die Teuerung", "den Wahlkampf" are statements.
_CONTEST_HEADS = ("spiel", "spiele", "spielen", "wettkampf", "wettkämpfe", "titelkampf", "titelkämpfe",
                  "zweikampf", "zweikämpfe", "turnier", "turniere", "rennen", "match",
                  "matches", "partie", "partien", "finale", "trikot", "saison", "einsätze", "wettbewerb")
#: Words that end in a contest head without naming one: "mit zahlreichen Beispielen", "das Zusammenspiel".
_NO_CONTESTS = ("beispiel", "beispiele", "beispielen", "zusammenspiel", "wechselspiel", "planspiel")


def _is_contest(word: str) -> bool:
    return word.endswith(_CONTEST_HEADS) and not word.endswith(_NO_CONTESTS)


def _contested_object(doc: Doc, sent: Span, i: int) -> bool:
    """Whether the verb at ``i`` takes a contest as its own direct object ("bestritt 106 Länderspiele",
    "verteidigte das Gelbe Trikot"). Only the object counts, and of a compound object the last part:
    "bestritt die Manipulation der Spiele", "verteidigte die Kosten für das Stadion und die Spiele" and
    "bestritt den Vorwurf, Absprachen im Wettbewerb getroffen zu haben" speak of a contest but deny or
    justify something in words. A subject counts too: a contest denies nothing, and the parser takes
    a fronted object for one ("Vier Wettkämpfe bestreitet er im Jahr")."""
    verb = doc[i]
    objects = [t for t in verb.children if t.dep_ in ("obj", "nsubj") and sent.start <= t.i < sent.end]
    return any(t.pos_ in ("NOUN", "PROPN") and _is_contest(t.lower_) for t in objects)


#: Ailments one complains of without stating anything: "klagte über Schmerzen", "über Unwohlsein".
_AILMENTS = ("schmerz", "unwohlsein", "übelkeit", "atemnot", "schwindel", "fieber")

#: Nouns for a person's relatives: "Badawis Ehefrau sagte" is said by his wife, not by him (unlike
#: "Merkels Sprecher", who speaks for her).
RELATIVE_NOUNS = frozenset({"ehefrau", "frau", "ehemann", "mann", "witwe", "witwer", "sohn", "tochter", "bruder",
                            "schwester", "mutter", "vater", "eltern", "onkel", "tante", "neffe", "nichte", "enkel",
                            "enkelin", "cousin", "cousine", "schwager", "schwägerin", "lebensgefährte",
                            "lebensgefährtin", "verlobte", "verlobter", "freundin", "freund", "familie",
                            "angehörige", "angehörigen", "geschwister", "kinder"})

#: Endings of a participle between a person's genitive and a noun for a relative, which a tagger may
#: take for a finite verb: "Badawis nach Kanada geflüchtete Ehefrau" (narrower than
#: _PARTICIPLE_ENDINGS: no present participles or masculine endings, which end ordinary words here).
_RELATIVE_ATTRIBUTE_ENDINGS = ("te", "ten", "tene", "tenen", "ene", "enen")

#: Nouns for the office or circle of a person or body that speaks for it: "hieß es aus dem Büro des
#: Präsidenten", "aus dem Umfeld von Merkel".
OFFICE_NOUNS = frozenset({"büro", "umfeld", "kreisen", "lager", "team", "stab", "kanzlei", "sekretariat",
                          "pressebüro", "presseamt", "pressestelle"})


#: Heads of compounds that name a report by its source: "Polizeiangaben", "Medienberichten zufolge".
REPORT_HEADS = ("angaben", "berichten", "berichte", "bericht", "aussagen", "informationen", "meldungen",
                "meldung", "erkenntnissen", "schätzungen")
#: Bodies a report compound may name besides agent nouns: "Bahnangaben", "Militärangaben".
_REPORTING_BODIES = frozenset({"bahn", "militär", "armee", "presse", "regierung", "polizei", "medien", "agentur"})

#: Articles of a definite noun phrase in the singular that may refer back: "der Anwalt", "des Ökonomen".
_DEFINITE_SINGULAR = frozenset({"der", "die", "dem", "des"})
#: Endings of nouns for one person by trade or office: "Arbeitsrechtler", "Präsident", "Ökonom".
_PERSON_ENDINGS = ("er", "ist", "ant", "ent", "eur", "om", "oge", "at", "präsident", "chef", "minister")

#: A person told by age, or an age as an attribute before a noun: "der 65-Jährige", "die 43-jährige",
#: "dem 69-jährigen Niederländer".
_AGED = re.compile(r"\d{1,3}-[Jj]ährige[nmrs]?")
# (article, the noun ends in -n) -> the sex of one person told by age: "der 62-Jährige", "dem
# 62-Jährigen" are a man, "die 43-Jährige", "der 43-Jährigen" a woman; "die 20-Jährigen" are several
_AGED_GENDER = {("der", False): "masculine", ("des", True): "masculine", ("dem", True): "masculine",
                ("die", False): "feminine", ("der", True): "feminine"}

#: Prefixes of verbs whose past participle has no "ge-": "erwartet", "berichtet", "verkündet".
_PARTICIPLE_PREFIXES = ("be", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "hinter", "wider")

#: The endings of AGENT_ENDINGS that name bodies, not any doer: "Ministerium", "Verwaltung".
_BODY_ENDINGS = tuple(e for e in AGENT_ENDINGS if len(e) > 4 or e in ("amt", "rat"))


def _asked_of(doc: Doc, verb, von: int) -> bool:
    """Whether the "von" at ``von`` stands before the passive auxiliary of a verb of demanding, so
    that it names whom the demand is made of (see ``ASKED_OF_FRONTED``)."""
    return verb.lemma_ in ASKED_OF_FRONTED and von < _passive_auxiliary(verb)


def _passive_auxiliary(verb) -> int:
    """Where the "werden" of the passive ``verb`` stands (the verb's own position if the parse has none)."""
    return next((c.i for c in verb.children if c.lemma_ == "werden" and c.dep_ in ("aux", "aux:pass")), verb.i)


def _is_word(token) -> bool:
    """Letters only, or a compound joined by hyphens: "UNMIS-Sprecher", "Distrikt-Gouverneur"."""
    return token.is_alpha or (token.text.replace("-", "").isalpha() and not token.text.startswith("-"))


def _in_subordinate_clause(token) -> bool:
    """Whether the token's verb heads a subordinate clause ("dass alle Insassen … waren")."""
    verb = token.head
    return verb.dep_ in ("advcl", "ccomp", "acl", "acl:relcl", "csubj") or any(c.dep_ == "mark" for c in verb.children)


def _tagged_name(token) -> bool:
    """ "erklärte McClaren": a capitalised word the tagger took for a common noun but the
    recogniser marks as (part of) a person's or an organisation's name."""
    return token.ent_type_ in ("PER", "ORG") and token.text[:1].isupper() and _is_word(token) \
        and not is_dictionary_noun(token.text)  # not "Philosophie", whatever the recogniser says


#: Endings of nouns for bodies and abstractions, which no surname has: "laut Polizei", "Führung".
_ABSTRACT_NOUN_ENDINGS = ("ei", "ung", "heit", "keit", "schaft", "tion", "tät", "ismus")


def _bare_surname(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a surname alone: capitalised, in the singular, after no article
    or adjective, and no ordinary noun ("sagte Pfister"; not "sagten Experten", "der Sprecher", "der
    offizielle Versicherer", "laut Berliner Polizei", though "Pfister" ends like them; nor an adjective
    capitalised as a sentence's first word)."""
    token = doc[i]
    before = doc[i - 1] if i > 0 else None
    return token.is_alpha and token.text[:1].isupper() and len(token.text) > 2 and not token.is_upper \
        and token.morph.get("Number") != ["Plur"] and not token.lower_.endswith(_ABSTRACT_NOUN_ENDINGS) \
        and not (before is not None and (before.lower_ in DETERMINERS or before.pos_ in ("DET", "ADJ", "NUM")
                                         or before.text[:1].isupper() or is_adjective_like(before))) \
        and not is_common_noun(token.text) and not is_untabled_noun(token.text) \
        and not (token.is_sent_start and is_lemma_table_adjective(token.lower_))  # "Zurückhaltender äußerte sich …"


def _name_pair(doc: Doc, i: int, limit: int) -> bool:
    """ "sagte Honoré Durand": a capitalised word the tagger took for a noun, right before a proper
    noun of the same phrase, is a first name."""
    return i + 1 < limit and doc[i].pos_ == "NOUN" and doc[i].text[:1].isupper() and _is_word(doc[i]) \
        and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper() and doc[i + 1].dep_ in ("appos", "flat", "flat:name") \
        and doc[i + 1].head.i == i


def _addressee_in(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` run past "gegenüber" ("ein Sprecher des Konzerns gegenüber der
    Zeitung") or past a finite verb ("eine Sprecherin des Konzerns sagte der Agentur dpa"): the
    body after it is whom the speaker told, not whom he speaks for."""
    return any(t.lower_ == "gegenüber" or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", ["Fin"])
               and (t.morph.get("Mood") or t.morph.get("Tense")) for t in doc[start + 1:end])


#: Heads of compounds for people or bodies ("Oppositionsparteien", "Staatsanwalt", "Erdbebenopfer");
#: not "zeuge", which ends "Flugzeuge" and "Fahrzeuge".
_AGENT_HEADS = tuple(sorted(n for n in AGENT_NOUNS | PERSON_NOUNS if len(n) >= 5 and not n.startswith("zeuge")))
#: Conjunctions that open a clause whose subject may follow: "wie die Polizei mitteilte".
_CLAUSE_OPENERS = frozenset({"wie", "dass", "als", "nachdem", "weil", "da", "ob", "obwohl", "während"})
#: Possessives and quantifiers that open a source's phrase as an article does ("nach Angaben seines
#: Anwalts", "nach Ansicht einiger Juristen", "laut mehreren Zeugen").
_GENITIVE_DETERMINERS = frozenset({"seines", "ihres", "unseres", "einiger", "mehrerer", "vieler", "zahlreicher",
                                   "beider", "einige", "mehrere", "viele", "zahlreiche", "beide", "mehreren",
                                   "vielen", "zahlreichen", "beiden", "einigen"})
#: An acronym, maybe in the genitive: "laut ZDF", "nach Angaben des ZDFs".
_ACRONYM = re.compile(r"(?!(MEZ|MESZ|UTC|GMT|CET|EUR|USD|CHF|PS|KW|MW|GW|KM|HIV|AIDS|DNA|PC|TV|CD|DVD)s?$)[A-ZÄÖÜ]{2,5}s?")
#: Speech verbs whose perfect is formed with "sein", which is no passive: "Die Forscher waren davon ausgegangen".
_SEIN_PERFECT = frozenset({"ausgehen"})
#: Heads of nouns for media: an unknown source named by one is a medium.
_MEDIA_HEADS = ("fernsehen", "rundfunk", "sender", "zeitung", "blatt", "magazin", "zeitschrift", "portal",
                "nachrichtenseite", "internetseite", "webseite", "website", "nachrichtensite", "agentur", "radio")
#: Adverbs that open a sentence, which a tagger may take for a noun there ("Unterdessen haben …").
_SENTENCE_ADVERBS = frozenset({"unterdessen", "inzwischen", "mittlerweile", "zuvor", "bereits", "damals", "zudem",
                               "allerdings", "jedoch", "dennoch", "daraufhin", "anschließend", "zuletzt", "erst",
                               "schon", "nun", "jetzt", "heute", "ebenso", "ebenfalls", "auch", "dagegen",
                               "hingegen", "indes", "derweil", "kürzlich", "jüngst", "zunächst"})
#: Words before the finite verb that are no subject: adverbs and the words kg never takes for a source.
_FRONT_NON_SUBJECTS = _NOT_SOURCES | _SENTENCE_ADVERBS


def _role_after_genitive(doc: Doc, index: EntityIndex, end: int, limit: int):
    """ "Russlands (neuer) Energieminister Alexander Nowak": the role, held by a named person,
    after a state's or body's name in the genitive that ends at ``end``; or None."""
    if not doc[end - 1].text.endswith("s"):
        return None
    while end < limit and is_adjective_like(doc[end]) and doc[end].is_lower:
        end += 1
    role = index.role_at(end) if end < limit else None
    return role if role is not None and role.person else None


def _person_after_genitive(doc: Doc, index: EntityIndex, key: str, end: int, limit: int) -> tuple[str, int] | None:
    """ "Müllers Anwalt Peter Schmidt": the person named after a person's genitive (its name ends at
    ``end``) and a noun for how he stands to that one, who speaks: his key and where his name ends."""
    if not (end + 1 < limit and doc[end - 1].text.endswith(("s", "'")) and doc[end].pos_ == "NOUN"
            and doc[end].text[:1].isupper() and index.key_at(end) is None):
        return None
    after = index.key_at(end + 1)
    if after is None or after == key or index.category(after) != "Person":
        return None
    person_end = end + 1
    while person_end < limit and index.key_at(person_end) == after:
        person_end += 1
    return after, person_end


def _names_no_speaker(word: str) -> bool:
    """A lowercased word that heads no source ("laut Gesetz"), a rule or charter among them
    ("laut Redaktionsstatut")."""
    return word in _NOT_SOURCES or word.endswith(_RULE_NOUN_ENDINGS)
#: Quantifiers that open a plural subject as an article does: "einige Abgeordnete".
_QUANTIFIERS = frozenset({"einige", "mehrere", "viele", "zahlreiche", "manche", "etliche", "beide", "weitere",
                          "andere", "wenige"})
#: Lowercase particles that open a personal name: "de Maizière", "van Gaal", "von der Leyen".
_NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "le", "la", "dos", "das"})
#: A state's armed forces named without the state: "die Armee", "das Militär", "nach Armeeangaben".
_ARMED_BODIES = frozenset({"armee", "militär", "militärs", "streitkräfte", "streitkräften", "armeeführung",
                           "militärführung"})
#: Nouns for a state's soldiers or forces that an adjective or genitive ties to the state: "die
#: türkische Armee", "israelische Soldaten", "Syriens Streitkräfte".
_ARMED_NOUNS = ("armee", "militär", "streitkräft", "truppe", "soldat", "sicherheitskräft", "luftwaffe", "marine",
                "regierungstruppe", "regierungssoldat")
#: Lowercase links inside Arabic and other names: "Ahmed bin Mohammed", "Abu Bakr", "Ibn Saud".
_NAME_LINKS = frozenset({"bin", "ibn", "ben", "bint", "al", "el", "abu", "abd", "ould"}) | _NAME_PARTICLES
#: Titles before a name that are no part of it: "Prinz Chaled al-Faisal", "Scheich Ahmed".
_NAME_TITLES = frozenset({"prinz", "prinzessin", "kronprinz", "scheich", "emir", "sultan", "könig", "königin",
                          "imam", "ajatollah", "mullah", "general", "oberst", "major", "präsident", "präsidentin"})
#: Separable particles a writer may put apart before the verb at the end of a clause ("bekannt gab").
_FRONT_PARTICLES = frozenset({"bekannt", "mit", "an", "fest", "klar", "hinzu", "hervor", "zurück", "vor", "zu"})


def _without_genitive(word: str) -> str:
    """ "verbands", "verbandes", "ministeriums", "rates" → "verband", "ministerium", "rat": a
    masculine or neuter noun after "des" without its genitive ending (a word without one is
    returned as it is). A form that is a known anaphoric noun wins ("amtes" → "amt", not "amte");
    else the first of the stems without "-es" and "-s" long enough for a noun ("rat", "verband")."""
    if word.endswith("nisses"):
        return word[:-3]  # "des Bündnisses"
    # (stem, its shortest length): "rat" of "rates" is a noun, "rate" of "rates" is not meant
    forms = [(word[: -len(ending)], shortest) for ending, shortest in (("es", 3), ("s", 4))
             if word.endswith(ending) and not word.endswith("ss")]
    known = next((form for form in (word, *(f for f, _ in forms))
                  if form in ANAPHORIC_HEADS or form in ANAPHORIC_NOUNS), None)
    if known is not None:
        return known
    return next((form for form, shortest in forms if len(form) >= shortest), word)


def _kind_of_compound(word: str) -> tuple[str, ...] | None:
    """The kinds of actor a compound refers back to by its last part: "Umweltorganisation",
    "Menschenrechtsorganisation" like "Organisation", "Staatszeitung" like "Zeitung"."""
    return next((kinds for head, kinds in ANAPHORIC_NOUNS.items()
                 if len(head) >= 6 and word.endswith(head) and len(word) - len(head) >= 3), None)


def _age_as_noun(doc: Doc, i: int, limit: int) -> bool:
    """ "sagte der 62-Jährige": an age with no noun after it stands for the person (the tagger
    reads it as an adjective); "der 62-jährige Politiker" is an attribute."""
    return bool(_AGED.fullmatch(doc[i].text)) and not (i + 1 < limit and doc[i + 1].pos_ in ("NOUN", "PROPN"))


def _is_title_noun(token) -> bool:
    """A noun that may stand before a name as its title: "Klinikdirektor", "verdi-Verhandlungsführer"."""
    return token.pos_ in ("NOUN", "PROPN") and (token.text[:1].isupper() or ("-" in token.text and _is_word(token)))


#: Words that open a clause telling what a ruling was on or why it fell, not what holds: "entschied,
#: ob die Klage zulässig sei", "…, da die Frist abgelaufen sei", "…, wer die Kosten trage".
_NOT_WHAT_HOLDS = ADVERBIAL_SUBORDINATORS | {"ob", "wie", "wer", "wen", "wem", "wessen", "was", "wann", "wo", "warum",
                                             "wieso", "weshalb", "weswegen", "welche", "welcher", "welches",
                                             "welchen", "welchem", "inwieweit", "inwiefern", "wofür", "worüber"}

#: Words for a stretch of time, after "in" no view's object: "im letzten Moment", "in der 80. Minute".
_TIME_UNITS = ("moment", "augenblick", "sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr", "halbzeit",
               "saison", "zeit", "nacht", "verlauf")


@lru_cache(maxsize=1)
def _assessment_nouns() -> frozenset[str]:
    """The nouns of assessment that make "sehen" a cue ("sieht eine Gefahr"): its phrases in the
    cue lexicon, read from there so that the two stay one list."""
    from kg.nlp.factories import default_lexicon

    return frozenset(cue.phrase[-1] for cue in load_cues(default_lexicon("cues.jsonl"))
                     if cue.id == "sehen" and cue.phrase)


def _viewed_in(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` end in an "in" phrase that names what a view is of: "in dem
    Gesetz", "im Vorschlag der Kommission"; not a time or a place ("im letzten Moment", "in der 80.
    Minute", "im Stadion")."""
    k = end - 1
    while k >= start and (doc[k].pos_ in ("DET", "NOUN", "PROPN", "NUM") or is_adjective_like(doc[k])
                          or doc[k].like_num):
        k -= 1
    if k < start or doc[k].lower_ not in ("in", "im") or k + 1 >= end or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return False  # (a phrase that ends in its noun: not "in der 80." of "in der 80. Minute")
    words = doc[k + 1:end]
    heads = [t.lower_ for t in words if t.pos_ in ("NOUN", "PROPN")]
    return not any(t.like_num or t.text[:1].isdigit() or t.text in TIME_WORDS or _TIME_NOUN.match(t.text) for t in words) \
        and not any(head.startswith(_TIME_UNITS) or head in PLACE_PARTS  # ("teil", not "im Urteil")
                    or head.endswith((*NOT_SETTLEMENTS, *PLACE_KIND_ENDINGS)) for head in heads)


class SourceExtractor:
    def __init__(self, *, cues_key: str = "kg_cues", unlinked_sources: bool = True) -> None:
        self.cues_key = cues_key
        self.unlinked_sources = unlinked_sources

    def extract(self, doc: Doc, index: EntityIndex) -> list[Claim]:
        claims: list[Claim] = []
        self._recent: tuple[int, str] | None = None  # (sentence, source) of the last claim
        # (sentence, source, whether feminine) of the last claim a spokesperson made
        self._spokesperson: tuple[int, str, bool] | None = None
        # (sentence, source, pronoun) of the last claim whose speaker was named by "er" or "sie"
        self._pronoun_chain: tuple[int, str, str] | None = None
        # a plural "sie" at token i standing for several actors listed before: (i, the others)
        self._pronoun_partners: tuple[int, list[str]] = (-1, [])
        # whose each report, resolution or letter named so far is: "Dem Bericht zufolge" speaks for it
        self._documents = DocumentRegister()
        cues = [c for c in doc.spans.get(self.cues_key, []) if c.label_ in ("source_marker", "speech_verb")]
        cues = sorted([*cues, *self._compound_cues(doc, {c.start for c in cues})], key=lambda c: c.start)
        # "Er grinste in die Kamera": a grin is speech only beside what is said
        cues = [c for c in cues if c.kb_id_ not in MANNER_OF_SPEAKING or self._introduces_speech(doc, c.sent, c)
                or c.kb_id_ in _DOCUMENTING and self._document_subject(doc, c)]
        self._speech_verbs = {c.start for c in cues if c.label_ == "speech_verb"}
        quotations = [(m.start(), m.end()) for m in _QUOTATION.finditer(doc.text)]
        # tokens inside a quotation long enough to hold a statement of its own
        self._in_long_quotation = {t.i for begin, finish in quotations if finish - begin > 60
                                   for t in doc.char_span(begin, finish, alignment_mode="expand") or ()
                                   if begin < t.idx}
        self._sentence = 0
        previous: Span | None = None
        for number, sent in enumerate(doc.sents):
            self._sentence = number
            if number == 0 and self._headline(doc, sent):
                continue  # "Leitgeb verlangt Einsparungen": a headline sums up the article, it attributes nothing
            claims_before = len(claims)
            seen: set[str] = set()
            read: set[tuple[int, str]] = set()
            sentence_cues = [c for c in cues if sent.start <= c.start < sent.end]
            attributions = []
            for cue in sentence_cues:
                if (cue.start, cue.label_) in read:
                    continue  # the lexicon lists some verbs twice ("betonen"): one claim per word
                found = self._reported(doc, sent, cue, index, number) if cue.label_ == "source_marker" \
                    else self._speech(doc, sent, cue, index, number)
                # "wie im Ministerium zu erfahren ist": an infinitive with "zu" whose speaker is in a phrase
                if found is not None and cue.label_ == "speech_verb" and cue.kb_id_ not in _HEARD_CUES \
                        and self._inside_infinitive(doc, sent, cue.start, found[1]):
                    found = None
                if found is not None:
                    found = self._national_as_person(doc, index, found)
                if found is not None:
                    read.add((cue.start, cue.label_))
                    # "Frankreich und die Vereinigten Staaten haben ... verurteilt": each of them says it
                    partners = [(key, found[1]) for key in self._pronoun_partners[1]] \
                        if self._pronoun_partners[0] == found[1][0] else []
                    if cue.label_ == "speech_verb":
                        partners = [*partners, *self._cited_from(doc, sent, cue, index, number)]
                    attributions.append((cue, found, partners))
            for cue, found, partners in self._outermost(doc, sent, attributions):
                source, (src_start, src_end), cue_start, cue_end, kind = found
                for source, (src_start, src_end) in [(source, (src_start, src_end)),
                                                     *self._listed_with(doc, index, sent, src_end, open_list=(
                                                         self._opens_list(doc, src_start, src_end, cue.start))),
                                                     *partners]:
                    if source in seen:
                        continue
                    seen.add(source)
                    claims.append(self._claim(doc, sent, number, quotations, source, (src_start, src_end),
                                              (cue_start, cue_end), kind))
            # "Poposki: Es gab eine Initiative …": a cue word that names no speaker ("gab") does
            # not hide the speaker before the colon
            colon = self._colon_quote(doc, sent, index) if len(claims) == claims_before \
                else self._interviewee(doc, sent, index, seen)
            if colon is not None:
                source, named, colon_i = colon
                # the cue of "Ziercke: „…“" is the speaker and his colon together
                reported = doc[colon_i + 1].text not in _OPENING_QUOTES \
                    and any(self._is_reporting_verb(t) for t in doc[colon_i + 1:sent.end])
                claims.append(self._claim(doc, sent, number, quotations, source, named,
                                          (min(named[0], colon_i), colon_i + 1),
                                          "indirect_speech" if reported else "direct_quote"))
            view = self._view_of(doc, sent, index, number) if len(claims) == claims_before else None
            if view is not None:
                source, named, cue = view
                claims.append(self._claim(doc, sent, number, quotations, source, named, cue, "indirect_speech"))
            reported = (self._owned_statement(doc, sent, index, number)
                        or self._view_named(doc, sent, index, number)) if len(claims) == claims_before else None
            if reported is not None:
                source, named, cue = reported
                claims.append(self._claim(doc, sent, number, quotations, source, named, cue, "reported"))
            if len(claims) == claims_before and previous is not None:
                continued = self._continued(doc, sent, previous, number, index)
                if continued is not None:
                    continued = self._national_as_person(doc, index, continued)
                if continued is not None:
                    source, named, cue = continued
                    claims.append(self._claim(doc, sent, number, quotations, source, named, cue, "indirect_speech"))
            said_in = self._said_in_document(doc, sent, index, number) if len(claims) == claims_before else None
            if said_in is not None:
                source, named, cue = said_in
                claims.append(self._claim(doc, sent, number, quotations, source, named, cue, "reported"))
            self._note_documents(doc, sent, index, number, claims[claims_before:])
            previous = sent
        return claims

    def _note_documents(self, doc: Doc, sent: Span, index: EntityIndex, number: int, claims: list[Claim]) -> None:
        """Remember whose each document named in the sentence is: the owner named after it ("ein Bericht
        der OSZE", "die Resolution, die vom Sicherheitsrat angenommen wurde"), in its compound
        ("UN-Bericht"), else the one source of the sentence's claims when the document is what they
        were said in ("In einem Bericht fordert Kofi Annan …", "in seinem Bericht prangert er … an")."""
        speakers = {claim.source for claim in claims}
        speaker = next(iter(speakers)) if len(speakers) == 1 else None
        for token in sent:
            if token.pos_ not in ("NOUN", "PROPN") or document_head(token.text) is None:
                continue
            owner = self._document_owner_named(doc, index, token.i, sent.end, number)
            if owner is None and speaker is not None and index.actors[speaker].named \
                    and self._said_in(doc, sent, token.i):
                owner = speaker
            if owner is None and token.i + 1 < sent.end and doc[token.i + 1].lower_ in _OWNER_WORDS:
                owner = ""  # "einen Bericht der Zeitung": someone's, but no one named
            if owner is None and self._introduced(doc, sent, token.i):
                # "Die Weltbank legte einen eigenen Bericht vor": a new document, the subject's
                owner = self._subject_key(doc, index, token) or ""
            if owner is not None:
                self._documents.note(token.text, owner, number)
        for claim in claims:
            if claim.cue.split()[0].lower().startswith("bericht") or " bericht" in claim.cue.lower():
                # "Die Zeitung „El Universal“ berichtete über einen Fall. Dem Bericht zufolge …"
                self._documents.note("Bericht", claim.source, number)

    def _document_owner_named(self, doc: Doc, index: EntityIndex, i: int, end: int, number: int) -> str | None:
        """The owner of the document at ``i`` as named after it up to ``end``, or None."""
        key = index.key_at(i)
        if key is not None and index.by_token.get(i, (None, None))[1] in ("prefix", "alias") \
                and index.category(key) in SOURCE_CATEGORIES and index.actors[key].named:
            return index.principal(key) if index.category(key) == "Country" else key  # "der UN-Bericht"
        if i + 1 < end and (doc[i + 1].lower_ in _OWNER_WORDS or doc[i + 1].lower_ in _POSSESSIVE_GENITIVES):
            found = self._source_at(doc, index, i + 1, end, number, generic=False)
            return found[0] if found is not None and index.actors[found[0]].named else None
        if i + 2 < end and doc[i + 1].text == "," and doc[i + 2].lower_ in ("der", "die", "das"):
            # "die Resolution, die vom Sicherheitsrat angenommen wurde": the agent of the relative clause
            for k in range(i + 3, min(end - 1, i + 12)):
                if doc[k].text in (",", ".", ";", ":"):
                    break
                if doc[k].lower_ in ("von", "vom"):
                    found = self._source_at(doc, index, k + 1, end, number, generic=False)
                    return found[0] if found is not None and index.actors[found[0]].named else None
        return None

    @staticmethod
    def _introduced(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the document at ``i`` is named for the first time, with an indefinite article or
        a possessive ("einen eigenen Bericht", "eine neue Umfrage", "seinen Brief")."""
        k = i - 1
        while k >= sent.start and is_adjective_like(doc[k]):
            k -= 1
        return k >= sent.start and (doc[k].lower_ in INDEFINITE_ARTICLES or doc[k].lower_ in _POSSESSIVES)

    @staticmethod
    def _subject_key(doc: Doc, index: EntityIndex, token) -> str | None:
        """The named actor that is the subject of the verb a noun hangs on, or None."""
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                key = next((index.key_at(t.i) for t in child.subtree if index.key_at(t.i) in index.actors), None)
                if key is not None and index.actors[key].named:
                    return index.principal(key) if index.category(key) == "Country" else key
        return None

    @staticmethod
    def _said_in(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the document at ``i`` is what the sentence's statement was made in or by: "In einem
        gestern veröffentlichten Bericht", "in seinem Bericht", "laut der Studie"."""
        k = i - 1
        while k >= sent.start and (is_adjective_like(doc[k]) or doc[k].lower_ in DETERMINERS
                                   or doc[k].lower_ in _POSSESSIVES or doc[k].like_num):
            k -= 1
        return k >= sent.start and doc[k].lower_ in ("in", "im", "laut", "nach", "gemäß", "mit")

    def _document_referred_to(self, doc: Doc, index: EntityIndex, i: int, limit: int, sentence: int) -> str | None:
        """The owner of a document the article named before, referred to again by a definite mention
        with no owner of its own: "dem Bericht zufolge", "im Bericht", "der ai-Bericht"."""
        if document_head(doc[i].text) is None or i - 1 < 0:
            return None
        if doc[i - 1].lower_ not in DEFINITE_DETERMINERS and not (
                doc[i - 1].lower_ in ("laut", "gemäß") and doc[i].lower_.endswith(document_head(doc[i].text))):
            # "ein Bericht" is another one; "laut ai-Bericht", "laut Bericht" the one named, but
            # "laut Berichten aus der Hauptstadt" any
            return None
        if i + 1 < limit and (doc[i + 1].lower_ in _OWNER_WORDS or doc[i + 1].lower_ in _POSSESSIVE_GENITIVES
                              or index.key_at(i + 1) is not None):
            return None  # "der Bericht der OSZE" names its own owner
        # "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es": named right here
        return self._document_owner_named(doc, index, i, limit, sentence) \
            or self._documents.owner_of(doc[i].text, sentence)

    def _said_in_document(self, doc: Doc, sent: Span, index: EntityIndex, number: int):
        """ "Im Bericht werden zahlreiche Beispiele aufgeführt", "Die Konflikte werden im Bericht auf die
        Armut zurückgeführt": what a passive says in a document named before, its owner says, whatever
        the verb. (source, token range of the document, cue range), or None."""
        for token in sent:
            if token.lower_ not in ("im", "in") or token.i + 1 >= sent.end:
                continue
            at = token.i + 1 if token.lower_ == "im" else token.i + 2
            if at >= sent.end or (token.lower_ == "in" and doc[token.i + 1].lower_ not in ("dem", "diesem")):
                continue
            owner = self._document_referred_to(doc, index, at, sent.end, number)
            if not owner:
                continue
            start, end = clause_bounds(sent, at)
            auxiliary = next((t for t in doc[start:end] if t.lemma_ == "werden" and t.pos_ == "AUX"), None)
            if auxiliary is not None and any(t.pos_ == "VERB" and not is_finite(t) for t in doc[start:end]):
                return owner, (at, at + 1), (token.i, at + 1)
        return None

    @staticmethod
    def _introduces_speech(doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether a verb of manner stands beside words said: after them ("…, grinst Van der Bellen",
        "„…“, scherzte er"; not after a fronted clause: "Während Merkel sprach, schimpfte Seehofer")
        or before a colon or "dass" ("Sie seufzte: …")."""
        if cue.start > sent.start and doc[cue.start - 1].text in (",", "“", "”", "\"", "«", "»", "–"):
            fronted_clause = doc[cue.start - 1].text == "," and doc[sent.start].lower_ in ADVERBIAL_SUBORDINATORS \
                and not any(t.is_quote for t in doc[sent.start:cue.start])
            if not fronted_clause:
                return True
        return any(t.text == ":" or t.lower_ == "dass" for t in doc[cue.end:min(sent.end, cue.end + 5)])

    @staticmethod
    def _document_subject(doc: Doc, cue: Span) -> bool:
        """ "Gewalt dokumentiert der Bericht": the subject of the verb is a document."""
        return any(c.dep_ in _SUBJECT_DEPS and document_head(c.text) is not None for c in doc[cue.start].children)

    @staticmethod
    def _headline(doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` is a headline set apart above the text ("Niger weist Angebot zurück"
        and a blank line): a line that ends without the full stop of a sentence."""
        words = [t for t in sent if not t.is_space]
        if not words or sent.end >= len(doc) or not line_break_after(doc, sent, sent.end):
            return False
        return words[-1].text not in (".", "!", "?", "…", "“", "”", "\"", "«", "»", ")")

    @staticmethod
    def _inside_infinitive(doc: Doc, sent: Span, i: int, named: tuple[int, int]) -> bool:
        """ "Das Projekt, ESPASA zu schreiben, …": an infinitive with "zu" at ``i`` has no subject of
        its own; a name between the comma opening its clause and the verb is its object."""
        if i - 1 < sent.start or doc[i - 1].lower_ != "zu" or doc[i - 1].pos_ != "PART":
            return False
        comma = next((j for j in range(i - 2, sent.start - 1, -1) if doc[j].text == ","), None)
        if comma is None or not comma < named[0] < i:
            return False
        # "…, pflegte er zu sagen": a finite verb between makes the name its subject
        return not any(is_finite_verb(t) for t in doc[comma + 1:i - 1])

    @staticmethod
    def _compound_cues(doc: Doc, taken: set[int]) -> list[Span]:
        """ "nach Polizeiangaben", "nach ersten Behördenangaben": a report compound after "nach"
        marks a source as "nach Angaben" does; the lexicon lists only the simple nouns."""
        found = []
        for token in doc:
            word = token.lower_
            # "nach UN-Angaben": a short name before a hyphen
            if token.i in taken or not any(word.endswith(h) and (len(word) - len(h) >= 4 or (
                    len(word) - len(h) >= 3 and word[-len(h) - 1] == "-")) for h in REPORT_HEADS):
                continue
            j = token.i - 1
            while j >= 0 and (is_adjective_like(doc[j]) or doc[j].lower_ in _REPORT_ARTICLES):
                j -= 1  # "nach einem BBC-Bericht", "nach ersten Polizeiangaben"
            if j >= 0 and doc[j].lower_ == "nach":
                found.append(Span(doc, token.i, token.i + 1, label="source_marker", kb_id="nach Angaben"))
        return found

    @staticmethod
    def _outermost(doc: Doc, sent: Span, attributions: list):
        """ "Assad habe selbst gesagt, dass …, betonte Lawrow": a speaker named after a verb that
        follows the reported clause says all of it; the cues inside that clause report what he
        says, not what their own subjects said in this article. A cue in a clause of its own
        ("Während Shakira erklärte, …, sagte Lopez") or before a quotation ("X sagte: „…“, betont
        sie") keeps its speaker."""
        for cue, found, _partners in attributions:
            if cue.label_ != "speech_verb" or found[1][0] < cue.start or doc[cue.start - 1].text != ",":
                continue
            return [(other, result, partners) for other, result, partners in attributions
                    if other.start >= cue.start or result[0] == found[0]
                    or doc[clause_bounds(sent, other.start)[0]].pos_ == "SCONJ"
                    or any(t.text in _QUOTE_MARKS for t in doc[other.start:cue.start])]
        return attributions

    def _claim(self, doc: Doc, sent: Span, number: int, quotations: list[tuple[int, int]], source: str,
               named: tuple[int, int], cue: tuple[int, int], kind: str) -> Claim:
        """The claim of sentence ``number`` by ``source``, named at tokens ``named``, cued at ``cue``."""
        self._recent = (number, source)
        if doc[named[0]].lower_.endswith(("sprecher", "sprecherin")):
            self._spokesperson = (number, source, doc[named[0]].lower_.endswith("in"))
        if named[1] - named[0] == 1 and doc[named[0]].lower_ in ("er", "sie"):
            self._pronoun_chain = (number, source, doc[named[0]].lower_)
        cue_begin, cue_finish, cue_text = span_text(doc, *cue)
        named_begin, named_end, named_text = span_text(doc, *named)
        text, quote = self._statement(doc, sent, quotations)
        if quote is not None and kind != "reported":
            # "schreibt die „Bergpost“": quotation marks around the source's name quote nobody
            quote = next((q for q in self._quotes(text) if q.strip() not in named_text), None)
        else:
            quote = None
        return Claim(source=source, text=text, cue=cue_text, sentence=number,
                     kind="direct_quote" if quote else kind, quote=quote,
                     evidence=TextSpan(cue_begin, cue_finish, cue_text),
                     source_span=TextSpan(named_begin, named_end, named_text))

    def _continued(self, doc: Doc, sent: Span, previous: Span, number: int, index: EntityIndex):
        """ "Parwanow ist besorgt. Der Konflikt sei nicht ethnisch.": a main clause in the subjunctive
        of reported speech with no cue of its own reports what the subject of the sentence before
        says, when that sentence tells in the indicative what its subject does. Returns (source,
        token range naming it, token range of the subject and verb introducing it), or None; after
        a claim the speaker is already known and the sentence adds no new one."""
        if self._recent is not None and self._recent[0] == number - 1:
            return None
        if not self._reports(sent) or not self._tells(previous):
            return None
        if any(self._is_unnamed_speech(doc, index, j) for j in self._speech_verbs if previous.start <= j < previous.end):
            return None  # "…, sagte ein malischer Offizier. Unter den Festgenommenen sei …": he goes on
        verb = self._root(previous)
        if self._passive(verb):
            return None  # "Der Ex-Ministerpräsidentin wird vorgeworfen, …": she is accused, not speaking
        found = self._subject_of_sentence(doc, previous, number - 1, index)
        if found is None:
            return None
        source, (start, end) = found
        return source, (start, end), (min(start, verb.i), max(end, verb.i + 1))

    @staticmethod
    def _is_unnamed_speech(doc: Doc, index: EntityIndex, j: int) -> bool:
        """ "sagte ein Offizier", "ein Diplomat erklärte": the speech verb at ``j`` has a subject
        with an indefinite article and no name in it ("ein Sprecher der Bundesagentur" has one),
        an unnamed speaker."""
        return any(c.dep_ in _SUBJECT_DEPS and any(t.lower_ in ("ein", "eine") for t in c.children)
                   and not any(index.key_at(t.i) is not None and t.pos_ in ("NOUN", "PROPN") and t.i <= c.i + 3
                               and not any(u.lower_ in ("am", ",") for u in doc[c.i:t.i]) for t in c.subtree)
                   for c in doc[j].children)

    def _subject_of_sentence(self, doc: Doc, sent: Span, number: int, index: EntityIndex):
        """The source the subject of sentence ``number``'s main verb names: (key, token range), or None."""
        verb = self._root(sent)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "sb") and c.i >= sent.start), None)
        if subject is None:
            return None
        saved, self._sentence = self._sentence, number  # pronouns resolve from that sentence
        try:
            found = self._parsed_subject(doc, verb, index, number) or self._nominative_after_verb(doc, verb, index, number)
        finally:
            self._sentence = saved
        return found if found is not None and found[1][0] >= sent.start else None

    def _nominative_after_verb(self, doc: Doc, verb, index: EntityIndex, number: int):
        """ "Die Vorwürfe konnte der Minister Hans Maier nicht bestätigen", "Am Rande … nahm der
        Bürgermeister, Karl Huber, Stellung": with the object or an adverbial first, a
        parser may take it for the subject and hang the real one, a nominative without a
        preposition after the finite verb, on the verb as an object; that phrase is the subject
        when it names an actor."""
        finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
        first_verb = min(t.i for t in finite)
        for c in verb.children:
            if c.dep_ not in ("obl:arg", "obj") or c.pos_ not in ("NOUN", "PROPN") or c.i < first_verb \
                    or "Nom" not in c.morph.get("Case") or any(d.dep_ == "case" for d in c.children):
                continue
            tokens = sorted(t.i for t in c.subtree)
            if not any(index.key_at(j) is not None for j in tokens):
                continue
            return self._subject_phrase(doc, index, c, tokens[0], tokens[-1] + 1, number)
        return None

    @staticmethod
    def _root(sent: Span):
        """The sentence's own root: the parser may hang it on a token of another sentence."""
        return next((t for t in sent if t.head == t or not sent.start <= t.head.i < sent.end), sent[0])

    def _reports(self, sent: Span) -> bool:
        """Whether the main verb of the sentence is in the Konjunktiv I of reported speech ("sei",
        "habe", "werde")."""
        return any(self._is_reporting_verb(t) for t in self._finite_verbs(sent))

    @staticmethod
    def _is_reporting_verb(token) -> bool:
        """A verb in the Konjunktiv I of reported speech, in the third person: "sei", "habe"."""
        return token.pos_ in ("VERB", "AUX") and "Sub" in token.morph.get("Mood") \
            and "Pres" in token.morph.get("Tense") and not {"1", "2"} & set(token.morph.get("Person"))

    def _tells(self, sent: Span) -> bool:
        """Whether the main verb of the sentence is an indicative that tells rather than reports
        (not "soll", which passes on hearsay)."""
        finite = self._finite_verbs(sent)
        return bool(finite) and all("Ind" in t.morph.get("Mood") and t.lemma_ != "sollen" for t in finite)

    def _finite_verbs(self, sent: Span) -> list:
        """The main verb and its auxiliaries that show a mood, by the parse and the morphology."""
        doc = sent.doc
        if not doc.has_annotation("DEP") or not doc.has_annotation("MORPH"):
            return []
        root = self._root(sent)
        return [t for t in (root, *root.children)
                if (t is root or t.dep_ in ("aux", "aux:pass", "cop")) and t.morph.get("Mood")]

    def _cited_from(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int) -> list:
        """ "Die Deutsche Welle zitiert aus der Zeitung „Hoy Bolivia“": the paper quoted from
        speaks too; so does the named medium that quotes a person ("zitierte die Agentur TASR Fico",
        "X wird von der „Netzeitung“ zitiert", "wird X im Fachblatt „Kicker“ zitiert"). Each as
        (key, token range naming it)."""
        i = cue.start
        if cue.kb_id_ not in SPEAKING_PASSIVES or i + 1 >= sent.end:
            return []
        clause_start = clause_bounds(sent, i)[0]
        if self._passive(doc[i]) or doc[i].lower_ == "zitiert" and (
                any(t.lemma_ == "werden" and t.pos_ == "AUX" for t in doc[clause_start:i])
                or i + 1 < sent.end and doc[i + 1].lemma_ == "werden"):
            # "wird … zitiert", "wie X zitiert wird": the tagger often misses the participle
            found = self._quoting_agent(doc, index, i, sentence, clause_start)
            return [found] if found is not None else []
        if i + 2 >= sent.end:
            return []
        if doc[i + 1].lower_ != "aus":
            quoted = self._person_quoted_after_subject(doc, index, i, sent.end)
            if quoted is None:
                return []
            # the medium stands between the verb and the person it quotes, or before the verb
            quoting = (self._source_at(doc, index, i + 1, quoted[1][0], sentence, generic=False)
                       or self._publication_in_quotes(doc, index, i + 1, quoted[1][0])) \
                if quoted[1][0] > i + 1 else None
            if quoting is None and all(t.lower_ in DETERMINERS or is_adjective_like(t) for t in doc[i + 1:quoted[1][0]]):
                # "Reuters zitierte den Minister X": the medium is the subject before the verb
                quoting = self._parsed_subject(doc, doc[i], index, sentence)
                quoting = quoting if quoting is not None and quoting[1][1] <= i else None
            return [(quoting[0], quoting[1])] if quoting is not None and index.actors[quoting[0]].named else []
        found = self._source_at(doc, index, i + 2, min(sent.end, i + 9), sentence, generic=False)
        return [(found[0], found[1])] if found is not None else []

    def _quoting_agent(self, doc: Doc, index: EntityIndex, i: int, sentence: int, start: int):
        """Who quotes in the passive "zitiert" at ``i``: the named agent after "von"/"vom" ("wird von
        der Agentur Reuters zitiert"), or the medium after "in"/"im" ("wird im Blatt „Kicker“
        zitiert"), within the clause before the participle (its clause begins at ``start``).
        (key, token range), or None."""
        for j in range(max(start, i - 12), i):
            word = doc[j].lower_
            if word not in ("von", "vom", "in", "im"):
                continue
            owner = doc[j].head
            if owner.dep_ == "nmod" and owner.head.pos_ == "NOUN" and owner.head.i < j and word in ("von", "vom"):
                continue  # "auf der Internetseite von X": "von" inside a noun phrase names no agent
            found = self._source_at(doc, index, j + 1 if word in ("in", "im") else j, i, sentence, generic=False) \
                or self._publication_in_quotes(doc, index, j + 1, i)
            if found is None or not index.actors[found[0]].named \
                    or any(t.lower_ in REPORT_NOUNS | DOCUMENT_NOUNS for t in doc[found[1][0]:found[1][1]]):
                continue  # "in der Meldung": a text, not who quotes
            if word in ("in", "im") and index.category(found[0]) != "Media":
                continue  # "wird in Berlin zitiert"
            if word in ("von", "vom") and index.category(found[0]) not in ("Media", "Organization"):
                continue
            return found[0], found[1]
        return None

    @staticmethod
    def _listed_with(doc: Doc, index: EntityIndex, sent: Span, end: int, *,
                     open_list: bool = False) -> list[tuple[str, tuple[int, int]]]:
        """The named actors listed with a source that ends at ``end``: joined by "und"/"sowie"
        ("Frankreich und die USA", "Mikl-Leitner (ÖVP) und der neue Verteidigungsminister Doskozil")
        and, where the list cannot be the start of what was said (``open_list``: it stands before
        the cue or after "von"), also by commas up to its "und" ("Frankreich, Italien und Spanien
        kritisierten", "Kritik kam von A, B und mehreren EU-Staaten, darunter C")."""
        listed: list[tuple[str, tuple[int, int]]] = []
        pending: list[tuple[str, tuple[int, int]]] = []  # items after commas, until the list closes
        while end < sent.end:
            if doc[end].text == "(":
                close = next((j for j in range(end + 1, min(sent.end, end + 8)) if doc[j].text == ")"), None)
                end = close + 1 if close is not None else end  # a party or a place in brackets
                if end >= sent.end:
                    break
            comma = doc[end].text == ","
            if comma and end + 1 < sent.end and doc[end + 1].lower_ in ("und", "sowie"):
                end, comma = end + 1, False  # "den USA, und mehreren EU-Staaten"
            if comma and not open_list:
                break
            if comma and end + 1 < sent.end and doc[end + 1].lower_ == "darunter":
                member = SourceExtractor._listed_member(doc, index, sent, end + 2)
                return listed + pending + [member] if member is not None else listed
            if not comma and doc[end].lower_ not in ("und", "sowie"):
                break
            member = SourceExtractor._listed_member(doc, index, sent, end + 1)
            if member is None:
                if not comma and open_list:
                    # "und mehreren EU-Staaten, darunter Österreich": a named member of an unnamed group
                    darunter = next((j for j in range(end + 2, min(sent.end - 1, end + 6))
                                     if doc[j].text == "," and doc[j + 1].lower_ == "darunter"), None)
                    member = SourceExtractor._listed_member(doc, index, sent, darunter + 2) \
                        if darunter is not None else None
                    if member is not None:
                        return listed + pending + [member]
                break
            if comma:
                pending.append(member)
            else:
                listed, pending = listed + pending + [member], []
            end = member[1][1]
        return listed

    @staticmethod
    def _opens_list(doc: Doc, start: int, end: int, verb: int) -> bool:
        """Whether a list after the source at ``start``–``end`` can only name more sources: after
        "von" ("Kritik kam von den Vereinten Nationen, den USA …"), or as the subject before the
        verb ("Frankreich, Italien und Spanien kritisierten"), not after another preposition
        ("Flüchtlinge aus dem Irak, Syrien und Afghanistan erklären": the origin of the speakers)."""
        j = start - 1 if start - 1 >= 0 and doc[start - 1].lower_ in DETERMINERS else start
        before = doc[j - 1] if j - 1 >= 0 else None
        if before is not None and before.lower_ in ("von", "vom"):
            return True
        return end <= verb and (before is None or before.pos_ != "ADP")

    @staticmethod
    def _listed_member(doc: Doc, index: EntityIndex, sent: Span, start: int) -> tuple[str, tuple[int, int]] | None:
        """The named actor that one item of a list of sources opens with at ``start`` (after an
        article), or None."""
        if start >= sent.end:
            return None
        start = start + 1 if doc[start].lower_ in ("die", "der", "das", "den", "dem", "des") else start
        role_start = start
        while role_start < sent.end - 1 and index.key_at(role_start) is None and is_adjective_like(doc[role_start]):
            role_start += 1
        role = index.role_at(role_start) if role_start < sent.end else None
        if role is not None and role.person and index.category(role.person) == "Person":
            # "und der neue Verteidigungsminister Doskozil": the role and the name after it
            stop = role.end
            while stop < sent.end and (index.key_at(stop) == role.person or stop == role.end
                                       and index.key_at(stop) is None and doc[stop].pos_ == "PROPN"):
                stop += 1
            return role.person, (role.start, stop)
        if start + 1 < sent.end and index.key_at(start) is None and doc[start].pos_ == "NOUN" \
                and index.key_at(start + 1) is not None and index.by_token[start + 1][1] == "name":
            start += 1  # "und das Magazin Focus", "sowie die Firma Holzmann": the kind before the name
        key = index.key_at(start) if start < sent.end else None
        role = _role_after_genitive(doc, index, index.mention_end(start), sent.end) \
            if key is not None and index.category(key) != "Person" else None
        if role is not None:
            # "und Brandenburgs Ministerpräsident Matthias Platzeck": the person in the state's office
            return role.person, (start, role.end)
        if key is None or index.category(key) not in SOURCE_CATEGORIES or not index.actors[key].named \
                or index.by_token[start][1] in ("adjective", "prefix"):
            return None  # "die USA und die syrische Opposition": not the Syrian state
        stop = start
        while stop < sent.end and index.key_at(stop) == key:
            stop += 1
        return index.principal(key) if index.category(key) == "Country" else key, (start, stop)

    # -- finding the source -------------------------------------------------------------------
    def _source_at(self, doc: Doc, index: EntityIndex, i: int, limit: int, sentence: int,
                   *, generic: bool = True) -> tuple[str, tuple[int, int]] | None:
        """The source named at ``i`` after an optional article/adjectives: (key, token range)."""
        determiner = False
        from_place = False
        quoted = False
        while i < limit and (doc[i].lower_ in DETERMINERS or doc[i].lower_ in ("von", "vom", "aus")
                             or doc[i].lower_ in _GENITIVE_DETERMINERS or doc[i].is_space  # "der  Sprecher"
                             or is_adjective_like(doc[i]) and not _age_as_noun(doc, i, limit)
                             or doc[i].text in _OPENING_QUOTES):
            determiner |= doc[i].lower_ in DETERMINERS or doc[i].lower_ in _GENITIVE_DETERMINERS
            from_place |= doc[i].lower_ == "aus"
            quoted = doc[i].text in _OPENING_QUOTES
            i += 1
        if determiner and i < limit and doc[i].pos_ == "ADP":
            # "nach Angaben der in London ansässigen Beobachtungsstelle": past the attribute
            named = self._after_participle_attribute(doc, i - 1, limit)
            if named != i - 1:
                i = named
                while i < limit and is_adjective_like(doc[i]):
                    i += 1
        compound = self._report_compound(doc, index, i) if i < limit else None
        if compound is not None:
            return compound
        i = self._report_noun_ahead(doc, i, limit, index)
        if i + 1 < limit and doc[i].lower_ in REPORT_NOUNS and doc[i + 1].text.endswith("s") \
                and index.category(index.key_at(i + 1) or "") == "Person":
            # "in einer Erklärung Bans": the name in the genitive owns the report
            key = index.key_at(i + 1)
            return key, (i + 1, i + 2)
        if i + 2 < limit and (_is_report_noun(doc[i].lower_) or doc[i].lower_ in _OWNED_STATEMENTS) \
                and (doc[i + 1].lower_ in _OWNER_WORDS or doc[i + 1].lower_ in _POSSESSIVE_GENITIVES):
            # "laut einem Bericht der New York Times", "nach einer Mitteilung des Ministeriums"
            return self._source_at(doc, index, i + 1, limit, sentence, generic=generic)
        if i < limit and doc[i].lower_ in _DRAFTS:
            genitive = i + 2 < limit and doc[i + 1].lower_ in ("der", "des", *_POSSESSIVE_GENITIVES)
            return self._source_at(doc, index, i + 1, limit, sentence, generic=generic) if genitive else None
        if i >= limit:
            return None
        author = self._author_of_report(doc, index, i, limit)
        if author is not None:
            return author
        owner = self._document_referred_to(doc, index, i, limit, sentence)
        if owner is not None:
            # "dem Bericht zufolge" after "ein Bericht von Amnesty International"; none after "ein
            # Bericht der Zeitung"
            return (owner, (i, i + 1)) if owner else None
        if doc[i].lower_ in REPORT_NOUNS and i - 1 >= 0 and doc[i - 1].lower_ in _ANAPHORIC_ARTICLES:
            # "dem Bericht zufolge": the report named just before
            return self._report_named_before(index, i, sentence)
        if index.key_at(i) is None and index.role_at(i) is None and i + 2 < limit and doc[i].text[:1].isupper() \
                and doc[i + 1].text in ("„", "»", "''", "\"") and index.key_at(i + 2) in index.actors:
            i += 2  # "die Tageszeitung „La Nacion“": the name is inside the quotation marks
        elif index.key_at(i) is None and not (index.role_at(i) and index.role_at(i).person) and i + 1 < limit \
                and _is_title_noun(doc[i]):
            # "der Hilfsorganisation Ärzte ohne Grenzen", "so VW-Finanzvorstand Hans Dieter Pötsch",
            # "so verdi-Verhandlungsführer Frank Bäsler", "laut Klinikdirektor Prof. Dr. Anna Berger"
            name = i + 1
            while name < limit - 1 and doc[name].lower_ in ACADEMIC_TITLES:
                name += 1
            i = name if index.key_at(name) in index.actors else i
        place = index.places.get(index.key_at(i) or "") if from_place else None
        if place is not None and place.country and f"country:{place.country}" in index.actors:
            # "nach Angaben aus Moskau": sources in the capital, i.e. its state
            return f"country:{place.country}", (i, i + 1)
        if index.key_at(i) is not None:
            end = i
            while end < limit and index.key_at(end) == index.key_at(i):
                end += 1
            if end + 2 < limit and is_adjective_like(doc[end]) and doc[end + 1].lower_ in REPORT_NOUNS \
                    and doc[end + 2].lower_ in ("der", "des", "von", "vom"):
                # "aus einer der APA vorliegenden Aufstellung des Bundeskanzleramtes": whose document it is
                return self._source_at(doc, index, end + 2, limit, sentence, generic=generic)
        ref = index.role_at(i)
        if ref and ref.person:
            # "FPÖ-Chef Heinz-Christian Strache", "der britische Premier David Cameron": the person
            # speaks, not the party or state in the role.
            return ref.person, (ref.start, ref.end)
        key = _speaker_key_at(doc, index, i)
        if key is not None and index.category(key) not in ("Person", "Organization", "Media") \
                and index.key_at(i + 1) != key and (_names_no_speaker(doc[i].lower_) or doc[i].lower_ in DOCUMENT_NOUNS):
            return None  # "laut Erlass", "laut Dokumenten": a text the tagger took for a name, no speaker
        member = self._party_member_again(doc, index, i, key, sentence) if key is not None else None
        if member is not None:
            return member, (i, i + 1)
        if key is not None and index.category(key) in SOURCE_CATEGORIES:
            end = i
            while end < limit and index.key_at(end) == key:
                end += 1
            after = index.key_at(end) if end < limit else None
            if index.category(key) != "Person" and after is not None and index.category(after) == "Person":
                # "FPÖ-Chef Heinz-Christian Strache": the name after a party's or state's role speaks.
                person_end = end
                while person_end < limit and index.key_at(person_end) == after:
                    person_end += 1
                return after, (i, person_end)
            found = _person_after_genitive(doc, index, key, end, limit) if index.category(key) == "Person" else None
            if found is not None:
                return found[0], (i, found[1])  # "Müllers Anwalt Peter Schmidt erklärte"
            role = _role_after_genitive(doc, index, end, limit) if index.category(key) != "Person" else None
            if role is not None:
                # "Russlands Energieminister Alexander Nowak": the person in the role after the genitive
                return role.person, (i, role.end)
            return index.principal(key) if index.category(key) == "Country" else key, (i, end)
        ref = index.role_at(i)
        if ref and not ref.person and ref.affiliation and index.category(ref.affiliation) == "Country" \
                and self._unnamed_member(doc, ref.start, ref.end):
            return None  # "sagte ein malischer Offizier": one unnamed man, not his state
        if (role_source := _role_source(doc, index, ref)) is not None:
            return role_source
        if self.unlinked_sources and _WEB_ADDRESS.fullmatch(doc[i].text):
            # "laut ndr.de", "faz.net zufolge": a website is a medium
            return index.add_unlinked(doc, i, i + 1, label=doc[i].text, category="Media"), (i, i + 1)
        if self.unlinked_sources and i + 2 < limit and doc[i + 1].text in _OPENING_QUOTES \
                and _WEB_ADDRESS.fullmatch(doc[i + 2].text) and doc[i].pos_ == "NOUN":
            # "laut der Website „spiegel.de“": the address in quotation marks names the medium
            return index.add_unlinked(doc, i + 2, i + 3, label=doc[i + 2].text, category="Media"), (i, i + 3)
        titled = self._title_in_quotes(doc, index, i, limit)
        if titled is not None:
            return titled
        if quoted and self.unlinked_sources and index.key_at(i) is None and doc[i].text[:1].isupper() \
                and doc[i].pos_ in ("NOUN", "PROPN") and i - 1 >= 0 and doc[i - 1].text in _OPENING_QUOTES \
                and i - 2 >= 0 and doc[i - 2].lower_ in ("laut", "so", "von", "vom", "gemäß"):
            # "laut „Welt“", "so „Le Monde“": a title in quotation marks after a marker names a publication
            titled = self._quoted_title(doc, index, i, limit, 5)
            if titled is not None:
                return titled
        if not generic:
            # "hieß es aus dem Ministerium": only a body already named, or a spokesperson of one
            # ("wurde von einer Armeesprecherin bestätigt", "von einem Greenpeace-Sprecher")
            return self._anaphor(doc, index, i, spoke=self._spoke_lately(sentence)) \
                or self._army_speaking(doc, index, i, limit) \
                or (self._body_of_member(doc, index, i, i + 1, limit)
                    if doc[i].lower_.endswith(SPEAKING_MEMBERS) else None)
        # An unknown noun phrase is a source only with an article: "die Polizei", not "Natürlich".
        if self.unlinked_sources and (determiner or doc[i].pos_ == "PROPN" or _tagged_name(doc[i])
                                      or _name_pair(doc, i, limit)
                                      or _ACRONYM.fullmatch(doc[i].text)
                                                   or self._agentive(doc[i].text, index)):  # "laut Polizei"
            # "schreibt die „Bergpost“": a title in quotation marks after an article names a publication
            return self._noun_phrase_source(doc, index, i, limit, sentence, speaks=quoted and determiner)
        return None

    @staticmethod
    def _national_as_person(doc: Doc, index: EntityIndex, found):
        """A source named by a demonym for one person ("Im Jänner hatte der Indonesier seinen
        Verzicht verkündet", "sagte die Französin") is the person named just before, not the
        state; with no such person, nobody named. Not "die Indonesier", "die Franzosen"."""
        start, end = found[1]
        hit = index.by_token.get(start)
        if end - start != 1 or hit is None or hit[1] != "demonym" or start == 0:
            return found
        before = start - 1
        while before > 0 and (is_adjective_like(doc[before]) or _AGED.fullmatch(doc[before].text)):
            before -= 1  # "der 69-jährige Niederländer"
        word, article = doc[start].lower_, doc[before].lower_
        if not ((article == "der" and not word.endswith("n")) or (article == "die" and word.endswith("in"))):
            return found
        if before == start - 1:
            person = index.last_person_before(start, window=120)
            return None if person is None else (person, *found[1:])
        # "Mark Rutte traf Olaf Scholz. Der 56-jährige Niederländer sagte": with an attribute the
        # demonym describes someone known to be of that state, or the one person named lately;
        # else it stays the state, as the tagger's demonym says
        named = index.actors_before(start, ("Person",), window=120)
        person = index.last_actor_before(start, ("Person",), window=120,
                                         accept=lambda _s, _e, key: index.actors[key].represents == hit[0])
        if person is None and len(named) == 1:
            person = next(iter(named))
        return found if person is None else (person, *found[1:])

    @staticmethod
    def _unnamed_member(doc: Doc, start: int, end: int) -> bool:
        """ "ein malischer Offizier", "eine israelische Soldatin": an indefinite article before a
        role that is no spokesman or head of a body names one unnamed person, whom the guidelines skip."""
        article = start - 1
        while article >= 0 and is_adjective_like(doc[article]):
            article -= 1
        if article < 0 or doc[article].lower_ not in ("ein", "eine", "einem", "einer", "eines", "einen"):
            return False
        words = [t.lower_ for t in doc[start:end]]
        return not any("sprecher" in w or w.endswith(("chef", "chefin", "leiter", "leiterin", "vertreter", "vertreterin"))
                       for w in words)

    def _publication_in_quotes(self, doc: Doc, index: EntityIndex, i: int, limit: int):
        """ "die „Computerwoche“", "von der „Netzeitung“": a title in quotation marks after an article
        where a medium quotes someone names the publication. (key, token range), or None."""
        start = i
        while i < limit and (doc[i].lower_ in DETERMINERS or is_adjective_like(doc[i]) and doc[i].is_lower):
            i += 1
        if i == start or i + 2 >= limit or doc[i].text not in _OPENING_QUOTES or index.key_at(i + 1) is not None:
            return None
        return self._quoted_title(doc, index, i + 1, limit, 4)

    def _title_in_quotes(self, doc: Doc, index: EntityIndex, i: int, limit: int):
        """ "die Internet-Nachrichtensite „Golem“", "das Magazin „Focus“": a title in quotation marks
        right after a noun for a medium or body names it. (key, token range), or None."""
        if not self.unlinked_sources or i + 3 >= limit or doc[i + 1].text not in _OPENING_QUOTES \
                or not self._agentive(doc[i].text, index):
            return None
        titled = self._quoted_title(doc, index, i + 2, limit, 6)
        return None if titled is None else (titled[0], (i, titled[1][1] + 1))

    def _quoted_title(self, doc: Doc, index: EntityIndex, first: int, limit: int, width: int):
        """A title in quotation marks whose first word is ``first`` (right after the opening mark),
        capitalised, with its closing mark less than ``width`` tokens on and before ``limit``, and no
        verb or punctuation inside: registered as a medium known only from here. (key, (first, close))
        with ``close`` the closing mark, or None. Callers check what stands before the title."""
        if not self.unlinked_sources or first + 1 >= limit or not doc[first].text[:1].isupper():
            return None
        close = next((j for j in range(first + 1, min(limit, first + width)) if doc[j].text in _CLOSING_TITLE_QUOTES),
                     None)
        if close is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[first:close]):
            return None
        return index.add_unlinked(doc, first, close, label=doc[first:close].text, category="Media"), (first, close)

    def _report_compound(self, doc: Doc, index: EntityIndex, i: int):
        """ "laut Polizeiangaben", "Medienberichten zufolge", "nach Zeugenaussagen": a report noun
        whose first part names who reports, an actor known only from here: (key, token range), or None."""
        word = doc[i].lower_
        owner = index.key_at(i)
        # (the entity resolver calls the compound's owner an alias where the report makes it an actor)
        if owner is not None and index.by_token.get(i, (None, None))[1] in ("prefix", "alias") \
                and index.category(owner) in SOURCE_CATEGORIES and index.actors[owner].named \
                and any(word.endswith("-" + h) for h in REPORT_HEADS):
            # "nach Pentagon-Angaben", "nach UN-Schätzungen": the actor named before the hyphen, one
            # the article names on its own too (a state "US-" for its government)
            return (index.principal(owner) if index.category(owner) == "Country" else owner), (i, i + 1)
        if not self.unlinked_sources or doc[i].pos_ not in ("NOUN", "PROPN") or not _is_word(doc[i]):
            return None
        head = next((h for h in REPORT_HEADS if word.endswith(h) and len(word) - len(h) >= 4), None)
        if head is None:
            return None
        prefix = word[: -len(head)].rstrip("-")
        stems = (prefix[:-1], prefix) if prefix.endswith("s") else (prefix,)  # "Regierungsangaben"
        for named_stem in (s for s in stems if len(s) >= 6):
            # "laut Rechnungshofbericht" after "der Burgenländische Landesrechnungshof": the body named before
            named = index.last_actor_before(i, BODY_CATEGORIES, window=600, accept=lambda _start, _end, key: (
                index.actors[key].label.lower().replace("-", "").endswith(named_stem)))
            if named is not None:
                return named, (i, i + 1)
        # not any word ending in "-er" ("Gewitterberichten"): a group or a body by its name or ending
        stem = next((s for s in stems if s in _REPORTING_BODIES or s in AGENT_NOUNS or s in PERSON_NOUNS
                     or s.endswith(_BODY_ENDINGS)), None)
        if stem is None:
            return None
        if stem in _ARMED_BODIES:
            state = self._army_state(doc, index)
            if state is not None:  # "nach Armeeangaben" after "das türkische Militär"
                return state, (i, i + 1)
        if ANAPHORIC_NOUNS.get(stem) == ("Organization",):
            # "nach Unternehmensangaben", "laut Konzernangaben": the company, as "des Unternehmens"
            body = self._only_organisation_before(index, i)
            if body is not None:
                return body, (i, i + 1)
        label = doc[i].text[: len(stem)]
        label = label[:1].upper() + label[1:]
        return index.add_unlinked(doc, i, i + 1, label=label, named=False), (i, i + 1)

    @staticmethod
    def _report_noun_ahead(doc: Doc, i: int, limit: int, index: EntityIndex) -> int:
        """ "laut einer am Dienstag veröffentlichten Mitteilung des Roten Kreuzes": the report noun
        after a participle phrase, when its owner follows; else ``i``."""
        for j in range(i + 1, min(limit - 1, i + 7)):
            if doc[j].is_punct or (doc[j].pos_ in ("VERB", "AUX") and not is_adjective_like(doc[j])):
                break
            if _is_report_noun(doc[j].lower_) and is_adjective_like(doc[j - 1]) and (
                    doc[j + 1].lower_ in _OWNER_WORDS or doc[j + 1].text.endswith("s")
                    and index.category(index.key_at(j + 1) or "") == "Person"):
                return j
        return i

    @staticmethod
    def _author_of_report(doc: Doc, index: EntityIndex, i: int, limit: int):
        """ "laut den Autoren des Berichts" after "der Bericht vom Forum gegen Antisemitismus": the
        authors of a report speak for whoever the article said it was by. (key, token range), or None."""
        if i + 2 >= limit or doc[i].lower_ not in AUTHOR_NOUNS or doc[i + 1].lower_ not in ("des", "der") \
                or doc[i + 2].lower_ not in REPORT_NOUNS:
            return None
        report = doc[i + 2].lower_
        report = report[:-1] if report.endswith("s") else report  # "des Berichts"

        def after_the_report(start: int, _end: int, _key: str) -> bool:
            """The actor is named as the report's owner: "der Bericht vom Forum"."""
            return doc[start - 1].lower_ in _OWNER_WORDS \
                and any(t.lower_.startswith(report) for t in doc[max(0, start - 4):start - 1])

        # up to 600 tokens back, the 600th included
        owner = index.last_actor_before(i, SOURCE_CATEGORIES, window=601, accept=after_the_report)
        return (owner, (i, i + 3)) if owner is not None else None

    def _report_named_before(self, index: EntityIndex, i: int, sentence: int):
        """ "Das Blatt berichtete über den Fall. Dem Bericht zufolge …": the medium named last in
        the sentences just before, else the named source of the claim just before; a report of
        someone only described ("ein Einwohner") names nobody."""
        medium = index.last_actor_before(i, ("Media",), window=120)
        if medium is not None:
            return medium, (i, i + 1)
        if self._recent is not None and sentence - self._recent[0] <= 2 and index.actors[self._recent[1]].named:
            return self._recent[1], (i, i + 1)
        return None

    @staticmethod
    def _army_state(doc: Doc, index: EntityIndex) -> str | None:
        """The state whose forces the article speaks of, when it names one only: "die Armee" after
        "die türkische Armee" or "israelische Soldaten" is that state's. The states an adjective,
        genitive or alias ties to soldiers or forces anywhere in the article; None unless one."""
        def armed(j: int) -> bool:
            return 0 <= j < len(doc) and doc[j].lower_.startswith(_ARMED_NOUNS)

        states = set()
        for start, end, key, kind in index.spans:
            if key not in index.actors or index.category(key) != "Country":
                continue
            if (kind == "adjective" and armed(end)) or (kind == "alias" and any(armed(j) for j in range(start, end))) \
                    or (kind == "name" and ((doc[end - 1].text.endswith("s") and armed(end)) or armed(start - 1))):
                states.add(index.principal(key))
        return states.pop() if len(states) == 1 else None

    def _noun_phrase_source(self, doc: Doc, index: EntityIndex, i: int, limit: int, sentence: int,
                            *, speaks: bool = False):
        """ "die Polizei", "ein Sprecher", "Sprecher Müller": an actor known only here; "die
        Organisation" after "Cepadho": the organisation named last."""
        token = doc[i]
        earlier = self._anaphor(doc, index, i, spoke=self._spoke_lately(sentence)) \
            or self._person_described_again(doc, index, i, sentence) or self._person_by_age(doc, index, i) \
            or self._both_described(doc, index, i) \
            or self._body_by_first_word(doc, index, i)
        if earlier is not None:
            return earlier
        army = self._army_speaking(doc, index, i, limit)
        if army is not None:
            return army
        if token.lower_ in _NAME_PARTICLES and token.ent_type_ == "PER" and i + 1 < limit \
                and doc[i + 1].ent_type_ == "PER" and doc[i + 1].text[:1].isupper():
            # "Wie de Maizière darlegte": a name that opens with a lowercase particle
            end = i + 2
            while end < limit and doc[end].ent_type_ == "PER" and doc[end].text[:1].isupper():
                end += 1
            return index.add_unlinked(doc, i, end, label=doc[i:end].text,
                                      category="Person"), (i, end)
        if not (token.text[:1].isupper() and _is_word(token)) or token.lower_ in _NOT_SOURCES \
                or token.lower_ in SUBJECT_PRONOUNS or token.pos_ in ("VERB", "AUX", "ADV", "PRON", "DET"):
            return None
        if token.pos_ != "PROPN" and not speaks and not self._agentive(token.text, index) \
                and not _tagged_name(token) and not _ACRONYM.fullmatch(token.text) and not _name_pair(doc, i, limit):
            return None  # "die Teile eines Puzzles" do not speak
        if (i > 0 and (doc[i - 1].lower_, token.lower_) in _ADVERBIAL_PHRASES) or \
                (i + 1 < len(doc) and (token.lower_, doc[i + 1].lower_) in _ADVERBIAL_PHRASES):
            return None  # "Des Weiteren verwies Steinbrück darauf"
        titled = self._name_after_titles(doc, index, i + 1, token.sent.end)
        if titled is not None:
            # "Privatdozent Dr. Dittrich": an academic title tells a person's name the tagger missed
            start, stop = titled
            return index.add_unlinked(doc, start, stop, label=doc[start:stop].text,
                                      category="Person"), (i, stop)
        end = i + 1
        while end < limit and end < i + 3 and doc[end].text[:1].isupper() and _is_word(doc[end]) \
                and index.key_at(end) is None:
            end += 1
        label = doc[i:end].text
        article = i - 1
        while article > 0 and is_adjective_like(doc[article]):
            article -= 1
        if end == i + 1 and article >= 0 and doc[article].lower_ in ("des", "eines", "seines", "ihres") \
                and label.endswith("s"):
            # "des künstlerischen Leiters" is a "Leiter", "des Verbandes" a "Verband"
            label = label[:-2] if label.endswith("es") and not label.endswith(("ers", "ens")) else label[:-1]
        # "Sprecher Müller" names someone; "ein Sprecher" or "die Polizei" only describes a source.
        # (a compound whose prefix names a known body or state is a kind, not a name: "der US-Technologieriese")
        named = any((t.pos_ == "PROPN" or _tagged_name(t) or _ACRONYM.fullmatch(t.text))
                    and index.by_token.get(t.i, (None, None))[1] != "prefix" for t in doc[i:end])
        if named and end == i + 1 and (doc[i].text in GENERIC_ACRONYMS or is_dictionary_noun(doc[i].text)
                                       and not _ACRONYM.fullmatch(doc[i].text)
                                       and (i > 0 and doc[i - 1].lower_ in DETERMINERS
                                            or doc[i].morph.get("Number") == ["Plur"])):
            # "nach Angaben des Bürgermeisters", "Bewohner bestätigten", "Mehrere NGOs kritisierten": a
            # noun or a kind's acronym the tagger took for a name (not "laut Krone", a paper's name
            # without an article)
            named = False
        # "sagte Pfister": a source called by a word no dictionary has and no article is a person by surname
        surname = not named and end == i + 1 and _bare_surname(doc, i)
        named = named or surname
        if not named:
            body = self._body_of_member(doc, index, i, end, limit) or \
                self._spoken_for(doc, index, i, end, limit) or \
                self._unnamed_body_of_member(doc, index, i, end, limit, sentence) or \
                self._spokesperson_of_subject(doc, index, i, end, sentence)
            if body is not None:
                return body
        # "das griechische Staatsfernsehen", "die Nachrichtenseite": a medium reports, it acts not
        category = "Person" if surname else "Media" if label.lower().endswith(_MEDIA_HEADS) else "Other"
        return index.add_unlinked(doc, i, end, label=label, named=named,
                                  category=category), (i, end)

    def _spoke_lately(self, sentence: int) -> str | None:
        """The source of the last claim, if made in sentence ``sentence`` or the one before."""
        return self._recent[1] if self._recent is not None and sentence - self._recent[0] <= 1 else None

    def _army_speaking(self, doc: Doc, index: EntityIndex, i: int, limit: int):
        """ "Wie die Streitkräfte mitteilten" after "israelische Soldaten": the army, or "ein
        Armeesprecher", "die Militärsprecherin" who speak for it as it does, is the state whose
        soldiers the article told of. (key, token range), or None."""
        word = doc[i].lower_
        army_speaker = word.startswith(tuple(_ARMED_BODIES)) and word.endswith(("sprecher", "sprecherin"))
        if (word in _ARMED_BODIES or army_speaker) and not (i + 1 < limit and doc[i + 1].text[:1].isupper()):
            state = self._army_state(doc, index)
            if state is not None:
                return state, (i, i + 1)
        return None

    def _unnamed_body_of_member(self, doc: Doc, index: EntityIndex, i: int, end: int, limit: int, sentence: int):
        """ "ein Sprecher des Ministeriums", "der Leiter der Polizei": a spokesperson or head speaks for
        the body in the genitive after him even when it has no name. (key, token range), or None."""
        limit = doc[i].sent.end  # the subject's phrase may have been cut at its head noun
        if end != i + 1 or not doc[i].lower_.endswith(SPEAKING_MEMBERS) or end + 1 >= limit \
                or doc[end].lower_ not in ("des", "der"):
            return None
        j = end + 1
        while j < limit - 1 and is_adjective_like(doc[j]) and doc[j].is_lower:
            j += 1
        if index.key_at(j) is not None or not doc[j].text[:1].isupper() or not _is_word(doc[j]) \
                or doc[j].pos_ not in ("NOUN", "PROPN") or not self._agentive(doc[j].text, index) \
                or doc[j].lower_.endswith(SPEAKING_MEMBERS):
            return None
        company = self._anaphor(doc, index, j)
        if company is not None and doc[j - 1].lower_ == "des":
            return company[0], (i, j + 1)  # "ein Sprecher des Konzerns": the company named before
        if any(self._names_one_person(w) for w in (doc[j].text, doc[j].text[:-1], doc[j].text[:-2])):
            return None
        found = self._noun_phrase_source(doc, index, j, min(limit, j + 1), sentence)
        return (found[0], (i, found[1][1])) if found is not None else None

    def _spokesperson_of_subject(self, doc: Doc, index: EntityIndex, i: int, end: int, sentence: int):
        """ "Die Kommission gab das Geld frei, wie ein Sprecher mitteilte": a spokesperson of no body
        named with him speaks for the named body that is the subject of his sentence's main clause
        (the subject of a clause of its own is not: "Nachdem die EU …, sagte ein Sprecher"), else for
        the body that spoke in the sentence before ("…, betonte eine Sprecherin" after "wie das
        Auswärtige Amt mitteilte") if no other actor was named there ("Die EU kritisierte Israel. Ein
        Sprecher sagte" may be either's). (key, token range), or None."""
        if end != i + 1 or doc[i].lower_ not in ("sprecher", "sprecherin") or i == 0 \
                or doc[i - 1].lower_ not in ("ein", "eine", "der", "die"):
            return None
        if end < len(doc) and (doc[end].lower_ in ("des", "der", "von", "vom") or doc[end].text[:1].isupper()):
            return None  # "ein Sprecher der Behörde", "Sprecher Müller": his body or his name follows
        bodies = (*BODY_CATEGORIES, "Country")
        sent = doc[i].sent
        for token in doc[sent.start:i - 1]:
            key = index.key_at(token.i)
            if key in index.actors and token.dep_ in _SUBJECT_DEPS and index.actors[key].named \
                    and index.category(key) in bodies and self._in_main_clause(doc, sent, token.i):
                return (index.principal(key) if index.category(key) == "Country" else key), (i, end)
        if self._recent is not None and sentence - self._recent[0] == 1:
            spoke = self._recent[1]
            if index.category(spoke) in bodies and index.actors[spoke].named \
                    and not self._others_in_sentence(index, spoke, self._recent[0]):
                return spoke, (i, end)
        # "…, sagte ein Sprecher der Präfektur. … , sagte der Sprecher": the definite article points
        # back to the spokesperson of the same gender who spoke for someone a few sentences before
        # (for a body kg knows only from there too), not to one who was only "ein Sprecher"
        last = self._spokesperson
        if last is not None and doc[i - 1].lower_ in ("der", "die") and 0 < sentence - last[0] <= 3 \
                and last[2] == doc[i].lower_.endswith("in") \
                and not index.actors[last[1]].label.lower().endswith(("sprecher", "sprecherin")):
            return last[1], (i, end)
        return None

    @staticmethod
    def _others_in_sentence(index: EntityIndex, key: str, sentence: int) -> bool:
        """Whether sentence ``sentence`` names an actor besides ``key`` and the state or body it acts
        for ("Die EU kritisierte Israel": Israel's spokesperson may answer)."""
        own = {key, index.principal(key)}
        return any(index.sentence_of[start] == sentence and other in index.actors and other not in own
                   and index.principal(other) not in own and index.actors[other].named
                   for start, _end, other, _kind in index.spans)

    @staticmethod
    def _in_main_clause(doc: Doc, sent: Span, k: int) -> bool:
        """Whether token ``k`` stands in its sentence's main clause, not in one opened by a
        conjunction or a relative pronoun ("Nachdem die EU …, sagte ein Sprecher")."""
        first = doc[clause_bounds(sent, k)[0]]
        return not (first.pos_ == "SCONJ" or first.i > sent.start and first.lower_ in RELATIVE_PRONOUNS)

    @staticmethod
    def _name_after_titles(doc: Doc, index: EntityIndex, i: int, limit: int) -> tuple[int, int] | None:
        """The token range of an unknown capitalised name after academic titles at ``i`` ("Dr.
        Dittrich", "Prof. Dr. Anna Berger"), or None."""
        start = i
        while start < limit and doc[start].lower_ in ACADEMIC_TITLES:
            start += 1
        stop = start
        while stop < limit and stop < start + 2 and doc[stop].text[:1].isupper() and _is_word(doc[stop]) \
                and index.key_at(stop) is None and doc[stop].pos_ in ("PROPN", "NOUN"):
            stop += 1
        return (start, stop) if start > i and stop > start else None

    @staticmethod
    def _body_of_member(doc: Doc, index: EntityIndex, i: int, end: int, limit: int):
        """ "der Leiter der griechischen Sektion von Ärzte ohne Grenzen", "Mitarbeiter des
        Roten Kreuzes", "ein Talibansprecher": someone only described speaks for the named body
        he works for, given by a genitive or "von" phrase or by the first part of the word."""
        word = doc[i].lower_
        for key, actor in index.actors.items():
            prefix = actor.label.lower()
            if actor.named and actor.category in BODY_CATEGORIES and len(prefix) > 2 \
                    and word.startswith(prefix) and word[len(prefix):].endswith(("sprecher", "sprecherin")):
                return key, (i, end)
        owner, _, member = word.partition("-")
        if member in ("sprecher", "sprecherin"):
            # "ein Clinton-Sprecher": a person's spokesman speaks for the person named so
            person = next((key for key, actor in index.actors.items() if actor.named and actor.category == "Person"
                           and actor.label.lower().split()[-1] == owner), None)
            if person is not None:
                return person, (i, end)
        named_before = SourceExtractor._body_named_before(index, i, word)
        if named_before is not None:
            return named_before, (i, end)
        if end >= limit or doc[end].lower_ not in _OWNER_WORDS:
            return None
        for j in range(end + 1, min(limit, end + 7)):
            key = index.key_at(j) if index.by_token.get(j, (None, None))[1] != "adjective" else None
            if key is not None:  # "der griechischen Sektion": an adjective names no body
                if index.category(key) not in BODY_CATEGORIES or not index.actors[key].named:
                    return None
                stop = j
                while stop < limit and index.key_at(stop) == key:
                    stop += 1
                return key, (i, stop)
            if doc[j].text not in _QUOTE_MARKS and (doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX")) \
                    or doc[j].lower_ == "gegenüber":
                # "von „Ärzte ohne Grenzen“": a name may stand in quotation marks; "eine Sprecherin des
                # Konzerns gegenüber der Zeitung": whom he spoke to is not whom he speaks for
                return None
        return None

    @staticmethod
    def _body_named_before(index: EntityIndex, i: int, word: str) -> str | None:
        """ "Das Sozialministerium prüft … meint eine Ministeriumssprecherin": a spokesperson named
        by the kind of body he speaks for speaks for the body of that kind named last."""
        head = next((m for m in ("sprecherin", "sprecher", "sprechers") if word.endswith(m)), None)
        stem = word[: -len(head)] if head else ""
        stem = stem[:-1] if stem.endswith("s") and stem[:-1].endswith(_BODY_ENDINGS) else stem  # "Ministeriums-"
        if len(stem) < 4 or not (stem in AGENT_NOUNS or stem.endswith(_BODY_ENDINGS)):
            return None
        return index.last_actor_before(
            i, BODY_CATEGORIES, accept=lambda _start, _end, key: index.actors[key].label.lower().endswith(stem))

    def _spoken_for(self, doc: Doc, index: EntityIndex, i: int, end: int, limit: int):
        """ "ein Sprecher der Präfektur", "der Sprecher der Polizeiinspektion Freyung", "der Chef der
        Gruppe Fursan al-Hak": a spokesperson or head speaks for the body in his genitive, even one kg
        knows only from here."""
        if not doc[i].lower_.endswith(SPEAKING_MEMBERS) or end + 1 >= limit or doc[end].lower_ not in ("der", "des"):
            return None
        start = end + 1
        while start < limit - 1 and is_adjective_like(doc[start]):
            start += 1  # "der nordfranzösischen Präfektur"
        if start + 1 < limit and doc[start].lower_ in GROUP_CLASSIFIERS and doc[start + 1].pos_ == "PROPN":
            start += 1  # "der Gruppe Fursan al-Hak" is called "Fursan al-Hak"
        head = doc[start]
        if index.key_at(start) is not None or head.pos_ not in ("NOUN", "PROPN") or not _is_word(head) \
                or not head.text[:1].isupper() or head.lower_ in _NOT_SOURCES:
            return None
        stop = start + 1
        while stop < limit and stop < start + 3 and _is_word(doc[stop]) and index.key_at(stop) is None \
                and (doc[stop].pos_ == "PROPN" or _NAME_PARTICLE.match(doc[stop].text)):
            stop += 1  # "der Polizeiinspektion Freyung", "der Gruppe Fursan al-Hak"
        label = doc[start:stop].text
        if stop == start + 1 and doc[end].lower_ == "des" and label.endswith("s"):
            label = label[:-2] if label.endswith("es") and not label.endswith(("ers", "ens")) else label[:-1]
        key = index.add_unlinked(doc, start, stop, label=label, category="Organization",
                                 named=any(t.pos_ == "PROPN" for t in doc[start:stop]))
        return key, (i, stop)

    @staticmethod
    def _anaphor(doc: Doc, index: EntityIndex, i: int, *, spoke: str | None = None):
        """ "die Organisation" after "Cepadho": the actor of its kind named last, or the one of its
        kind that spoke just before (``spoke``: "nach Angaben der Beobachtungsstelle ist ein
        Kommandant der Miliz X getötet worden. Wie die Organisation mitteilte, …"), with the token range."""
        word = doc[i].lower_
        # "nach Angaben des Verbands" after "der Deutsche Bauernverband": the head without its genitive "-s"
        genitive = i > 0 and doc[i - 1].lower_ == "des"
        base = _without_genitive(word) if genitive else word
        categories = ANAPHORIC_NOUNS.get(base) or _kind_of_compound(base)
        # "laut Ministerium": after "laut" a body needs no article to be the one named before
        definite = i - 1 >= 0 and doc[i - 1].lower_ in ("die", "der", "das", "dem", "den", "des", "im", "vom", "beim") \
            or i - 1 >= 0 and doc[i - 1].lower_ == "laut" and word in ANAPHORIC_HEADS
        if not definite or i + 1 >= len(doc) or doc[i + 1].text[:1].isupper():
            return None
        if base in ANAPHORIC_HEADS or (len(word) >= 6 and doc[i].pos_ == "NOUN"):
            # "das Ressort" after "das Innenministerium", "das Gericht" after "das Bundesverwaltungsgericht",
            # "die Küstenwache" after "die US-Küstenwache"
            # "der Landes-Rechnungshof" after "der Burgenländische Landesrechnungshof": hyphens aside
            head = ANAPHORIC_HEADS.get(base, base.replace("-", ""))
            # or whose head noun, before its genitive or preposition, ends so: "der Verband" after
            # "der Bundesverband der Reismühlen" (not "die Polizei" after "Alpinpolizei Axams")
            ends_in_head: dict[str, bool] = {}  # key -> whether a name of it ends so, told once per actor

            def named_with_head(_start: int, _end: int, key: str) -> bool:
                if key not in ends_in_head:
                    ends_in_head[key] = any(
                        name.lower().replace("-", "").endswith(head)
                        or len(name.split()) > 2 and name.split()[1][:1].islower()
                        and name.split()[0].lower().replace("-", "").endswith(head)
                        for name in (index.actors[key].label, *index.actors[key].aliases))
                return ends_in_head[key]

            same_head = index.last_actor_before(i, None, accept=named_with_head)
            if same_head is not None:
                return same_head, (i, i + 1)
            if base in ANAPHORIC_HEADS:
                return None
        if genitive and base != word and categories == ("Organization",):
            # "ein Sprecher des Unternehmens", "nach Angaben des Konzerns": a company told by its kind
            # in the genitive is the one organisation the article has named before, if only one
            body = SourceExtractor._only_organisation_before(index, i)
            if body is not None:
                return body, (i, i + 1)
        elif categories:
            def of_its_kind(key: str) -> bool:
                # "nach Angaben der Partei" is no "Landesgericht": a name whose head says it is a body
                # of another kind is not meant (but "die Behörde" may be any office)
                return base in _BODIES_OF_ANY_KIND or not any(
                    word.endswith(_BODY_ENDINGS) and not word.endswith(base)
                    for word in index.actors[key].label.lower().replace("-", " ").split())

            named_at: list[int] = []

            def of_its_kind_at(start: int, _end: int, key: str) -> bool:
                named_at.append(start)
                return of_its_kind(key)

            earlier = index.last_actor_before(i, categories, accept=of_its_kind_at)
            # the body of its kind that spoke, unless another was named since in this very sentence
            # ("Auch Human Rights Watch dokumentierte die Fälle; die Organisation forderte …")
            named_here = earlier is not None and named_at[-1] >= doc[i].sent.start
            if spoke is not None and index.category(spoke) in categories and index.actors[spoke].named \
                    and of_its_kind(spoke) and not (named_here and earlier != spoke):
                return spoke, (i, i + 1)
            if earlier is not None:
                return earlier, (i, i + 1)
        return None

    @staticmethod
    def _only_organisation_before(index: EntityIndex, i: int) -> str | None:
        """The one named organisation the article names before token ``i``, if only one ("die
        AUA-Mutter Lufthansa": a company only in a compound is not the one meant)."""
        bodies = {key for start, _end, key, kind in index.spans if start < i and key in index.actors
                  and kind not in ("prefix", "adjective")
                  and index.actors[key].named and index.actors[key].category == "Organization"}
        return bodies.pop() if len(bodies) == 1 else None

    def _person_described_again(self, doc: Doc, index: EntityIndex, i: int, sentence: int):
        """ "Der Anwalt hält den Fall für vergleichbar", "meinte der IKG-Präsident": a definite
        noun for one person, with no name after it, refers back to the named person it described
        before ("des Ökonomen Bernhard Felderer"), or else to the named person who spoke in this
        sentence or the one before when no other person was named since. Returns (key, token
        range), or None."""
        token = doc[i]
        article = i - 1
        while article > 0 and is_adjective_like(doc[article]):
            article -= 1
        if article < 0 or doc[article].lower_ not in _DEFINITE_SINGULAR \
                or not token.text[:1].isupper() or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            return None
        # "der 62-jährige Politiker": a masculine article's number decides where the tagger reads the
        # noun as plural ("die" may be either: "die zwölf Geschworenen")
        if "Plur" in token.morph.get("Number") and not (
                doc[article].lower_ in ("der", "dem", "des") and "Sing" in doc[article].morph.get("Number")
                and not any(t.like_num or t.pos_ == "NUM" for t in doc[article + 1:i])):
            return None
        # "Die Politikerin sagte" is no man
        sex = {"Fem": "feminine", "Masc": "masculine"}.get(next(iter(doc[article].morph.get("Gender")), ""))
        # "die Anwältin", "der Sportler" tell a sex; "die Tonbandstimme" of a man does not
        named_sex = "feminine" if token.lower_.endswith(("in", "frau")) and "Fem" in token.morph.get("Gender") \
            else "masculine" if "Masc" in token.morph.get("Gender") else None
        described = self._person_named_with(doc, index, i, token.lower_, named_sex)
        if described is not None:
            return described, (i, i + 1)
        # "so der Sozialdemokrat": a party member named by his party's kind (only of someone whose party
        # the article does not name: "Der CDU-Politiker Huber … Der Sozialdemokrat" is another man)
        member = token.lower_.removesuffix("in").endswith("krat")
        if not (self._names_one_person(token.text) or member) or token.lower_.endswith(("sprecher", "sprecherin")):
            return None  # a spokesperson speaks for someone, and is not the one named
        # "Peter Huber besuchte Paris. Der Politiker sagte": with no one speaking lately, the person
        # who was the subject of the sentence before (after someone else spoke, a person newly named
        # is as likely another than the one described)
        previous = doc[token.sent.start - 1].sent if token.sent.start > 0 else None
        subject = next((t for t in previous if t.dep_ in _SUBJECT_DEPS and t.head == self._root(previous)), None) \
            if previous is not None and (self._recent is None or sentence - self._recent[0] > 3) else None
        named = self._person_in_phrase(index, subject) if subject is not None else None
        if named is not None:
            speaker = named
        elif subject is not None and index.key_at(subject.i) is not None:
            speaker = index.key_at(subject.i)
        elif self._recent is not None and sentence - self._recent[0] <= 1:
            speaker = self._recent[1]
        else:
            return None
        role = (index.actors[speaker].role or "").lower() if speaker in index.actors else ""
        office, held = token.lower_.removesuffix("in"), role.removesuffix("in")
        # "Vizekanzler Karl Huber … sagte der Kanzler": a deputy does not hold the office
        deputy = held.endswith(office) and held.removesuffix(office).rstrip("-").endswith(_DEPUTY_PREFIXES)
        if token.lower_.endswith(_OFFICES) and (office not in role or deputy):
            return None  # "Angela Merkel besuchte Paris. Der Präsident sagte": an office she is not told to hold
        if member and index.category(index.actors[speaker].represents or "") == "Organization":
            return None
        if index.category(speaker) == "Person" and index.actors[speaker].named \
                and _of_sex(index.actors[speaker], sex) \
                and index.last_person_before(i, window=120) == speaker:
            return speaker, (i, i + 1)
        return None

    @staticmethod
    def _person_in_phrase(index: EntityIndex, head) -> str | None:
        """The person the noun phrase headed by ``head`` names in its own words: "Der SPD-Politiker
        Klaus Wowereit" is Wowereit, not the party of the prefix; a role's holder ("Der Kanzler");
        not someone in an attribute of it ("Der Anwalt von Peter Huber", "Der Mann, der Huber
        angriff")."""
        role = index.role_at(head.i)
        if role is not None and role.person:
            return role.person
        chain = [head]
        for token in chain:
            chain.extend(c for c in token.children if c.dep_ in _NAME_CHAIN and c.i > head.i)
        return next((key for t in sorted(chain, key=lambda t: t.i)
                     if (key := index.key_at(t.i)) is not None and index.category(key) == "Person"), None)

    def _party_member_again(self, doc: Doc, index: EntityIndex, i: int, key: str, sentence: int) -> str | None:
        """ "Der Republikaner warf dem Weißen Haus vor", "sagte die Sozialdemokratin": a definite singular
        noun for one member of a party named in the article is the person of that party named last,
        else the person who spoke in this sentence or the one before."""
        word = doc[i].text
        feminine = word.endswith(_MEMBER_ENDINGS_FEMININE)
        if i == 0 or index.category(key) != "Organization" or index.key_at(i + 1) == key \
                or not (feminine or word.endswith(_MEMBER_ENDINGS)) \
                or doc[i - 1].lower_ != ("die" if feminine else "der") or "Plur" in doc[i].morph.get("Number") \
                or i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            return None
        before = doc[i - 2] if i >= 2 else None
        if not (doc[i - 1].is_sent_start or before is not None and is_finite_verb(before)):
            return None  # "die Politik der Republikaner": a genitive plural, not one person as a subject
        gender = "feminine" if feminine else "masculine"

        def member(_start: int, _end: int, person: str) -> bool:
            return index.actors[person].represents == key and _of_sex(index.actors[person], gender)

        person = index.last_actor_before(i, ("Person",), window=601, accept=member)
        recent = self._recent[1] if self._recent is not None and sentence - self._recent[0] <= 1 else None
        if person is None and recent is not None and index.category(recent) == "Person" \
                and _of_sex(index.actors[recent], gender) and index.actors[recent].represents in (None, key):
            # the person who just spoke, unless the article ties them to another body ("US-Präsident
            # Obama sagte … Der Republikaner warf dem Präsidenten vor")
            person = recent
        return person

    @staticmethod
    def _person_by_age(doc: Doc, index: EntityIndex, i: int):
        """ "Der 65-Jährige sagte", "sagte die 43-jährige": a person told by age with a definite
        article is the person the article gave that age ("Klaus Wowereit (62)", "der 62-jährige
        Wowereit"), else the one of that sex named last within a few sentences, when no other was.
        (key, token range), or None."""
        if not _AGED.fullmatch(doc[i].text) or i == 0 or doc[i - 1].lower_ not in _DEFINITE_SINGULAR:
            return None
        gender = _AGED_GENDER.get((doc[i - 1].lower_, doc[i].lower_.endswith("n")), "plural")
        if gender == "plural":
            return None  # "die 20-Jährigen": several people

        def of_sex(_start: int, _end: int, key: str) -> bool:
            return _of_sex(index.actors[key], gender)

        age = doc[i].text.partition("-")[0]

        def stated_age(start: int, end: int) -> str | None:
            """The age given beside a mention: "Klaus Wowereit (62)", "der 62-jährige Wowereit"."""
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text in (")", ","):
                return doc[end + 1].text
            return next((doc[j].lower_.partition("-")[0] for j in range(max(0, start - 3), start)
                         if doc[j].lower_.partition("-")[2].startswith("jährig")), None)

        def of_age(start: int, end: int, key: str) -> bool:
            return of_sex(start, end, key) and stated_age(start, end) == age

        aged = {key for start, end, key, _kind in index.spans
                if end <= i and key in index.actors and index.category(key) == "Person" and of_age(start, end, key)}
        if len(aged) > 1:
            return None  # two people of that age: which one is unclear
        if aged:
            return aged.pop(), (i, i + 1)
        if any(doc[j].lower_ in ("ein", "eine", "einer", "einem") and _AGED.fullmatch(doc[j + 1].text)
               and doc[j + 1].lower_.startswith(f"{age}-") for j in range(max(0, i - 150), i - 1)):
            return None  # "Das Opfer, ein 62-Jähriger, … Der 62-Jährige": someone unnamed of that age

        def of_sex_and_no_other_age(start: int, end: int, key: str) -> bool:
            return of_sex(start, end, key) and stated_age(start, end) in (None, age)

        person = index.last_actor_before(i, ("Person",), window=150, accept=of_sex_and_no_other_age)
        # only where no other person of that sex was named in that stretch ("Anna Berger ... Ihre
        # Schwester Eva Berger ... Die 43-Jährige sagte")
        other = index.last_actor_before(i, ("Person",), window=150,
                                        accept=lambda start, end, key: key != person and of_sex(start, end, key))
        return (person, (i, i + 1)) if person is not None and other is None else None

    @staticmethod
    def _person_named_with(doc: Doc, index: EntityIndex, i: int, noun: str, sex: str | None = None) -> str | None:
        """The named person of the sex ``sex`` (if given) mentioned last before token ``i`` right next
        to the noun ``noun`` (in any case ending: "des Ökonomen Bernhard Felderer" for "der Ökonom")."""

        def next_to_noun(start: int, end: int, key: str) -> bool:
            if not _of_sex(index.actors[key], sex):
                return False  # "die Anwältin Samanis": the man is her client
            return any(not start <= j < end and doc[j].lower_.startswith(noun) and len(doc[j].lower_) - len(noun) <= 2
                       for j in range(max(0, start - 3), min(i, end + 3)))

        # up to 600 tokens back, the 600th included
        return index.last_actor_before(i, ("Person",), window=601, accept=next_to_noun)

    @staticmethod
    def _names_one_person(word: str) -> bool:
        """A noun for one person by what he does, not a body or group: "Anwalt", "Arbeitsrechtler"."""
        lower = word.lower()
        stem = lower[: -len("in")] if lower.endswith("in") and len(lower) > 5 else lower
        # (a party member, "der Sozialdemokrat", is told by _party_member_again, which knows the party)
        return (stem in PERSON_NOUNS or stem.endswith(_PERSON_ENDINGS)) and stem not in AGENT_NOUNS \
            and not stem.endswith(_BODY_ENDINGS)

    @staticmethod
    def _body_by_first_word(doc: Doc, index: EntityIndex, i: int):
        """ "laut Alpinpolizei" after "die Alpinpolizei Axams": a body's name shortened to its first
        word refers back to it. (key, token range), or None."""
        word = doc[i].lower_
        if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN":
            return None
        body = index.last_actor_before(i, BODY_CATEGORIES, window=600,
                                       accept=lambda start, end, _key: end - start > 1 and doc[start].lower_ == word)
        return (body, (i, i + 1)) if body is not None else None

    @staticmethod
    def _agentive(word: str, index: EntityIndex) -> bool:
        """Nouns that can speak: people by function or group ("Sprecher", "Aktivisten",
        "Augenzeugen"), and bodies ("Polizei", "Ministerium", "Organisation")."""
        lower = word.lower()
        if lower in AUTHOR_NOUNS or lower in ("autors", "motor", "motoren", "sektor", "sektoren", "faktor",
                                               "faktoren", "reaktor", "reaktoren", "tenor", "terror"):
            return False  # the authors of a report speak for its owner, if anyone (_author_of_report)
        # the genitive after "nach Angaben": "des künstlerischen Leiters", "des Verbandes"; the
        # dative plural after "von": "von Oppositionspolitikern"
        stems = {lower, lower[:-1] if lower.endswith(("s", "n")) else lower,
                 lower[:-2] if lower.endswith("es") else lower}
        # the plural: "Die Passagiere berichteten", "Zeitungen berichteten"; not the pronouns
        # "Weitere", "Andere", "Mehrere"
        if not lower.endswith(("ere", "eren")) or lower.endswith(("iere", "ieren")):
            stems |= {lower[:-1] if lower.endswith("e") else lower, lower[:-2] if lower.endswith("en") else lower}
        # the feminine of a noun for a person: "Aktivistin", "Soldatinnen"
        feminine = {stem[:-len(ending)] for stem in set(stems) for ending in _FEMININE_ENDINGS
                    if stem.endswith(ending) and len(stem) > len(ending) + 3}
        # with the umlaut the feminine adds: "Anwältin", "Ärztin", "Bäuerin"
        stems |= feminine | {stem.translate(_NO_UMLAUT) for stem in feminine}
        return any(stem in AGENT_NOUNS or stem in PERSON_NOUNS or stem.endswith(AGENT_ENDINGS) or stem.endswith(
            ("sprecher", "sprecherin", "minister", "ministerin")) or stem.endswith(_AGENT_HEADS) for stem in stems)

    def _pronoun(self, doc: Doc, index: EntityIndex, i: int):
        """ "er", "sie" for the person named last; the plural "sie" ("sprachen sie") for the plural
        subject before it."""
        verb = doc[i].head if doc[i].head.pos_ in ("VERB", "AUX") else None
        plural = "Plur" in doc[i].morph.get("Number") or (verb is not None and "Plur" in verb.morph.get("Number"))
        if doc[i].text == "Sie" and not doc[i].is_sent_start and "Form" in doc[i].morph.get("Polite"):
            return None  # "Warum kritisieren Sie …?": the polite "Sie" addresses someone
        if doc[i].lower_ == "sie" and plural:
            found = self._plural_antecedent(doc, index, i)
            return (found[0], (i, i + 1)) if found else None
        if doc[i].lower_ == "beide" and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            return self._both(doc, index, i)
        if doc[i].lower_ == "dieser" and doc[i].dep_ in _SUBJECT_DEPS:
            # "… Präsident Nkurunziza. Dieser lehnt die Mission ab": the demonstrative points at
            # the person named last, whoever spoke before
            person = index.last_person_before(i)
            return (person, (i, i + 1)) if person else None
        if doc[i].lower_ in SUBJECT_PRONOUNS and not plural:
            wanted = PRONOUN_GENDERS.get(doc[i].lower_)

            def fits(key: str) -> bool:
                """ "sie" is no man, "er" no woman, where the given name or the role tells."""
                actor = index.actors.get(key)
                return actor is None or actor.category != "Person" or _of_sex(actor, wanted)

            opening = self._person_opening_sentence(doc, index, i)
            if opening is not None and fits(opening):
                return opening, (i, i + 1)
            # who spoke in the sentence before goes on speaking ("Schnöll weist Pilz' Vorwurf
            # zurück. Er betont ..."), else the person named last
            # "Schäuble warf er vor, …": a person named before the pronoun as another part of
            # its clause (hanging on the same verb) is not the pronoun
            clause_start = clause_bounds(doc[i].sent, i)[0]
            bound = {key for start, end, key, _kind in index.spans if clause_start <= start < i
                     and any(t.head == doc[i].head and t.dep_ not in ("nmod", "nmod:poss") for t in doc[start:end])}
            # "Skeptisch äußerte sich die Kanzlerin Angela Merkel: …, sagte sie": a person who is the
            # subject of an earlier clause of the same sentence goes on speaking (the first one: a
            # quotation between may name others)
            sentence_start = doc[i].sent.start
            subject = next((key for start, end, key, _kind in index.spans
                            if sentence_start <= start and end <= i and key not in bound and fits(key)
                            and index.category(key) == "Person" and index.actors[key].named
                            and any(t.dep_ in _SUBJECT_DEPS or (t.dep_ == "appos" and t.head.dep_ in _SUBJECT_DEPS)
                                    for t in doc[start:end])), None)
            if subject is not None:
                return subject, (i, i + 1)
            recent = self._recent
            if recent is not None and self._sentence - recent[0] == 1 and index.category(recent[1]) == "Person" \
                    and recent[1] not in bound and fits(recent[1]):
                return recent[1], (i, i + 1)
            # "Sie sagte, … Sie fügte hinzu": the same pronoun goes on with whom it stood for just before
            chain = self._pronoun_chain
            if chain is not None and self._sentence - chain[0] == 1 and chain[2] == doc[i].lower_ \
                    and chain[1] not in bound:
                return chain[1], (i, i + 1)
            described = self._described_person_before(doc, index, i) or self._body_subject_before(doc, index, i)
            if described is not None and fits(described):
                return described, (i, i + 1)
            person = index.person_referred_to(i, wanted, accept=lambda _start, _end, key: key not in bound)
            if person:
                return person, (i, i + 1)
        return None

    @staticmethod
    def _person_opening_sentence(doc: Doc, index: EntityIndex, i: int) -> str | None:
        """ "Pilz hegt den Verdacht, dass … unter Minister Kurz … – und er fordert": "und er" goes
        on with the person whose name opens the sentence as its subject, not the one named last."""
        sent = doc[i].sent
        key = index.key_at(sent.start)
        if i - 1 <= sent.start or doc[i - 1].lower_ != "und" or key is None or index.category(key) != "Person":
            return None
        end = sent.start
        while end < i and index.key_at(end) == key:
            end += 1
        return key if any(t.dep_ in _SUBJECT_DEPS for t in doc[sent.start:end]) else None

    def _described_person_before(self, doc: Doc, index: EntityIndex, i: int) -> str | None:
        """ "Anschließend verschanzte sich der Mann. Er erklärte …": a singular "er"/"sie" for a
        person only described, the subject of its sentence or the one before, when its gender
        agrees and no person is named after it."""
        gender = UD_GENDERS[PRONOUN_GENDERS[doc[i].lower_]]
        sent = doc[i].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for j in range(i - 1, first - 1, -1):
            token = doc[j]
            # the agent of a passive acts as its subject ("Die Offensive wurde von einer Sprecherin
            # bestätigt. Sie sagte …")
            agent = token.dep_ in ("obl", "obl:agent") and self._passive(token.head) \
                and any(c.dep_ == "case" and c.lower_ in ("von", "vom") for c in token.children)
            if not (token.dep_ in _SUBJECT_DEPS or agent) or token.pos_ != "NOUN" or index.key_at(j) is not None \
                    or _in_subordinate_clause(token):
                continue  # "Ein Sprecher wollte nicht bestätigen, dass alle Insassen … Er sagte": not the Insassen
            article = any(c.dep_ == "det" and ("Art" in c.morph.get("PronType") or c.lower_.startswith("dies"))
                          for c in token.children)
            if gender not in token.morph.get("Gender") or "Sing" not in token.morph.get("Number") \
                    or not article or not self._agentive(token.text, index):
                # "der Mann", "ein Sprecher"; "Solche Winter gebe es" names no one
                return None  # the nearest subject is no person this pronoun can stand for
            if token.sent == sent and any(c.dep_ == "det:poss" for c in token.children):
                return None  # "Sein Vater sei ermordet worden, sagt er": not his own father
            if any(j < start < i and index.category(key) == "Person" for start, _end, key, _kind in index.spans):
                return None  # "Der Anwalt von Anna Berger … Sie sagte": the name is nearer
            start = min(t.i for t in token.subtree if t.i <= j)
            found = self._subject_phrase(doc, index, token, start, j + 1, self._sentence, speaks=True)
            return found[0] if found is not None else None
        return None

    def _body_subject_before(self, doc: Doc, index: EntityIndex, i: int, genders: tuple[str, ...] = ()) -> str | None:
        """ "Die türkische Armee hatte Stellungen beschossen. Nach eigenen Angaben reagierte sie …": a
        singular "er"/"sie" (or a possessive of ``genders``) for a named body or state, the subject of
        its sentence or the one before, when the subject's noun agrees in gender and no person is
        named after it."""
        genders = genders or (UD_GENDERS[PRONOUN_GENDERS[doc[i].lower_]],)
        sent = doc[i].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for j in range(i - 1, first - 1, -1):
            token = doc[j]
            if token.dep_ not in _SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN") or _in_subordinate_clause(token):
                continue
            if "Plur" in token.morph.get("Number"):
                continue  # a singular pronoun passes over plural subjects ("… und die Regierungstruppen")
            if not set(genders) & set(token.morph.get("Gender")):
                return None  # the nearest subject is not what this pronoun stands for
            start = min(t.i for t in token.subtree if t.i <= j)
            keys = {index.key_at(k) for k in range(start, j + 1)} - {None}
            if not keys or any(index.category(key) == "Person" for key in keys) \
                    or any(j < begin < i and index.category(key) == "Person" for begin, _end, key, _kind in index.spans):
                return None  # "Die EU kritisierte Anna Berger. Sie sagte": the person named nearer
            found = self._subject_phrase(doc, index, token, start, j + 1, self._sentence)
            if found is not None and index.category(found[0]) in (*BODY_CATEGORIES, "Country") \
                    and index.actors[found[0]].named:
                return found[0]
            return None
        return None

    def _plural_antecedent(self, doc: Doc, index: EntityIndex, i: int):
        """ "Die Vorsitzenden des Tierheims protestierten, da sie befürchten, …", "Die USA und die
        Niederlande sind Geber. Sie haben angekündigt, …": the plural "sie" stands for the nearest
        plural subject before it, in its sentence or the two before."""
        sentence_start = doc[i].sent.start
        first = sentence_start
        for _ in range(2):
            if first > 0:
                first = doc[first - 1].sent.start
        for j in range(i - 1, first - 1, -1):
            token = doc[j]
            if token.dep_ not in _SUBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN"):
                continue
            listed = any(c.dep_ == "conj" for c in token.children)
            # the finite verb agrees with its subject more reliably than the noun is tagged
            finite = [token.head, *(c for c in token.head.children if c.dep_ in ("aux", "aux:pass", "cop"))]
            if not listed and not any("Plur" in t.morph.get("Number") for t in (token, *finite)):
                continue
            if index.key_at(j) is None and not listed and not self._agentive(token.text, index):
                return None  # "Kundgebungen wurden abgehalten. Auch sie forderten …": no one who speaks
            tokens = sorted(t.i for t in token.subtree if t.dep_ not in ("conj", "cc") or t.i == token.i)
            start = tokens[0]
            end = next((c.i for c in token.children if c.dep_ in ("cc", "conj", "punct") and c.i > token.i), tokens[-1] + 1)
            found = self._subject_phrase(doc, index, token, start, end, self._sentence, speaks=True)
            if found is not None and not index.actors[found[0]].named:
                # "Die beiden Länder sind Geber. Sie …": a description of the actors listed before
                found = self._listed_before(doc, index, j, first) or found
            if found is not None:
                self._pronoun_partners = (i, [key for key in self._conjuncts(index, doc[found[1][0]])
                                              if key != found[0]])
            return found
        return None

    def _both_described(self, doc: Doc, index: EntityIndex, i: int):
        """ "Merkel traf Macron. Die beiden Politiker erklärten …": a plural noun for people after
        "die beiden" stands for the two named persons before, as "beide" does."""
        if i < 2 or doc[i - 1].lower_ != "beiden" or doc[i - 2].lower_ != "die":
            return None
        noun = doc[i].lower_
        found = self._both(doc, index, i, category="Person")
        if found is None:
            return None
        pair = [found[0], *self._pronoun_partners[1]]
        roles = [(index.actors[key].role or "").lower().removesuffix("in") for key in pair]
        sexes = {index.actors[key].gender for key in pair}
        fits = noun.endswith(_POLITICIANS) \
            or noun.endswith(_OFFICES) and all(role.endswith(noun.removesuffix("innen").removesuffix("en"))
                                               for role in roles) \
            or noun == "männer" and sexes <= {"masculine", None} or noun == "frauen" and sexes <= {"feminine", None}
        if not fits:
            # "Die beiden Sprecher", "die beiden Verteidiger": people acting for the two, or not what
            # both are told to be ("Merkel traf Macron. Die beiden Präsidenten")
            self._pronoun_partners = (-1, [])
            return None
        return found

    def _both(self, doc: Doc, index: EntityIndex, i: int, *, category: str | None = None):
        """ "Faymann traf Mitterlehner. Beide rechnen damit, dass …": "beide" are the two named actors
        of one kind (``category``, if given) the sentence before (or its own sentence before it)
        names, if it names just two; the second speaks with the first."""
        sent = doc[i].sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for begin in (sent.start, first):
            keys: list[str] = []
            for start, _end, key, kind in sorted(index.spans):
                if begin <= start < i and key in index.actors and index.actors[key].named \
                        and kind not in ("prefix", "adjective") and index.category(key) in SOURCE_CATEGORIES:
                    key = index.principal(key) if index.category(key) == "Country" else key
                    if key not in keys:
                        keys.append(key)
            if len(keys) == 2 and index.category(keys[0]) == index.category(keys[1]) \
                    and category in (None, index.category(keys[0])):
                self._pronoun_partners = (i, keys[1:])
                return keys[0], (i, i + 1)
            if keys:
                return None  # more than two, or two of different kinds: which two is unclear
        return None

    def _listed_before(self, doc: Doc, index: EntityIndex, i: int, first: int):
        """The first of the named actors listed together last before token ``i``: "die USA und
        die Niederlande"."""
        for j in range(i - 1, first - 1, -1):
            if self._conjuncts(index, doc[j]) and index.key_at(j) is not None \
                    and index.category(index.key_at(j)) in SOURCE_CATEGORIES:
                key = index.key_at(j)
                return (index.principal(key) if index.category(key) == "Country" else key), (j, j + 1)
        return None

    @staticmethod
    def _conjuncts(index: EntityIndex, head) -> list[str]:
        """The named actors joined to ``head`` by "und", "sowie" or a comma: "die USA und die Niederlande"."""
        keys = []
        for conjunct in head.subtree:
            key = index.key_at(conjunct.i) if conjunct.dep_ == "conj" and conjunct.head == head else None
            if key is not None and index.category(key) in SOURCE_CATEGORIES and index.actors[key].named:
                keys.append(index.principal(key) if index.category(key) == "Country" else key)
        return keys

    # -- reported: markers --------------------------------------------------------------------
    def _reported(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int):
        word = cue.kb_id_
        i = cue.start

        def after(start: int, cue_start: int, extra: int = 0):
            found = self._apposition_after(doc, index, sent, start) if start < sent.end else None
            found = found or self._source_at(doc, index, start, sent.end, sentence)
            if found:
                return found[0], found[1], cue_start, max(found[1][1], i + 1 + extra), "reported"
            return None

        if word == "so":
            # ", so die Washington Post" — not "so genannte", "so schnell".
            if i == sent.start or doc[i - 1].text not in {",", "–", "-"}:
                return None
            return after(i + 1, i)
        if word in ("laut", "gemäß"):
            account = self._account_owner(doc, sent, index, i + 1, sentence)
            if account is not None:  # "laut seiner Aussage", "laut eigenen Angaben"
                return account[0], account[1], i, account[2], "reported"
            return after(i + 1, i) or self._bare_name(doc, sent, index, i)
        if word == "auf die Frage":
            return self._answering(doc, sent, index, i, sentence)
        if word == "aus Sicht":
            # "aus Sicht der EU-Kommission", not "aus heutiger Sicht"
            return after(i + 1, i - 1) if i - 1 >= sent.start and doc[i - 1].lower_ == "aus" else None
        if word == "demnach":
            # "Mindestens acht Mitarbeiter werden demnach vermisst": the source of the report just before.
            if self._recent and sentence - self._recent[0] <= 2:
                return self._recent[1], (i, i + 1), i, i + 1, "reported"
            # "Das Kartellamt hat seinen Bericht vorgelegt. Demnach …": with no claim before, the
            # subject of the sentence before
            previous = doc[sent.start - 1].sent if sent.start > 0 else None
            found = self._subject_of_sentence(doc, previous, sentence - 1, index) if previous is not None else None
            return (found[0], (i, i + 1), i, i + 1, "reported") if found else None
        if word.startswith("nach ") :
            nach = i - 1
            while nach >= sent.start and (is_adjective_like(doc[nach]) or doc[nach].lower_ in _REPORT_ARTICLES):
                nach -= 1
            compound = self._report_compound(doc, index, i) \
                if nach >= sent.start and doc[nach].lower_ == "nach" else None
            if compound is not None:  # "nach Polizeiangaben"
                return compound[0], compound[1], nach, i + 1, "reported"
            postposed = self._owner_before_nach(doc, index, sent, i, sentence)
            if postposed is not None:
                return postposed
            if i - 1 >= sent.start and doc[i - 1].lower_ in _POSSESSIVES and (
                    (i + 1 < sent.end and doc[i + 1].lower_ == "nach")
                    or (i - 2 >= sent.start and doc[i - 2].lower_ == "nach")):
                # "Seiner Meinung nach", "nach ihren Angaben": whoever the possessive stands for
                owner = self._possessor(doc, index, i - 1, sentence)
                after_nach = i + 1 < sent.end and doc[i + 1].lower_ == "nach"
                return (owner, (i - 1, i), i - 1, i + 2 if after_nach else i + 1, "reported") if owner else None
            if i - 2 >= sent.start and doc[i - 2].lower_ == "nach" and doc[i - 1].lower_ in _DEMONSTRATIVE_OWNERS:
                # "Nach deren Angaben": the noun phrase named just before
                owner = self._demonstrated(doc, index, i - 1)
                return (owner, (i - 1, i), i - 2, i + 1, "reported") if owner else None
            if i - 2 >= sent.start and doc[i - 1].lower_ in _OWN and doc[i - 2].lower_ == "nach":
                # "Die Türkei reagierte nach eigenen Angaben ...": the clause's subject reports.
                # "eigenen" names him as a possessive does ("nach seinen Angaben")
                subject = self._subject_of_clause(doc, sent, index, i, sentence) or self._own_relative(doc, index, i - 1)
                return (subject[0], (i - 1, i), i - 2, i + 1, "reported") if subject else None
            owner = index.key_at(i - 1) if i - 1 >= sent.start else None
            if owner is not None and i - 2 >= sent.start and doc[i - 2].lower_ == "nach" \
                    and doc[i - 1].text.endswith("s") and index.category(owner) in SOURCE_CATEGORIES:
                # "Nach Grupps Meinung", "nach Österreichs Auffassung": the genitive before the noun.
                return index.principal(owner) if index.category(owner) == "Country" else owner, \
                    (i - 1, i), i - 2, i + 1, "reported"
            # "nach Angaben", "nach einem Bericht", "nach ersten Angaben", "nach den offiziellen Angaben"
            nach = i - 1
            while nach > sent.start and nach > i - 4 and is_adjective_like(doc[nach]) and doc[nach].is_lower:
                nach -= 1
            if nach > sent.start and doc[nach].lower_ in ("einem", "einer", "dem", "der", "den"):
                nach -= 1
            if nach < sent.start or doc[nach].lower_ != "nach":
                return None  # "nach Angaben", "nach einem Bericht"
            return after(i + 1, nach)
        if word == "wonach":
            return self._owner_of_report_before(doc, sent, index, i, sentence)
        if word == "unter Berufung auf":
            if i + 1 < sent.end and doc[i + 1].lower_ == "auf":
                start = i - 1 if i and doc[i - 1].lower_ == "unter" else i
                return after(i + 2, start)
            return None
        if word == "zufolge":
            if i - 2 >= sent.start and doc[i - 1].lower_ in REPORT_NOUNS | {"meinung", "ansicht", "worten"} \
                    and doc[i - 2].lower_ in _POSSESSIVES:
                # "seinen Angaben zufolge": whoever the possessive stands for
                owner = self._possessor(doc, index, i - 2, sentence)
                return (owner, (i - 2, i - 1), i - 2, i + 1, "reported") if owner else None
            if i - 2 >= sent.start and doc[i - 2].lower_ in _OWN:
                # "Eigenen Angaben zufolge hat der Konzern …": the clause's subject reports
                account = self._account_owner(doc, sent, index, i - 2, sentence)
                return (account[0], account[1], i - 2, i + 1, "reported") if account else None
            if i - 1 >= sent.start and doc[i - 1].lower_ in ("ihm", "ihnen"):
                # "Die Wahlbeobachter legten Zahlen vor. Ihnen zufolge …": whom the pronoun stands for
                owner = self._possessor(doc, index, i - 1, sentence) or self._demonstrated(doc, index, i - 1)
                return (owner, (i - 1, i), i - 1, i + 1, "reported") if owner else None
            if self._report_about(doc, sent, i):
                return None
            listed = self._owners_listed_before(doc, index, sent, i, sentence)
            if listed is not None:
                return listed
            j = i - 1
            while j >= sent.start and j > i - 4 and index.key_at(j) is None and not doc[j].text[:1].isupper():
                j -= 1
            start = j
            while start - 1 >= sent.start and (index.key_at(start - 1) == index.key_at(j) is not None
                                               or doc[start - 1].lower_ in DETERMINERS or is_adjective_like(doc[start - 1])):
                start -= 1
            found = self._source_at(doc, index, start, i, sentence)
            return (found[0], found[1], found[1][0], i + 1, "reported") if found else None
        if word == "wie berichtet":
            # "wie die AFP berichtete": a reporting verb must follow the source.
            # "wie der Weltverband FIFA in der Nacht bekanntgegeben hat": or later in the clause.
            found = self._source_at(doc, index, i + 1, sent.end, sentence, generic=False) \
                or self._unknown_name_reporting(doc, index, i + 1, sent, sentence)
            if found is None:
                return None
            clause_end = clause_bounds(sent, i)[1]
            verb = next((j for j in range(found[1][1], clause_end)
                         if j in self._speech_verbs or doc[j].lower_ in LEARNING_VERBS), None)
            if verb is not None:
                return found[0], found[1], i, verb + 1, "reported"
        return None

    def _unknown_name_reporting(self, doc: Doc, index: EntityIndex, start: int, sent: Span, sentence: int):
        """ "wie OMGUbuntu berichtet": a name kg does not know, right before the verb of saying, is
        whoever reports (a bare noun there is as often a time or a topic: "wie im Vorjahr berichtet")."""
        end = start
        while end < min(sent.end, start + 4) and (doc[end].pos_ == "PROPN" or _tagged_name(doc[end])):
            end += 1
        # the verb first: finding the source makes an actor of it ("so schwer wie Blei")
        if end == start or end not in self._speech_verbs:
            return None
        found = self._source_at(doc, index, start, end, sentence)
        return found if found is not None and found[1][1] == end else None

    def _owner_before_nach(self, doc: Doc, index: EntityIndex, sent: Span, i: int, sentence: int):
        """ "Der Einschätzung der OSZE nach", "Den Angaben der Polizei in Wien nach": "nach" after the
        noun at ``i`` and its owner, as after a possessive ("Seiner Meinung nach")."""
        if i - 1 < sent.start or doc[i - 1].lower_ not in ("der", "den", "dem") or i + 2 >= sent.end \
                or doc[i + 1].lower_ not in _OWNER_WORDS:
            return None
        nach = next((k for k in range(i + 2, min(sent.end, i + 8)) if doc[k].lower_ == "nach"), None)
        if nach is None or any(t.is_punct for t in doc[i + 1:nach]) or nach + 1 >= sent.end \
                or doc[nach + 1].pos_ not in ("VERB", "AUX", "PUNCT", "ADV"):
            return None  # "Der Bericht der OSZE nach der Wahl": a preposition of time
        found = self._source_at(doc, index, i + 1, nach, sentence)
        return (found[0], found[1], i - 1, nach + 1, "reported") if found is not None else None

    @staticmethod
    def _report_about(doc: Doc, sent: Span, i: int) -> bool:
        """ "Berichten über Russland zufolge", "Angaben zu den Opfern in Syrien zufolge": the names
        between a report noun and its "zufolge" at ``i`` are what it is about, not who reports."""
        return any(_is_report_noun(doc[k].lower_) and doc[k + 1].lower_ in _NO_SPEAKER_PREPOSITIONS
                   for k in range(max(sent.start, i - 8), i - 2))

    def _owners_listed_before(self, doc: Doc, index: EntityIndex, sent: Span, i: int, sentence: int):
        """ "Berichten der Sender Sky News und BBC zufolge", "Angaben des Ministeriums und der Polizei
        zufolge": when the report's owners are a list, the first of them, read from the report noun
        on (the claim then lists the others after it); a single owner is read backwards from
        "zufolge" as before."""
        report = next((k for k in range(i - 2, max(sent.start, i - 10) - 1, -1)
                       if _is_report_noun(doc[k].lower_) and doc[k + 1].lower_ in _OWNER_WORDS), None)
        if report is None or not any(t.lower_ in ("und", "sowie") for t in doc[report + 2:i]):
            return None
        found = self._source_at(doc, index, report, i, sentence)
        return (found[0], found[1], report, i + 1, "reported") if found and found[1][1] < i else None

    def _answering(self, doc: Doc, sent: Span, index: EntityIndex, frage: int, sentence: int):
        """ "Insolvenzfonds-Chef Wolfgang Pfabigan auf die Frage der APA, ob …": a sentence that
        opens with a named source and "auf die Frage", with no verb, gives his answer."""
        auf = frage - 2
        if auf <= sent.start or doc[auf].lower_ != "auf" \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:auf]):
            return None
        found = self._source_at(doc, index, sent.start, auf, sentence, generic=False)
        # the role before a name may be all the range covers: "Insolvenzfonds-Chef Wolfgang Pfabigan"
        if found is None or not index.actors[found[0]].named \
                or any(index.key_at(j) != found[0] for j in range(found[1][1], auf)):
            return None
        return found[0], (found[1][0], auf), found[1][0], frage + 1, "indirect_speech"

    def _owner_of_report_before(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "Ein Bericht der Agentur Interfax, wonach …", "die Sichtweise von Minister Rech, wonach …",
        "zitiert aus der Zeitung „Hoy Bolivia“, wonach …": the owner of the report or view, or the
        named source, right before the comma says what "wonach" introduces."""
        comma = i - 1
        if comma - 1 <= sent.start or doc[comma].text != ",":
            return None
        end = comma - 1 if doc[comma - 1].text in _QUOTE_MARKS else comma
        if doc[end - 1].text == ")":  # "Innenminister Heribert Rech (CDU), wonach …": past the party
            end = next((k for k in range(end - 2, max(sent.start, end - 8), -1) if doc[k].text == "("), end)
        for j in range(end - 1, max(sent.start, end - 9) - 1, -1):
            if doc[j].is_punct and doc[j].text not in _QUOTE_MARKS:
                break
            if doc[j].lower_ in REPORT_NOUNS or doc[j].lower_ in STATEMENT_NOUNS:
                found = self._source_at(doc, index, j + 1, end, sentence, generic=False)
                return (found[0], found[1], i, i + 1, "reported") if found else None
        key = index.key_at(end - 1)
        if key is None or index.category(key) not in SOURCE_CATEGORIES or not index.actors[key].named:
            return None  # "Spekulationen, wonach …" name no one
        start = end - 1
        while start - 1 > sent.start and index.key_at(start - 1) == key:
            start -= 1
        return (index.principal(key) if index.category(key) == "Country" else key), (start, end), i, i + 1, "reported"

    def _possessor(self, doc: Doc, index: EntityIndex, i: int, sentence: int) -> str | None:
        """Whom the possessive at ``i`` stands for: "seinen Angaben nach" for the named source that
        spoke in this sentence or the one before, else ("sein") the person named last."""
        recent = self._recent
        if recent is not None and sentence - recent[0] <= 1 and index.actors[recent[1]].named:
            return recent[1]
        # "Die SPD tagte. Laut ihrer Presseerklärung …": the body or state that was the subject before
        body = self._body_subject_before(doc, index, i, ("Masc", "Neut") if doc[i].lower_.startswith("sein") else ("Fem",))
        if body is not None:
            return body
        if doc[i].lower_.startswith("sein"):
            return index.last_person_before(i, window=120)
        return None

    def _bare_name(self, doc: Doc, sent: Span, index: EntityIndex, i: int):
        """ "laut PwC", "laut Veltronix": right after "laut", with no article, a capitalised word
        that is no German noun ("laut Verfassung", "laut Umfrage") is a name the recogniser missed."""
        j = i + 1
        if not self.unlinked_sources or doc[i].lower_ != "laut" or j >= sent.end or index.key_at(j) is not None:
            return None
        word = doc[j]
        if not word.text[:1].isupper() or word.pos_ not in ("NOUN", "PROPN") or not word.text.replace("-", "").isalnum() \
                or word.lower_ in _ACCOUNT_NOUNS or is_common_noun(word.text) or is_dictionary_noun(word.text) \
                or _names_no_speaker(word.lower_) \
                or (j + 1 < sent.end and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ in ("NOUN", "PROPN")):
            return None
        key = index.add_unlinked(doc, j, j + 1, label=word.text, category="Other")
        return key, (j, j + 1), i, j + 1, "reported"

    def _account_owner(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "laut seiner Aussage", "gemäß ihren Angaben", "laut dessen Angaben", "laut eigenen
        Angaben": a possessive, demonstrative or "eigen" before a noun for what someone says at
        ``i`` names the owner by reference. Returns (key, token range naming it, end of the cue), or None."""
        if i + 1 >= sent.end or doc[i + 1].lower_ not in _ACCOUNT_NOUNS:
            return None
        word = doc[i].lower_
        if word in _POSSESSIVES:
            owner = self._possessor(doc, index, i, sentence)
        elif word in _DEMONSTRATIVE_OWNERS:
            owner = self._demonstrated(doc, index, i)
        elif word in _OWN:
            # the parser may take "eigenen Angaben" itself for the clause's subject: it is none
            subject = self._subject_of_clause(doc, sent, index, i + 1, sentence, not_subject=i + 1) \
                or self._own_relative(doc, index, i)
            owner = subject[0] if subject else None
        else:
            return None
        return (owner, (i, i + 1), i + 2) if owner else None

    @staticmethod
    def _own_relative(doc: Doc, index: EntityIndex, i: int):
        """ "die Beobachtungsstelle, die nach eigenen Angaben über Informanten verfügt": "eigen" in a
        relative clause is its antecedent's, a body as well as a person (a relative pronoun before
        "eigen" is the clause's subject, whom "eigen" refers to)."""
        pronoun = next((t for t in doc[max(doc[i].sent.start, i - 3):i]
                        if t.lower_ in ("der", "die", "das", "welcher", "welche", "welches")
                        and t.i >= 1 and doc[t.i - 1].text == ","), None)
        if pronoun is None or not all(t.pos_ in ("ADP", "ADV") for t in doc[pronoun.i + 1:i]):
            return None  # "nach" or "laut" between: "…, die nach eigenen Angaben …"
        found = SourceExtractor._relative_antecedent(doc, index, pronoun, categories=("Person", *BODY_CATEGORIES))
        verb = pronoun.head
        antecedent = verb.head if verb.dep_.startswith("acl") else None
        if found is not None and antecedent is not None and index.key_at(antecedent.i) != found[0]:
            # "das Auto von Greenpeace, das nach eigenen Angaben …": the noun the parse gives is meant
            # unless the verb disagrees with it ("die Berichte der Beobachtungsstelle, die … verfügt")
            finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
            numbers = {n for t in finite for n in t.morph.get("Number")}
            if not numbers or set(antecedent.morph.get("Number")) & numbers:
                return None
        return found

    @staticmethod
    def _demonstrated(doc: Doc, index: EntityIndex, i: int) -> str | None:
        """Whom "deren", "dessen" or "ihnen" at ``i`` stands for: the noun just before it in its
        sentence when that names an actor ("Huber kündigte seiner Partei nach deren Angaben den
        Rücktritt an": the party, no actor, not the man), else the actor named last in the
        sentence before."""
        sent = doc[i].sent
        nearest = next((j for j in range(i - 1, sent.start - 1, -1) if doc[j].pos_ in ("NOUN", "PROPN")), None)
        if nearest is not None:
            key = index.key_at(nearest)
            head = doc[nearest].head
            if doc[nearest].dep_ == "nmod" and head.i < nearest and head.pos_ in ("NOUN", "PROPN") \
                    and index.key_at(head.i) != key:
                key = index.key_at(head.i)  # "den Fahrer von Siemens, nach dessen Angaben": the driver's
            if key is None or index.category(key) not in SOURCE_CATEGORIES:
                return None
        else:
            first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            key = index.last_actor_before(i, SOURCE_CATEGORIES, window=i - first + 1)
        return (index.principal(key) if index.category(key) == "Country" else key) if key else None

    def _subject_of_clause(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int, *,
                           not_subject: int | None = None):
        """The subject of the verb governing token ``i``, from the parse."""
        verb = doc[i]
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return self._parsed_subject(doc, verb, index, sentence, not_subject=not_subject)

    # -- indirect speech: speech verbs --------------------------------------------------------
    def _speech(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int):
        if self._to_be_said(doc, sent, cue):
            return None
        if cue.kb_id_ == "sehen" and not self._view_stated(doc, sent, cue):
            return None
        if cue.kb_id_ == "entscheiden" and not self._ruling_stated(doc, sent, cue):
            return None
        found = self._speaker(doc, sent, cue, index, sentence)
        if found is not None:
            found = self._relative_speaks(doc, sent, index, found)
        if found is None or self._reports_nothing(doc, sent, cue):
            return None
        first = clause_bounds(sent, cue.start)[0]
        if found[1][0] < first and doc[first].lower_ == "wie" and first < cue.start:
            # "Italien schickte zwei Flugzeuge, wie der Minister mitteilte": the verb of the "wie"
            # clause has its speaker inside the clause; the main clause's subject told nothing
            return None
        verdict = self._name_position(doc, sent, cue, found, index)
        if verdict == "nothing":
            return None
        if not (verdict == "object" or self._addressed(doc, sent, found[1][0])):
            return found
        # "Gegenüber der Nachrichtenagentur AP sagte Durand": whom he spoke to is not the speaker;
        # the subject after the verb is ("Über die Pläne sagte Durand": so too after a preposition)
        i = cue.start
        if verdict == "object" and found[1][0] > i and i - 1 >= sent.start:
            # "Lothar Nicht, Ordnungsdezernent der Stadt, sprach von einer „Gefahr“": the subject before
            before = self._pronoun(doc, index, i - 1) or self._source_before(doc, index, sent, i, sentence)
            if before is None or before[1][1] > i:
                return None
            found = before[0], before[1], before[1][0], i + 1, "indirect_speech"
            return None if self._name_position(doc, sent, cue, found, index) else found
        if i + 1 >= sent.end or found[1][0] > i:
            return None
        after = self._pronoun(doc, index, i + 1) or self._source_at(doc, index, i + 1, min(sent.end, i + 7), sentence)
        if after is None or self._addressed(doc, sent, after[1][0]):
            return None
        found = after[0], after[1], i, after[1][1], "indirect_speech"
        return None if self._name_position(doc, sent, cue, found, index) else found

    @staticmethod
    def _genitive_of_person(word: str, index: EntityIndex, key: str) -> bool:
        """Whether ``word`` is the genitive of the person ``key``'s surname ("Badawis", "Tsipras'"),
        not the surname itself when it ends in "s" ("Morales")."""
        actor = index.actors[key]
        surnames = {name.split()[-1].lower() for name in (actor.label, *actor.aliases) if name.split()}
        # (the genitive itself may be kept as an alias: only the label tells the surname's own form)
        surname = actor.label.split()[-1].lower() if actor.label.split() else ""
        word = word.lower()
        return word.endswith("'") and word[:-1] in surnames \
            or word.endswith("s") and word != surname and word[:-1] in surnames

    @staticmethod
    def _relative_speaks(doc: Doc, sent: Span, index: EntityIndex, found):
        """ "sagte Badawis nach Kanada geflüchtete Ehefrau Ensaf Haidar", "Badawis Ehefrau sagte": a
        person's genitive before a noun for a relative names whose relative speaks, not the speaker.
        The speaker is the person named after the noun, else the one named with that noun before
        ("seine Frau Ensaf Haidar"); else the source is unnamed (None). Other findings unchanged."""
        key, (start, end) = found[0], found[1]
        if index.category(key) != "Person" or not SourceExtractor._genitive_of_person(doc[end - 1].text, index, key):
            return found
        j = end
        # "Badawis nach Kanada geflüchtete Ehefrau": past the attribute; but an article right after the
        # name opens an object ("sagte Tsipras der Familie"), and a verb ends the name's phrase unless
        # it is the participle right before the noun (which the tagger may take for a verb)
        def attribute_word(k: int) -> bool:
            word = doc[k]
            if word.pos_ in ("VERB", "AUX"):
                return word.is_lower and word.lower_.endswith(_RELATIVE_ATTRIBUTE_ENDINGS) and k + 1 < sent.end \
                    and doc[k + 1].pos_ == "NOUN" and doc[k + 1].text[:1].isupper()
            article = k > end and word.pos_ == "DET" and word.morph.get("Poss") != ["Yes"]  # "nach der Flucht"
            return word.pos_ in ("ADP", "PROPN") or article or is_adjective_like(word) \
                or word.is_lower and word.lower_.endswith(_RELATIVE_ATTRIBUTE_ENDINGS)

        while j < min(sent.end, end + 5) and not (doc[j].text[:1].isupper() and doc[j].pos_ == "NOUN") \
                and attribute_word(j):
            j += 1
        if j >= sent.end or doc[j].lower_ not in RELATIVE_NOUNS or index.key_at(j) is not None:
            return found
        after = index.key_at(j + 1) if j + 1 < sent.end else None
        if after is not None and after != key and index.category(after) == "Person":
            named_end = j + 1
            while named_end < sent.end and index.key_at(named_end) == after:
                named_end += 1
            return (after, (j + 1, named_end), *found[2:])
        noun = doc[j].lower_

        def named_with_noun(first: int, last: int, other: str) -> bool:
            return other != key and any(doc[k].lower_ == noun for k in range(max(0, first - 3), min(len(doc), last + 3)))

        described = index.last_actor_before(start, ("Person",), window=601, accept=named_with_noun)
        return (described, (start, j + 1), *found[2:]) if described is not None else None

    @staticmethod
    def _to_be_said(doc: Doc, sent: Span, cue: Span) -> bool:
        """ "Auch Positives ist zu berichten", "Dazu ist zu sagen": "sein" with "zu" and the verb
        tells what is to be said, by no one ("wie im Ministerium zu erfahren ist" names where it
        was heard, see _HEARD_CUES)."""
        i = cue.start
        if cue.kb_id_ in _HEARD_CUES or i - 1 < sent.start or doc[i - 1].lower_ != "zu":
            return False
        before = i - 2
        while before > sent.start and doc[before].pos_ == "ADV":
            before -= 1  # "ist auch zu berichten"
        return before >= sent.start and doc[before].lemma_ == "sein" \
            or i + 1 < sent.end and doc[i + 1].lemma_ == "sein"  # "was zu berichten ist"

    def _reports_nothing(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the speech verb ``cue`` reports no statement, whoever its subject: a verb inside
        a quotation or a "dass" clause, a back reference "(DER STANDARD berichtete)", a use of the
        verb that is no speech when nothing said stands beside it ("erklärte das Tor für gültig",
        "zu sieben Jahren Haft verurteilt", "informierte die Botschaft", "gab nicht bekannt", "Ihm
        droht eine Operation")."""
        i = cue.start
        verb = cue.kb_id_
        # "„Die Koalition widerspricht den Versprechen der Partei“, meint X": a verb inside a
        # quotation is part of what was said, with its own subject; its speaker is the quoted one
        if i in self._in_long_quotation:
            return True
        # "(DER STANDARD berichtete)": the parenthesis holds the speaker and the verb only
        opening = next((k for k in range(i - 1, max(sent.start, i - 7) - 1, -1) if doc[k].is_punct), None)
        if opening is not None and doc[opening].text == "(":
            j = i + 1
            while j < sent.end and doc[j].text == ".":
                j += 1
            if j < sent.end and doc[j].text == ")":
                return True
        if any(c.dep_ == "mark" and c.lower_ in ("dass", "daß") for c in doc[i].children):
            return True  # "Die USA befürchten, dass Kenia ein Anschlag droht": part of what is said
        first, last = clause_bounds(sent, i)
        clause = doc[first:last]
        said = self._says_something(doc, sent)
        if not said:
            if verb == "erklären" and not self._passive(doc[i]) and any(
                    t.lower_ in ("zum", "zur") or t.lower_ == "für" and not any(
                        u.lower_.startswith(_JUDGEMENTS) for u in doc[t.i + 1:min(last, t.i + 4)])
                    for t in clause):
                # "erklärte die Wahl für ungültig", "den Vermissten für tot", "ihn zum Sieger": a status
                # declared, no statement ("erklärte die Ausschreibung für fehlerhaft" judges, and says so);
                # in the passive only a named agent speaks, and what a court or body declares there
                # ("wurde vom Gerichtshof zum Völkermord erklärt") is its statement
                return True
            if verb in _NO_STATEMENT_WITHOUT_CONTENT:
                return True  # "informierte die Botschaft", "informierte die Familie"
            if verb == "sprechen" and any(t.lower_ == "für" for t in doc[i + 1:last]):
                return True  # "Die Indizien sprechen für eine Beteiligung"
            if verb in ("sprechen", "sprechen von") and not any(
                    t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or t.lower_ in ("von", "vom", "über", "davon")
                    for t in doc[i + 1:last]):
                return True  # "Erdoğan spricht langsam und leise": how he speaks, not what he says
            if verb == "Reaktion von" and self._bare_reaction(clause):
                return True  # "Kritik kam von der Partei.": that there was criticism, not what it said
        rest = [t for t in doc[i + 1:last] if not t.is_punct]
        if verb not in NEGATED_STATEMENTS and not said and rest and (rest[-1].lower_ == "nicht" or (
                len(rest) >= 2 and rest[-2].lower_ == "nicht" and rest[-1].lower_ in _FRONT_PARTICLES)) \
                and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            return True  # "Die Identität gab die Behörde nicht bekannt", "äußerte er sich nicht"
        if verb == "drohen" and not said and (i + 1 >= sent.end or doc[i + 1].text != ",") \
                and not any(t.lower_ == "mit" for t in clause):
            return True  # "Dem Torwart droht eine Operation": no threat is uttered
        if verb == "melden" and not said and any(t.lower_ == "sich" for t in clause):
            return True  # "hat sich zu Wort gemeldet", "wollte sich wieder melden"
        if verb == "verurteilen" and not said and any(
                t.lower_ == "wegen" or (t.lower_ == "zu" and any(u.like_num or u.lower_ in _SENTENCES
                                                                 for u in doc[t.i + 1:min(last, t.i + 4)]))
                for t in clause):
            return True  # "zu sieben Jahren Haft verurteilt": a court's sentence, no statement
        return False

    @staticmethod
    def _bare_reaction(clause: Span) -> bool:
        """ "Kritik kam von der FPÖ.": a reaction noun with no article, the verb and who reacted, and
        nothing of what the reaction was about ("Lob gab es vom Minister für die Ankündigung", "Die
        gleiche Argumentation kommt vom Gericht", "Kritik kam unter anderem von …")."""
        words = [t for t in clause if not t.is_punct]
        reaction = next((k for k, t in enumerate(words) if t.lower_ in REACTION_NOUNS), None)
        if reaction is None or any(t.pos_ == "DET" for t in words[:reaction]):
            return False
        by = next((k for k, t in enumerate(words) if t.lower_ in _REACTION_FROM), len(words))
        # nouns after "von" name who reacted; any other preposition or noun tells about what
        return not any(t.pos_ == "ADP" and t.lower_ not in _REACTION_FROM for t in words) \
            and not any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in REACTION_NOUNS for t in words[:by])

    def _name_position(self, doc: Doc, sent: Span, cue: Span, found, index: EntityIndex) -> str | None:
        """Whether the name ``found`` is no subject of the speech verb ``cue``: a genitive
        attribute ("beziffert die Schulden Griechenlands"), the object of a preposition ("Über X
        sagte Y"). Returns "nothing" when no claim is to be made, "object" when the subject may
        stand on the other side of the verb, or None."""
        i = cue.start
        start, end = found[1]
        verb = cue.kb_id_
        if verb in ("heißt es", "verlauten", "hervorgehen", "Reaktion von", *_HEARD_CUES):
            return None  # "hieß es in einer Erklärung Bans", "heißt es bei …": the speaker stands in a phrase
        key = index.key_at(start)
        if end - start == 1 and doc[start].text.endswith("s") and key is not None \
                and not key.rstrip("-").lower().endswith("s"):
            # "beziffert die Staatsschulden Griechenlands", "Die Absage Hartmanns nannte sie …": a
            # name in the genitive is that noun's attribute; but a report's or statement's owner
            # speaks through it ("in einer Erklärung Bans")
            noun = self._thing_before_genitive(doc, index, sent, start)
            if noun is not None and doc[noun].lower_ not in REPORT_NOUNS | STATEMENT_NOUNS | DOCUMENT_NOUNS:
                return "nothing" if start > i else "object"
        # "Über die Pläne sagte X", "Für die Partei forderte X": the object of a preposition
        # (not "in dem er verlangte", nor "Die Parteien in Pakistan erklärten")
        j = start - 1
        while j >= sent.start and ((doc[j].lower_ in DETERMINERS and doc[j].pos_ == "DET")
                                   or doc[j].text in _QUOTE_MARKS or is_adjective_like(doc[j])):
            j -= 1
        if j > i and verb == "sprechen von" and doc[j].lower_ == "von":
            return "object"  # "sprach von einer „Gefahr“", "spricht von einem Terroristen": what he spoke of
        if j >= sent.start and doc[j].lower_ in _NO_SPEAKER_PREPOSITIONS and doc[j].pos_ == "ADP" \
                and not (j - 1 >= sent.start and doc[j - 1].pos_ == "NOUN" and self._agentive(doc[j - 1].text, index)):
            return "object"
        # "Kritiker werfen Obama vor", "Bsirske würdigte Kluncker": a name after the verb is whom it
        # addresses; a pronoun there is its subject, whatever stands before it ("Schäuble warf er vor")
        if start > i and doc[start].lower_ not in SUBJECT_PRONOUNS and doc[start].pos_ != "PRON" \
                and (self._one_person_after_plural_verb(doc, sent, doc[i], found, index)
                     or verb in _ADDRESSING_VERBS and self._named_subject_in_prefield(doc, sent, i, index)):
            return "object"
        return None

    @staticmethod
    def _one_person_after_plural_verb(doc: Doc, sent: Span, verb, found, index: EntityIndex) -> bool:
        """ "Kritiker werfen Obama vor": one person after a verb in the plural is not its subject but
        whom it addresses (a list, "sagten Merkel und Macron", is). The caller has ruled out a pronoun."""
        start, end = found[1]
        if index.category(found[0]) != "Person":
            return False
        if end < sent.end and doc[end].lower_ in ("und", "sowie", ",", "(") \
                or any(t.lower_ in ("und", "sowie") for t in doc[start:end]):
            return False
        return verb.morph.get("Number") == ["Plur"] and "Fin" in verb.morph.get("VerbForm") \
            and verb.lower_.endswith("n")

    def _named_subject_in_prefield(self, doc: Doc, sent: Span, i: int, index: EntityIndex) -> bool:
        """ "Der Gewerkschaftschef Frank Bsirske, …, würdigte Kluncker": a verb that addresses someone
        ("würdigen", "vorwerfen", "auffordern") after one noun phrase naming a known actor (opened by
        an article or a name, not by a preposition, an adverb or an object's article, and holding no
        verb or clause of its own) has that actor for its subject; the name after the verb is whom
        it addresses."""
        first = self._after_dateline(doc, sent)
        if first >= i or doc[first].pos_ not in ("DET", "NOUN", "PROPN") or doc[first].lower_ in _OBJECT_DETERMINERS:
            return False
        if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in _QUOTE_MARKS for t in doc[first:i]):
            return False
        head = first + 1 if doc[first].pos_ == "DET" else first
        while head < i and is_adjective_like(doc[head]):
            head += 1
        # the phrase's head, or the person an apposition in it names ("Der Vorsitzende …, Frank Bsirske,")
        return head < i and index.key_at(head) is not None and index.category(index.key_at(head)) in SOURCE_CATEGORIES \
            or any(index.key_at(k) is not None and index.category(index.key_at(k)) == "Person" and doc[k - 1].text == ","
                   for k in range(first + 1, i))

    @staticmethod
    def _view_stated(doc: Doc, sent: Span, cue: Span) -> bool:
        """ "sieht in dem Gesetz eine Benachteiligung", "sieht darin keine Lösung", "sieht einen
        „Angriff“, es stehe …": "sehen" with a noun of assessment states a view when it says what the
        view is of ("darin", or an "in" phrase right before the noun), or quotes or reports it after
        the verb; "sieht die Gefahr einer Einschränkung" alone tells a concern, and "sah im letzten
        Moment die Gefahr" or "sah in der 80. Minute die Chance" tells what was seen when."""
        start, end = clause_bounds(sent, cue.start)
        noun = next((t.i for t in doc[start:end] if t.lower_ in _assessment_nouns()), None)
        if noun is not None and noun > cue.start:
            k = noun - 1  # back over the noun's article and attributes: "eine große Gefahr"
            while k >= cue.end and (doc[k].pos_ == "DET" or doc[k].lower_ in NEGATIONS or is_adjective_like(doc[k])):
                k -= 1
            if any(t.lower_ == "darin" for t in doc[cue.end:k + 1]) or _viewed_in(doc, cue.end, k + 1):
                return True
        elif noun is not None:
            # "Eine Gefahr sieht er darin", "Eine Chance sieht sie in dem Angebot": the noun before the verb
            if any(t.lower_ == "darin" for t in doc[cue.end:end]) \
                    or any(_viewed_in(doc, cue.end, k) for k in range(cue.end + 1, end + 1)):
                return True
        return any(t.text in _QUOTE_MARKS or t.text == ":" or t.lower_ in ("dass", "daß")
                   or "Sub" in t.morph.get("Mood") for t in doc[cue.end:sent.end])

    @staticmethod
    def _ruling_stated(doc: Doc, sent: Span, cue: Span) -> bool:
        """ "Das Gericht hat entschieden, dass die Anlagen abzuschalten sind", "entschied der EuGH, die
        Behörden müssten prüfen": a decision says something when the clause after the verb's own
        opens with "dass" or is a main clause in the subjunctive; "entschied sich für …",
        "bestreitet entschieden", "entschied, ob die Klage zulässig sei" (what was decided on) and
        "entschied zugunsten der Kläger, da die Frist abgelaufen sei" (why) say nothing."""
        verb = doc[cue.start]
        clause_start, clause_end = clause_bounds(sent, cue.start)
        if verb.pos_ not in ("VERB", "AUX") or any(t.lower_ == "sich" for t in doc[clause_start:clause_end]):
            return False
        first = clause_end + 1  # "entschied am Dienstag in letzter Instanz, dass …": past the verb's clause
        if clause_end >= sent.end or doc[clause_end].text != "," or first >= sent.end:
            return False
        if doc[first].lower_ in ("dass", "daß"):
            return True
        opener = doc[first]
        if opener.lower_ in _NOT_WHAT_HOLDS or "Int" in opener.morph.get("PronType") \
                or opener.pos_ == "PRON" and "Rel" in opener.morph.get("PronType"):
            return False
        return any("Sub" in t.morph.get("Mood") for t in doc[first:clause_bounds(sent, first)[1]])

    def _says_something(self, doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` holds something said: a quotation, a colon, a clause with "dass" or "ob",
        a verb in the subjunctive of reported speech, or an infinitive with "zu"."""
        if any(t.text == "," and t.i + 1 < sent.end and t.i + 1 in self._speech_verbs for t in sent):
            return True  # "Das Tor war regulär, erklärte er": direct speech whose quotation marks were lost
        for t in sent:
            if t.text in _QUOTE_MARKS or t.text == ":" or t.lower_ in ("dass", "daß", "ob"):
                return True
            if "Sub" in t.morph.get("Mood") or t.dep_ == "ccomp":
                return True
            if t.lower_ == "zu" and t.pos_ == "PART":
                return True
        return False

    @staticmethod
    def _addressed(doc: Doc, sent: Span, start: int) -> bool:
        """Whether the phrase at ``start`` follows "gegenüber" ("gegenüber der Zeitung „Kurier“")."""
        j = start - 1
        while j >= sent.start and j > start - 5 and (doc[j].lower_ in DETERMINERS or is_adjective_like(doc[j])
                                                     or doc[j].text in _OPENING_QUOTES or doc[j].is_title
                                                     and doc[j].pos_ == "NOUN"):
            j -= 1
        return j >= sent.start and doc[j].lower_ == "gegenüber"

    def _speaker(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int):
        verb = cue[0]
        i = verb.i
        if (cue.kb_id_ not in NEGATED_STATEMENTS and self._declined(doc, sent, i)) \
                or (verb.pos_ == "NOUN" and verb.lower_ in REPORT_NOUNS):
            return None  # "nach Angaben des Leiters": the noun is no form of "angeben"
        if self._attributive(doc, sent, i) and not self._inverted_after_clause(doc, sent, i, index):
            return None  # "der von der Partei erwartete Aufruhr": a participle describing a noun says nothing
        if cue.kb_id_ == "heißt es" or (cue.kb_id_ == "verlauten" and i + 1 < sent.end and doc[i + 1].lower_ == "es"):
            # "hieß es aus dem Ministerium", "verlautete es aus dem Innenministerium"
            return self._impersonal(doc, sent, cue, index, sentence)
        if cue.kb_id_ in _HEARD_CUES:
            return self._heard_from(doc, sent, cue, index, sentence)
        if cue.kb_id_ == "hervorgehen":
            # "wie aus einer Aufstellung des Bundeskanzleramtes hervorgeht"
            return self._impersonal(doc, sent, cue, index, sentence, prepositions=("aus",))
        if cue.kb_id_ == "fordern" and any(t.lower_.endswith(_TOLL_ENDINGS) and t.i != i
                                           for t in doc[slice(*clause_bounds(sent, i))]):
            return None  # "In Vietnam forderte der Sturm 92 Menschenleben": a toll, not a demand
        if self._passive(verb) and cue.kb_id_ not in _SEIN_PERFECT:
            # "Die Regierung wurde aufgefordert", "Dem Mann wird vorgeworfen": the subject is
            # addressed or accused; the agent after "von" speaks only for verbs of saying.
            # Who "wird zitiert" spoke, though.
            if cue.kb_id_ in SPEAKING_PASSIVES:
                return self._quoted_subject(doc, verb, index, sentence)
            if cue.kb_id_ not in SPOKEN_BY_AGENT \
                    or cue.kb_id_ in _SPOKEN_OF_THINGS and self._person_acted_on(doc, verb, index):
                return self._report_said_in(doc, sent, verb, index, sentence)
            return self._speaking_agent(doc, sent, verb, index, sentence) \
                or self._report_said_in(doc, sent, verb, index, sentence)
        if cue.kb_id_ in SPEAKING_PASSIVES and not (i + 1 < sent.end and doc[i + 1].lower_ == "aus"):
            # "Die Zeitung zitiert aus einem Mitschnitt": who cites from a text is the source
            quoted = self._quoted_object(doc, sent, index, i, sentence)
            if quoted is not None:
                return quoted
        if cue.kb_id_ == "verteidigen" and any(re.fullmatch(r"\d+:\d+", t.text) or t.lower_ in MATCH_WORDS
                                               for t in doc[slice(*clause_bounds(sent, i))]):
            return None  # "verteidigt Benfica ein 1:0", "den Titel verteidigt": sport, no statement
        if cue.kb_id_ in ("verteidigen", "bestreiten") and _contested_object(doc, sent, i):
            return None  # "bestritt 106 Länderspiele", "verteidigte das Gelbe Trikot": a contest, no statement
        if cue.kb_id_ == "klagen" and doc[i].lower_.startswith("klag") and self._sues_or_ails(doc, sent, i):
            return None  # "klagt den FPÖ-Obmann", "klagte über Schmerzen": a suit or an ailment, no statement
        if cue.kb_id_ == "ausschließen" and any(t.lower_ == "aus" and t.i + 2 < sent.end and t.i != i
                                                 and doc[t.i + 1].lower_ in DETERMINERS
                                                 and doc[t.i + 2].lower_.endswith(_MEMBERSHIPS)
                                                 for t in doc[slice(*clause_bounds(sent, i))]):
            return None  # "schloss den Abgeordneten aus der Partei aus": expelled, nothing ruled out in words
        if cue.kb_id_ == "Reaktion von":
            clause = clause_bounds(sent, i)
            if not any(t.lower_ in REACTION_NOUNS for t in doc[clause[0]:clause[1]]):
                return None  # "kam am Montag an", "gab es Tote"
            if any(t.lower_ in REACTION_NOUNS and t.i > clause[0] and doc[t.i - 1].lower_ in ("kein", "keine", "keinen")
                   for t in doc[clause[0]:clause[1]]):
                return None  # "Von den Konzernen gab es keine Stellungnahme": nothing was said
            return self._impersonal(doc, sent, cue, index, sentence, prepositions=_REACTION_FROM)
        # After a fronted clause ("…, berichtete die Washington Post") word order is more
        # reliable than a parse, which often hangs the clause's own subject on the verb.
        fronted = i - 1 >= sent.start and doc[i - 1].text in {",", "“", "”", "\"", "«", "»"} \
            and not self._title_before(doc, sent, i)
        if cue.kb_id_ in CLAUSE_ONLY_VERBS and not fronted \
                and not any(t.lower_ in ("dass", ":") for t in doc[i + 1:sent.end]):
            return None

        def after():
            # V2 inversion: "sagte der Minister", "…, erklärte er".
            # "äußerte sich Annan", "charakterisierte ihn der Gewerkschafter", "Als Aufgabe sah es der
            # Präsident an, …": a reflexive or an object pronoun before the subject
            start = i + 2 if i + 1 < sent.end and doc[i + 1].lower_ in ("sich", "ihn", "ihm", "es") else i + 1
            while start + 1 < sent.end:
                if doc[start].pos_ == "ADV" and doc[start].lower_ not in NEGATIONS:
                    start += 1  # "Das erklärte gestern ein Sprecher"
                elif start == i + 1 and i == sent.start and doc[start].lemma_ in ("haben", "sein") \
                        and doc[start].pos_ in ("AUX", "VERB"):
                    start += 1  # "Hervorgehoben hat er, dass …": a fronted participle, then the auxiliary
                elif doc[start].lower_ in ("am", "beim") and start + 2 < sent.end and _TIME_NOUN.match(doc[start + 1].text):
                    start += 2  # "versicherte am Freitag der Vizechef"
                elif doc[start].lower_ in _OBJECT_DEMONSTRATIVES and start + 2 < sent.end and (
                        doc[start + 1].lower_ in DETERMINERS or index.key_at(start + 1) is not None
                        or index.role_at(start + 1) is not None):
                    start += 1  # "kommentiert dies Markus Distelberger", "bestätigte das der Sprecher"
                else:
                    break
            if start < sent.end and doc[start].lower_ not in _OBJECT_ARTICLES:
                named = self._after_participle_attribute(doc, start, sent.end)
                found = self._pronoun(doc, index, start) or self._apposition_after(doc, index, sent, start) \
                    or self._source_at(doc, index, named, min(sent.end, named + 6), sentence)
                if found and not self._after_preposition(doc, sent, cue, found[1][0], index, found[0]) \
                        and not self._plural_addressee(doc, verb, found):
                    return found[0], found[1], i, found[1][1], "indirect_speech"
            return None

        # "… durch die Union bedauerte sie": a subject pronoun right after the verb is its
        # subject even where lost quotation marks leave no comma to show the fronted clause
        inverted_pronoun = i + 1 < sent.end and (doc[i + 1].lower_ == "er" or (
            doc[i + 1].lower_ == "sie" and "Nom" in doc[i + 1].morph.get("Case")))
        fronted = fronted or inverted_pronoun
        subject = None if fronted else self._parsed_subject(doc, verb, index, sentence)
        if subject is not None and self._after_preposition(doc, sent, cue, subject[1][0], index, subject[0]):
            subject = None
        if fronted and not inverted_pronoun and self._apposition_closes(doc, index, sent, i):
            # "Lothar Nicht, Ordnungsdezernent der Stadt, sprach von …": the comma closes an
            # apposition to the subject, not a fronted clause
            subject = self._parsed_subject(doc, verb, index, sentence)
            subject = subject if subject is not None and subject[1][1] < i else None
        if subject is not None and subject[0].startswith("other:") and subject[1][0] == sent.start \
                and subject[1][1] <= i and not self._agentive(doc[subject[1][0]].text, index):
            # "Besorgt äußerte sich Kofi Annan": a known name after the verb beats an unknown
            # word the parser took for the subject before it
            inverted = after()
            if inverted is not None and not inverted[0].startswith("other:"):
                index.forget_mentions(doc, *subject[1])
                return inverted
        if subject is not None and subject[1][1] < i and subject[1][0] - 2 >= sent.start \
                and doc[subject[1][0] - 1].pos_ == "ADP":
            # "Wie die in Großbritannien ansässige Beobachtungsstelle mitteilte": the place in the
            # attribute is no subject; the noun after the attribute is
            named = self._after_participle_attribute(doc, subject[1][0] - 2, i)
            if named != subject[1][0] - 2:
                subject = self._source_at(doc, index, named, i, sentence)
        if subject is not None and self._is_genitive(doc, index, sent, subject):
            # as below: a genitive is no subject, though a body's speaks through the noun before it
            # ("Ein Sprecher des Ministeriums sagte"); a person's after a noun naming no speaker does
            # not ("Die Äußerungen Hassemers"; _is_genitive leaves "Ein Sprecher Erdogans" the subject)
            subject = self._first_named(doc, index, sent, i) or self._person_after(doc, index, after, subject, i) or (
                subject if is_genitive_attribute(doc, subject[1][0], sent.start) else None)
        if subject is not None and subject[1][0] < i:
            # "Zuvor hatte die EU-Kommission Griechenland gedrängt": a parse that takes the object
            # before the participle for the subject loses to the name right after the auxiliary
            first = self._subject_after_auxiliary(doc, index, sent, i, sentence)
            if first is not None and first[1][1] <= subject[1][0]:
                subject = first
        if subject is not None and subject[1][0] > i and index.category(subject[0]) != "Person":
            # "Das sagte der Sprecher der Kommission (KMR), Pedro Alvarez": the person the
            # description after the verb introduces speaks, not the body in its genitive
            named = after()
            if named is not None and index.category(named[0]) == "Person" and named[1][0] > subject[1][0]:
                return named
        if subject is not None:
            key, (start, end) = subject
            return key, (start, end), min(start, verb.i), max(end, verb.i + 1), "indirect_speech"

        def before():
            # Subject just before the verb: "Kerry betont", "Die Polizei teilte mit", "Er sagte".
            if i - 1 >= sent.start:
                # "Zuvor hatte die EU-Kommission Griechenland dazu gedrängt": in the perfect after a
                # fronted adverbial the subject follows the auxiliary; the name before the participle
                # is as often its object
                found = self._subject_after_auxiliary(doc, index, sent, i, sentence)
                if found is None:
                    found = self._pronoun(doc, index, i - 1) or self._source_before(doc, index, sent, i, sentence)
                if found is None and i - 2 >= sent.start and doc[i - 1].lower_ in _FRONT_PARTICLES \
                        and not any(t.lemma_ == "werden" for t in doc[sent.start:i]):
                    # "Wie das Polizeipräsidium bekannt gab": the particle written apart before the verb
                    found = self._source_before(doc, index, sent, i - 1, sentence)
                    if found is not None and found[1][0] - 1 >= sent.start \
                            and doc[found[1][0] - 1].pos_ in ("NOUN", "PROPN"):
                        found = None  # "den ersten Fall in einer Großstadt Deutschlands bekannt gegeben"
                if found is None and i - 2 >= sent.start and doc[i - 1].lemma_ == "haben" \
                        and doc[i - 1].pos_ in ("AUX", "VERB"):
                    # "Auch einige kleinere Parteien haben angekündigt": the subject before the auxiliary
                    found = self._source_before(doc, index, sent, i - 1, sentence)
                if found is None:
                    found = self._subject_after_auxiliary(doc, index, sent, i, sentence)
                if found and not self._after_preposition(doc, sent, cue, found[1][0], index, found[0]):
                    return found[0], found[1], found[1][0], i + 1, "indirect_speech"
            return None

        # After a fronted clause ("Wahlen sind nötig, sagte Lawrow") the subject follows the verb;
        # after a fronted object ("Ihren Widersacher Jeremy Corbyn forderte May auf") only there.
        if self._object_fronted(doc, sent, i):
            return after()
        if inverted_pronoun and doc[i + 1].lower_ == "er":
            # "Die Arbeit … als Bundeskanzlerin lobte er": the pronoun after the verb is its
            # subject; a name before the verb belongs to the fronted object ("nannte sie" may
            # take "sie" as its object)
            return after()
        found = (after() or before()) if fronted else (before() or after())
        if found is not None and found[1][0] < i and self._is_genitive(doc, index, sent, found):
            # "Frankreich und die USA haben das Vorgehen der sudanesischen Streitkräfte kritisiert":
            # a genitive is no subject; the clause's first name is, or else the subject after the
            # verb ("Die Anwendung der Richtlinie des Kanzlers stellte der SPD-Chef in Frage")
            first = self._first_named(doc, index, sent, i)
            if first is not None:
                return first[0], first[1], first[1][0], i + 1, "indirect_speech"
            person = self._person_after(doc, index, after, found[:2], i)
            if person is not None:
                return person[0], person[1], i, person[1][1], "indirect_speech"
            if not is_genitive_attribute(doc, found[1][0], sent.start):
                return None  # "Die Äußerungen Papiers bezeichnete …": a person's genitive speaks for no one
        return found

    @staticmethod
    def _person_after(doc: Doc, index: EntityIndex, after, found, i: int):
        """ "Die Anwendung der Richtlinie des Kanzlers stellte der SPD-Chef in Frage": where the name
        before the verb at ``i`` is a genitive in a fronted object, a person after the verb is the
        subject. (key, token range) of that person, or None; a genitive after the verb stays."""
        if found[1][0] > i:
            return None
        person = after()
        if person is None or index.category(person[0]) != "Person" or (
                person[1][1] - person[1][0] == 1 and doc[person[1][0]].lower_ in ("sie", "ihn", "ihm", "ihr")):
            return None  # "nannte sie": the pronoun may be the object
        return person[0], person[1]

    def _is_genitive(self, doc: Doc, index: EntityIndex, sent: Span, found) -> bool:
        """Whether the source ``found`` is named in a genitive after a noun: "der Sprecher des
        Ministeriums", or a person's surname with its "s" after a noun that names no speaker ("Die
        Äußerungen Hassemers und Papiers"; not "Ein Sprecher Erdogans", who speaks for him)."""
        key, (start, end) = found[0], found[1]
        if is_genitive_attribute(doc, start, sent.start):
            return True
        return index.category(key) == "Person" and self._genitive_of_person(doc[end - 1].text, index, key) \
            and self._thing_before_genitive(doc, index, sent, start) is not None

    def _thing_before_genitive(self, doc: Doc, index: EntityIndex, sent: Span, start: int) -> int | None:
        """The noun whose attribute the name in the genitive at ``start`` is, when that noun names no
        speaker: "die Schulden Griechenlands", "Die Äußerungen Hassemers und Papiers" (back over the
        list). A noun for a speaker or a role is None: "Ein Sprecher Erdogans", "Ein Berater Erdogans"
        speak for him, as "Ein Sprecher des Ministeriums" does for a body."""
        k = start - 1
        while k > sent.start and (doc[k].lower_ == "und" or doc[k].pos_ == "PROPN"):
            k -= 1  # "Hassemers und Papiers": back over the list to the noun it follows
        if k < sent.start:
            return None
        before = doc[k]
        # (a noun in "-in", "-innen" is most often a woman by function the lexicon lacks, who speaks)
        if before.pos_ != "NOUN" or not before.is_title or self._agentive(before.text, index) \
                or before.lower_.endswith(("in", "innen")) or index.role_at(k) is not None:
            return None
        return k

    @staticmethod
    def _sues_or_ails(doc: Doc, sent: Span, i: int) -> bool:
        """Whether "klagen" at ``i`` takes someone to court ("klagt den Obmann", "klagte das Blatt",
        "klagt die Summe ein") or complains of an ailment ("klagte über Schmerzen"), saying nothing.
        "klagt die Regierung an, Folter zu dulden" accuses in words: a statement."""
        verb = doc[i]
        if any(c.dep_ == "compound:prt" and c.lower_ == "an" for c in verb.children):
            return False
        if any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return True
        start, end = clause_bounds(sent, i)
        return any(t.lower_ == "über" and any(ailment in u.lower_ for u in doc[t.i + 1:min(end, t.i + 4)]
                                              for ailment in _AILMENTS)
                   for t in doc[start:end])

    def _object_fronted(self, doc: Doc, sent: Span, i: int) -> bool:
        """Whether the field before the verb at ``i`` is one phrase opened by an article or possessive
        that is never nominative ("Seinen Kollegen Karl Berg kritisierte …"): an object, so the
        subject follows the verb."""
        first = self._after_dateline(doc, sent)
        return first < i and doc[first].lower_ in _OBJECT_DETERMINERS \
            and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[first + 1:i])

    @staticmethod
    def _plural_addressee(doc: Doc, verb, found) -> bool:
        """ "Jimmy Carter, der …, sagte Reportern, dass …": a bare plural common noun after a verb
        in the singular cannot be its subject; it is whom the speaker told. (A name the parser
        takes for a plural noun, "erklärte McClaren", is no common noun and still speaks.)"""
        start, end = found[1]
        if not found[0].startswith("other:") or doc[start].lower_ in DETERMINERS:
            return False
        # the verb's own ending, not only the tagger, says it is singular ("sagte", not "sagten"),
        # and the noun's says it is a dative plural ("Reportern", "Journalisten")
        return verb.morph.get("Number") == ["Sing"] and "Fin" in verb.morph.get("VerbForm") \
            and not verb.lower_.endswith("n") \
            and all(t.morph.get("Number") == ["Plur"] and is_common_noun(t.text) and t.lower_.endswith("n")
                    for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN"))

    @staticmethod
    def _after_preposition(doc: Doc, sent: Span, cue: Span, start: int, index: EntityIndex, key: str) -> bool:
        """Whether a name next to a speech verb follows a preposition, so that it is no subject:
        "Der Sonderberichterstatter für die Palästinensergebiete hat ... kritisiert", "Das Recht geht
        vom Volk aus", "Nach Lieferungen an die Emirate prangert Peter Pilz ... an". A word taken
        for an unknown source there ("Volk") is no actor either."""
        marker = marker_before(doc, start, sent.start)
        if not (marker in _NO_SPEAKER_PREPOSITIONS or (cue.kb_id_ == "ausgehen" and marker in ("von", "vom"))):
            return False
        if key.startswith("other:"):
            index.forget_mentions(doc, start, start + 1)
        return True

    def _subject_after_auxiliary(self, doc: Doc, index: EntityIndex, sent: Span, i: int, sentence: int):
        """ "Vor Gericht hatten Augenzeugen berichtet", "Im Juni hat die EU zugesagt": in the perfect
        with something else in front, the subject stands right after the finite auxiliary and before
        the participle at ``i``, where a parser often takes it for an object. (key, token range), or None."""
        if "Part" not in doc[i].morph.get("VerbForm") and not doc[i].lower_.endswith(("t", "en")):
            return None
        aux = next((j for j in range(i - 1, max(sent.start, i - 12) - 1, -1)
                    if doc[j].lemma_ == "haben" and doc[j].pos_ in ("AUX", "VERB")), None)
        if aux is None or aux == sent.start or aux + 1 >= i or doc[aux - 1].text == "," \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in ("und", "oder") for t in doc[aux + 1:i]) \
                or not is_finite(doc[aux]):
            return None  # "…, hat er gesagt" belongs to the inverted order read elsewhere
        first = self._after_dateline(doc, sent)
        if doc[first].pos_ not in ("ADP", "ADV", "SCONJ") and not _TIME_NOUN.match(doc[first].text) \
                and doc[first].lower_ not in _FRONT_NON_SUBJECTS:
            return None  # "Das Observatorium hat die Erkenntnisse bestätigt": the subject stands in front
        start = aux + 1
        while start < i and doc[start].pos_ == "ADV" and doc[start].lower_ not in NEGATIONS:
            start += 1  # "hatte bereits der Minister"
        if start >= i or doc[start].lower_ in _OBJECT_ARTICLES or doc[start].lower_ in ("sich", "es"):
            return None
        if doc[start].lower_ in SUBJECT_PRONOUNS:
            return self._pronoun(doc, index, start)
        return self._source_at(doc, index, start, i, sentence)

    @staticmethod
    def _after_dateline(doc: Doc, sent: Span) -> int:
        """The first token of a sentence after the dateline it may open with ("Wien (APA) – Im Streit
        um …": "Im")."""
        end = next((k for k in range(sent.start + 1, min(sent.end - 1, sent.start + 8))
                    if doc[k].text in ("(", "–", "—", "-", "/")), None)
        if end is None or not in_dateline(doc, sent.start, end):
            return sent.start
        return next((k + 1 for k in range(end, min(sent.end - 1, end + 8)) if doc[k].text in ("–", "—", "-")),
                    sent.start)

    @staticmethod
    def _after_participle_attribute(doc: Doc, start: int, end: int) -> int:
        """ "schrieb die in New York geborene Lopez", "teilte die zur Universität gehörende Hoover
        Institution mit": where an article opens an attribute of a preposition's phrase and a
        participle, the noun after the participle; else ``start``."""
        if start + 3 >= end or doc[start].lower_ not in DETERMINERS:
            return start
        # "der ebenfalls an der Studie beteiligte Politologe", "der 1979 in Klagenfurt geborene
        # Fotograf": an adverb or a date may open the attribute before its preposition
        opening = start + 1
        while opening < min(end, start + 4) and (doc[opening].like_num or doc[opening].pos_ == "ADV"
                                                 and doc[opening].is_lower):
            opening += 1
        if opening >= end or doc[opening].pos_ != "ADP":
            return start
        for j in range(opening + 1, min(end - 1, opening + 10)):
            # the tagger takes such a participle for an adjective or a verb alike; an adjective
            # governing the phrase ("der für die Digitalwirtschaft zuständige Kommissar") is declined
            if doc[j].is_lower and doc[j].pos_ in ("ADJ", "VERB", "ADV") \
                    and (doc[j].lower_.endswith(_PARTICIPLE_ENDINGS) or doc[j].lower_.startswith(_SEATED)
                         or doc[j].pos_ == "ADJ" and doc[j].lower_.endswith(_GOVERNING_ADJECTIVE_ENDINGS)) \
                    and doc[j + 1].text[:1].isupper():
                return j + 1
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
                return start
        return start

    @staticmethod
    def _attributive(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the participle at ``i`` stands before the noun it describes ("der erwartete
        Aufruhr", "eine fast erwartete Niederlage") rather than as a verb."""
        # the parser may call a finite verb "amod" too ("Die SPD erwartete Gewinne"); then it has a subject
        word = doc[i].lower_
        stem = next((word[: -len(e)] for e in ("en", "es", "em", "er", "e") if word.endswith(e)), None)
        if stem is None:
            return False  # "betont": an attributive participle is declined
        # only a past participle describes a noun: "erwartete" (erwartet), not "sicherte" (gesichert)
        participle = stem.endswith("t") and (stem.startswith(_PARTICIPLE_PREFIXES) or "ge" in stem[:6]
                                             or stem.endswith("iert"))
        return participle and doc[i].dep_ == "amod" and i + 1 < sent.end and doc[i + 1].pos_ in ("NOUN", "PROPN") and doc[i + 1].text[:1].isupper() \
            and not any(c.dep_ in _SUBJECT_DEPS for c in doc[i].children) \
            and any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent if t.i != i)  # the sentence's own verb

    def _inverted_after_clause(self, doc: Doc, sent: Span, i: int, index: EntityIndex) -> bool:
        """ "…, ergibt eine Lkw-Kolonne, die bis Bregenz reicht, verdeutlichte VCÖ-Expertin Ulla
        Rasmussen": a verb the tagger took for a participle describing a noun is finite after a
        comma that closes a clause with a finite verb, when a person's name follows it, alone or
        after a noun for what he is ("…, erwartete Gäste wie Anna Berger" describes the guests)."""
        if i - 1 <= sent.start or doc[i - 1].text != "," \
                or not any(is_finite_verb(t) for t in doc[sent.start:i - 1]):
            return False
        # the name right after the verb, or after a noun for the person's function ("Expertin")
        j = i + 1
        if j + 1 < sent.end and doc[j].lower_ in DETERMINERS:
            j += 1
        if j + 1 < sent.end and index.key_at(j) is None and doc[j].pos_ == "NOUN" and doc[j].text[:1].isupper():
            j += 1
        return j < sent.end and index.category(index.key_at(j) or "") == "Person"

    @staticmethod
    def _title_before(doc: Doc, sent: Span, i: int) -> bool:
        """ "… gegenüber der Tageszeitung „Die Welt“ mitgeteilt": quotation marks closing right
        before the verb around a few words after an article or noun enclose a title, not speech;
        after "als" they quote the speaker's own word for something ("hat die Vorwürfe als
        „haltlos“ bezeichnet"), inside the clause, so that no quotation stands before the verb."""
        opening = next((j for j in range(i - 2, max(sent.start, i - 7) - 1, -1)
                        if doc[j].text in _OPENING_QUOTES), None)
        return opening is not None and opening > sent.start and i - opening <= 5 \
            and (doc[opening - 1].lower_ in DETERMINERS or doc[opening - 1].lower_ == "als"
                 or doc[opening - 1].pos_ in ("NOUN", "PROPN"))

    def _apposition_closes(self, doc: Doc, index: EntityIndex, sent: Span, i: int) -> bool:
        """Whether the comma before the verb at ``i`` closes a person's apposition that opens the
        sentence ("Henning Scherf (SPD), warnte …", "Der Dekan, Manfred Berg, hatte mitgeteilt"),
        rather than a clause or phrase the verb interrupts ("Die Lage in Syrien, sagte Lawrow, …")."""
        if doc[i - 1].text != "," or not self._is_noun_phrase(doc, sent.start, i - 1):
            return False
        inverted = index.key_at(i + 1) if i + 1 < sent.end else None
        if inverted is not None and index.category(inverted) == "Person" or i + 1 < sent.end and (
                index.role_at(i + 1) is not None and index.role_at(i + 1).person):
            return False  # "…, sagte Lawrow": the name after the verb is its subject
        return any(index.category(index.key_at(j) or "") == "Person" for j in range(sent.start, i))

    def _quoted_object(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "Ein Sender zitierte Papandreou mit den Worten: …": whom the words are quoted from speaks,
        not who quotes them."""
        end = clause_bounds(sent, i)[1]
        mit = next((j for j in range(i + 2, min(end - 2, i + 10)) if doc[j].lower_ == "mit"
                    and doc[j + 1].lower_ in ("den", "der", "dem", "diesen") and doc[j + 2].lower_ in _QUOTED_WITH), None)
        if mit is None:
            return self._person_quoted_after_subject(doc, index, i, sent.end)
        found = self._pronoun(doc, index, i + 1) or self._source_at(doc, index, i + 1, mit, sentence)
        if found is None:
            return None
        return found[0], found[1], i, found[1][1], "indirect_speech"

    def _speaking_agent(self, doc: Doc, sent: Span, verb, index: EntityIndex, sentence: int):
        """ "Die Forderungen wurden von Verkehrsminister Stolpe als unrealistisch bezeichnet": the
        agent of a passive verb that only says something speaks; a "von" phrase inside a noun
        phrase ("Die Forderungen von Greenpeace wurden kritisiert") names no agent. Where the parse
        hangs the agent on a noun, word order finds it (see :meth:`_agent_by_word_order`)."""
        for agent in verb.children:
            # "Von Kanzlerin Merkel wurde …": the parser may give the opening "Von" no "case" relation
            von = next((c for c in agent.children if c.lower_ in ("von", "vom")
                        and (c.dep_ == "case" or c.i == agent.left_edge.i)), None)
            before = agent.left_edge.i - 1
            if von is None and agent.dep_ == "obl:arg" and before >= 0 and doc[before].lower_ in ("von", "vom") \
                    and doc[before].head == verb:
                von = doc[before]  # the parser may hang "von" on the verb ("wird von den USA … vorgeworfen")
            if agent.dep_ not in ("obl", "obl:agent", "obl:arg") or von is None \
                    or _asked_of(doc, verb, von.i):
                continue
            end = max(t.i for t in agent.subtree) + 1
            found = self._source_at(doc, index, von.i, end, sentence, generic=False)
            if found is not None and index.actors[found[0]].named:
                return found[0], found[1], min(von.i, verb.i), max(found[1][1], verb.i + 1), "indirect_speech"
        return self._agent_by_word_order(doc, sent, verb, index, sentence)

    def _agent_by_word_order(self, doc: Doc, sent: Span, verb, index: EntityIndex, sentence: int):
        """ "Kritisiert wurde die Regierung vor allem von der SPD", "weil die Regierung von der SPD
        kritisiert worden war", "Bestätigt wurde die Maßnahme vom Innenministerium": a named agent
        after "von" in the passive's clause that the parse hung on a noun. Not in the noun phrase
        before the finite verb of a main clause ("Die Forderungen von Greenpeace wurden …"); after a
        noun only with an article, since an attribute would be a genitive ("wurde die Forderung von
        Greenpeace kritisiert" stays an attribute); not a span of time or way ("von Montag an",
        "von Berlin nach Paris"), nor the agent of a participle describing a noun."""
        start, end = clause_bounds(sent, verb.i)
        auxiliary = _passive_auxiliary(verb)
        # a main clause: the auxiliary comes before the participle and only one phrase before it
        opening = start
        while opening < end and (doc[opening].pos_ in ("ADV", "CCONJ") or doc[opening].is_punct):
            opening += 1
        for j in range(start, end):
            if doc[j].lower_ not in ("von", "vom") or j + 1 >= end:
                continue
            if auxiliary < verb.i and j < auxiliary and j != opening or _asked_of(doc, verb, j):
                continue
            after_noun = j > start and doc[j - 1].pos_ in ("NOUN", "PROPN")
            if after_noun and doc[j].lower_ != "vom" and doc[j + 1].lower_ not in ("der", "dem", "den"):
                continue
            found = self._source_at(doc, index, j, verb.i if j < verb.i else end, sentence, generic=False)
            if found is None or not index.actors[found[0]].named:
                continue
            stop = found[1][1]
            if stop < end and (doc[stop].lower_ in ("an", "bis", "nach", "zu", "zum", "zur", "über")
                               or self._attributive(doc, sent, stop)):
                continue
            return found[0], found[1], min(j, verb.i), max(stop, verb.i + 1), "indirect_speech"
        return None

    def _report_said_in(self, doc: Doc, sent: Span, verb, index: EntityIndex, sentence: int):
        """ "In einem Bericht von ndr.de werden die Vorkehrungen als „extrem“ bezeichnet", "In einer
        Stellungnahme des Ministeriums wird die Entscheidung damit begründet", "Im Abschlussbericht der
        OSZE wird kritisiert, …": what a passive says in a report or letter, its owner says, whatever
        the verb; a report with no owner ("In einem Bericht über die Wahl") names nobody."""
        start, end = clause_bounds(sent, verb.i)
        # a report phrase that opens the sentence governs its verb past a relative clause:
        # "In einer Stellungnahme des Ministeriums, auf die sich Medien berufen, wird … begründet"
        openers = [sent.start] if sent.start < start and doc[sent.start].lower_ in ("in", "im") else []
        for j in [*openers, *range(start, min(end, verb.i) - 2)]:
            if doc[j].lower_ not in ("in", "im"):
                continue
            noun = _past_article(doc, j + 1, verb.i)
            if noun + 1 >= verb.i or not _is_report_noun(doc[noun].lower_) \
                    or doc[noun + 1].lower_ not in _OWNER_WORDS and doc[noun + 1].lower_ not in _POSSESSIVE_GENITIVES:
                continue
            found = self._source_at(doc, index, noun, verb.i, sentence, generic=False)
            if found is not None and index.actors[found[0]].named:
                return found[0], found[1], j, max(found[1][1], verb.i + 1), "reported"
        return None

    def _person_acted_on(self, doc: Doc, verb, index: EntityIndex) -> bool:
        """Whether the subject of the passive ``verb`` is a person or people ("Die Gäste wurden
        begrüßt", "Er wurde verurteilt", "Putin wurde … begrüßt"), not a thing or an event."""
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return False
        if subject.pos_ == "PRON":
            return subject.lower_ not in ("es", "das", "dies", "dieses", "was")
        key = index.key_at(subject.i)
        if key is None and subject.pos_ == "PROPN":
            return True  # "Merkel wurde von Obama begrüßt": a name kg did not resolve is someone's
        return key is not None and index.category(key) == "Person" or self._agentive(subject.text, index) \
            or subject.lower_.endswith(_PEOPLE_GROUPS)

    @staticmethod
    def _person_quoted_after_subject(doc: Doc, index: EntityIndex, i: int, end: int):
        """ "„…“, zitiert die „Computerwoche“ den Manager Kevin Lynch", "Die Zeitung zitiert Kerry":
        the person a medium quotes speaks, not the medium."""
        for j in range(i + 1, min(end, i + 12)):
            if doc[j].text in (",", ":", ";") or doc[j].pos_ in ("VERB", "AUX"):
                return None  # the clause of the verb ends; quotation marks around a title do not end it
            role = index.role_at(j)
            person = role.person if role is not None and role.person else index.key_at(j)
            if person is None or index.category(person) != "Person":
                continue
            if doc[j - 1].lower_ in ("von", "vom", "aus"):
                return None  # "zitiert aus einem Interview mit …" names a source, not the speaker
            stop = role.end if role is not None and role.person else j
            while stop < end and index.key_at(stop) == person:
                stop += 1
            return person, (j, stop), i, stop, "indirect_speech"
        return None

    def _quoted_subject(self, doc: Doc, verb, index: EntityIndex, sentence: int):
        """ "„…“, wird Karl Huber, Leiter des Bauamts, zitiert": the subject right after the
        auxiliary that opens the clause speaks; else the subject from the parse ("wie Huber
        zitiert wird")."""
        auxiliary = next((c for c in verb.children if c.lemma_ == "werden" and c.i < verb.i), None)
        found = None
        # "wird von der „Netzeitung“ zitiert": the agent after the auxiliary quotes, not speaks
        if auxiliary is not None and auxiliary.i + 1 < verb.i and doc[auxiliary.i + 1].lower_ not in ("von", "vom"):
            start = auxiliary.i + 1
            found = self._pronoun(doc, index, start) or self._source_at(doc, index, start, verb.i, sentence)
        found = found or self._parsed_subject(doc, verb, index, sentence)
        if found is None:
            return None
        return found[0], found[1], min(found[1][0], verb.i), max(found[1][1], verb.i + 1), "indirect_speech"

    def _impersonal(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int,
                    prepositions: tuple[str, ...] = ("aus", "von", "vom", "in", "im", "bei", "beim", "seitens")):
        """ "hieß es aus dem Außenministerium", "hieß es vom Roten Kreuz", "In einer Erklärung der
        Regierung hieß es": the source is in a from/in phrase of the cue's clause."""
        i = cue.start
        start, end = clause_bounds(sent, i)
        for j in range(start, end):
            if doc[j].lower_ in prepositions and j != i:
                # from "aus" on: "aus Paris" speaks for the state of its capital
                at = j if doc[j].lower_ == "aus" else j + 1
                if doc[j].lower_ == "von" and at < end and doc[at].lower_ == "seiten":
                    at += 1  # "von Seiten der Polizei"
                found = self._source_at(doc, index, at, end, sentence, generic=False)
                if found is None and doc[j].lower_ in ("von", "vom", "seitens") and at < end:
                    # "hieß es von der Polizei", "hieß es vom Abgeordneten Viktor Oserow": who speaks
                    # only from this phrase on, when he is named or a noun for a speaker
                    head = next((k for k in range(at, min(end, at + 4)) if doc[k].lower_ not in DETERMINERS
                                 and not is_adjective_like(doc[k])), None)
                    if head is not None and (self._agentive(doc[head].text, index) or doc[head].pos_ == "PROPN"
                                             or _tagged_name(doc[head])):
                        found = self._source_at(doc, index, at, end, sentence)
                if found is None and doc[j].lower_ == "aus":
                    # "hieß es aus dem Büro des Ministerpräsidenten Alexis Tsipras", "aus dem Umfeld
                    # von Merkel": the office speaks for its holder
                    office = next((k for k in range(j + 1, min(end - 1, j + 4)) if doc[k].lower_ in OFFICE_NOUNS), None)
                    if office is not None and doc[office + 1].lower_ in ("des", "der", "von", "vom"):
                        at = office + 2 if doc[office + 1].lower_ == "von" else office + 1
                        found = self._source_at(doc, index, at, end, sentence, generic=False)
                if found is not None and doc[j].lower_ in ("von", "vom") and found[1][1] < end \
                        and self._attributive(doc, sent, found[1][1]):
                    continue  # "Kritik an einem von der Zeitung veröffentlichten Foto": who published it
                if found is not None:
                    return found[0], found[1], min(i, j), max(i + 2, found[1][1]), "reported"
        if cue.kb_id_ == "heißt es":
            return self._document_of(doc, sent, index, i, sentence) \
                or self._on_website_of(doc, sent, index, i, sentence) \
                or self._goes_on_saying(doc, sent, index, i, sentence)
        return None

    def _goes_on_saying(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "Der Verband hat die Vorwürfe zurückgewiesen. Alle Vorgänge seien korrekt, hieß es in einer
        Aussendung.": "hieß es" after what was said, in a statement or document named for the first
        time, goes on with the named source of the sentence before (a bare "hieß es" is anyone's)."""
        recent = self._recent
        if recent is None or recent[0] != sentence - 1 or not index.actors[recent[1]].named \
                or i - 1 < sent.start or doc[i - 1].text != ",":
            return None
        end = clause_bounds(sent, i)[1]
        for k in range(i + 1, end - 2):
            if doc[k].lower_ == "in" and doc[k + 1].lower_ in INDEFINITE_ARTICLES:
                at = _past_article(doc, k + 1, end)
                if at < end and (document_head(doc[at].text) is not None or _is_report_noun(doc[at].lower_)):
                    # "in einer Mitteilung der Gewerkschaft": an owner named after the document may
                    # be someone else; it goes on only with the earlier source itself
                    follower = doc[at + 1].lower_ if at + 1 < end else None
                    if follower in _OWNER_WORDS or follower in _POSSESSIVE_GENITIVES \
                            or follower is not None and index.key_at(at + 1) is not None:
                        owner = self._source_at(doc, index, at + 1, end, sentence)
                        if owner is None or owner[0] != recent[1]:
                            return None
                    return recent[1], (i, i + 2), i, at + 1, "reported"
        return None

    def _document_of(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "heißt es darin", "heißt es in dem Schreiben": a document named before, whose author is
        the source that spoke in this sentence or the two before, else the body named last."""
        fronted = self._fronted_document(doc, sent, index, i, sentence)
        if fronted is not None:
            return fronted
        j = i + 2 if i + 1 < sent.end and doc[i + 1].lower_ == "es" else i + 1
        if j < sent.end and doc[j].lower_ == "darin":
            at = j
        elif j + 1 < sent.end and doc[j].lower_ in ("in", "im") and (doc[j].lower_ == "im" or doc[j + 1].lower_ in (
                "dem", "der", "diesem", "dieser")):
            at = j + 1 if doc[j].lower_ == "im" else j + 2
            while at < sent.end and is_adjective_like(doc[at]):
                at += 1
            if at >= sent.end or doc[at].lower_ not in DOCUMENT_NOUNS \
                    or (at + 1 < sent.end and (doc[at + 1].lower_ in _OWNER_WORDS or index.key_at(at + 1))):
                return None
        else:
            return None
        owner = self._document_referred_to(doc, index, at, sent.end, sentence)
        if owner is not None:
            return (owner, (at, at + 1), i, at + 1, "reported") if owner else None
        recent = self._recent
        if recent is not None and sentence - recent[0] <= 2 and index.actors[recent[1]].named:
            return recent[1], (at, at + 1), i, at + 1, "reported"
        # "veröffentlichte die Hamas ein Kampflied. … heißt es darin": armed groups and media publish too
        body = index.last_actor_before(i, BODY_CATEGORIES, window=80)
        return (body, (at, at + 1), i, at + 1, "reported") if body is not None else None

    def _fronted_document(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es": a document that
        opens the sentence past a relative clause, with its owner named there or before."""
        if doc[sent.start].lower_ not in ("in", "im") or sent.start + 1 >= i:
            return None
        at = _past_article(doc, sent.start + 1, i)
        if at >= i or document_head(doc[at].text) is None:
            return None
        owner = self._document_owner_named(doc, index, at, i, sentence) \
            or self._document_referred_to(doc, index, at, i, sentence)
        return (owner, (at, at + 1), sent.start, i + 1, "reported") if owner else None

    @staticmethod
    def _passive(verb) -> bool:
        """ "wurde aufgefordert", "wird vorgeworfen": a participle with "werden"."""
        # "werden" with an infinitive is the future ("wird sagen"): only with a participle passive
        # the morphologizer often gives a participle only "Tense=Past" ("vorgeworfen"): past without
        # mood or person is no finite verb
        participle = "Part" in verb.morph.get("VerbForm") or (
            "Past" in verb.morph.get("Tense") and not verb.morph.get("Mood") and not verb.morph.get("Person"))

        def own(c) -> bool:
            # "räumte ein, dass der Preis zu hoch sei": an auxiliary the parser hangs on the verb
            # across a conjunction belongs to the clause it opens
            low, high = sorted((c.i, verb.i))
            return not any(t.pos_ == "SCONJ" for t in verb.doc[low + 1:high])

        if any((c.dep_ == "aux:pass" or (participle and c.dep_ == "aux" and c.lemma_ == "werden")) and own(c)
               for c in verb.children):
            return True
        if not participle or verb.pos_ != "VERB":
            return False
        # "In einem Bericht von ndr.de werden … bezeichnet": the parser may hang "werden" on a noun;
        # a form of it in the participle's clause, with no other verb between, makes the passive
        start, end = clause_bounds(verb.sent, verb.i)
        doc = verb.doc
        before = next((t for t in reversed(doc[start:verb.i]) if t.pos_ in ("VERB", "AUX")), None)
        after = doc[verb.i + 1] if verb.i + 1 < end else None
        return before is not None and before.lemma_ == "werden" and bool(before.morph.get("Mood")) \
            or after is not None and after.lemma_ == "werden" and after.pos_ == "AUX"

    @staticmethod
    def _declined(doc: Doc, sent: Span, i: int) -> bool:
        """ "wollte sich nicht äußern", "äußerte sich nicht": no statement was made."""
        start = clause_bounds(sent, i)[0]
        after = [t.lower_ for t in doc[i + 1:min(sent.end, i + 3)]]
        return any(t.lower_ in ("nicht", "keine", "keinen") for t in doc[start:i]) or \
            (after[:1] == ["nicht"] or after[:2] == ["sich", "nicht"])

    def _source_before(self, doc: Doc, index: EntityIndex, sent: Span, i: int, sentence: int):
        if doc[i - 1].text == "," and i - 2 >= sent.start:
            return self._apposition_before(doc, index, sent, i - 1, sentence)
        if doc[i - 1].text in ("“", "”", "«", "''", "\"") and i - 2 >= sent.start and index.key_at(i - 2) is not None:
            i -= 1  # "Die Zeitung „Yemen Observer“ berichtet": the name inside the quotation marks
        member = self._member_before(doc, index, sent, i)
        if member is not None:
            return member
        key = _speaker_key_at(doc, index, i - 1)
        if key is not None and index.category(key) in SOURCE_CATEGORIES:
            start = i - 1
            while start - 1 >= sent.start and index.key_at(start - 1) == key:
                start -= 1
            return key, (start, i)
        ref = index.role_at(i - 1)
        if (role_source := _role_source(doc, index, ref)) is not None:
            return role_source
        # "Die Polizei teilte mit": a determiner and a noun at the start of the clause.
        start = i - 1
        while start - 1 >= sent.start and doc[start - 1].lower_ not in DETERMINERS and (
                doc[start - 1].text[:1].isupper() or is_adjective_like(doc[start - 1])):
            start -= 1
        if start - 1 >= sent.start and doc[start - 1].lower_ in DETERMINERS and (
                start - 1 == sent.start or doc[start - 2].text in {",", "„", "“", "\""}
                or doc[start - 2].lower_ in _CLAUSE_OPENERS | {"und"}):  # "Wie die Polizei mitteilte"
            return self._source_at(doc, index, start - 1, i, sentence)
        if start == i - 1 and (start == sent.start or doc[start - 1].lower_ in _CLAUSE_OPENERS) \
                and ("Plur" in doc[start].morph.get("Number") or "-" in doc[start].text
                     and (index.key_at(start) is not None or index.role_at(start) is not None)) \
                and self._agentive(doc[start].text, index):
            # "wie Menschenrechtsorganisationen betonen", "US-Medien berichten": a plural needs no
            # article (the tagger takes a compound with a name for a singular name)
            return self._source_at(doc, index, start, i, sentence)
        if start - 1 >= sent.start and doc[start - 1].lower_ in _QUANTIFIERS and (
                start - 1 == sent.start or doc[start - 2].lower_ in _CLAUSE_OPENERS | {"auch", "und", "aber", ","}):
            # "Auch einige kleinere Parteien haben angekündigt", "Mehrere Zeugen berichteten"
            return self._source_at(doc, index, start, i, sentence)
        return None

    def _apposition_before(self, doc: Doc, index: EntityIndex, sent: Span, comma: int, sentence: int):
        """ "Die Sprecherin der Stiftung, Heike van Laak, sagte": the subject is the comma-separated
        noun phrase(s) opening the clause; a person among them wins, then its role's affiliation."""
        segments = []
        end = comma
        for j in range(comma - 1, sent.start - 2, -1):
            if j < sent.start or doc[j].text in {",", ";", ":", "„", "“"}:
                segments.append((j + 1, end))
                if j < sent.start or doc[j].text != "," or len(segments) == 2:
                    break
                end = j
        if self.unlinked_sources and len(segments) == 2 and segments[1][0] == sent.start \
                and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[segments[1][0]:segments[1][1]]) \
                and not any(index.category(index.key_at(k) or "") == "Person" for k in range(*segments[1])) \
                and self._person_described(doc, index, *segments[1]):
            # "Der Mitgründer der Stiftung, Irfan al-Alawi, warf … vor": a name the recogniser missed
            # or cut, or one with an Arabic particle ("al-Faisal")
            named = self._name_of_described(doc, index, segments[0][0], segments[0][1] + 1)
            if named is not None and named[1][1] == segments[0][1]:
                return named
        segments = [(a, b) for a, b in segments if self._is_noun_phrase(doc, a, b)]
        for start, finish in segments:
            for k in range(start, finish):
                key = index.key_at(k)
                if key is not None and index.category(key) == "Person":
                    stop = k
                    while stop < finish and index.key_at(stop) == key:
                        stop += 1
                    return key, (k, stop)
        for start, finish in segments:
            if finish - start <= 12 and (start == sent.start or doc[start - 1].text in {",", "„", "“"}):
                found = self._source_at(doc, index, start, finish, sentence)
                if found:
                    return found
        return None

    def _interviewee(self, doc: Doc, sent: Span, index: EntityIndex, seen: set[str]):
        """ "Behr: Seit ich die Polizei beobachte, beklagen Gewerkschaften …": the person whose name
        alone opens an answer before a colon says all of it, whoever he reports on. Returns what
        _colon_quote does, or None."""
        colon = next((j for j in range(sent.start, min(sent.end - 1, sent.start + 4)) if doc[j].text == ":"), None)
        if colon is None or colon == sent.start:
            return None
        found = self._colon_quote(doc, sent, index)
        if found is None or found[0] in seen or found[2] != colon or found[1] != (sent.start, colon) \
                or index.category(found[0]) != "Person":
            return None
        return found

    def _colon_quote(self, doc: Doc, sent: Span, index: EntityIndex):
        """ "BKA-Präsident Ziercke: „Das ist ein Erfolg.“", "Koppelin wörtlich: „…“": a name, a colon
        and a quotation, with no verb of saying."""
        colon = next((j for j in range(sent.start, sent.end - 1) if doc[j].text == ":"), None)
        if colon is None or colon == sent.start:
            return None
        quoted = doc[colon + 1].text in _OPENING_QUOTES
        if not quoted and any(t.lower_ in _FIRST_PERSON for t in doc[colon + 1:min(sent.end, colon + 4)]):
            # "Kurt Fischer sieht strukturelle Gründe: Wir haben keine leeren Gasthäuser": speech in
            # the first person after a colon is the person's named before it, even unquoted
            person = next((j for j in range(sent.start, colon) if index.category(index.key_at(j) or "") == "Person"),
                          None)
            if person is not None:
                end = person
                while end < colon and index.key_at(end) == index.key_at(person):
                    end += 1
                return index.key_at(person), (person, end), colon
        # a quotation or reported speech after the colon: "zog Bilanz: Die Beschlüsse seien nicht umgesetzt"
        announced = quoted or any(self._is_reporting_verb(t) for t in doc[colon + 1:sent.end])
        stated = self._possessive_statement(doc, index, sent, colon)
        if stated is not None:
            return stated
        # "Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“": the person the sentence
        # opens with speaks, not the body in the genitive of his apposition
        opener = self._person_before_apposition(doc, index, sent, colon) if quoted else None
        if opener is not None:
            return opener[0], opener[1], colon
        announcer = self._subject_announcing(doc, sent, index, colon) if announced else None
        if colon - sent.start > 10:
            return announcer
        end = colon - 1 if doc[colon - 1].lower_ in ("wörtlich", "dazu", "knapp", "lapidar") else colon
        topic = next((k for k in range(sent.start + 1, colon) if doc[k].lower_ in ("zu", "zum", "zur", "über")), None)
        topical = quoted and topic is not None and colon - topic <= 6 \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:colon])
        if topical:
            end = topic  # "Nina Hagen zur neuen Heimat: „…“": the name, then what she speaks about
        found = self._pronoun(doc, index, end - 1) or self._source_before(doc, index, sent, end, self._sentence)
        if found is None or found[1][0] != sent.start and not self._is_noun_phrase(doc, sent.start, found[1][0]):
            return announcer  # "Die Lage ist klar: „…“" has no speaker before the colon
        if topical and not self._named_alone(doc, index, sent.start, found):
            return announcer  # "Fans von Bayern München zur Niederlage: …", "Österreich zur Wahl: …"
        if not quoted and (found[1] != (sent.start, end) or index.category(found[0]) != "Person"):
            # Interviews and texts whose quotation marks were lost: "Poposki: Wir koordinieren …".
            # Without the marks only a person's bare name before the colon shows who speaks;
            # "Wien: …" or "Die Bilanz: …" introduce no speech.
            return announcer
        return found[0], found[1], colon

    def _named_alone(self, doc: Doc, index: EntityIndex, start: int, found) -> bool:
        """Whether the words from ``start`` to the source ``found`` name a person or a body and
        nothing else, maybe after an article and a role: "Nina Hagen", "Die Sängerin Clara Wendel",
        "Die Polizei" (a body by its noun), not "Fans von Bayern München" (whose fans speak) nor
        "Österreich" (a state speaks only through someone)."""
        category = index.category(found[0])
        if category not in ("Person", *BODY_CATEGORIES) \
                and not (category == "Other" and self._agentive(doc[found[1][1] - 1].text, index)):
            return False
        return all(doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k]) or index.role_at(k) is not None
                   or doc[k].is_title and self._agentive(doc[k].text, index) for k in range(start, found[1][0]))

    def _person_before_apposition(self, doc: Doc, index: EntityIndex, sent: Span, end: int):
        """ "Erkki Tuomioja, Präsident des Rats: …": a person's name that opens the sentence, then a
        comma and a phrase with no verb up to ``end``; a name the recogniser missed counts when the
        phrase after the comma opens with an office ("Präsident", "Sprecherin"). (key, token range),
        or None."""
        first = sent.start
        while first < end and doc[first].is_space:
            first += 1  # a sentence after a blank line opens with it
        comma = next((j for j in range(first + 1, min(end, first + 5)) if doc[j].text == ","), None)
        if comma is None or comma + 1 >= end \
                or any(t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_MARKS for t in doc[comma + 1:end]):
            return None
        # the phrase after the comma is the person's office, not more speakers: not "Angela Merkel,
        # Emmanuel Macron und die Präsidentin der EU-Kommission: „…“"
        office = doc[comma + 1].lower_.startswith(_OFFICES) or self._agentive(doc[comma + 1].text, index)
        if not office or any(t.lower_ in ("und", "sowie") for t in doc[comma + 1:end]):
            return None
        key = index.key_at(first)
        if key is not None:
            named = all(index.key_at(j) == key for j in range(first, comma))
            return (key, (first, comma)) if named and index.category(key) == "Person" else None
        unknown = doc[first:comma]
        if len(unknown) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or is_dictionary_noun(t.text)
                                   or index.key_at(t.i) is not None for t in unknown):
            return None
        return index.add_unlinked(doc, first, comma, label=unknown.text, category="Person"), (first, comma)

    def _view_of(self, doc: Doc, sent: Span, index: EntityIndex, number: int):
        """ "Für den Gesundheitsminister Jose Temporao ist die Lage „alarmierend“": a sentence that
        opens with "für" and a named actor before its verb gives that actor's view, when it quotes
        or reports ("Für die SPD sei das Gesetz verfassungswidrig"). Returns (source, token range
        naming it, token range of the cue), or None."""
        start = sent.start + 1 if doc[sent.start].text in _OPENING_QUOTES else sent.start
        if start + 2 >= sent.end or doc[start].lower_ != "für":
            return None
        found = self._source_at(doc, index, start + 1, min(sent.end, start + 10), number, generic=False)
        if found is None or not index.actors[found[0]].named:
            return None
        verb = found[1][1]
        while verb < sent.end and index.key_at(verb) == found[0]:
            verb += 1  # past the name after a role: "den Gesundheitsminister Jose Temporao"
        if verb >= sent.end or doc[verb].pos_ not in ("VERB", "AUX"):
            return None
        if not (any(t.text in _QUOTE_MARKS for t in doc[verb:sent.end]) or self._is_reporting_verb(doc[verb])
                or self._certain_that(doc, sent, verb)):
            return None  # "Für Merkel ist es der dritte Besuch" tells a fact
        return found[0], found[1], (start, verb + 1)  # the cue is "Für … ist", as "Kerry sagte" is

    # -- statements of a report or reaction whose owner is named ------------------------------
    def _owned_statement(self, doc: Doc, sent: Span, index: EntityIndex, number: int):
        """ "Die erste Reaktion aus dem Iran bestand in der Ankündigung, …", "Das Fazit der OSZE
        lautete: „…“", "Die Antwort des Ministeriums lautet, man prüfe den Fall", "Die Kritik der SPD:
        Die Reform sei zu spät gekommen": a statement or reaction opening the sentence, with its
        named owner after it, is spelt out by "lauten", "bestehen in" or a colon. Returns (source,
        token range naming it, token range of the cue), or None; "Die Kritik an der SPD lautete: …"
        names whom it is aimed at, "Das Urteil des Gerichts lautete auf Freispruch" a verdict."""
        start = sent.start + 1 if doc[sent.start].text in _OPENING_QUOTES else sent.start
        noun = _past_article(doc, start, sent.end)
        word = doc[noun].lower_ if noun + 1 < sent.end else ""
        if not (word in STATEMENT_NOUNS or word in REACTION_NOUNS or _is_report_noun(word)) \
                or doc[noun + 1].lower_ not in (*_OWNER_WORDS, "aus"):
            return None
        colon = next((t.i for t in doc[noun + 2:sent.end - 1] if t.text == ":"), sent.end)
        verb = next((t for t in doc[noun + 2:colon] if is_finite_verb(t)), None)
        if verb is not None:
            if verb.lemma_ not in ("lauten", "bestehen") or verb.i + 1 >= sent.end:
                return None
            if verb.lemma_ == "bestehen":
                # a demand or proposal consists in what it says; a reaction may be a deed
                spelt_out = doc[verb.i + 1].lower_ in ("in", "darin") and (
                    word not in _DEEDS_OR_WORDS or self._consists_in_saying(doc, sent, verb.i + 1))
            else:
                spelt_out = doc[verb.i + 1].text in (":", ",", *_OPENING_QUOTES)
            end = verb.i
        else:
            # "Die Kritik der SPD: Die Reform sei zu spät gekommen": a colon, then a quotation or reported speech
            spelt_out = colon < sent.end and (doc[colon + 1].text in _OPENING_QUOTES
                                              or any(self._is_reporting_verb(t) for t in doc[colon + 1:sent.end]))
            end = colon
        if not spelt_out:
            return None
        # (the owner phrase is read from its "der", "von" or "aus" on)
        found = self._source_at(doc, index, noun + 1, end, number, generic=False)
        if found is None or found[1][1] > end:
            return None
        return found[0], found[1], (start, end + 1)

    def _consists_in_saying(self, doc: Doc, sent: Span, i: int) -> bool:
        """Whether "bestehen" + ``i`` on says something: "bestand in der Ankündigung, …", "bestand
        darin, die Vorwürfe zurückzuweisen"; not "bestand in Luftangriffen", "in der Verlegung von
        Truppen" or "darin, den Botschafter einzubestellen", which are deeds."""
        if doc[i].lower_ == "darin":
            return any(self._is_reporting_verb(t) for t in doc[i + 1:sent.end])
        if doc[i].lower_ != "in":
            return False
        noun = _past_article(doc, i + 1, sent.end)
        word = doc[noun].lower_ if noun < sent.end else ""
        return word in STATEMENT_NOUNS or _is_report_noun(word) or word.startswith(SAYING_NOUN_STEMS)

    def _view_named(self, doc: Doc, sent: Span, index: EntityIndex, number: int):
        """ "Das ist die Position der Bundesregierung", "Dies jedenfalls ist die Rechtsansicht der
        Behörde": a demonstrative that stands for what was just said, made a named owner's view or
        statement by "sein". Returns (source, token range naming it, token range of the cue), or None;
        "Das ist die Aufgabe der Polizei" names no statement."""
        if doc[sent.start].lower_ not in ("das", "dies"):
            return None
        verb = sent.start + 1
        while verb < sent.end and doc[verb].pos_ == "ADV":
            verb += 1  # "Das zumindest ist …"
        if verb >= sent.end or doc[verb].lemma_ != "sein":
            return None
        noun = _past_article(doc, verb + 1, sent.end)
        if noun + 1 >= sent.end or doc[noun + 1].lower_ not in _OWNER_WORDS \
                or not doc[noun].lower_.endswith(_VIEW_HEADS):
            return None
        found = self._source_at(doc, index, noun + 1, sent.end, number, generic=False)
        if found is None or found[1][1] + 1 < sent.end and doc[found[1][1]].pos_ == "ADP":
            return None  # "Das ist die Position der Ukraine auf der Landkarte": a place, no view
        return found[0], found[1], (sent.start, noun + 1)

    def _on_website_of(self, doc: Doc, sent: Span, index: EntityIndex, i: int, sentence: int):
        """ "heißt es auf der Website des Ministeriums", "Auf der SPD-Homepage heißt es", "Auf einer
        Pressekonferenz der Polizei hieß es": a named owner's web page or press conference says what
        "heißt es" at ``i`` introduces. Returns the claim tuple, or None ("auf der Website", "auf
        Anfrage" name no owner)."""
        start, end = clause_bounds(sent, i)
        for j in range(start, end - 1):
            if doc[j].lower_ != "auf":
                continue
            page = _past_article(doc, j + 1, end, possessives=True)
            if page >= end or not doc[page].lower_.endswith(_OWNED_OUTLETS):
                continue
            owner = index.key_at(page)
            if owner is not None and index.by_token.get(page, (None, None))[1] in ("prefix", "alias") \
                    and index.category(owner) in SOURCE_CATEGORIES and index.actors[owner].named:
                # "auf der SPD-Homepage": the actor before the hyphen
                return (index.principal(owner) if index.category(owner) == "Country" else owner), \
                    (page, page + 1), min(i, j), max(i + 2, page + 1), "reported"
            if page + 1 < end and doc[page + 1].lower_ in _OWNER_WORDS:
                found = self._source_at(doc, index, page + 1, end, sentence, generic=False)
                if found is not None:
                    return found[0], found[1], min(i, j), max(i + 2, found[1][1]), "reported"
        return None

    def _heard_from(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, sentence: int):
        """ "Aus der Regierung ist zu hören, man sei bereit", "Das sei falsch, war vom Ministerium zu
        hören", "wie im Ministerium zu erfahren ist": what is heard from a named body is its
        statement, when "sein" makes it impersonal ("Er hofft, von der Polizei mehr zu erfahren" is
        no statement) and the clause says what was heard (after the verb or before the clause);
        "Von der Regierung war nichts zu hören", "Aus der Ferne waren Schüsse zu hören" say nothing."""
        i = cue.start
        start, end = clause_bounds(sent, i)
        if not any(t.lemma_ == "sein" and t.pos_ == "AUX" for t in doc[start:end]):
            return None
        said_after = i + 1 < sent.end and doc[i + 1].text in (",", ":") and not (
            i + 2 < sent.end and doc[i + 2].lower_ in ("als", "wie"))  # ", als die Polizei kam": a time
        said_before = start > sent.start and doc[start - 1].text in (",", *_QUOTE_MARKS)
        if not (said_after or said_before) or any(t.lower_ in ("nichts", "wenig", "kaum") for t in doc[start:i]):
            return None
        found = self._impersonal(doc, sent, cue, index, sentence,
                                 prepositions=(*_REACTION_FROM, "in", "im", "bei", "beim"))
        if found is None:
            return None
        # "In Russland ist zu hören, …": what is heard in a state is heard from its people, not said by it
        if marker_before(doc, found[1][0], sent.start) in ("in", "im", "bei", "beim") \
                and index.category(found[0]) == "Country":
            return None
        # "Von der SPD waren laute Rufe zu hören": a noun besides the source's is what was heard
        source_start, source_end = found[1]
        if any(t.pos_ == "NOUN" and not source_start - 3 <= t.i < source_end and not _TIME_NOUN.match(t.text)
               for t in doc[start:i]):
            return None
        return found

    @staticmethod
    def _certain_that(doc: Doc, sent: Span, verb: int) -> bool:
        """ "Für die UNO steht fest, dass …", "Für die SPD ist klar, dass …": a verb at ``verb`` whose
        clause says someone is certain of what the "dass" clause after it says."""
        comma = next((k for k in range(verb + 1, min(sent.end - 1, verb + 6)) if doc[k].text == ","), None)
        return comma is not None and doc[comma + 1].lower_ == "dass" \
            and any(t.lower_ in _CERTAINTIES for t in doc[verb:comma])

    def _possessive_statement(self, doc: Doc, index: EntityIndex, sent: Span, colon: int):
        """ "Sein Argument: Österreich habe …", "Seine Meinung zu Kirchhoff: „…“": what follows a
        statement noun with a possessive before a colon is the possessor's."""
        for j in range(sent.start, colon - 1):
            if doc[j].lower_ in _POSSESSIVES and doc[j + 1].lower_ in STATEMENT_NOUNS:
                owner = self._possessor(doc, index, j, self._sentence)
                return (owner, (j, j + 1), colon) if owner else None
        return None

    def _subject_announcing(self, doc: Doc, sent: Span, index: EntityIndex, colon: int):
        """ "Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „Es gilt …“":
        the named subject of the clause that a colon closes says the quotation after it. Returns
        (source, token range naming it, colon), or None; someone only described ("Die Polizei fand
        einen Zettel: „…“") or the subject of a passive announces no speech of his own."""
        verb = next((t for t in doc[sent.start:colon] if t.pos_ in ("VERB", "AUX")
                     and (t.head == t or not sent.start <= t.head.i < colon)), None)
        if verb is None or self._passive(verb):
            return None
        found = self._parsed_subject(doc, verb, index, self._sentence)
        if found is None or not index.actors[found[0]].named or not sent.start <= found[1][0] < colon \
                or is_genitive_attribute(doc, found[1][0], sent.start):
            return None  # "Die Werte der Union seien festgelegt: …": a genitive is no subject
        if marker_before(doc, found[1][0], sent.start) in _NO_SPEAKER_PREPOSITIONS:
            return None  # "Die Kritik an der SPD lautete: …": the object of a preposition is no subject
        return found[0], found[1], colon

    @staticmethod
    def _member_before(doc: Doc, index: EntityIndex, sent: Span, i: int):
        """ "Moritz Wohlrab von der Aktion Deutschland Hilft sagte": the person, not the organisation
        that ends right before the verb."""
        key = index.key_at(i - 1)
        if key is None:
            return None
        start = i - 1
        while start - 1 >= sent.start and index.key_at(start - 1) == key:
            start -= 1
        j = start - 1
        while j >= sent.start and doc[j].lower_ in ("der", "dem", "„", "»", "''", "\""):
            j -= 1
        if j - 1 < sent.start or doc[j].lower_ not in ("von", "vom") or index.key_at(j - 1) is None \
                or index.category(index.key_at(j - 1)) != "Person":
            return None
        person = index.key_at(j - 1)
        first = j - 1
        while first - 1 >= sent.start and index.key_at(first - 1) == person:
            first -= 1
        return person, (first, j)

    @staticmethod
    def _first_named(doc: Doc, index: EntityIndex, sent: Span, verb: int):
        """The named actor opening the verb's clause, if it can be its subject."""
        start = clause_bounds(sent, verb)[0]
        key = index.key_at(start) if index.key_at(start) is not None else (
            index.key_at(start + 1) if start + 1 < verb and doc[start].lower_ in ("die", "der", "das") else None)
        if key is not None and _speaker_key_at(doc, index, start if index.key_at(start) == key else start + 1) is None:
            return None  # "US-Forscher sagen": the researchers speak, not their state
        if key is None or index.category(key) not in SOURCE_CATEGORIES or not index.actors[key].named:
            return None
        first = start if index.key_at(start) == key else start + 1
        end = first
        while end < verb and index.key_at(end) == key:
            end += 1
        return (index.principal(key) if index.category(key) == "Country" else key), (first, end)

    def _apposition_after(self, doc: Doc, index: EntityIndex, sent: Span, start: int):
        """ "…, sagte der Vorsitzende des Linux-Verbandes, Elmar Gesse.": after the verb, a
        description set off from the person it introduces; the person speaks."""
        if doc[start].lower_ not in DETERMINERS and index.role_at(start) is None:
            return None
        comma, j = None, start + 1
        while j < min(sent.end, start + 16):
            if doc[j].text == "(":
                # "der Leiter des Instituts (PIK), Hans Berger": an acronym in brackets before the comma
                close = next((k for k in range(j + 1, min(sent.end, j + 8)) if doc[k].text == ")"), None)
                if close is None:
                    return None
                j = close + 1
            elif doc[j].is_punct:
                comma = j
                break
            else:
                j += 1
        if comma is None or doc[comma].text != "," or comma - start > 9 and doc[comma - 1].text != ")" \
                or not self._is_noun_phrase(doc, start, comma):
            return None
        key = index.key_at(comma + 1)
        if key is None or index.category(key) != "Person":
            if self.unlinked_sources and self._person_described(doc, index, start, comma):
                return self._name_of_described(doc, index, comma + 1, sent.end)
            return None
        end = comma + 1
        while end < sent.end and index.key_at(end) == key:
            end += 1
        return key, (comma + 1, end)

    @staticmethod
    def _person_described(doc: Doc, index: EntityIndex, start: int, end: int) -> bool:
        """Whether the noun phrase ``start:end`` describes one person by role: "der Präsident
        Indonesiens", "ein Sprecher der Behörde", "der Mitgründer der Stiftung"."""
        k = start
        while k < end and (doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k]) or doc[k].is_space):
            k += 1
        if k >= end or not doc[k].text[:1].isupper():
            return False
        role = index.role_at(k)
        word = doc[k].text
        return bool(role is not None and role.start == k) or SourceExtractor._names_one_person(word) \
            or word.lower().endswith(SPEAKING_MEMBERS) or word.lower() in ("vorsitzende", "vorsitzender")

    @staticmethod
    def _name_of_described(doc: Doc, index: EntityIndex, start: int, limit: int):
        """ "der Präsident Indonesiens, Susilo Bambang Yudhoyono, sagte": the name set off by commas
        after a person's role, which the recogniser missed or cut ("Bambang Yudhoyono"). Two to five
        capitalised words and name links ("bin", "al-"), closed by a comma or the sentence's end; a
        person kg knows inside them is that person, else one known only from here. (key, token range), or None."""
        end = start
        while end < limit and end < start + 6 and doc[end].text not in (",", ".", "(", ";", ":"):
            token = doc[end]
            if not (token.lower_ in _NAME_LINKS or _NAME_PARTICLE.match(token.text)
                    or (token.text[:1].isupper() and token.text.replace("-", "").replace("'", "").isalpha())):
                return None
            end += 1
        if not 2 <= end - start <= 5 or (end < limit and doc[end].text not in (",", ".")) \
                or doc[end - 1].lower_ in _NAME_LINKS or doc[start].lower_ in _NAME_LINKS - _NAME_PARTICLES:
            return None
        keys = {index.key_at(k) for k in range(start, end)} - {None}
        if any(index.category(k) != "Person" for k in keys) or len(keys) > 1:
            return None
        if keys:
            return keys.pop(), (start, end)
        if any(doc[k].ent_type_ in ("LOC", "ORG") for k in range(start, end)):
            return None  # "…, Brüssel und Berlin, …"
        last = doc[end - 1]
        if not (last.pos_ == "PROPN" or last.ent_type_ == "PER" or _NAME_PARTICLE.match(last.text)) \
                or any(index.role_at(k) is not None for k in range(start, end)):
            return None
        first = start
        while first < end - 1 and doc[first].lower_ in _NAME_TITLES:
            first += 1  # "Prinz Chaled al-Faisal" is called "Chaled al-Faisal"
        if end - first < 2:
            return None
        key = index.add_unlinked(doc, first, end, label=doc[first:end].text, category="Person")
        return key, (start, end)

    @staticmethod
    def _is_noun_phrase(doc: Doc, start: int, end: int) -> bool:
        """Only articles, adjectives, capitalised words and genitive links: no clause of its own."""
        glue = {"der", "des", "von", "für", "in", "im", "am", "und", "al", "el", "de", "la", "van", "bin"}
        return end > start and all(
            doc[k].text[:1].isupper() or doc[k].lower_ in DETERMINERS or doc[k].lower_ in glue
            or is_adjective_like(doc[k]) or doc[k].is_punct or doc[k].like_num or doc[k].is_space
            for k in range(start, end))

    def _parsed_subject(self, doc: Doc, verb, index: EntityIndex, sentence: int, *, not_subject: int | None = None):
        """The nominal subject from a dependency parse, when the pipeline has one; never the token
        ``not_subject``, which the caller knows to be no subject."""
        if not doc.has_annotation("DEP"):
            return None

        def subject(c) -> bool:
            return c.dep_ in _SUBJECT_DEPS and c.i != not_subject and not self._dateline(doc, c)

        head = verb
        subjects = [c for c in head.children if subject(c)]
        if not subjects and head.dep_ in ("aux", "aux:pass", "cop"):
            head = head.head
            subjects = [c for c in head.children if subject(c)]
        if not subjects:
            # a parse that hangs the subject on the auxiliary: "Der Minister hat … kritisiert"
            subjects = [c for aux in head.children if aux.dep_ in ("aux", "aux:pass") for c in aux.children
                        if subject(c)]
        if not subjects:
            # Perfect tense: the speech verb is a participle under the finite auxiliary.
            # "Podolski war anwesend und sagte, …": a verb joined by "und" shares its subject.
            partner = verb.head
            # "Sie erklärte, dass Österreich … werde, und versprach": a main-clause verb joined
            # to the subordinate clause before it shares the subject of the main clause
            while verb.dep_ == "conj" and any(c.dep_ == "mark" for c in partner.children) and partner.head.i != partner.i:
                partner = partner.head
            subjects = [c for c in partner.children if c.dep_ in _SUBJECT_DEPS and c.i != not_subject and c.i < verb.i] \
                if verb.dep_ in ("xcomp", "conj") else []
        if not subjects and not verb.morph.get("Mood"):
            # "Der Präsident hatte die Frage als Grundproblem bezeichnet": a parse that hangs the
            # participle on the object; the finite "haben" or "sein" above it has the subject
            auxiliary = next((a for a in verb.ancestors if a.lemma_ in ("haben", "sein") and a.morph.get("Mood")
                              and a.sent == verb.sent), None)
            subjects = [c for c in auxiliary.children if subject(c) and c.i < verb.i] if auxiliary is not None else []
        # "Ihren Widersacher Jeremy Corbyn forderte May auf": a fronted object the parser took for
        # the subject is none; the article or possessive opening it is never nominative
        subjects = [c for c in subjects if doc[min(t.i for t in c.subtree)].lower_ not in _OBJECT_DETERMINERS]
        if not subjects:
            return None
        # "Angesprochen auf … betonte Mikl-Leitner": a participle the parser took for a subject
        # is none when a noun is there too
        subjects.sort(key=lambda c: c.pos_ not in ("NOUN", "PROPN", "PRON"))
        if len(subjects) > 1:
            # "Am Rande der Innenministerkonferenz hat der Bundesinnenminister …": a genitive the
            # parser took for a second subject is none
            def attribute(c) -> bool:
                first = min(t.i for t in c.subtree)
                return first - 1 >= c.sent.start and doc[first].lower_ in ("der", "des") \
                    and doc[first - 1].pos_ in ("NOUN", "PROPN")
            subjects = [c for c in subjects if not attribute(c)] or subjects
        if len(subjects) > 1 and self._owned_statement_fronted(doc, subjects[0], verb):
            # "Putins Forderung wies die Nato zurück": the statement owned by a name in the genitive
            # is the fronted object; the subject after the verb speaks
            subjects = subjects[1:]
        subject = subjects[0]
        # A parser trained on little data splits "FPÖ-Chef Heinz-Christian Strache" into two
        # subjects side by side: read them as one phrase.
        tokens = sorted(t.i for t in subject.subtree)
        for other in subjects[1:]:
            extra = sorted(t.i for t in other.subtree)
            if extra[0] == tokens[-1] + 1:
                tokens += extra
        start, end = tokens[0], tokens[-1] + 1
        if subject.i + 2 < end and doc[subject.i + 1].text in ("–", "—", "-") and subject.i - subject.sent.start <= 2:
            start = subject.i + 2  # "Wien – Bundeskanzler Werner Faymann (SPÖ) bezweifelt": after the dateline
        pronoun = self._pronoun(doc, index, subject.i) or self._relative_antecedent(doc, index, subject)
        if pronoun:
            return pronoun
        return self._subject_phrase(doc, index, subject, start, end, sentence)

    @staticmethod
    def _owned_statement_fronted(doc: Doc, subject, verb) -> bool:
        """Whether ``subject``, before ``verb``, is a statement owned by a name in the genitive
        ("Rabmer-Kollers Blockade-Vorwurf", "Putins Forderung"): a statement is answered, so it is
        the fronted object."""
        def statement(token) -> bool:
            word = token.lower_.rsplit("-", 1)[-1]
            return token.pos_ in ("NOUN", "PROPN") and (word in STATEMENT_NOUNS or word.endswith(_ANSWERED_STATEMENTS))

        def genitive_name(token) -> bool:
            return token.pos_ == "PROPN" and ("Gen" in token.morph.get("Case") or token.text.endswith(("s", "'")))

        if subject.i > verb.i:
            return False
        if statement(subject) and any(c.i < subject.i and genitive_name(c) for c in subject.children):
            return True  # "Putins Forderung": the noun heads the phrase
        following = doc[subject.i + 1] if subject.i + 1 < verb.i else None
        return genitive_name(subject) and following is not None and statement(following)

    @staticmethod
    def _relative_antecedent(doc: Doc, index: EntityIndex, pronoun, *, categories: tuple[str, ...] = ("Person",)):
        """ "Athanassiadis, der erklärt hat, …": a relative pronoun speaks for the named person (or
        actor of ``categories``) just before its comma (past a bracket: "Pilz (Grüne), der …"),
        unless its clause passes on hearsay."""
        i = pronoun.i
        # a subject "der" after a comma is a pronoun, whatever its tag: an article heads no subject
        relatives = ("der", "die", "welcher", "welche") if categories == ("Person",) \
            else ("der", "die", "das", "welcher", "welche", "welches")
        if pronoun.lower_ not in relatives or i < 2 or doc[i - 1].text != ",":
            return None
        j = i - 2
        if doc[j].text == ")":
            j = next((k for k in range(j - 1, max(-1, j - 8), -1) if doc[k].text == "("), 0) - 1
        if 0 <= j - 2 and doc[j].pos_ in ("VERB", "AUX") and index.key_at(j - 1) is not None:
            j -= 1  # a relative clause after the verb: "… Athanassiadis folgen, der erklärt hat"
        elif 0 <= j - 3 and doc[j].pos_ in ("VERB", "AUX") and doc[j - 1].pos_ in ("VERB", "AUX") \
                and index.key_at(j - 2) is not None:
            j -= 2
        if j < 0:
            return None
        if any(t.lemma_ == "sollen" for t in pronoun.head.children):
            return None  # "Kozulin, der zum Sturm aufgerufen haben soll": hearsay, not his statement
        role = index.role_at(j)
        if role is not None and role.person and role.end == j + 1:
            return role.person, (role.start, role.end)
        key = index.key_at(j)
        # only a person: "die" after "Großbritannien, …" is as often a noun before it as the state
        if key is None or index.category(key) not in categories or not index.actors[key].named:
            return None
        start = j
        while start - 1 >= 0 and index.key_at(start - 1) == key:
            start -= 1
        return key, (start, j + 1)

    @staticmethod
    def _dateline(doc: Doc, token) -> bool:
        """ "Athen – Der Minister hat … kritisiert": the place opening a report before a dash is
        no subject, whatever the parse says."""
        start = token.sent.start
        bracket = next((k for k in range(token.i + 1, min(len(doc), start + 4)) if doc[k].text == "("), None)
        if token.i - start <= 2 and bracket is not None and in_dateline(doc, start, bracket):
            return True  # "Wien (APA) – Im Streit um …", "Bad Ischl (APA) – …": the agency's bracket closes the dateline
        return token.i - start <= 2 and token.i + 1 < len(doc) and doc[token.i + 1].text in ("–", "—", "-") \
            and all(t.pos_ == "PROPN" for t in doc[start:token.i + 1]) \
            and (max(t.i for t in token.subtree) <= token.i + 1  # "Wien – Kanzler Faymann" as one phrase
                 or token.i + 2 >= len(doc) or doc[token.i + 2].pos_ not in ("DET", "NOUN", "PROPN", "ADJ"))

    def _subject_phrase(self, doc: Doc, index: EntityIndex, subject, start: int, end: int, sentence: int,
                        *, speaks: bool = False):
        """The source a subject noun phrase (tokens ``start:end``, head ``subject``) names; with
        ``speaks``, a pronoun that speaks stands for it, so even a noun that is not agentive does."""
        # "der türkische Premier Ahmet Davutoglu", "FPÖ-Chef Strache": a person in the subject is
        # the speaker; the state or party in the same phrase is only its affiliation.
        # "syrische Aktivisten" are not the Syrian state: an adjective names a source only as part
        # of a state body, which the resolver already made a mention of the state.
        # "eine Sprecherin des Konzerns gegenüber der Zeitung": the one spoken to says nothing
        end = next((j for j in range(start + 1, end) if doc[j].lower_ == "gegenüber"), end)
        named = [(j, index.key_at(j)) for j in range(start, end)
                 if index.key_at(j) is not None and index.category(index.key_at(j)) in SOURCE_CATEGORIES
                 and index.by_token[j][1] != "adjective"]
        if any(index.by_token[j][1] != "prefix" for j, _key in named):
            # "Der US-Sender NBC berichtete": the name speaks, not the state of the prefix
            named = [(j, key) for j, key in named if index.by_token[j][1] != "prefix"]
        # "der US-Kultregisseur", "ein Reddit-Nutzer": a prefix of origin names no one who speaks
        named = [(j, key) for j, key in named if _speaker_key_at(doc, index, j) is not None]
        # "Die Anwältin Peter Maiers sagte": the person in the genitive after a noun is the client;
        # the unnamed lawyer speaks
        named = [(j, key) for j, key in named if not _client_after_noun(doc, index, start, j, key)]
        if named and any(doc[k].lower_ in ("des", "der", "von", "vom") for k in range(start + 1, named[0][0])):
            # "Der Nachfolger des Bahnchefs Huber, Peter Maier, hat angekündigt": the one named in
            # the apposition after the comma is the subject, not the one in its genitive
            appositive = [(j, key) for j, key in named if doc[j - 1].text == "," and key != named[0][1]]
            if appositive:
                named = [(j, key) for j, key in named if key == appositive[0][1]]
        persons = [(j, key) for j, key in named if index.category(key) == "Person"]
        role = next((r for j in range(start, end) if (r := index.role_at(j)) and r.person), None)
        if not persons and role is not None:
            # "Der russische Außenminister machte sich ... stark": the person introduced with the role.
            return role.person, (role.start, role.end)
        if len(persons) > 1:
            genitive_end = persons[0][0]
            while genitive_end < end and index.key_at(genitive_end) == persons[0][1]:
                genitive_end += 1
            if _person_after_genitive(doc, index, persons[0][1], genitive_end, end) is not None:
                # "Müllers Anwalt Peter Schmidt erklärte": not the first one
                persons = [(j, key) for j, key in persons if j > genitive_end]
        for j, key in persons[:1] or named[:1]:
            member = self._party_member_again(doc, index, j, key, sentence) if not persons else None
            if member is not None:
                return member, (j, j + 1)  # "Der Republikaner warf dem Weißen Haus vor"
            span_end = j
            while span_end < end and index.key_at(span_end) == key:
                span_end += 1
            return (index.principal(key) if index.category(key) == "Country" else key), (j, span_end)
        ref = index.role_at(subject.i)
        if (role_source := _role_source(doc, index, ref)) is not None:
            return role_source
        if self.unlinked_sources and (subject.pos_ in ("NOUN", "PROPN") or _AGED.fullmatch(subject.text)):
            # "Der 62-Jährige sagte": the tagger reads a nominalised age as an adjective
            head_start = subject.i
            while head_start > start and doc[head_start - 1].pos_ in ("PROPN", "NOUN") and doc[head_start - 1].text[:1].isupper():
                head_start -= 1
            stop = subject.i + 1 if subject.pos_ == "NOUN" else end
            while subject.pos_ == "NOUN" and stop < end and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
                stop += 1  # "Honoré Durand": a first name the tagger took for a noun
            found = self._noun_phrase_source(doc, index, head_start, stop, sentence, speaks=speaks)
            if found is None and head_start < subject.i and subject.pos_ == "NOUN":
                # "Konservative Politiker": a capitalised adjective before the noun names no one
                found = self._noun_phrase_source(doc, index, subject.i, subject.i + 1, sentence, speaks=speaks)
            return found
        return None

    def _statement(self, doc: Doc, sent: Span, quotations: list[tuple[int, int]]) -> tuple[str, str | None]:
        """The text of a claim and its quotation: the sentence, grown to the whole quotation when
        one runs across sentences ("„Erster Satz. Zweiter Satz“, sagte er.")."""
        begin, end = sent.start_char, sent.end_char
        for q_begin, q_end in quotations:
            if q_begin < sent.end_char and sent.start_char < q_end:
                begin, end = min(begin, q_begin), max(end, q_end)
        if (begin, end) == (sent.start_char, sent.end_char):
            return sent.text.strip(), self._quote(sent)
        text = doc.text[begin:end]
        covered = doc.char_span(begin, end, alignment_mode="expand")
        # up to the end of the sentence the quotation ends in: "…“, sagte er."
        if covered is not None and end > sent.end_char:
            text = doc.text[begin:covered[-1].sent.end_char]
        match = _QUOTE.search(text)
        return text.strip(), next(g for g in match.groups() if g) if match else None

    @staticmethod
    def _quotes(text: str) -> list[str]:
        """Every quotation in ``text``, in order."""
        return [next(g for g in match.groups() if g) for match in _QUOTE.finditer(text)]

    @staticmethod
    def _quote(sent: Span) -> str | None:
        match = _QUOTE.search(sent.text)
        if not match:
            return None
        return next(g for g in match.groups() if g)
