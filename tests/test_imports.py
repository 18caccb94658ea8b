"""`import geomap` and `geomap --help` load no heavy library."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("geopandas", "folium", "matplotlib", "pandas", "mapclassify", "shapely", "pyproj",
         "dask", "distributed", "numpy")

_PROBE = """
import json, sys
{setup}
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def _loaded(setup: str) -> list[str]:
    code = _PROBE.format(setup=setup, heavy=HEAVY)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("setup", [
    "import geomap",
    "import geomap.cli",
    "import geomap.inputs, geomap.outputs, geomap.engine, geomap.progress, geomap.errors",
    # --help through the real entry point (argparse exits with 0)
    "from geomap.cli import main\nimport io, contextlib\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n    assert main(['--help']) == 0",
    "from geomap.cli import main\nimport io, contextlib\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n    assert main(['extract', '--help']) == 0",
])
def test_no_heavy_imports(setup):
    assert _loaded(setup) == []
