"""Tests for kg.render: HTML, PNG/SVG, GraphML and GEXF output of the actor network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.render import LIST_SEPARATOR, SUPPORTED_SUFFIXES, network_to_html, write_network

ACTOR = "https://example.org/kg/actor/"
ARTICLE = "https://example.org/kg/article/"
INJECTION = "</script><script>alert(1)</script>"
EVIL_LABEL = f'Firma "Müller & Söhne" {INJECTION}'


def make_graph() -> nx.MultiDiGraph:
    """Small made-up German actor network: parallel edges, no self-loops, an injection label."""
    g = nx.MultiDiGraph(title="Testnetz „Hilfe & Konflikt“")

    def actor(key: str, label: str, type_: str, mentions: int, role: str = "", wikidata: str = "") -> None:
        g.add_node(
            ACTOR + key,
            label=label,
            type=type_,
            mentions=mentions,
            articles=[ARTICLE + "a1", ARTICLE + "a2"][: 1 + mentions % 2],
            wikidata=wikidata,
            role=role,
        )

    actor("nordland", "Nordland", "Country", 12, wikidata="http://www.wikidata.org/entity/Q0")
    actor("suedmark", "Südmark", "Country", 9)
    actor("hilfswerk", "Hilfswerk Ost e.V.", "Organization", 4)
    actor("mueller", "Erika Müller", "Person", 5, role="Außenministerin")
    actor("brigade", "Brigade Adler", "ArmedGroup", 3)
    actor("kurier", "Der Tageskurier", "Media", 2)
    actor("firma", EVIL_LABEL, "Other", 1)

    def rel(u: str, v: str, relation: str, label: str, n: int, **extra: list[str]) -> None:
        g.add_edge(
            ACTOR + u,
            ACTOR + v,
            relation=relation,
            label=label,
            weight=n,
            sentences=[f"Satz {i}: {label} – „zitiert“." for i in range(n)],
            articles=[ARTICLE + f"a{i}" for i in range(n)],
            **extra,
        )

    # Two parallel edges in the same direction plus one in the opposite direction.
    rel("nordland", "suedmark", "offers_aid_to", "offers aid: military assistance; excluded: troops", 3,
        offered=["military assistance"], excluded=["troops"])
    rel("nordland", "suedmark", "offers_aid_to", "offers aid: money", 1, offered=["money"], excluded=[])
    rel("suedmark", "nordland", "cites", "cites", 1)
    rel("brigade", "suedmark", "fights", "fights", 2)
    rel("mueller", "nordland", "member_of", "member of", 1)
    rel("kurier", "mueller", "cites", "cites", 2)
    rel("hilfswerk", "suedmark", "offers_aid_to", "offers aid: food", 1, offered=["food"])
    rel("firma", "brigade", "sponsors", f"sponsors {INJECTION}", 1)  # relation outside the known set
    return g


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return make_graph()


def _embedded_json(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "embedded kg-data JSON not found"
    return json.loads(match.group(1))


# ---------------------------------------------------------------- dispatch


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_every_format_is_written(graph: nx.MultiDiGraph, tmp_path: Path, suffix: str) -> None:
    out = write_network(graph, tmp_path / "sub" / f"netz{suffix}")
    assert out == tmp_path / "sub" / f"netz{suffix}"
    assert out.is_file() and out.stat().st_size > 0


@pytest.mark.parametrize("name", ["netz.pdf", "netz.json", "netz", "netz.html.bak"])
def test_unknown_suffix_raises(graph: nx.MultiDiGraph, tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"\.html.*\.png.*\.svg.*\.graphml.*\.gexf"):
        write_network(graph, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_suffix_is_case_insensitive(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert write_network(graph, tmp_path / "NETZ.GraphML").is_file()


def test_non_graph_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_network({"nodes": []}, tmp_path / "x.html")  # type: ignore[arg-type]


# ---------------------------------------------------------------- GraphML / GEXF


def _expected_node_attrs(data: dict) -> dict:
    return {
        "label": data["label"],
        "type": data["type"],
        "mentions": data["mentions"],
        "articles": LIST_SEPARATOR.join(data["articles"]),
        "wikidata": data["wikidata"],
        "role": data["role"],
    }


def _expected_edge_attrs(data: dict) -> dict:
    return {
        "relation": data["relation"],
        "label": data["label"],
        "weight": data["weight"],
        "sentences": LIST_SEPARATOR.join(data["sentences"]),
        "articles": LIST_SEPARATOR.join(data["articles"]),
        "offered": LIST_SEPARATOR.join(data.get("offered", [])),
        "excluded": LIST_SEPARATOR.join(data.get("excluded", [])),
    }


@pytest.mark.parametrize("suffix,reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_exchange_formats_round_trip(graph: nx.MultiDiGraph, tmp_path: Path, suffix: str, reader) -> None:
    back = reader(write_network(graph, tmp_path / f"netz{suffix}"))
    assert back.is_directed() and back.is_multigraph()
    assert set(back.nodes) == set(graph.nodes)
    for node, data in graph.nodes(data=True):
        got = {k: back.nodes[node][k] for k in _expected_node_attrs(data)}
        assert got == _expected_node_attrs(data), node
        assert isinstance(back.nodes[node]["mentions"], int)

    assert back.number_of_edges() == graph.number_of_edges()
    expected = sorted(
        (u, v, json.dumps(_expected_edge_attrs(d), sort_keys=True)) for u, v, d in graph.edges(data=True)
    )
    actual = []
    for u, v, d in back.edges(data=True):
        attrs = {k: d[k] for k in _expected_edge_attrs(d | {"offered": [], "excluded": []})}
        # GEXF stores edge weights as floats by definition of the format.
        assert float(attrs["weight"]).is_integer()
        attrs["weight"] = int(attrs["weight"])
        actual.append((u, v, json.dumps(attrs, sort_keys=True)))
    assert sorted(actual) == expected


def test_graphml_keeps_keys_title_and_stable_schema(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_network(graph, tmp_path / "netz.graphml")
    back = nx.read_graphml(path)
    assert back.graph["title"] == graph.graph["title"]
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))
    text = path.read_text(encoding="utf-8")
    # Every schema attribute is declared once with a fixed type, even when an
    # edge lacks it in the input (only some edges carry offered/excluded).
    for name, type_ in [("mentions", "long|int"), ("weight", "long|int"), ("offered", "string"),
                        ("excluded", "string"), ("sentences", "string")]:
        decls = re.findall(rf'<key [^>]*attr\.name="{name}"[^>]*>', text)
        assert len(decls) == 1, (name, decls)
        assert re.search(rf'attr\.type="({type_})"', decls[0]), decls[0]
    assert all("offered" in d and "excluded" in d for _u, _v, d in back.edges(data=True))


def test_exchange_formats_accept_sparse_attributes(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("urn:a")  # no attributes at all
    g.add_node("urn:b", label="B", type="Partei", mentions="7", articles="urn:art", extra={"k": 1})
    g.add_edge("urn:a", "urn:b", relation="fights")
    for suffix, reader in [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)]:
        back = reader(write_network(g, tmp_path / f"s{suffix}"))
        assert back.nodes["urn:b"]["mentions"] == 7
        assert back.nodes["urn:b"]["type"] == "Partei"  # preserved as given, not coerced
        assert back.nodes["urn:b"]["extra"] == '{"k": 1}'
        (_u, _v, d), = back.edges(data=True)
        assert d["relation"] == "fights" and int(d["weight"]) == 1 and d["sentences"] == ""


# ---------------------------------------------------------------- HTML


def test_html_is_self_contained(graph: nx.MultiDiGraph) -> None:
    page = network_to_html(graph)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", page, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*[\"']?https?://", page, re.I)


def test_html_embedded_json_round_trips(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = write_network(graph, tmp_path / "netz.html").read_text(encoding="utf-8")
    data = _embedded_json(page)
    assert len(data["nodes"]) == graph.number_of_nodes() == 7
    assert len(data["edges"]) == graph.number_of_edges() == 8
    assert re.search(r'id="kg-root"[^>]*data-node-count="7"', page)
    assert re.search(r'id="kg-root"[^>]*data-edge-count="8"', page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id[ACTOR + "firma"]["label"] == EVIL_LABEL
    assert by_id[ACTOR + "mueller"]["role"] == "Außenministerin"
    aid = [e for e in data["edges"] if e["label"].startswith("offers aid: military")]
    assert aid and aid[0]["offered"] == ["military assistance"] and aid[0]["excluded"] == ["troops"]
    assert aid[0]["sentences"][0].startswith("Satz 0") and aid[0]["articles"][0] == ARTICLE + "a0"
    # Parallel edges stay distinct records.
    pair = [e for e in data["edges"] if e["source"] == ACTOR + "nordland" and e["target"] == ACTOR + "suedmark"]
    assert len(pair) == 2
    assert data["title"] == graph.graph["title"]


def test_html_escapes_injection(graph: nx.MultiDiGraph) -> None:
    page = network_to_html(graph, title=f"Titel {INJECTION}")
    assert INJECTION not in page
    assert "alert(1)</script>" not in page
    assert "<script>alert" not in page
    # Exactly the two script elements the page is built from.
    assert len(re.findall(r"<script\b", page, re.I)) == 2
    assert "Titel &lt;/script&gt;" in page


def test_html_title_default_and_override(graph: nx.MultiDiGraph) -> None:
    assert "<title>Testnetz „Hilfe &amp; Konflikt“</title>" in network_to_html(graph)
    assert "<title>Anders</title>" in network_to_html(graph, title="Anders")
    assert "<title>kg actor network</title>" in network_to_html(nx.MultiDiGraph([("urn:a", "urn:b")]))


def test_html_empty_graph(tmp_path: Path) -> None:
    page = write_network(nx.MultiDiGraph(), tmp_path / "leer.html").read_text(encoding="utf-8")
    assert "No actors" in page
    assert 'data-node-count="0"' in page and 'data-edge-count="0"' in page
    assert _embedded_json(page)["nodes"] == []


def test_html_tolerates_missing_attributes() -> None:
    g = nx.MultiDiGraph()
    g.add_edge("https://example.org/kg/actor/Ohne_Label", "urn:x", key="k1")
    data = _embedded_json(network_to_html(g))
    labels = sorted(n["label"] for n in data["nodes"])
    assert labels == ["Ohne_Label", "x"]
    assert {n["type"] for n in data["nodes"]} == {"Other"}
    assert data["edges"][0]["weight"] == 1 and data["edges"][0]["key"] == "k1"


# ---------------------------------------------------------------- PNG / SVG


def _pixels(path: Path):
    import matplotlib.image as mpimg

    return mpimg.imread(path)


def test_png_is_a_real_picture(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_network(graph, tmp_path / "netz.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = _pixels(path)
    assert img.shape[:2] == (1200, 1600)
    assert float(img[..., :3].var()) > 0


def test_png_empty_graph(tmp_path: Path) -> None:
    path = write_network(nx.MultiDiGraph(), tmp_path / "leer.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert float(_pixels(path)[..., :3].var()) > 0  # the "No actors" text


def test_svg_is_deterministic_and_inert(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    first = write_network(graph, tmp_path / "a.svg").read_text(encoding="utf-8")
    second = write_network(graph, tmp_path / "b.svg").read_text(encoding="utf-8")
    assert first.lstrip().startswith("<?xml") and "<svg" in first
    assert first == second
    assert "<script" not in first  # the evil label is drawn as text, never markup


# ---------------------------------------------------------------- scripts/install_chromium.sh


def _run_installer(tmp_path: Path, uid: str):
    """Run the installer with Chromium 'missing' and a stub `id`/`apt-get` on an isolated PATH."""
    import shutil
    import subprocess

    script = Path(__file__).resolve().parent.parent / "scripts" / "install_chromium.sh"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (bin_dir / "apt-get").write_text(f"#!/bin/sh\necho \"apt-get $*\" >> {tmp_path / 'apt.log'}\nexit 100\n")
    for stub in bin_dir.iterdir():
        stub.chmod(0o755)
    env = {"PATH": str(bin_dir), "CHROMIUM": str(tmp_path / "no-chromium")}
    return subprocess.run([shutil.which("sh") or "/bin/sh", str(script)], env=env, capture_output=True, text=True,
                          timeout=30, check=False)


def test_install_chromium_does_nothing_without_root(tmp_path: Path) -> None:
    result = _run_installer(tmp_path, "1000")
    assert result.returncode == 0
    assert "not running as root" in result.stdout
    assert not (tmp_path / "apt.log").exists()


def test_install_chromium_never_fails_the_build(tmp_path: Path) -> None:
    result = _run_installer(tmp_path, "0")
    assert result.returncode == 0  # apt-get failed (stub exits 100), the script still succeeds
    assert "apt-get failed" in result.stdout
    assert (tmp_path / "apt.log").read_text().splitlines() == ["apt-get update"]
