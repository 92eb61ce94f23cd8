"""Role phrases and parties: the stage of entity resolution that ties roles to persons and states.

"der Außenminister der Vereinigten Staaten, John Kerry" is a mention of Kerry with the role
"Außenminister" for the United States; "ein SPÖ-Abgeordneter" is a member of a party.
:class:`RoleFinding` is mixed into :class:`kg.extract.entities.EntityResolver`, whose gazetteer and
person keys it uses.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.grammar import DETERMINERS, is_adjective_like, is_common_noun
from kg.extract.mentions import EntityIndex, RoleRef

HEAD_ROLE = "Anführer"

#: Roles (as named in roles.jsonl) that are names of one office: "der Premier" after
#: "Regierungschef Ahmet Davutoğlu" is Davutoğlu.
SAME_OFFICES = (frozenset({"Premierminister", "Regierungschef", "Ministerpräsident", "Bundeskanzler"}),
                frozenset({"Präsident", "Bundespräsident"}))

#: Beginnings of roles that are a deputy's or a former holder's: "der Kanzler" is not the "Vizekanzler".
DEPUTY_PREFIXES = ("vize", "stellvertret", "ex", "alt", "ehemalig", "früher")

#: Words that make a role phrase mean several or some new person: "die beiden Minister", "ein Sprecher".
COUNTING_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "mehrere", "einige", "viele", "andere",
                            "anderen", "weitere", "weiteren"})

#: Endings of roles in a state's government: their holder acts for the state, not for a party.
GOVERNMENT_ROLES = ("minister", "ministerin", "kanzler", "kanzlerin", "regierungschef", "regierungschefin",
                    "premier")

INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


class RoleFinding:
    """Ties role phrases to persons, states and parties. Needs ``self.gazetteer`` and ``self._person_key``."""

    def _roles(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """Role phrases: give persons their role and state, and resolve appositions."""
        members = self._party_members(doc, index)
        for span in doc.spans.get(self.roles_key, []):
            start, end = span.start, span.end
            affiliation = None
            hit = index.by_token.get(start)
            if hit and hit[1] == "prefix":
                affiliation = hit[0]
            if affiliation is None:
                affiliation = self._body_in_compound(index, span)
            if affiliation is None and start > 0:
                before = index.by_token.get(start - 1)
                if before and before[1] in ("adjective", "prefix", "name") and index.category(before[0]) in ("Country", "Organization"):
                    affiliation = before[0]
            # Genitive complement: "Außenminister der Vereinigten Staaten", "Sprecher des iranischen Militärs".
            j = end
            if j < len(doc) and doc[j].lower_ in ("der", "des"):
                k = j + 1
                while k < len(doc) and k < j + 5:
                    hit = index.by_token.get(k)
                    if hit and index.category(hit[0]) in ("Country", "Organization", "ArmedGroup", "Media"):
                        # "der Leiter der griechischen Mission von Ärzte ohne Grenzen": the body that owns
                        # the noun, not the state of its adjective
                        owner = self._owner_after_noun(doc, index, k) if hit[1] == "adjective" else None
                        affiliation = affiliation or owner or hit[0]
                        k = index.mention_end(k) - 1
                        end = k + 1
                        if k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha \
                                and (k + 1) not in index.by_token:
                            end = k + 2  # the noun after an adjective: "des iranischen Militärs"
                        break
                    if not (doc[k].is_lower or doc[k].text[:1].isupper()) or doc[k].is_punct \
                            or doc[k].pos_ in ("VERB", "AUX"):
                        break  # "Die Finanzminister der Eurozone sagten Zypern ...": the complement ended
                    k += 1
            if end == span.end and end + 1 < len(doc) and doc[end].lower_ in ("von", "vom", "aus") \
                    and end + 1 in index.by_token:
                # "Der Bürgermeister von Graz, Siegfried Nagl": a complement with "von" before the apposition
                key = index.by_token[end + 1][0]
                end = index.mention_end(end + 1)
                if key in index.actors and index.category(key) in ("Country", "Organization") \
                        and (key.startswith("country:") or key in self.gazetteer.entries):
                    affiliation = affiliation or index.principal(key)
            named = self._person_for_role(doc, index, span.start, end) or \
                self._person_after_portfolio(doc, index, end) or \
                self._name_beside_role(doc, index, span.start, end, add) or \
                self._name_after_complement(doc, index, end, add)
            person = named or (self._person_with_role(doc, index, span, affiliation, members, sentence_of)
                               if self._refers_back(doc, span.start) else None)
            if named and self._is_party(affiliation):
                members.setdefault(named, affiliation)  # "ÖVP-Klubobmann Reinhold Lopatka"
            ref = RoleRef(span.start, end, span.kb_id_, affiliation, person)
            index.roles.append(ref)
            if person is not None:
                actor = index.actors[person]
                # in the nominative: "den französischen Präsidenten François Hollande" is a "Präsident"
                actor.role = actor.role or self.gazetteer.role_nominative(span.text.split("-")[-1]) \
                    or span.text.split("-")[-1]
                # "UN-Generalsekretär Ban Ki-moon" acts for the UN, whatever his nationality.
                # A minister acts for his state, not for the party a later description names: "Das
                # kündigte Verteidigungsminister Jens Albrecht an ... sagte der SPD-Politiker".
                if affiliation and (not actor.represents or named and actor.role == span.text.split("-")[-1]) \
                        and not (self._is_party(affiliation) and not named
                                 and (actor.role or "").lower().endswith(GOVERNMENT_ROLES)):
                    actor.represents = affiliation
                phrase_start = span.start
                if end > span.end:
                    add(phrase_start, end, person, "role") if not any(
                        i in index.by_token and index.by_token[i][0] == person for i in range(phrase_start, end)
                    ) else None

    @staticmethod
    def _owner_after_noun(doc: Doc, index: EntityIndex, adjective: int) -> str | None:
        """The organisation named in a "von" or genitive phrase right after the noun an adjective
        qualifies ("griechischen Mission von Ärzte ohne Grenzen"), or None."""
        noun = adjective + 1
        if noun + 2 >= len(doc) or doc[noun + 1].lower_ not in ("von", "vom", "der", "des"):
            return None
        at = noun + 2
        while at < min(len(doc) - 1, noun + 4) and (doc[at].lower_ in ("der", "den", "dem") or doc[at].is_quote):
            at += 1  # "von der Caritas", "von „Ärzte ohne Grenzen“"
        key = index.key_at(at)
        return key if key is not None and index.category(key) in ("Organization", "ArmedGroup", "Media") else None

    def _attribute_of_role(self, doc: Doc, start: int, end: int, names: set[str]) -> bool:
        """Whether a state's name in the genitive or its demonym stands before a person's role
        ("Österreichs Außenminister Kurz", "Boliviens neuer Präsident", "Deutscher Finanzminister
        Schäuble"): it says whose the office is, as "der österreichische Außenminister" does, and
        names no party that acts. ``names`` are the nominative forms of the state's name, which
        are no genitive ("Laos")."""
        written = doc[start:end].text
        if end - start == 1 and written in names:
            return False
        # after the office, in the genitive: "der Innenminister Frankreichs", "der Präsident der USA"
        # (not "einer der reichsten Unternehmer Norwegens": the scope of a superlative)
        # the office set off beside a name has no article: "Hugo Chávez, Staatspräsident Venezuelas"
        role = start - 2 if start >= 2 and doc[start - 1].lower_ in ("der", "des") else start - 1
        beside_a_name = role >= 2 and doc[role - 1].text in (",", "(") and doc[role - 2].pos_ == "PROPN"
        if role >= 1 and (doc[role - 1].lower_ in ("der", "die", "den", "dem", "des") or beside_a_name) \
                and doc[role].text[:1].isupper() and self.gazetteer.declined_role_of(doc[role].text) is not None \
                and "Plur" not in doc[role].morph.get("Number") \
                and (role == start - 2 or written not in names):
            return True
        k = end
        while k < len(doc) and is_adjective_like(doc[k]) and doc[k].is_lower:
            k += 1
        return k < len(doc) and doc[k].text[:1].isupper() and self.gazetteer.role_of(doc[k].text) is not None

    def _body_in_compound(self, index: EntityIndex, span: Span) -> str | None:
        """ "ein Heeressprecher" where the article names the Bundesheer, "der Ministeriumssprecher"
        with the Innenministerium: a role compound whose first part is the last part of the name
        of the one organisation of the article that ends so speaks for it."""
        word = span.text.rsplit("-", 1)[-1].lower()
        head = next((word[cut:] for cut in range(len(word)) if word[cut:] in self.gazetteer.roles), None)
        prefix = word[:len(word) - len(head)] if head else ""
        for ending in ("es", "s"):
            if prefix.endswith(ending) and len(prefix) - len(ending) >= 3:
                body = prefix[:-len(ending)]
                break
        else:
            body = prefix
        if len(body) < 3:
            return None
        bodies = {key for key, actor in index.actors.items() if actor.category in ("Organization", "ArmedGroup")
                  and actor.named and actor.mentions and actor.label.lower().endswith((body, prefix))}
        return bodies.pop() if len(bodies) == 1 else None

    def _name_beside_role(self, doc: Doc, index: EntityIndex, start: int, end: int, add) -> str | None:
        """ "Andres Granier, der Gouverneur von Tabasco": a name set off beside a role phrase is a
        person's, even where the statistical NER took it for an organisation."""
        spots = []
        if end + 1 < len(doc) and doc[end].text == ",":
            spots.append(end + 1)  # the role, then the name
        if start >= 3 and doc[start - 1].lower_ in ("der", "die") and doc[start - 2].text == ",":
            spots.append(start - 3)  # the name, then the role (read from its last token)
        for i in spots:
            key = index.key_at(i)
            if key is None or not key.startswith("org:") or key in self.gazetteer.entries:
                continue
            first, last = i, i
            while first - 1 >= 0 and index.key_at(first - 1) == key:
                first -= 1
            while last + 1 < len(doc) and index.key_at(last + 1) == key:
                last += 1
            words = doc[first:last + 1]
            if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
                    or is_common_noun(words[-1].text) or len(index.actors[key].mentions) > 1:
                continue
            name = words.text
            person = self._person_key(name)
            index.forget_mentions(doc, first, last + 1)
            self._ensure_person(index, person, name)
            add(first, last + 1, person, "name")
            return person
        return None

    def _name_after_complement(self, doc: Doc, index: EntityIndex, end: int, add) -> str | None:
        """ "der Vizechef der Präsidialverwaltung Andej Taranow": after a role and its genitive
        complement of a common noun comes the person: one already found, or else capitalised
        words that nothing else took, up to the end of the clause, however foreign the name."""
        if end >= len(doc) or doc[end].lower_ not in ("der", "des"):
            return None
        noun = end + 1
        while noun < len(doc) and is_adjective_like(doc[noun]):
            noun += 1
        if noun >= len(doc) or noun in index.by_token or not is_common_noun(doc[noun].text):
            return None
        first = last = noun + 1
        known = index.key_at(first)
        if known is not None and index.category(known) == "Person":
            return known  # "der Sprecher des Verbandes Otto Huber"
        while last < len(doc) and last - first < 3 and last not in index.by_token and doc[last].text[:1].isupper() \
                and doc[last].text.replace("-", "").isalpha() and not is_common_noun(doc[last].text) \
                and self.gazetteer.role_of(doc[last].text) is None:
            last += 1
        clause_ends = last == len(doc) or doc[last].is_punct or doc[last].is_lower
        if last - first < 2 or not clause_ends:
            return None
        name = doc[first:last].text
        person = self._person_key(name)
        self._ensure_person(index, person, name)
        add(first, last, person, "name")
        return person

    def _is_party(self, key: str | None) -> bool:
        entry = self.gazetteer.entries.get(key or "")
        return entry is not None and entry.category == "Party"

    def _party_members(self, doc: Doc, index: EntityIndex) -> dict[str, str]:
        """ "Finanzminister Hans Jörg Schelling (ÖVP)": persons whose party the article gives in
        brackets after their name (person key -> party key)."""
        members: dict[str, str] = {}
        for _start, end, key, _kind in index.spans:
            if index.category(key) != "Person" or end + 2 >= len(doc) or doc[end].text != "(":
                continue
            party = index.key_at(end + 1)
            k = end + 1
            while k < len(doc) and index.key_at(k) == party:
                k += 1
            if self._is_party(party) and k < len(doc) and doc[k].text == ")":
                members.setdefault(key, party)
        return members

    def _member_of(self, index: EntityIndex, key: str, party: str, members: dict[str, str]) -> bool:
        """Whether a person can belong to ``party``: not known to be of another party, and not
        acting for another state than the party's (a minister of the party's state can be)."""
        if members.get(key) not in (None, party):
            return False
        actor = index.actors[key]
        entry = self.gazetteer.entries.get(key)
        state = actor.represents if (actor.represents or "").startswith("country:") else \
            f"country:{entry.country}" if entry is not None and entry.country else None
        home = self.gazetteer.entries[party].country
        return actor.represents in (None, party) or state is None or home is None or state == f"country:{home}"

    def _person_with_role(self, doc: Doc, index: EntityIndex, span: Span, affiliation: str | None,
                          members: dict[str, str] | None = None, sentence_of: list[int] | None = None) -> str | None:
        """ "der UN-Generalsekretär" after "UN-Generalsekretär Ban Ki-moon": the person the article
        already introduced with this role (and, if stated, the same affiliation), or with a role
        the phrase can stand for (see :meth:`_role_match`); the closest match wins, then the
        person mentioned last. A head ("der UN-Chef") with no such person is the one person the
        article has acting for that affiliation. A role in a party ("der ÖVP-Chef", "der
        SPD-Politiker", "die Integrationssprecherin der SPÖ") with no such person is the one
        person the article gives that party, else the person named last in its sentence or the
        two before, where that person can belong to the party (see :meth:`_member_of`)."""
        members = members or {}
        party = affiliation if self._is_party(affiliation) else None
        before = doc[span.start].idx
        best = None
        acting_for = set()
        latest = None  # (start of the last mention before the phrase, key) of a possible member
        recent = None  # (sentence of the last mention, key) of a person fitting the role named lately
        sex = self._sex_of_role(span.text)
        for key, actor in index.actors.items():
            earlier = [m.start for m in actor.mentions if m.start < before]
            if actor.category != "Person" or not earlier:
                continue
            if sex is not None and self.gazetteer.person_gender(actor.label, actor.role, key=key) not in (None, sex):
                continue
            if affiliation is not None and (actor.represents == affiliation or members.get(key) == affiliation):
                acting_for.add(key)
            if party is not None:
                if not self._member_of(index, key, party, members):
                    continue
                last = max((m for m in actor.mentions if m.start < before), key=lambda m: m.start)
                if sentence_of is not None and sentence_of[span.start] - last.sentence <= 2 \
                        and (latest is None or last.start > latest[0]):
                    latest = (last.start, key)
            elif affiliation is not None and actor.represents not in (None, affiliation):
                continue
            # at equal fit the role the article gives wins: the gazetteer lists the roles of a whole career
            entry = self.gazetteer.entries.get(key)
            known_roles = [(actor.role, True)] if actor.role else []
            # and the other roles the article gave them before ("Obmann … und Vizepräsident …")
            known_roles += [(ref.role, True) for ref in index.roles if ref.person == key and ref.end <= span.start
                            and ref.role != actor.role]
            known_roles += [(role, False) for role in entry.roles] if entry is not None else []
            fit = max(((self._role_match(span, role), in_article) for role, in_article in known_roles), default=(0, False))
            if fit[0] and (best is None or (*fit, max(earlier)) > best[:3]):
                best = (*fit, max(earlier), key)
            if fit[0] and fit[1] and sentence_of is not None:
                last = max(m.sentence for m in actor.mentions if m.start < before)
                if sentence_of[span.start] - last <= 3 and (recent is None or last > recent[0]):
                    recent = (last, key)
        if best is not None and recent is not None and recent[1] != best[3] and sentence_of is not None \
                and sentence_of[span.start] - max(m.sentence for m in index.actors[best[3]].mentions
                                                  if m.start < before) > 3:
            # "sagte der Sprecher" right after "Innenministeriumssprecher Marakovits": a person the
            # article just gave a role of this kind beats a closer fit named long before
            return recent[1]
        if best is not None:
            return best[3]
        if len(acting_for) == 1 and (span.kb_id_ == HEAD_ROLE or party is not None):
            return acting_for.pop()
        if party is not None and not acting_for and latest is not None:
            return latest[1]
        return None

    def _sex_of_role(self, written: str) -> str | None:
        """ "die Kanzlerin", "die Obfrau" name a woman, "der Kanzler" a man (a role word with a
        feminine form besides it), "der Vorsitzende" or a plural either."""
        word = written.rsplit("-", 1)[-1].lower()
        if word.endswith("innen"):
            return None
        if word.endswith("frau") or word.endswith("in") and self.gazetteer.role_of(word[:-2]) is not None:
            return "feminine"
        if word.endswith("mann") or self.gazetteer.role_of(word) is not None \
                and self.gazetteer.role_of(f"{word}in") is not None:
            return "masculine"
        return None

    def _role_match(self, span: Span, known: str) -> int:
        """How well a role phrase fits a role a person is known by: 3 the same role ("der
        Premier" for "Premierminister"), 2 another name of the same office ("der Premier" for
        "Regierungschef"), 1 a generic word for it ("der Minister" for "Außenministerin", but
        not "der Kanzler" for a "Vizekanzler"), 0 not at all."""
        role = self.gazetteer.role_of(known)
        if role is not None and role.name == span.kb_id_:
            return 3
        if role is not None and any({role.name, span.kb_id_} <= office for office in SAME_OFFICES):
            return 2
        word, known_word = span.text.rsplit("-", 1)[-1].lower(), known.rsplit("-", 1)[-1].lower()
        if known_word.endswith(word) and not known_word.startswith(DEPUTY_PREFIXES):
            return 1
        return 0

    @staticmethod
    def _refers_back(doc: Doc, start: int) -> bool:
        """Whether a role phrase can mean someone named before: "der Minister" can, "ein
        Minister", "die beiden Minister" and "der Rauswurf dieser Minister" cannot."""
        i = start - 1
        while i >= 0 and (is_adjective_like(doc[i]) or doc[i].lower_ in COUNTING_WORDS):
            if doc[i].lower_ in COUNTING_WORDS:
                return False
            i -= 1
        determiner = doc[i] if i >= 0 else None
        if determiner is not None and (determiner.lower_ in INDEFINITE_ARTICLES
                                       or determiner.lower_ in DETERMINERS and "Plur" in determiner.morph.get("Number")):
            return False
        # "den Rauswurf dieser Minister": after a noun, "der"/"dieser" and a masculine form without
        # -s is a genitive plural (the singular would be "dieses Ministers")
        genitive_plural = determiner is not None and determiner.lower_ in ("der", "dieser") and i >= 1 \
            and doc[i - 1].pos_ == "NOUN" and not doc[start].lower_.endswith(("in", "s"))
        return not genitive_plural and "Plur" not in doc[start].morph.get("Number")

    @staticmethod
    def _client(doc: Doc, index: EntityIndex, i: int) -> bool:
        """ "Die Anwältin Samanis bestritt": a surname in the genitive after a role, not followed
        by the noun it qualifies ("Präsident Obamas Rede"), names whose lawyer, aide or the like
        the role holder is, not the holder."""
        i = index.mention_end(i) - 1  # "Die Anwältin Rahmani Purs": the genitive ends the name
        word = doc[i].text
        following = doc[i + 1] if i + 1 < len(doc) else None
        if not word.endswith("s") or following is not None and following.text[:1].isupper() and following.is_alpha:
            return False
        surnames = {actor.label.split()[-1] for actor in index.actors.values() if actor.category == "Person"}
        return word[:-1] in surnames and word not in surnames

    @staticmethod
    def _person_for_role(doc: Doc, index: EntityIndex, start: int, end: int) -> str | None:
        """The person a role phrase names: directly after it (not a genitive, see :meth:`_client`),
        or in apposition after a comma."""
        for position in (end, end + 1):
            if position < len(doc) and (position == end or doc[end].text == ","):
                hit = index.by_token.get(position)
                if hit and index.category(hit[0]) == "Person" and not RoleFinding._client(doc, index, position):
                    return hit[0]
        # "John Kerry, der Außenminister der USA": apposition before the role.
        if start >= 2 and doc[start - 1].lower_ in ("der", "die") and doc[start - 2].text == ",":
            hit = index.by_token.get(start - 3) if start >= 3 else None
            if hit and index.category(hit[0]) == "Person":
                return hit[0]
        if RoleFinding._bare_apposition(doc, index, start, end):
            # "Johannes Steinhart, Vizepräsident der Ärztekammer": apposition without an article
            return index.key_at(start - 2)
        if start >= 1 and doc[start - 1].lower_ == "und" and not RoleFinding._plural_or_from(doc, start, end):
            # "Johannes Steinhart, Obmann der Kurie und Vizepräsident der Ärztekammer": a second role
            # joined to the first one of the same apposition is the same person's
            first = next((ref for ref in reversed(index.roles) if ref.end <= start - 1), None)
            if first is not None and first.person is not None and start - 1 - first.end <= 8 \
                    and RoleFinding._bare_apposition(doc, index, first.start, first.end) \
                    and not any(t.text in (",", ".", ";", ":") or t.pos_ in ("VERB", "AUX")
                                for t in doc[first.end:start - 1]):
                return first.person
        return None

    @staticmethod
    def _bare_apposition(doc: Doc, index: EntityIndex, start: int, end: int) -> bool:
        """ "Name, Vizepräsident der Ärztekammer": one role noun right after a person's name and a
        comma, not a plural or a group from somewhere ("Angela Merkel, Bürgermeister aus ganz
        Europa und …") and not a role before another name ("Merkel, Präsident Obama")."""
        return start >= 2 and doc[start - 1].text == "," and index.category(index.key_at(start - 2) or "") == "Person" \
            and not RoleFinding._plural_or_from(doc, start, end) \
            and not (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())

    @staticmethod
    def _plural_or_from(doc: Doc, start: int, end: int) -> bool:
        return "Plur" in doc[start].morph.get("Number") or (end < len(doc) and doc[end].lower_ in ("aus", "von", "vom"))

    def _person_after_portfolio(self, doc: Doc, index: EntityIndex, end: int) -> str | None:
        """ "der EU-Kommissar für Erweiterung Štefan Füle", "der Sprecher der CDU/CSU-Fraktion
        Friedbert Pflüger", "der Botschafter in Moskau Rüdiger von Fritsch": the person named right
        after what the role is for ("für" and its nouns), after the rest of the body's name in its
        genitive complement ("/CSU-Fraktion"), or after the place of the office.
        No comma, verb or second role may stand between, and the name must follow a noun, not
        "und" ("der Präsident Frankreichs und Angela Merkel" are two people)."""
        if end + 2 < len(doc) and doc[end].lower_ in ("in", "im") and index.places.get(index.key_at(end + 1) or ""):
            # "der deutsche Botschafter in Moskau Rüdiger von Fritsch": where the office is, then its holder
            place = index.mention_end(end + 1)
            hit = index.by_token.get(place) if place < len(doc) else None
            return hit[0] if hit is not None and index.category(hit[0]) == "Person" else None
        if end >= len(doc) or not (doc[end].lower_ == "für" or doc[end].text in ("/", "-")):
            return None
        for j in range(end + 1, min(len(doc), end + 8)):
            hit = index.by_token.get(j)
            if hit is not None and index.category(hit[0]) == "Person":
                previous = doc[j - 1]
                if previous.pos_ not in ("NOUN", "PROPN") or not previous.text[:1].isupper() \
                        or RoleFinding._client(doc, index, j) or _holder_named_after(doc, index, j):
                    return None
                return hit[0]
            word = doc[j]
            # what a role is for: nouns, adjectives, "und" between them (not "und der …"), a body's name
            joined = word.lower_ == "und" and j + 1 < len(doc) and doc[j + 1].lower_ not in DETERMINERS
            if not (joined or word.text in ("/", "-") or is_adjective_like(word)
                    or word.pos_ in ("NOUN", "PROPN") and word.text[:1].isupper()
                    and (hit is not None or self.gazetteer.role_of(word.text) is None)):
                return None
        return None


def _holder_named_after(doc: Doc, index: EntityIndex, i: int) -> bool:
    """Whether another person follows the one named at ``i`` after a comma: then the first is whose
    adviser or spokesman the role is ("der Berater für Außenpolitik Angela Merkels, Christoph
    Heusgen"), and the apposition names the holder."""
    after = index.mention_end(i)
    hit = index.by_token.get(after + 1) if after + 1 < len(doc) and doc[after].text == "," else None
    return hit is not None and index.category(hit[0]) == "Person" and hit[0] != index.by_token[i][0]
