"""The notebooks in notebooks/: committed without outputs, and they run top to bottom.

They are executed with nbclient in a kernel that runs this interpreter (``sys.executable``):
the test writes its own kernel spec into a temporary ``JUPYTER_PATH``, so nothing has to be
registered on the machine and no other Python's ``python3`` kernel can be picked up. The
notebooks write only to ``$KG_OUT`` (a temp dir here); the test checks that the repository is
left untouched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "kg-test-venv"


def test_strip_script_clears_an_executed_notebook(tmp_path):
    import subprocess

    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", name="stdout", text="hello\n")]
    nb.cells[1].execution_count = 3
    dirty = tmp_path / "dirty.ipynb"
    nbformat.write(nb, dirty)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "strip_notebooks.py"), str(dirty)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "stripped" in result.stdout
    clean = nbformat.read(dirty, as_version=4)
    assert clean.cells[1].outputs == [] and clean.cells[1].execution_count is None


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-build-and-query.ipynb", "02-actor-network.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebooks_have_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
             and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, (f"{path.name}: cells {dirty} have outputs or execution counts; clear them before "
                       f"committing: .venv/bin/python scripts/strip_notebooks.py {path.relative_to(ROOT)}")
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.fixture()
def kernel_env(tmp_path, monkeypatch):
    """A kernel spec for this interpreter in a private JUPYTER_PATH; runtime and IPython dirs in tmp."""
    spec_dir = tmp_path / "jupyter" / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg test (venv)", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    out = tmp_path / "out"
    monkeypatch.setenv("KG_OUT", str(out))
    return out


def _snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if ".ipynb_checkpoints" not in p.parts}


def _run(path: Path, cwd: Path):
    nb = nbformat.read(path, as_version=4)
    before = _snapshot(ROOT / "notebooks")
    NotebookClient(nb, kernel_name=KERNEL, timeout=300, resources={"metadata": {"path": str(cwd)}}).execute()
    assert _snapshot(ROOT / "notebooks") == before, "the notebook wrote into notebooks/"
    assert nbformat.read(path, as_version=4).cells[1].outputs == [], "the notebook changed its own file"
    return nb


def _text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            for kind in ("text/plain", "text/html"):
                parts.append(output.get("data", {}).get(kind, ""))
    return "\n".join(parts)


def _errors(nb) -> list[str]:
    return [o.get("ename", "") for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


def test_build_and_query_notebook_runs(kernel_env):
    nb = _run(ROOT / "notebooks" / "01-build-and-query.ipynb", ROOT / "notebooks")
    assert _errors(nb) == []
    text = _text(nb)
    assert f"repository: {ROOT}" in text
    for expected in ("John Kerry", "Falludscha", "militärischen Beistand", "Washington Post",
                     "every sentence matches text[begin:end]", "<table>", "kgid:", "kg:Reported"):
        assert expected in text, expected
    ttl = kernel_env / "01-build-and-query" / "graph.ttl"
    assert ttl.stat().st_size > 10_000


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_find_the_repository_from_the_root(kernel_env, path):
    """Started from the repository root instead of notebooks/: the set-up cell still finds it."""
    nb = nbformat.read(path, as_version=4)
    nb.cells = [cell for cell in nb.cells if cell.cell_type == "code"][:1]
    NotebookClient(nb, kernel_name=KERNEL, timeout=120, resources={"metadata": {"path": str(ROOT)}}).execute()
    assert _errors(nb) == []
    assert f"repository: {ROOT}" in _text(nb)
    assert f"writing to: {kernel_env / path.stem}" in _text(nb)


def test_actor_network_notebook_runs(kernel_env):
    nb = _run(ROOT / "notebooks" / "02-actor-network.ipynb", ROOT / "notebooks")
    assert _errors(nb) == []
    text = _text(nb)
    assert "betweenness" in text and "bridges" in text and "modularity" in text
    assert "John Kerry" in text and "Falludscha" in text
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 2
    out = kernel_env / "02-actor-network"
    html = (out / "actors.html").read_text(encoding="utf-8")
    assert "John Kerry" in html and "<script src=" not in html
    assert (out / "actors.png").read_bytes()[:4] == b"\x89PNG"
    assert (out / "actors.graphml").is_file()
