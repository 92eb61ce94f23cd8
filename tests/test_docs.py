"""Docs stay in step with the code: every command and canned query is documented and runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli import cli
from kg.queries import canned_queries, load_query

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme_and_has_help(name):
    command = cli.commands[name]
    assert f"kg {name}" in README, f"README does not mention 'kg {name}'"
    assert command.help and len(command.help.strip()) > 20
    if name not in ("queries", "articles"):
        assert "Example:" in command.help, f"kg {name} --help has no example"


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_is_described_and_runs(name, seed_store):
    query = load_query(name)
    assert query.description, f"queries/{name}.rq has no header comment"
    assert f"`{name}`" in README, f"README's query table lacks {name}"
    params = {"outlet-claims": {"name": "Washington Post"},
              "actors-near-place": {"name": "Falludscha", "km": "100"}}.get(name, {})
    text, bindings = query.prepare(query.bind(params))
    result = seed_store.query(text, bindings=bindings)
    assert result.variables
    list(result.rows)
