"""geomap: find places in news about Kazakhstan, resolve them to the regions in force
on the article's date, and map incidents per region. Works offline."""

from __future__ import annotations

# Only the standard library at the top: `geomap --help` must stay fast. Library
# modules (and pandas, geopandas, folium) load inside the commands that need them.
import argparse
import functools
import json
import os
import sys
import time
import traceback

from .engine import extract_task as _extract_task  # the engine module is stdlib-only
from .engine import incidents_task as _incidents_task
from .engine import warm as _warm

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_INTERRUPTED = 130

_MAX_SHOWN_REJECTIONS = 100
EXIT_TERMINATED = 143


class _Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so temporary files are removed."""


def _on_sigterm(signum, frame):
    raise _Terminated()

_EPILOG = """\
inputs: .txt files, directories of .txt files, .jsonl, .csv (a 'text' column),
any of these .gz, or - for JSONL on stdin.

exit status: 0 ok; 1 an input could not be read (or an internal error);
2 usage error; 3 some records were rejected (the others were processed);
130 interrupted.
"""


# --------------------------------------------------------------------------- tasks
# Module-level so worker processes and dask can pickle them.

def _formatted_task(doc, *, task, fmt, columns, as_of=None):
    """Run ``task`` and turn its records into output text where it runs (a worker)."""
    from .outputs import format_records

    records = task(doc, as_of=as_of)
    return len(records), format_records(fmt, records, columns, as_bytes=fmt == "jsonl")


def _online_task(task, err):
    """With ``--online``: announce it, and the task with the network lookup between extraction
    and what follows (the lookup itself is in :mod:`geomap.online`)."""
    from . import online

    err.write("geomap: --online: places the gazetteer cannot put on the map are looked up on "
              "Nominatim (one request a second, one process)\n")
    return {_extract_task: online.extract_task, _incidents_task: online.incidents_task}[task]


# --------------------------------------------------------------------------- parser

class _Parser(argparse.ArgumentParser):
    pass


def _date_arg(value: str) -> str:
    from .adm1 import to_date

    import re

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}")
    try:
        return to_date(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a valid date: {value!r}") from None


def _encoding_arg(value: str) -> str:
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _jobs_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


_TABLE_FORMATS = (".csv", ".geojson", ".gpkg", ".parquet")


def _table_path(value: str) -> str:
    if not value.lower().endswith(_TABLE_FORMATS):
        raise argparse.ArgumentTypeError(
            f"{value!r}: the format comes from the extension: {', '.join(_TABLE_FORMATS)}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="geomap",
        description=__doc__,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"geomap {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--as-of", type=_date_arg, metavar="DATE",
                        help="YYYY-MM-DD: the date for documents without one (default: today)")
    common.add_argument("--quiet", "-q", action="store_true",
                        help="no progress bar and no summary (rejections are still reported)")

    docs = argparse.ArgumentParser(add_help=False)
    docs.add_argument("inputs", nargs="+", metavar="INPUT", help="input files, directories or - (stdin)")
    docs.add_argument("--jobs", "-j", type=_jobs_arg, default=None, metavar="N",
                      help="worker processes (default: all cores)")
    docs.add_argument("--engine", choices=("local", "dask"), default="local",
                      help="local processes (default) or a Dask cluster")
    docs.add_argument("--scheduler", metavar="ADDRESS",
                      help="address of a running Dask scheduler (with --engine dask)")
    docs.add_argument("--errors", metavar="FILE",
                      help="write every rejected record with its reason to FILE (JSONL)")
    docs.add_argument("--encoding", metavar="ENC", type=_encoding_arg,
                      help="encoding of inputs without a BOM (default UTF-8; e.g. cp1251, latin-1)")
    docs.add_argument("--online", action="store_true",
                      help="allow the geocoder's network fallback for unknown places (default: off)")
    docs.add_argument("--chunksize", type=_jobs_arg, default=32, help=argparse.SUPPRESS)

    p = sub.add_parser("extract", parents=[docs, common], help="place mentions, one record each",
                       description="One record per place mention, in document order.")
    p.add_argument("--format", "-f", choices=("jsonl", "csv", "geojson"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")

    p = sub.add_parser("incidents", parents=[docs, common], help="incidents, one record each",
                       description="One record per distinct incident a document reports.")
    p.add_argument("--format", "-f", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    p.add_argument("--aggregate", metavar="FILE", type=_table_path,
                   help="also write the counts per region (.csv, .geojson, .gpkg or .parquet)")

    p = sub.add_parser("map", parents=[docs, common], help="choropleth of incidents per region",
                       description="A choropleth of incidents per region, as a self-contained HTML page.")
    p.add_argument("-o", "--output", metavar="OUT.html", required=True, help="the HTML map to write")
    p.add_argument("--png", metavar="OUT.png", help="also write a static PNG map")
    p.add_argument("--title", help="map title")
    p.add_argument("--metric", default="incidents",
                   help="initial metric: incidents, documents, killed, detained, per_100k, ...")
    p.add_argument("--cdn", action="store_true",
                   help="load the map scripts from a CDN instead of inlining them")
    p.add_argument("--export", metavar="FILE", type=_table_path,
                   help="also write the counts per region (.csv, .geojson, .gpkg or .parquet)")
    p.add_argument("--format", choices=("html",), default="html", help=argparse.SUPPRESS)

    p = sub.add_parser("regions", parents=[common], help="the regions in force on a date",
                       description="The first-level units in force on --as-of (default: today).")
    p.add_argument("--format", "-f", choices=("csv", "geojson"), default="csv")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")

    p = sub.add_parser("eval", parents=[common], help="accuracy on an annotated corpus",
                       description="Mention and incident accuracy on an annotated corpus "
                                   "(texts/, corpus.jsonl, gold.jsonl, incidents.jsonl).")
    p.add_argument("corpus", nargs="?", default=None, metavar="CORPUS_DIR",
                   help="the corpus folder (default: tests/corpus)")
    p.add_argument("--mentions", choices=("predicted", "gold"), default="predicted",
                   help="mentions fed to incident detection (default: predicted)")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: stdout)")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


# --------------------------------------------------------------------------- plumbing

class _Reporter:
    """Collects rejections: prints them on stderr, and writes them to --errors."""

    def __init__(self, err, errors_fh=None):
        self.err = err
        self.errors_fh = errors_fh
        self.count = 0

    def __call__(self, rejection) -> None:
        self.count += 1
        if self.count <= _MAX_SHOWN_REJECTIONS:
            self._print(str(rejection))
        elif self.count == _MAX_SHOWN_REJECTIONS + 1:
            more = " (all are in the --errors file)" if self.errors_fh else " (use --errors FILE to keep them all)"
            self._print(f"geomap: further rejections not shown{more}")
        if self.errors_fh is not None:
            from .outputs import _dumps

            self.errors_fh.write(_dumps(rejection.to_dict()) + "\n")

    def warn(self, message: str) -> None:
        self._print(message)

    def _print(self, line: str) -> None:
        self.err.write(_safe_line(line) + "\n")
        self.err.flush()


def _safe_line(text: str) -> str:
    """A message with control characters escaped, so input cannot mess up a terminal."""
    out = []
    for ch in text:
        if ch == "\t" or (" " <= ch and ch != "\x7f" and not (0x80 <= ord(ch) < 0xA0)
                          and not (0xD800 <= ord(ch) < 0xE000)
                          and ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"):
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
    return "".join(out)


def _check_inputs(paths, err=None, stdin=None, encoding=None) -> None:
    from .inputs import check_input

    if "-" in paths and err is not None and stdin is None:
        try:
            interactive = sys.stdin.isatty()
        except (AttributeError, ValueError):
            interactive = False
        if interactive:
            err.write("geomap: reading JSONL documents from the terminal; end with Ctrl-D\n")
    for path in paths:  # fail before a long run, not in the middle of it
        check_input(path, encoding)


def _check_output_dir(*paths, inputs=()) -> None:
    from .errors import InputError

    sources = {os.path.realpath(p) for p in inputs if p != "-" and os.path.isfile(p)}
    seen = {}
    for path in paths:
        if path and path != "-" and os.path.realpath(path) in sources:
            raise InputError("an output would overwrite an input of the same run", path)
        if path and path != "-":
            key = os.path.realpath(path)
            if key in seen:
                raise InputError(f"the same file is given for two outputs ({seen[key]} and {path})", path)
            seen[key] = path
            folder = os.path.dirname(os.path.abspath(path)) or "."
            if not os.path.isdir(folder):
                raise InputError("output folder does not exist", path)
            if os.path.isdir(path):
                raise InputError("output is a directory", path)


class _Run:
    """Reading, the engine, accounting and the summary shared by extract/incidents/map."""

    def __init__(self, args, err, stdin=None):
        self.args = args
        self.err = err
        self.stdin = stdin
        self.started = time.monotonic()
        from .inputs import ReadStats

        self.stats = ReadStats()
        self.processed = 0
        self.records = 0
        self.first_date = None  # earliest and latest document dates seen
        self.last_date = None

    def _track(self, docs):
        for doc in docs:
            day = doc.date
            if day:
                if self.first_date is None or day < self.first_date:
                    self.first_date = day
                if self.last_date is None or day > self.last_date:
                    self.last_date = day
            yield doc

    def results(self, task, reporter, formatted=None, **engine_options):
        from .engine import map_documents
        from .inputs import iter_documents
        from .progress import Progress, progress_enabled

        args = self.args
        docs = self._track(iter_documents(args.inputs, encoding=args.encoding, errors=reporter,
                                          stats=self.stats, stdin=self.stdin, warn=reporter.warn))
        progress = Progress(f"geomap {args.command}", progress_enabled(self.err, args.quiet), self.err)
        jobs, engine = args.jobs, args.engine
        if getattr(args, "online", False):  # one process keeps Nominatim's rate limit and cache
            task, jobs, engine = _online_task(task, self.err), 1, "local"
        if formatted is not None:  # (fmt, columns): workers return text, not records
            func = functools.partial(_formatted_task, task=task, fmt=formatted[0], columns=formatted[1],
                                     as_of=args.as_of)
        else:
            func = functools.partial(task, as_of=args.as_of)
        try:
            options = {"initializer": _warm, **engine_options}
            for result in map_documents(func, docs, jobs=jobs, engine=engine,
                                        scheduler=args.scheduler, chunksize=args.chunksize,
                                        **options):
                self.processed += 1
                progress.update(self.stats.documents, self.stats.bytes, self.records)
                yield result
        finally:
            progress.close()

    def summary(self, what: str = "records written", written: int | None = None, dest: str | None = None) -> None:
        if self.args.quiet:
            return
        st = self.stats
        elapsed = time.monotonic() - self.started
        n = self.records if written is None else written
        line = (f"geomap {self.args.command}: {st.read} documents read, {self.processed} processed, "
                f"{st.rejected} rejected; {n} {what}")
        if dest:
            line += f" ({dest})" if what.endswith("mapped") else f" to {dest}"
        if st.duplicates:
            line += f"; {st.duplicates} duplicate ids kept"
        line += f" ({elapsed:.1f} s)"
        self.err.write(_safe_line(line) + "\n")

    def status(self) -> int:
        return EXIT_REJECTED if self.stats.rejected else EXIT_OK


# --------------------------------------------------------------------------- commands

def _cmd_records(args, out, err, stdin, task, columns) -> int:
    import contextlib

    from .outputs import atomic_output, make_writer, open_output, staged_outputs

    _check_inputs(args.inputs, err, stdin, args.encoding)
    _check_output_dir(args.output, args.errors, getattr(args, "aggregate", None), inputs=args.inputs)
    run = _Run(args, err, stdin)
    collect = _Incidents() if getattr(args, "aggregate", None) else None
    with contextlib.ExitStack() as stack:
        errors_fh = stack.enter_context(atomic_output(args.errors)) if args.errors else None
        reporter = _Reporter(err, errors_fh)
        fh = stack.enter_context(open_output(args.output, stdout=out))
        writer = make_writer(args.format, fh, columns)
        if collect is None:
            for n, text in run.results(task, reporter, formatted=(args.format, columns)):
                writer.write_block(text, n)
                run.records = writer.count
        else:
            for records in run.results(task, reporter):
                for record in records:
                    writer.write(record)
                collect.extend(records)
                run.records = writer.count
        writer.close()
        if collect is not None:
            with staged_outputs() as stage:
                _write_aggregate(collect, stage(args.aggregate), args.as_of)
    run.summary(dest=args.output)
    return run.status()


class _Incidents:
    """Incident records gathered for a table or a map (built into one frame at the end,
    exactly as :func:`geomap.events.to_frame` builds it for the Python API)."""

    def __init__(self):
        self.records: list[dict] = []
        self.count = 0

    def extend(self, records) -> None:
        self.records.extend(records)
        self.count += len(records)

    def frame(self):
        frame = _incident_frame(self.records)
        self.records = []
        return frame


def _incident_frame(records):
    from . import events

    make = getattr(events, "to_frame", None)
    if callable(make):
        return make(records)
    import pandas as pd

    from .outputs import INCIDENT_COLUMNS

    columns = list(INCIDENT_COLUMNS)
    for rec in records:
        for key in rec:
            if key not in columns:
                columns.append(key)
    return pd.DataFrame.from_records(records, columns=columns)


def _write_aggregate(collected, path, as_of):
    from .aggregate import aggregate, export

    table = aggregate(collected.frame(), as_of)
    export(table, path)


def cmd_extract(args, out, err, stdin) -> int:
    from .outputs import MENTION_COLUMNS

    return _cmd_records(args, out, err, stdin, _extract_task, MENTION_COLUMNS)


def cmd_incidents(args, out, err, stdin) -> int:
    from .outputs import INCIDENT_COLUMNS

    return _cmd_records(args, out, err, stdin, _incidents_task, INCIDENT_COLUMNS)


def _prefetch_map_modules() -> None:
    import threading

    def load():
        try:
            from . import aggregate, mapview  # noqa: F401
            import folium  # noqa: F401
            import geopandas  # noqa: F401
            import mapclassify  # noqa: F401
        except Exception:  # the main thread imports them again and reports any error
            pass

    threading.Thread(target=load, name="geomap-prefetch", daemon=True).start()


def cmd_map(args, out, err, stdin) -> int:
    import contextlib

    from .engine import default_jobs

    from .outputs import atomic_output, staged_outputs

    _check_inputs(args.inputs, err, stdin, args.encoding)
    _check_output_dir(args.output, args.png, args.export, args.errors, inputs=args.inputs)
    from .mapview import METRICS

    metrics = [m[0] for m in METRICS]
    if args.metric not in metrics:
        err.write(f"geomap map: error: unknown --metric {args.metric!r} (choose from {', '.join(metrics)})\n")
        return EXIT_USAGE
    run = _Run(args, err, stdin)
    records = _Incidents()
    with contextlib.ExitStack() as stack:
        errors_fh = stack.enter_context(atomic_output(args.errors)) if args.errors else None
        reporter = _Reporter(err, errors_fh)
        options = {}
        if args.engine == "local" and (args.jobs or default_jobs()) > 1:
            # Overlap: a worker process reads and extracts while this process
            # loads the map libraries (geopandas, folium, ...) in a thread.
            options = {"serial_below": 0, "initializer": None, "warm_parent": False,
                       "on_start": _prefetch_map_modules}
        for recs in run.results(_incidents_task, reporter, **options):
            records.extend(recs)
        from .mapview import choropleth

        frame = records.frame()
        kwargs = {"as_of": args.as_of, "metric": args.metric, "cdn": args.cdn}
        if args.title:
            kwargs["title"] = args.title
        import inspect

        accepted = inspect.signature(choropleth).parameters
        if "n_documents" in accepted:  # every document read, not only those with incidents
            kwargs["n_documents"] = run.processed
        if "period" in accepted:
            kwargs["period"] = (run.first_date, run.last_date)
        m = choropleth(frame, **kwargs)
        # all files or none: each is written aside, then they are renamed together
        with staged_outputs() as stage:
            m.save(stage(args.output))
            if args.png:
                m.to_png(stage(args.png))
            if args.export:
                from .aggregate import export

                export(m.table, stage(args.export))
    run.records = records.count
    run.summary(what="incidents mapped", dest=args.output)
    return run.status()


def cmd_regions(args, out, err, stdin) -> int:
    from .boundaries import regions
    from .outputs import CsvWriter, open_output

    _check_output_dir(args.output)
    started = time.monotonic()
    gdf = regions(args.as_of)
    with open_output(args.output, stdout=out) as fh:
        if args.format == "geojson":
            fh.write(_regions_geojson(gdf))
        else:
            columns = [c for c in gdf.columns if c != "geometry"]
            writer = CsvWriter(fh, columns)
            for rec in gdf[columns].to_dict("records"):
                writer.write(rec)
    if not args.quiet:
        on = args.as_of or "today"
        dest = f" to {args.output}" if args.output else ""
        err.write(f"geomap regions: {len(gdf)} regions in force on {on} written{dest} "
                  f"({time.monotonic() - started:.1f} s)\n")
    return EXIT_OK


def _regions_geojson(gdf) -> str:
    from .outputs import _clean

    features = []
    geo = gdf.geometry
    for (_, row), geom in zip(gdf.drop(columns=gdf.geometry.name).iterrows(), geo):
        props = {k: _clean(v) for k, v in row.items()}
        geometry = geom.__geo_interface__ if geom is not None else None
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, default=_json_default) + "\n"


def _json_default(value):
    if isinstance(value, tuple):
        return list(value)
    return str(value)


def cmd_eval(args, out, err, stdin) -> int:
    from .errors import InputError
    from .outputs import open_output

    corpus = args.corpus or os.path.join("tests", "corpus")
    for name in ("gold.jsonl", "corpus.jsonl"):
        if not os.path.isfile(os.path.join(corpus, name)):
            raise InputError(f"not an annotated corpus (no {name})", corpus)
    _check_output_dir(args.output)
    from . import eval_incidents, eval_mentions

    mentions = eval_mentions.evaluate(corpus_dir=corpus)
    incidents = eval_incidents.evaluate(corpus_dir=corpus, mentions=args.mentions)
    with open_output(args.output, stdout=out) as fh:
        if args.format == "json":
            fh.write(json.dumps({"corpus": corpus, "mentions": mentions, "incidents": incidents,
                                 "incident_mentions": args.mentions},
                                ensure_ascii=False, indent=2, default=_json_default) + "\n")
        else:
            fh.write(_format_eval(eval_mentions, mentions).rstrip("\n") + "\n\n")
            fh.write(f"Incidents (mentions: {args.mentions})\n")
            fh.write(_format_eval(eval_incidents, incidents).rstrip("\n") + "\n")
    if not args.quiet:
        err.write(f"geomap eval: {corpus} evaluated\n")
    return EXIT_OK


def _format_eval(module, result) -> str:
    for name in ("format_table", "format_report", "format_result", "format", "report"):
        fn = getattr(module, name, None)
        if callable(fn):
            return fn(result)
    return json.dumps(result, ensure_ascii=False, indent=2, default=_json_default)


_COMMANDS = {
    "extract": cmd_extract,
    "incidents": cmd_incidents,
    "map": cmd_map,
    "regions": cmd_regions,
    "eval": cmd_eval,
}


# --------------------------------------------------------------------------- main

def main(argv=None, *, stdout=None, stderr=None, stdin=None) -> int:
    """Run the command line; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "scheduler", None) and args.engine != "dask":
            parser.error("--scheduler needs --engine dask")
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
    import signal
    import threading

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run_command(args, out, err, stdin)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run_command(args, out, err, stdin) -> int:
    from .errors import EngineError, InputError, ProcessingError

    try:
        return _COMMANDS[args.command](args, out, err, stdin)
    except (InputError, EngineError) as exc:
        err.write(f"geomap: error: {_safe_line(str(exc))}\n")
        return EXIT_INPUT
    except ProcessingError as exc:
        err.write(exc.detail.rstrip("\n") + "\n")
        err.write(f"geomap: internal error while processing {_safe_line(exc.where())}.\n"
                  "This is a bug in geomap, not in your input: please report it with the document.\n")
        return EXIT_INPUT
    except UnicodeError as exc:
        err.write(f"geomap: error: {_safe_line(str(exc))}\n")
        return EXIT_INPUT
    except BrokenPipeError:
        # the reader of our stdout went away (e.g. `| head`): stop quietly
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 141
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        err.write(f"geomap: error: {_safe_line(where + (exc.strerror or str(exc)))}\n")
        return EXIT_INPUT
    except KeyboardInterrupt:
        err.write("\ngeomap: interrupted; no output file was changed\n")
        return EXIT_INTERRUPTED
    except _Terminated:
        err.write("\ngeomap: terminated; no output file was changed\n")
        return EXIT_TERMINATED
    except ImportError as exc:
        mod = getattr(exc, "name", None) or ""
        if mod == "geomap" or mod.startswith("geomap."):
            err.write(f"geomap: error: this command needs a part of geomap that is not available: {exc}\n")
        else:
            err.write(f"geomap: error: a package this command needs is not installed ({exc}); "
                      "reinstall geomap with its dependencies\n")
        return EXIT_INPUT
    except Exception:
        traceback.print_exc(file=err)
        err.write("geomap: internal error (the traceback above); this is a bug in geomap, "
                  "please report it with the command line and input.\n")
        return EXIT_INPUT
