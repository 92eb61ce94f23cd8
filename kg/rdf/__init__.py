"""Records to RDF, by kg's ontology (``ontologies/kg.ttl``). Knows nothing of spaCy."""

from kg.rdf.mapping import record_to_graph, record_to_triples

__all__ = ["record_to_graph", "record_to_triples"]
