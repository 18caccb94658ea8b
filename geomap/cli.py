"""Command-line interface (placeholder: commands are wired up in inputs/engine work)."""

from __future__ import annotations

import argparse
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="geomap", description=__doc__)
    parser.add_argument("command", choices=["extract", "incidents", "map", "regions", "eval"])
    parser.parse_args(argv)
    print("not implemented yet", file=sys.stderr)
    return 2
