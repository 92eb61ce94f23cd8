"""Tests for the kg ontology, the CAMEO scheme, the SHACL shapes and the examples."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

pyshacl = pytest.importorskip("pyshacl")

ROOT = Path(__file__).resolve().parent.parent
ONTO_DIR = ROOT / "ontologies"
KG_TTL = ONTO_DIR / "kg.ttl"
CAMEO_TTL = ONTO_DIR / "cameo.ttl"
SHAPES_TTL = ONTO_DIR / "shapes.ttl"
VALID_EXAMPLE = ONTO_DIR / "examples" / "aid-offer.ttl"
INVALID_EXAMPLE = ONTO_DIR / "examples" / "invalid.ttl"

ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")
KG = Namespace("https://w3id.org/kg-news/ontology#")
CAMEO = Namespace("https://w3id.org/kg-news/cameo/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
XSD_NNI = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

# The kg terms the mapping code relies on (from the design brief), with their rdf:type.
EXPECTED_CLASSES = [
    "ArmedGroup", "OtherActor", "UnnamedSource", "AidOffer", "AidItem", "AidCategory", "OfferStatus",
    "ConflictEvent", "Claim", "AttributionKind", "Extraction",
]
EXPECTED_OBJECT_PROPERTIES = [
    "provider", "recipient", "adversary", "attacker", "target", "offeredItem",
    "excludedItem", "aidCategory", "offerStatus", "evidence", "sentence", "attributionKind",
]
EXPECTED_DATATYPE_PROPERTIES = [
    "amount", "beneficiary", "casualties", "trigger", "claimText", "quote", "cue", "contentHash",
    "pipeline", "mentionCount",
]
EXPECTED_CONCEPT_SCHEMES = ["AidCategoryScheme", "OfferStatusScheme", "AttributionKindScheme"]
EXPECTED_AID_CATEGORIES = [
    "MilitaryAid", "Troops", "MilitaryEquipment", "Weapons", "MilitaryAdvisers",
    "MilitaryTraining", "AirSupport", "Intelligence", "Personnel", "HumanitarianAid",
    "MedicalAid", "FoodAid", "Shelter", "FinancialAid", "EconomicAid", "PoliticalSupport",
    "UnspecifiedAid",
]
EXPECTED_OFFER_STATUSES = ["Offered", "Delivered", "Refused", "Withdrawn"]
EXPECTED_ATTRIBUTION_KINDS = ["Reported", "DirectQuote", "IndirectSpeech"]

EXPECTED_CAMEO_CODES = (
    ["03", "033", "0331", "0332", "0333", "0334"]
    + ["07", "070", "071", "072", "073", "074", "075"]
    + ["12", "122", "1221", "1222", "1223", "1224"]
    + ["18", "180", "181", "182", "183", "184", "185", "186"]
    + ["19", "190", "191", "192", "193", "194", "195", "196"]
    + ["20", "200", "201", "202", "203", "204"]
)

# Violations expected in examples/invalid.ttl: (focus node, result path or None, constraint component).
ID = "https://w3id.org/kg-news/id/"
EXPECTED_INVALID = Counter({
    (ID + "article/bad", str(KG.contentHash), "PatternConstraintComponent"): 1,
    (ID + "article/bad", str(PROV.wasGeneratedBy), "MinCountConstraintComponent"): 1,
    # NIF offset errors: one SPARQL constraint on the context, the bad node is sh:value
    (ID + "article/bad#char=0,10", None, "SPARQLConstraintComponent"): 3,
    (ID + "article/bad#char=0,10", str(PROV.wasDerivedFrom), "MinCountConstraintComponent"): 1,
    (ID + "article/bad#char=8,3", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
     "LessThanConstraintComponent"): 1,
    (ID + "article/bad#char=8,3", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sentence",
     "MinCountConstraintComponent"): 1,
    (ID + "actor/two-kinds", str(RDF.type), "QualifiedMaxCountConstraintComponent"): 1,
    (ID + "actor/two-kinds", str(RDFS.label), "MinCountConstraintComponent"): 1,
    (ID + "actor/two-kinds", str(OWL.sameAs), "QualifiedMaxCountConstraintComponent"): 1,
    (ID + "place/nowhere", "http://www.w3.org/2003/01/geo/wgs84_pos#lat", "MaxInclusiveConstraintComponent"): 1,
    (ID + "place/nowhere", "http://www.w3.org/2003/01/geo/wgs84_pos#long", "DatatypeConstraintComponent"): 1,
    (ID + "aid-offer/bad", str(KG.provider), "MaxCountConstraintComponent"): 1,
    (ID + "aid-offer/bad", str(KG.provider), "DisjointConstraintComponent"): 1,
    (ID + "aid-offer/bad", str(KG.offerStatus), "MinCountConstraintComponent"): 1,
    (ID + "aid-offer/bad", str(SEM.eventType), "NodeKindConstraintComponent"): 1,
    (ID + "aid-offer/bad", str(SEM.eventType), "PatternConstraintComponent"): 1,
    (ID + "aid-item/orphan", str(KG.aidCategory), "InConstraintComponent"): 1,
    (ID + "aid-item/orphan", "inverse-path", "MinCountConstraintComponent"): 1,
    (ID + "claim/bad", str(KG.attributionKind), "InConstraintComponent"): 1,
})
EXPECTED_INVALID_COUNT = 21
EXPECTED_SPARQL_VALUES = {ID + "article/bad#char=0,10", ID + "article/bad#char=8,3", ID + "article/bad#char=6,10"}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def kg_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def cameo_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(CAMEO_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES_TTL, format="turtle")


def _kg_terms(g: rdflib.Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def _validate(data: rdflib.Graph, shapes: rdflib.Graph):
    return pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)


def _results(report: rdflib.Graph) -> list[tuple]:
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(r, SH.resultPath)
        if path is None:
            path_key = None
        elif isinstance(path, URIRef):
            path_key = str(path)
        else:
            path_key = "inverse-path"
        component = str(report.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        out.append((str(report.value(r, SH.focusNode)), path_key, component,
                    report.value(r, SH.resultSeverity), report.value(r, SH.resultMessage)))
    return out


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", sorted(ONTO_DIR.rglob("*.ttl")), ids=lambda p: str(p.relative_to(ONTO_DIR)))
def test_every_ttl_parses(path: Path) -> None:
    g = rdflib.Graph().parse(path, format="turtle")
    assert len(g) > 0


# --------------------------------------------------------------------------- ontology


def test_ontology_header(kg_graph: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in kg_graph
    assert kg_graph.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert kg_graph.value(ONTOLOGY_IRI, DCTERMS.license) is not None
    assert kg_graph.value(ONTOLOGY_IRI, DCTERMS.creator) == Literal("kg contributors")
    langs = {t.language for t in kg_graph.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert {"en", "de"} <= langs
    langs = {t.language for t in kg_graph.objects(ONTOLOGY_IRI, DCTERMS.description)}
    assert {"en", "de"} <= langs


@pytest.mark.parametrize(
    "names, rdf_type",
    [
        (EXPECTED_CLASSES, OWL.Class),
        (EXPECTED_OBJECT_PROPERTIES, OWL.ObjectProperty),
        (EXPECTED_DATATYPE_PROPERTIES, OWL.DatatypeProperty),
        (EXPECTED_CONCEPT_SCHEMES, SKOS.ConceptScheme),
        (EXPECTED_AID_CATEGORIES + EXPECTED_OFFER_STATUSES + EXPECTED_ATTRIBUTION_KINDS, SKOS.Concept),
    ],
    ids=["classes", "object-properties", "datatype-properties", "schemes", "concepts"],
)
def test_expected_terms_declared(kg_graph: rdflib.Graph, names: list[str], rdf_type: URIRef) -> None:
    missing = [n for n in names if (KG[n], RDF.type, rdf_type) not in kg_graph]
    assert not missing, f"not declared as {rdf_type}: {missing}"


def test_no_unexpected_kg_terms(kg_graph: rdflib.Graph) -> None:
    expected = {
        KG[n]
        for n in EXPECTED_CLASSES + EXPECTED_OBJECT_PROPERTIES + EXPECTED_DATATYPE_PROPERTIES
        + EXPECTED_CONCEPT_SCHEMES + EXPECTED_AID_CATEGORIES + EXPECTED_OFFER_STATUSES
        + EXPECTED_ATTRIBUTION_KINDS
    }
    assert _kg_terms(kg_graph) == expected


def test_every_kg_term_is_documented(kg_graph: rdflib.Graph) -> None:
    problems = []
    for term in sorted(_kg_terms(kg_graph)):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in kg_graph.objects(term, prop) if isinstance(o, Literal)}
            for lang in ("en", "de"):
                if lang not in langs:
                    problems.append(f"{term} lacks {prop.n3(kg_graph.namespace_manager)}@{lang}")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in kg_graph:
            problems.append(f"{term} lacks rdfs:isDefinedBy")
        if not any(kg_graph.objects(term, RDF.type)):
            problems.append(f"{term} has no rdf:type")
    assert not problems, "\n".join(problems)


def test_kg_concepts_are_proper_skos(kg_graph: rdflib.Graph) -> None:
    schemes = {
        KG.AidCategoryScheme: (KG.AidCategory, EXPECTED_AID_CATEGORIES),
        KG.OfferStatusScheme: (KG.OfferStatus, EXPECTED_OFFER_STATUSES),
        KG.AttributionKindScheme: (KG.AttributionKind, EXPECTED_ATTRIBUTION_KINDS),
    }
    for scheme, (cls, names) in schemes.items():
        for n in names:
            c = KG[n]
            assert (c, RDF.type, cls) in kg_graph, c
            assert (c, SKOS.inScheme, scheme) in kg_graph, c
            pref = {o.language for o in kg_graph.objects(c, SKOS.prefLabel)}
            assert {"en", "de"} <= pref, c
            defs = {o.language for o in kg_graph.objects(c, SKOS.definition)}
            assert {"en", "de"} <= defs, c
            top = (c, SKOS.topConceptOf, scheme) in kg_graph
            broader = list(kg_graph.objects(c, SKOS.broader))
            assert top != bool(broader), f"{c}: either a top concept or has a broader concept"
            if top:
                assert (scheme, SKOS.hasTopConcept, c) in kg_graph, c
    assert (KG.Troops, SKOS.broader, KG.MilitaryAid) in kg_graph


def test_subclass_and_subproperty_axioms(kg_graph: rdflib.Graph) -> None:
    triples = [
        (KG.ArmedGroup, RDFS.subClassOf, SCHEMA.Organization),
        (KG.ArmedGroup, RDFS.subClassOf, SEM.Actor),
        (KG.OtherActor, RDFS.subClassOf, SEM.Actor),
        (KG.UnnamedSource, RDFS.subClassOf, PROV.Agent),
        (KG.AidOffer, RDFS.subClassOf, SEM.Event),
        (KG.ConflictEvent, RDFS.subClassOf, SEM.Event),
        (KG.Claim, RDFS.subClassOf, PROV.Entity),
        (KG.Extraction, RDFS.subClassOf, PROV.Activity),
        (KG.AidCategory, RDFS.subClassOf, SKOS.Concept),
        (KG.OfferStatus, RDFS.subClassOf, SKOS.Concept),
        (KG.AttributionKind, RDFS.subClassOf, SKOS.Concept),
    ]
    for p in ("provider", "recipient", "adversary", "attacker", "target"):
        triples.append((KG[p], RDFS.subPropertyOf, SEM.hasActor))
        triples.append((KG[p], RDFS.range, SEM.Actor))
    for p in ("provider", "recipient", "adversary", "offeredItem", "excludedItem", "offerStatus"):
        triples.append((KG[p], RDFS.domain, KG.AidOffer))
    triples += [
        (KG.attacker, RDFS.domain, KG.ConflictEvent),
        (KG.target, RDFS.domain, KG.ConflictEvent),
        (KG.offeredItem, RDFS.range, KG.AidItem),
        (KG.excludedItem, RDFS.range, KG.AidItem),
        (KG.aidCategory, RDFS.domain, KG.AidItem),
        (KG.aidCategory, RDFS.range, KG.AidCategory),
        (KG.offerStatus, RDFS.range, KG.OfferStatus),
        (KG.attributionKind, RDFS.range, KG.AttributionKind),
        (KG.casualties, RDFS.range, XSD_NNI),
        (KG.mentionCount, RDFS.range, XSD_NNI),
        (KG.contentHash, RDFS.domain, SCHEMA.NewsArticle),
    ]
    missing = [t for t in triples if t not in kg_graph]
    assert not missing, missing


# --------------------------------------------------------------------------- CAMEO


def test_cameo_concepts(cameo_graph: rdflib.Graph) -> None:
    scheme = CAMEO.scheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in cameo_graph
    concepts = set(cameo_graph.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for c in concepts:
        code = str(c)[len(str(CAMEO)):]
        assert cameo_graph.value(c, SKOS.notation) == Literal(code), c
        assert (c, SKOS.inScheme, scheme) in cameo_graph, c
        langs = {o.language for o in cameo_graph.objects(c, SKOS.prefLabel)}
        assert {"en", "de"} <= langs, c
        if len(code) == 2:
            assert (c, SKOS.topConceptOf, scheme) in cameo_graph, c
            assert (scheme, SKOS.hasTopConcept, c) in cameo_graph, c
        else:
            parent = CAMEO[code[:3] if len(code) == 4 else code[:2]]
            assert (c, SKOS.broader, parent) in cameo_graph, c
            assert parent in concepts, c
    missing = [code for code in EXPECTED_CAMEO_CODES if CAMEO[code] not in concepts]
    assert not missing, missing
    assert cameo_graph.value(CAMEO["0332"], SKOS.prefLabel) is not None
    assert Literal("Express intent to provide military aid", lang="en") in set(
        cameo_graph.objects(CAMEO["0332"], SKOS.prefLabel)
    )


def test_aid_category_cameo_links_resolve(kg_graph: rdflib.Graph, cameo_graph: rdflib.Graph) -> None:
    concepts = set(cameo_graph.subjects(RDF.type, SKOS.Concept))
    targets = [o for o in kg_graph.objects(None, SKOS.relatedMatch) if str(o).startswith(str(CAMEO))]
    assert targets
    assert all(t in concepts for t in targets), [t for t in targets if t not in concepts]


# --------------------------------------------------------------------------- SHACL


def test_shapes_are_shacl(shapes_graph: rdflib.Graph) -> None:
    node_shapes = set(shapes_graph.subjects(RDF.type, SH.NodeShape))
    assert node_shapes
    targets = set(shapes_graph.objects(None, SH.targetClass))
    for cls in (
        SCHEMA.NewsArticle, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context"),
        URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Sentence"),
        URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"),
        SEM.Actor, KG.AidOffer, KG.AidItem, KG.ConflictEvent, KG.Claim,
    ):
        assert cls in targets, cls
    # every property shape and SPARQL constraint carries a message and severity sh:Violation
    constraint_nodes = set(shapes_graph.objects(None, SH.property)) | set(shapes_graph.objects(None, SH.sparql))
    assert constraint_nodes
    for node in constraint_nodes:
        assert shapes_graph.value(node, SH.message) is not None, node
        assert shapes_graph.value(node, SH.severity) == SH.Violation, node
    # pyshacl can load it as a shapes graph (validating an empty graph conforms)
    conforms, _, _ = _validate(rdflib.Graph(), shapes_graph)
    assert conforms


def test_shapes_do_not_need_the_ontology(shapes_graph: rdflib.Graph) -> None:
    # the shapes must not use sh:class with a SKOS concept class (that would need kg.ttl or cameo.ttl)
    for cls in shapes_graph.objects(None, SH["class"]):
        assert cls not in {KG.AidCategory, KG.OfferStatus, KG.AttributionKind, SKOS.Concept, SEM.EventType}


def test_valid_example_conforms(shapes_graph: rdflib.Graph) -> None:
    data = rdflib.Graph().parse(VALID_EXAMPLE, format="turtle")
    conforms, report, text = _validate(data, shapes_graph)
    assert conforms, text


def test_valid_example_conforms_as_named_graph(shapes_graph: rdflib.Graph) -> None:
    """The example as an article's named graph in a dataset (how kg stores it)."""
    ds = rdflib.Dataset()
    article = URIRef(ID + "article/example")
    ds.graph(article).parse(VALID_EXAMPLE, format="turtle")
    conforms, report, text = _validate(ds, shapes_graph)
    assert conforms, text


