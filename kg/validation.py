"""SHACL validation of a store against ``ontologies/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.store.base import Store

SHAPES = Path(__file__).resolve().parent.parent / "ontologies" / "shapes.ttl"


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def summary(self) -> str:
        if self.conforms:
            return f"valid: {self.triples} triples conform to {SHAPES.name}"
        lines = [f"{len(self.violations)} violation(s) of {SHAPES.name} in {self.triples} triples:"]
        for v in self.violations[:200]:
            lines.append(f"  {v.severity}: {v.focus} {v.path}: {v.message}")
        if len(self.violations) > 200:
            lines.append(f"  … and {len(self.violations) - 200} more")
        return "\n".join(lines)


def validate_graph(data: rdflib.Graph, *, shapes: Path = SHAPES) -> ValidationReport:
    from pyshacl import validate

    shapes_graph = rdflib.Graph().parse(shapes)
    conforms, report, _ = validate(data, shacl_graph=shapes_graph, inference="none", advanced=True)
    violations = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        ))
    violations.sort(key=lambda v: (v.focus, v.path))
    return ValidationReport(conforms=bool(conforms), triples=len(data), violations=violations)


def validate_store(store: Store, *, shapes: Path = SHAPES) -> ValidationReport:
    """Validate the union of all article graphs."""
    data = rdflib.Graph()
    for s, p, o, _g in store.quads():
        data.add((s, p, o))
    return validate_graph(data, shapes=shapes)
