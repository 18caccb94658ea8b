"""The command line: commands, formats, exit codes, stdout/stderr."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from cli_helpers import (
    CORPUS,
    TEXTS,
    err,
    geomap,
    jsonl,
    needs_geoparse,
    needs_incidents,
    out,
    summary_counts,
)

MENTION_KEYS = ["doc", "start", "end", "text", "kind", "place", "adm1", "adm1_iso", "lat", "lon",
                "count", "unit", "confidence"]
INCIDENT_KEYS = ["doc", "adm1", "adm1_iso", "place", "type", "date", "start", "end", "evidence",
                 "scope", "count", "killed", "injured", "detained"]
KINDS = {"city", "region", "district", "village", "facility", "country", "foreign", "quantified"}


def _corpus_jsonl(tmp_path, ids=None, name="c.jsonl"):
    """The dev corpus as one JSONL input (texts + dates + langs)."""
    meta = [json.loads(line) for line in open(os.path.join(CORPUS, "corpus.jsonl"), encoding="utf-8")]
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for m in meta:
            if ids and m["id"] not in ids:
                continue
            with open(os.path.join(TEXTS, m["id"] + ".txt"), encoding="utf-8", newline="") as t:
                text = t.read()
            fh.write(json.dumps({"id": m["id"], "text": text, "date": m["date"], "lang": m["lang"]},
                                ensure_ascii=False) + "\n")
    return path


# ------------------------------------------------------------------ usage and help

def test_help_lists_commands():
    p = geomap("--help")
    assert p.returncode == 0
    for cmd in ("extract", "incidents", "map", "regions", "eval"):
        assert cmd in out(p)


@pytest.mark.parametrize("cmd", ["extract", "incidents", "map", "regions", "eval"])
def test_subcommand_help(cmd):
    p = geomap(cmd, "--help")
    assert p.returncode == 0 and "--as-of" in out(p)


@pytest.mark.parametrize("args", [
    [],
    ["frobnicate"],
    ["extract"],
    ["extract", TEXTS, "--format", "xml"],
    ["extract", TEXTS, "--as-of", "2022-13-01"],
    ["extract", TEXTS, "--as-of", "yesterday"],
    ["extract", TEXTS, "--jobs", "0"],
    ["extract", TEXTS, "--engine", "spark"],
    ["extract", TEXTS, "--scheduler", "tcp://127.0.0.1:1"],
    ["map", TEXTS],  # -o is required
    ["regions", "--format", "jsonl"],
    ["map", TEXTS, "-o", "m.html", "--export", "table.xlsx"],
    ["incidents", TEXTS, "--aggregate", "table"],
])
def test_usage_errors_exit_2(args):
    p = geomap(*args)
    assert p.returncode == 2, err(p)
    assert "Traceback" not in err(p)
    assert out(p) == ""


# ------------------------------------------------------------------ regions

@pytest.mark.parametrize("day,n", [("2017-01-01", 16), ("2020-01-01", 17), ("2023-01-01", 20)])
def test_regions_csv_per_era(day, n):
    p = geomap("regions", "--as-of", day)
    assert p.returncode == 0, err(p)
    rows = list(csv.DictReader(io.StringIO(out(p), newline="")))
    assert len(rows) == n
    assert list(rows[0])[:6] == ["adm1", "adm1_iso", "name_ru", "name_kk", "valid_from", "valid_to"]
    isos = [r["adm1_iso"] for r in rows]
    assert isos == sorted(isos)
    assert ("KZ-YUZ" in isos) == (day < "2018-06-19")
    assert "geomap regions: " in err(p)


def test_regions_geojson_to_file(tmp_path):
    target = tmp_path / "r.geojson"
    p = geomap("regions", "--as-of", "2023-01-01", "--format", "geojson", "-o", target)
    assert p.returncode == 0 and out(p) == ""
    fc = json.loads(target.read_text(encoding="utf-8"))
    assert len(fc["features"]) == 20
    props = fc["features"][0]["properties"]
    assert {"adm1", "adm1_iso", "name_ru", "name_kk", "valid_from", "valid_to"} <= set(props)
    assert fc["features"][0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    # deterministic
    again = tmp_path / "r2.geojson"
    geomap("regions", "--as-of", "2023-01-01", "--format", "geojson", "-o", again, "--quiet")
    assert again.read_bytes() == target.read_bytes()


# ------------------------------------------------------------------ extract

@needs_geoparse
def test_extract_jsonl_contract(tmp_path):
    src = _corpus_jsonl(tmp_path, ids={"d001", "d005", "d030"})
    p = geomap("extract", src)
    assert p.returncode == 0, err(p)
    recs = jsonl(p.stdout)
    assert recs, "no mentions"
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in open(src, encoding="utf-8")}
    for r in recs:
        assert list(r)[:13] == MENTION_KEYS
        assert r["kind"] in KINDS
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]
    assert summary_counts(err(p)) == {"read": 3, "processed": 3, "rejected": 0, "written": len(recs)}
    # document order within a document
    for doc in texts:
        starts = [r["start"] for r in recs if r["doc"] == doc]
        assert starts == sorted(starts)


@needs_geoparse
def test_extract_txt_directory_ids_and_offsets():
    p = geomap("extract", TEXTS, "--quiet")
    assert p.returncode == 0, err(p)
    assert err(p) == ""
    recs = jsonl(p.stdout)
    docs = {r["doc"] for r in recs}
    assert docs <= {n[:-4] for n in os.listdir(TEXTS)}
    for r in recs[:200]:
        with open(os.path.join(TEXTS, r["doc"] + ".txt"), encoding="utf-8", newline="") as fh:
            assert fh.read()[r["start"]:r["end"]] == r["text"]


@needs_geoparse
def test_extract_csv_and_geojson(tmp_path):
    src = _corpus_jsonl(tmp_path, ids={"d000", "d012"})
    p = geomap("extract", src, "--format", "csv", "-o", tmp_path / "m.csv")
    assert p.returncode == 0, err(p)
    rows = list(csv.DictReader(open(tmp_path / "m.csv", encoding="utf-8", newline="")))
    assert list(rows[0]) == MENTION_KEYS
    p = geomap("extract", src, "--format", "geojson", "-o", tmp_path / "m.geojson")
    assert p.returncode == 0, err(p)
    fc = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    assert len(fc["features"]) == len(rows)
    for f, row in zip(fc["features"], rows):
        props = f["properties"]
        assert props["text"] == row["text"]
        if props["lat"] is None:
            assert f["geometry"] is None
        else:
            assert f["geometry"]["coordinates"] == [props["lon"], props["lat"]]


@needs_geoparse
def test_extract_stdin_and_as_of():
    line = json.dumps({"id": "t", "text": "Protest in Taldykorgan and Semey."}) + "\n"
    a = jsonl(geomap("extract", "-", "--as-of", "2020-01-01", input=line).stdout)
    b = jsonl(geomap("extract", "-", "--as-of", "2023-01-01", input=line).stdout)
    assert [r["text"] for r in a] == [r["text"] for r in b]
    assert a and all(r["doc"] == "t" for r in a)
    assert {r["adm1"] for r in a} != {r["adm1"] for r in b}  # the boundaries changed in 2022


@needs_geoparse
def test_extract_deterministic_and_jobs_equal(tmp_path):
    src = _corpus_jsonl(tmp_path)
    one = geomap("extract", src, "--jobs", "1", "--quiet")
    two = geomap("extract", src, "--jobs", "2", "--chunksize", "4", "--quiet")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stdout


@needs_incidents
def test_incidents_jsonl_and_csv(tmp_path):
    src = _corpus_jsonl(tmp_path, ids={"d000", "d001", "d005"})
    p = geomap("incidents", src)
    assert p.returncode == 0, err(p)
    recs = jsonl(p.stdout)
    assert recs
    docs = {json.loads(line)["id"]: json.loads(line)["text"] for line in open(src, encoding="utf-8")}
    for r in recs:
        assert list(r)[:14] == INCIDENT_KEYS
        assert r["doc"] in docs
        assert docs[r["doc"]][r["start"]:r["end"]] == r["evidence"]
    p = geomap("incidents", src, "--format", "csv", "-o", tmp_path / "i.csv", "--aggregate", tmp_path / "a.csv")
    assert p.returncode == 0, err(p)
    rows = list(csv.DictReader(open(tmp_path / "i.csv", encoding="utf-8", newline="")))
    assert len(rows) == len(recs) and list(rows[0])[:14] == INCIDENT_KEYS
    agg = list(csv.DictReader(open(tmp_path / "a.csv", encoding="utf-8", newline="")))
    assert agg and "incidents" in agg[0]


@needs_incidents
def test_map_writes_html_png_and_export(tmp_path):
    src = _corpus_jsonl(tmp_path, ids={"d000", "d001", "d005", "d030"})
    html = tmp_path / "m.html"
    p = geomap("map", src, "-o", html, "--png", tmp_path / "m.png", "--title", "<Test & map>",
               "--export", tmp_path / "t.geojson", "--as-of", "2023-01-01")
    assert p.returncode == 0, err(p)
    page = html.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") or "<html" in page[:500].lower()
    assert "<Test & map>" not in page
    assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    fc = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))
    assert len(fc["features"]) == 20
    assert sorted(os.listdir(tmp_path)) == sorted(["c.jsonl", "m.html", "m.png", "t.geojson"])


@needs_incidents
def test_map_unknown_metric_is_usage_error(tmp_path):
    p = geomap("map", TEXTS, "-o", tmp_path / "m.html", "--metric", "bananas")
    assert p.returncode == 2 and "bananas" in err(p)
    assert not (tmp_path / "m.html").exists()


def test_eval_on_missing_corpus_is_input_error(tmp_path):
    p = geomap("eval", tmp_path)
    assert p.returncode == 1 and "not an annotated corpus" in err(p)


@needs_incidents
def test_eval_text_and_json(tmp_path):
    p = geomap("eval", CORPUS)
    assert p.returncode == 0, err(p)
    assert "F1" in out(p) and "Incidents (mentions: predicted)" in out(p)
    p = geomap("eval", CORPUS, "--format", "json", "--mentions", "gold", "-o", tmp_path / "e.json")
    assert p.returncode == 0, err(p)
    res = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert res["incident_mentions"] == "gold"
    assert "all" in res["mentions"] and res["incidents"]


@needs_geoparse
def test_stdout_closed_early_is_quiet(tmp_path):
    src = _corpus_jsonl(tmp_path)
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "geomap", "extract", str(src), "--jobs", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=os.path.dirname(CORPUS))
    proc.stdout.readline()
    proc.stdout.close()
    _, stderr = proc.communicate(timeout=120)
    assert b"Traceback" not in stderr
    assert proc.returncode in (0, 141)


@needs_geoparse
def test_progress_never_in_pipes(tmp_path):
    src = _corpus_jsonl(tmp_path)
    p = geomap("extract", src, "-o", tmp_path / "x.jsonl")
    assert "\r" not in err(p)
    assert len(err(p).strip().splitlines()) == 1  # just the summary


@needs_geoparse
def test_progress_on_a_terminal(tmp_path):
    import pty
    import subprocess
    import sys

    src = _corpus_jsonl(tmp_path)
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "extract", str(src), "-o",
                             str(tmp_path / "x.jsonl"), "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=slave, cwd=os.path.dirname(CORPUS), env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    text = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "docs/s" in text and "\r" in text
    quiet = geomap("extract", src, "-o", tmp_path / "y.jsonl", "--quiet")
    assert err(quiet) == ""


@needs_incidents
def test_no_network_without_online(tmp_path):
    import subprocess
    import sys

    src = _corpus_jsonl(tmp_path, ids={"d000", "d005"})
    code = (
        "import sys\n"
        "def hook(event, args):\n"
        "    if event in ('socket.connect', 'socket.getaddrinfo', 'socket.gethostbyname'):\n"
        "        raise SystemExit('network used: %s %r' % (event, args))\n"
        "sys.addaudithook(hook)\n"
        "from geomap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    for cmd in (["map", src, "-o", tmp_path / "m.html"],):  # reads, extracts, detects, maps
        p = subprocess.run([sys.executable, "-c", code, *map(str, cmd), "--jobs", "1", "-q"],
                           capture_output=True, timeout=120)
        assert p.returncode == 0, p.stderr.decode()
    p = subprocess.run([sys.executable, "-m", "geomap", "extract", str(src), "--online", "-q"],
                       capture_output=True, timeout=120)
    assert p.returncode == 0 and b"--online" in p.stderr


@needs_incidents
def test_dask_engine_same_bytes(tmp_path):
    src = _corpus_jsonl(tmp_path, ids={"d000", "d001", "d005", "d012", "d030"})
    local = geomap("incidents", src, "--jobs", "1", "-o", tmp_path / "local.jsonl")
    dask = geomap("incidents", src, "--engine", "dask", "--jobs", "1", "-o", tmp_path / "dask.jsonl")
    assert local.returncode == 0 and dask.returncode == 0, err(dask)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert summary_counts(err(dask))["processed"] == 5


@needs_incidents
def test_map_same_page_as_the_python_api(tmp_path):
    import geomap as gm

    src = _corpus_jsonl(tmp_path, ids={"d000", "d004", "d005", "d011", "d030"})
    for jobs in ("1", "2"):
        p = geomap("map", src, "-o", tmp_path / f"cli{jobs}.html", "--jobs", jobs, "--quiet")
        assert p.returncode == 0, err(p)
    gm.choropleth(str(src)).save(tmp_path / "api.html")
    api = (tmp_path / "api.html").read_bytes()
    assert (tmp_path / "cli1.html").read_bytes() == api
    assert (tmp_path / "cli2.html").read_bytes() == api


@needs_geoparse
def test_cp1251_needs_encoding_option(tmp_path):
    text = "Беспорядки в Жанаозене Мангистауской области.\r\nЗадержаны 12 человек в Актау."
    src = tmp_path / "old.txt"
    src.write_bytes(text.encode("cp1251"))
    p = geomap("extract", src)
    assert p.returncode == 1 and "--encoding" in err(p) and out(p) == ""
    p = geomap("extract", src, "--encoding", "cp1251")
    assert p.returncode == 0, err(p)
    recs = jsonl(p.stdout)
    assert recs and all(text[r["start"]:r["end"]] == r["text"] for r in recs)
    p = geomap("extract", src, "--encoding", "no-such-codec")
    assert p.returncode == 2 and "unknown encoding" in err(p)


def test_progress_enabled_rules(monkeypatch):
    from geomap.progress import Progress, progress_enabled

    class Tty(io.StringIO):
        def isatty(self):
            return True

    for var in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD",
                "TEAMCITY_VERSION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert progress_enabled(Tty()) is True
    assert progress_enabled(Tty(), quiet=True) is False
    assert progress_enabled(io.StringIO()) is False
    monkeypatch.setenv("CI", "true")
    assert progress_enabled(Tty()) is False
    monkeypatch.delenv("CI")
    stream = Tty()
    bar = Progress("geomap extract", True, stream, interval=0)
    bar.update(10, 2_000_000, records=55)
    bar.update(20, 4_000_000, records=99)
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") >= 3 and "20 docs" in text and "99 records" in text
    assert text.endswith("\r")  # the line is cleared at the end
    silent = io.StringIO()
    Progress("x", False, silent).update(1, 1)
    assert silent.getvalue() == ""