def test_valid_example_uses_only_declared_terms(kg_graph: rdflib.Graph, cameo_graph: rdflib.Graph) -> None:
    data = rdflib.Graph().parse(VALID_EXAMPLE, format="turtle")
    used = {t for triple in data for t in triple if isinstance(t, URIRef)}
    kg_used = {t for t in used if str(t).startswith(str(KG))}
    assert kg_used <= _kg_terms(kg_graph), kg_used - _kg_terms(kg_graph)
    cameo_concepts = set(cameo_graph.subjects(RDF.type, SKOS.Concept))
    cameo_used = {t for t in used if str(t).startswith(str(CAMEO))}
    assert cameo_used and cameo_used <= cameo_concepts


def test_invalid_example_fails_with_expected_violations(shapes_graph: rdflib.Graph) -> None:
    data = rdflib.Graph().parse(INVALID_EXAMPLE, format="turtle")
    conforms, report, text = _validate(data, shapes_graph)
    assert not conforms
    results = _results(report)
    assert len(results) == EXPECTED_INVALID_COUNT, text
    assert all(sev == SH.Violation for *_, sev, _ in results)
    assert all(msg is not None for *_, msg in results)
    got = Counter((focus, path, comp) for focus, path, comp, _, _ in results)
    assert got == EXPECTED_INVALID, text
    sparql_values = {
        str(report.value(r, SH.value))
        for r in report.subjects(RDF.type, SH.ValidationResult)
        if str(report.value(r, SH.sourceConstraintComponent)).endswith("SPARQLConstraintComponent")
    }
    assert sparql_values == EXPECTED_SPARQL_VALUES


