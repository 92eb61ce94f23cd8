"""Load kg.render's HTML page in headless Chromium (skipped when Chromium is absent).

Checks what a person would see: the script runs without console errors, draws
one element per actor, the screenshot is not blank, and hover/click work.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from kg.render import write_network

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium not installed at /usr/bin/chromium")

ACTOR = "https://example.org/kg/actor/"
INJECTION = "</script><script>alert(1)</script>"

# Dispatches synthetic pointer events once the layout has run and records the
# outcome on <body>, so --dump-dom can report it (test-only, injected below).
PROBE = """<script>
window.addEventListener("load", () => {
  const fire = (el, type, x, y) => el.dispatchEvent(new PointerEvent(type,
    {bubbles: true, clientX: x, clientY: y, pointerId: 1, button: 0, isPrimary: true}));
  const hit = document.querySelector(".kg-edge .kg-edge-hit");
  const r = hit.getBoundingClientRect();
  fire(hit, "pointermove", r.x + r.width / 2, r.y + r.height / 2);
  const tip = document.getElementById("kg-tooltip");
  const edgeTip = !tip.hidden && tip.textContent.includes("Satz 0");
  const shape = document.querySelector(".kg-node .kg-node-shape");
  const nr = shape.getBoundingClientRect();
  fire(shape, "pointerdown", nr.x + nr.width / 2, nr.y + nr.height / 2);
  fire(shape, "pointerup", nr.x + nr.width / 2, nr.y + nr.height / 2);
  const selected = document.querySelectorAll(".kg-node.kg-selected").length;
  const dimmed = document.querySelectorAll(".kg-node.kg-dim").length;
  const svg = document.getElementById("kg-svg");
  fire(svg, "pointerdown", 2, 60); fire(svg, "pointerup", 2, 60);
  const afterReset = document.querySelectorAll(".kg-dim").length;
  document.body.setAttribute("data-probe",
    `edgeTip=${edgeTip};selected=${selected};dimmed=${dimmed};reset=${afterReset}`);
});
</script>"""


def make_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(title="Browsertest")
    actors = [
        ("nordland", "Nordland", "Country", 10),
        ("suedmark", "Südmark", "Country", 8),
        ("hilfswerk", "Hilfswerk Ost", "Organization", 3),
        ("mueller", "Erika Müller", "Person", 4),
        ("brigade", "Brigade Adler", "ArmedGroup", 2),
        ("kurier", "Der Tageskurier", "Media", 2),
        ("firma", f'Firma "X" {INJECTION}', "Other", 1),
    ]
    for key, label, type_, mentions in actors:
        g.add_node(ACTOR + key, label=label, type=type_, mentions=mentions, articles=["urn:art:1"], wikidata="", role="")
    for u, v, rel, n in [
        ("nordland", "suedmark", "offers_aid_to", 3),
        ("nordland", "suedmark", "offers_aid_to", 1),
        ("suedmark", "nordland", "cites", 1),
        ("brigade", "suedmark", "fights", 2),
        ("mueller", "nordland", "member_of", 1),
        ("kurier", "mueller", "cites", 1),
        ("hilfswerk", "suedmark", "offers_aid_to", 1),
        ("firma", "brigade", "sponsors", 1),
    ]:
        g.add_edge(ACTOR + u, ACTOR + v, relation=rel, label=rel.replace("_", " "), weight=n,
                   sentences=[f"Satz {i} über {rel}." for i in range(n)], articles=[f"urn:art:{i}" for i in range(n)])
    return g


def _chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900",
        # Virtual time lets timers/animation frames run to completion before dumping.
        "--virtual-time-budget=4000", "--enable-logging=stderr", "--v=0", *extra, url,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def test_page_renders_nodes_without_console_errors(tmp_path: Path) -> None:
    g = make_graph()
    page = write_network(g, tmp_path / "netz.html")
    result = _chromium(tmp_path, page.as_uri(), "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert len(re.findall(r'<g class="kg-node"', dom)) == g.number_of_nodes()
    assert len(re.findall(r'<g class="kg-edge"', dom)) == g.number_of_edges()
    assert 'class="kg-legend-item"' in dom
    assert "<script>alert(1)" not in dom
    assert _console_messages(result.stderr) == []


def test_hover_and_click_interaction(tmp_path: Path) -> None:
    html = write_network(make_graph(), tmp_path / "netz.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = _chromium(tmp_path, probe.as_uri(), "--dump-dom")
    match = re.search(r'data-probe="([^"]*)"', result.stdout)
    assert match, result.stderr[-2000:]
    state = dict(item.split("=") for item in match.group(1).split(";"))
    assert state["edgeTip"] == "true"
    assert state["selected"] == "1"
    assert int(state["dimmed"]) > 0
    assert state["reset"] == "0"
    assert _console_messages(result.stderr) == []


def test_screenshot_is_not_blank(tmp_path: Path) -> None:
    import matplotlib.image as mpimg

    page = write_network(make_graph(), tmp_path / "netz.html")
    shot = tmp_path / "shot.png"
    result = _chromium(tmp_path, page.as_uri(), f"--screenshot={shot}")
    assert shot.is_file(), result.stderr[-2000:]
    img = mpimg.imread(shot)[..., :3]
    assert float(img.var()) > 0
    # More than the header: a real drawing colours a fair share of pixels.
    background = (img > 0.95).all(axis=-1)
    assert (~background).mean() > 0.02


def test_empty_graph_page(tmp_path: Path) -> None:
    page = write_network(nx.MultiDiGraph(), tmp_path / "leer.html")
    result = _chromium(tmp_path, page.as_uri(), "--dump-dom")
    assert "No actors" in result.stdout
    assert not re.search(r"<g class=\"kg-node", result.stdout)
    assert _console_messages(result.stderr) == []


# ---------------------------------------------------------------- the example article, end to end

# Places a group captured that are not themselves actors: drawn as "Place" nodes.
CAPTURED_PLACES = """SELECT DISTINCT ?place WHERE { GRAPH ?article {
  ?e <https://w3id.org/kg-news/ontology#attacker> ?who ;
     <http://semanticweb.cs.vu.nl/2009/11/sem/eventType> <https://w3id.org/kg-news/cameo/192> ;
     <http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace> ?place .
  FILTER NOT EXISTS { ?place a <http://semanticweb.cs.vu.nl/2009/11/sem/Actor> } } }"""

# Hovers every edge and every node of the real page and records whether the tooltip showed
# the supporting sentence (edges) and the type (nodes).
HOVER_PROBE = """<script>
window.addEventListener("load", () => {
  const fire = (el, type) => { const r = el.getBoundingClientRect();
    el.dispatchEvent(new PointerEvent(type, {bubbles: true, clientX: r.x + r.width / 2,
      clientY: r.y + r.height / 2, pointerId: 1, isPrimary: true})); };
  const tip = document.getElementById("kg-tooltip");
  let edgeTips = 0, nodeTips = 0;
  for (const hit of document.querySelectorAll(".kg-edge .kg-edge-hit")) {
    fire(hit, "pointermove");
    if (!tip.hidden && tip.textContent.includes("Supporting sentences") && tip.querySelector(".kg-tt-quote")) edgeTips++;
  }
  for (const shape of document.querySelectorAll(".kg-node .kg-node-shape")) {
    fire(shape, "pointermove");
    if (!tip.hidden && tip.textContent.includes("Type") && tip.textContent.includes("Mentions")) nodeTips++;
  }
  document.body.setAttribute("data-probe", `edgeTips=${edgeTips};nodeTips=${nodeTips}`);
});
</script>"""


def _json_rows(result) -> list[dict[str, str]]:
    import json

    assert result.exit_code == 0, result.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


@pytest.fixture(scope="module")
def example_page(tmp_path_factory):
    """Build the example article with the CLI, draw its network as HTML; return the facts to check."""
    from click.testing import CliRunner

    from conftest import EXAMPLE
    from kg.cli import cli

    tmp = tmp_path_factory.mktemp("browser-example")
    store, page = str(tmp / "store"), tmp / "x.html"
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(EXAMPLE), "--store", store])
    assert built.exit_code == 0, built.output
    listed = runner.invoke(cli, ["articles", "--store", store])
    article = listed.stdout.split("\t", 1)[0]
    actors = _json_rows(runner.invoke(cli, ["query", "actors", "--store", store, "--format", "json",
                                            "--param", f"article={article}"]))
    places = _json_rows(runner.invoke(cli, ["query", CAPTURED_PLACES, "--store", store, "--format", "json"]))
    drawn = runner.invoke(cli, ["graph", "--store", store, "--article", article, "-o", str(page)])
    assert drawn.exit_code == 0, drawn.output
    edges = int(re.search(r"(\d+) relations", drawn.stdout).group(1))
    return {"page": page, "actors": {r["actor"] for r in actors}, "places": {r["place"] for r in places},
            "edges": edges, "dir": tmp}


def test_example_network_renders_every_actor_and_place(example_page, tmp_path: Path) -> None:
    facts = example_page
    assert len(facts["actors"]) >= 8 and len(facts["places"]) == 1
    result = _chromium(tmp_path, facts["page"].as_uri(), "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert len(re.findall(r'<g class="kg-node"', dom)) == len(facts["actors"]) + len(facts["places"])
    assert len(re.findall(r'<g class="kg-edge"', dom)) == facts["edges"] > 0
    assert ">Place<" in dom and ">captured<" in dom  # legend entries
    assert _console_messages(result.stderr) == []


def test_example_network_hover_shows_sentences(example_page, tmp_path: Path) -> None:
    html = example_page["page"].read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", HOVER_PROBE + "</body>"), encoding="utf-8")
    result = _chromium(tmp_path, probe.as_uri(), "--dump-dom")
    match = re.search(r'data-probe="([^"]*)"', result.stdout)
    assert match, result.stderr[-2000:]
    state = dict(item.split("=") for item in match.group(1).split(";"))
    assert int(state["edgeTips"]) == example_page["edges"]
    assert int(state["nodeTips"]) == len(example_page["actors"]) + len(example_page["places"])
    assert _console_messages(result.stderr) == []


def test_example_network_screenshot_is_not_blank(example_page, tmp_path: Path) -> None:
    import matplotlib.image as mpimg

    shot = tmp_path / "shot.png"
    result = _chromium(tmp_path, example_page["page"].as_uri(), f"--screenshot={shot}")
    assert shot.is_file(), result.stderr[-2000:]
    img = mpimg.imread(shot)[..., :3]
    background = (img > 0.95).all(axis=-1)
    assert (~background).mean() > 0.02
    # Several distinct node colours made it onto the screen, not just the header.
    colours = {tuple((px * 255).round().astype(int)) for px in img.reshape(-1, 3)[::97]}
    assert len(colours) > 20
