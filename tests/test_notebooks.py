"""Notebooks are kept in git without outputs (CI executes them with nbmake)."""
from pathlib import Path

import nbformat

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def test_three_notebooks_with_stripped_outputs():
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_alliances.ipynb", "03_ruptures.ipynb"]
    for p in NOTEBOOKS:
        nb = nbformat.read(p, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, p.name
