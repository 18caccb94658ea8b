"""Build hook: compile the extraction modules with Cython when it can.

The package is plain Python and runs as such. A regular (non-editable) install also compiles the
modules on the extraction path (the same source files, unchanged, in Cython's pure-Python mode)
into extension modules that Python imports in place of the ``.py`` files; they give the same
records, a quarter faster for a whole ``geomap extract`` run (a third inside one process).
Compilation is skipped, and the package stays pure Python, when:

* the install is editable (``pip install -e .``): a compiled module would hide later edits to
  its source;
* ``GEOMAP_PURE_PYTHON=1`` is set;
* Cython or a C compiler is missing, or a module fails to compile (each extension is optional).

Everything else (metadata, dependencies, package data) is in ``pyproject.toml``.
"""

import os
import sys

from setuptools import setup

# the modules that extraction spends its time in (tests/test_compiled.py checks that the compiled
# and the pure-Python package give the same records)
COMPILED = [
    "geomap/geoparse.py",
    "geomap/matcher.py",
    "geomap/quantified.py",
    "geomap/facilities.py",
    "geomap/resolve.py",
    "geomap/fuzzy.py",
    "geomap/normalize.py",
]


def _extensions():
    if os.environ.get("GEOMAP_PURE_PYTHON", "") not in ("", "0"):
        return []
    if any(arg.startswith("editable") or arg == "develop" for arg in sys.argv[1:]):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    extensions = cythonize(
        COMPILED,
        build_dir="build/cython",  # the generated C stays out of the source tree
        quiet=True,
        compiler_directives={
            "language_level": 3,
            # annotations document; they are not enforced (the code passes tuples where a hint
            # says list, as Python allows)
            "annotation_typing": False,
            "binding": True,  # functions keep their names, signatures and docstrings
        },
    )
    for ext in extensions:
        ext.optional = True  # a module that fails to build stays pure Python
    return extensions


# the modules compile in parallel, one per core
setup(ext_modules=_extensions(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
