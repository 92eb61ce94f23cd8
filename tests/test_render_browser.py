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