def test_invalid_example_fails_as_named_graph(shapes_graph: rdflib.Graph) -> None:
    """Validating a dataset checks the union of its graphs, SPARQL constraints included."""
    ds = rdflib.Dataset()
    ds.graph(URIRef(ID + "article/bad")).parse(INVALID_EXAMPLE, format="turtle")
    conforms, report, text = _validate(ds, shapes_graph)
    assert not conforms
    got = Counter((focus, path, comp) for focus, path, comp, _, _ in _results(report))
    assert got == EXPECTED_INVALID, text


# --------------------------------------------------------------------------- schema:gender

_PERSON = """
@prefix schema: <https://schema.org/> . @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-news/id/person/angela-merkel> a sem:Actor, schema:Person ;
    rdfs:label "Angela Merkel"@de ; schema:gender GENDER .
"""


def test_a_persons_gender_from_schema_conforms(shapes_graph: rdflib.Graph) -> None:
    data = rdflib.Graph().parse(data=_PERSON.replace("GENDER", "schema:Female"), format="turtle")
    conforms, _, text = _validate(data, shapes_graph)
    assert conforms, text


def test_a_gender_that_is_no_schema_term_violates(shapes_graph: rdflib.Graph) -> None:
    data = rdflib.Graph().parse(data=_PERSON.replace("GENDER", '"weiblich"'), format="turtle")
    conforms, report, _ = _validate(data, shapes_graph)
    assert not conforms
    assert any(path == str(SCHEMA.gender) for _, path, *_ in _results(report))


def test_the_mapping_writes_the_gender_of_a_person() -> None:
    import kg

    record = kg.extract(kg.article_from_text("Titel\n\nBundeskanzlerin Angela Merkel traf Barack Obama.", source="x"))
    _, triples = kg.to_rdf(record)
    genders = {str(o) for s, p, o in triples if p == SCHEMA.gender}
    assert genders == {str(SCHEMA.Female), str(SCHEMA.Male)}
