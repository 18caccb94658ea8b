"""The example notebook runs top to bottom and shows the map inline."""

from __future__ import annotations

from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "quickstart.ipynb"


def test_quickstart_notebook_executes_and_displays_the_map():
    import nbclient
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # kernel "python3" starts as ``python -m ipykernel_launcher``; jupyter_client swaps
    # ``python`` for this interpreter, so the kernel sees the same installed geomap
    client = nbclient.NotebookClient(
        nb,
        timeout=180,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    maps = [h for h in html if h.startswith("<iframe srcdoc=")]
    assert len(maps) == 1
    assert "&lt;title&gt;Incidents in the sample news&lt;/title&gt;" in maps[0]
