"""Bad input never gives a traceback; rejections are reported and counted; outputs are atomic."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from cli_helpers import (
    ROOT,
    TEXTS,
    err,
    geomap,
    jsonl,
    needs_geoparse,
    needs_incidents,
    summary_counts,
)

GOOD = {"id": "good", "text": "A protest took place in Aktobe on Monday.", "date": "2016-06-06"}


def _write(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


# ------------------------------------------------------------------ unreadable inputs: exit 1

def _binary(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    return p


def _empty_dir(tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    (d / "readme.md").write_text("no texts here")
    return d


def _cp1251(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("Беспорядки в Жанаозене".encode("cp1251"))
    return p


@pytest.mark.parametrize("make,needle", [
    (lambda t: t / "absent.jsonl", "no such file"),
    (_binary, "binary"),
    (_empty_dir, "no .txt files"),
    (_cp1251, "--encoding"),
])
@pytest.mark.parametrize("command", ["extract", "incidents", "map"])
def test_unreadable_input_one_line_exit_1(tmp_path, make, needle, command):
    target = tmp_path / "out.html"
    target.write_text("keep me")
    p = geomap(command, make(tmp_path), "-o", target)
    assert p.returncode == 1
    lines = err(p).strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("geomap: error: ")
    assert "Traceback" not in err(p)
    assert target.read_text() == "keep me"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


def test_output_folder_missing_is_exit_1(tmp_path):
    p = geomap("regions", "-o", tmp_path / "no" / "such" / "dir.csv")
    assert p.returncode == 1 and "Traceback" not in err(p)
    assert len(err(p).strip().splitlines()) == 1


# ------------------------------------------------------------------ rejected records: exit 3

@needs_geoparse
def test_rejected_records_reported_and_others_processed(tmp_path):
    src = tmp_path / "mixed.jsonl"
    lines = [
        GOOD,
        '{"id": "broken", "text": "Almaty',
        {"id": "notext"},
        {"id": "baddate", "text": "Astana", "date": "January 2022"},
        {"id": "good2", "text": "Flood in Atyrau Region.", "date": "2024-04-07"},
        {"id": "nonstr", "text": ["Shymkent"]},
    ]
    _write(src, lines)
    with open(src, "ab") as fh:
        fh.write(b'{"id": "bytes", "text": "\xc0\xc1 Taraz"}\n')
    errors_file = tmp_path / "rejected.jsonl"
    p = geomap("extract", src, "--errors", errors_file, "-o", tmp_path / "m.jsonl")
    assert p.returncode == 3, err(p)
    stderr = err(p)
    for line in (2, 3, 4, 6, 7):
        assert f"{src}:{line}: " in stderr
    assert "Traceback" not in stderr
    counts = summary_counts(stderr)
    assert counts["read"] == 7 and counts["rejected"] == 5 and counts["processed"] == 2
    assert counts["read"] == counts["processed"] + counts["rejected"]
    recs = jsonl((tmp_path / "m.jsonl").read_bytes())
    assert {r["doc"] for r in recs} <= {"good", "good2"} and recs
    assert counts["written"] == len(recs)
    rejected = jsonl(errors_file.read_bytes())
    assert [r["line"] for r in rejected] == [2, 3, 4, 6, 7]
    assert all(r["file"] == str(src) and r["reason"] for r in rejected)
    assert "January 2022" in rejected[2]["record"]


@needs_geoparse
def test_bad_csv_rows_exit_3(tmp_path):
    src = tmp_path / "feed.csv"
    src.write_text('id,text,date\na,"Riot in Zhanaozen",2011-12-16\nb,"unterminated,2011-12-17\n',
                   encoding="utf-8")
    p = geomap("extract", src)
    assert p.returncode == 3 and f"{src}:3: " in err(p), err(p)
    assert summary_counts(err(p))["processed"] == 1


@needs_geoparse
def test_many_rejections_are_capped_on_stderr(tmp_path):
    src = _write(tmp_path / "junk.jsonl", ["{junk"] * 250 + [GOOD])
    p = geomap("extract", src, "--errors", tmp_path / "e.jsonl", "--quiet")
    assert p.returncode == 3
    assert err(p).count("malformed JSON") == 100 and "further rejections not shown" in err(p)
    assert len(jsonl((tmp_path / "e.jsonl").read_bytes())) == 250


# ------------------------------------------------------------------ odd text

ODD = [
    "NUL\x00inside Almaty and \x07bell\x1b[31m escape",
    "RTL \u202eAlmaty\u202c override and \u2066isolate\u2069 in Astana",
    "Emoji 🔥🇰🇿 fire in Karaganda 👩‍👩‍👧",
    "CRLF line\r\nin Shymkent\r\nand lone CR\rin Taraz\r",
    "ZWNBSP \ufeff inside, Semey\u2028line sep\u2029para sep, Pavlodar\x85next",
    "Combining: Алматы́ and Қостанай and e\u0301",
    "",
    " ",
]


@needs_incidents
@pytest.mark.parametrize("command", ["extract", "incidents"])
def test_odd_text_offsets_exact(tmp_path, command):
    src = _write(tmp_path / "odd.jsonl", [{"id": f"o{i}", "text": t} for i, t in enumerate(ODD)])
    p = geomap(command, src)
    assert p.returncode == 0, err(p)
    for r in jsonl(p.stdout):
        text = ODD[int(r["doc"][1:])]
        if command == "extract":
            assert text[r["start"]:r["end"]] == r["text"]
        else:
            assert text[r["start"]:r["end"]] == r["evidence"]
    counts = summary_counts(err(p))
    assert counts["read"] == counts["processed"] == len(ODD)
    assert "\u202e" not in err(p)  # control characters from input are escaped on stderr


@needs_geoparse
def test_odd_text_in_txt_files(tmp_path):
    d = tmp_path / "odd"
    d.mkdir()
    for i, t in enumerate(ODD[:5]):
        (d / f"o{i}.txt").write_bytes(t.encode("utf-8"))
    p = geomap("extract", d)
    assert p.returncode == 0, err(p)
    for r in jsonl(p.stdout):
        assert ODD[int(r["doc"][1:])][r["start"]:r["end"]] == r["text"]


@needs_geoparse
@pytest.mark.slow
def test_single_30mb_document(tmp_path):
    para = ("Protesters gathered in Zhanaozen, Mangystau Region, and police detained 12 people "
            "in Aktau on 16 December 2011. Жители Атырау вышли на митинг.\n")
    text = para * (30_000_000 // len(para.encode("utf-8")) + 1)
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    p = geomap("extract", tmp_path / "huge.txt", "-o", tmp_path / "m.jsonl", "--quiet", timeout=600)
    assert p.returncode == 0, err(p)
    with open(tmp_path / "m.jsonl", encoding="utf-8") as fh:
        last = None
        for line in fh:
            last = json.loads(line)
    assert last is not None and last["end"] <= len(text)
    assert text[last["start"]:last["end"]] == last["text"]


# ------------------------------------------------------------------ atomic outputs

@needs_geoparse
def test_failure_mid_stream_leaves_old_output(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n")
    src = tmp_path / "broken.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"id": str(i), "text": "Riot in Almaty."}) + "\n"
                                 for i in range(3000)).encode())
    src.write_bytes(data[: len(data) * 2 // 3])  # truncated archive: readable at first, then not
    p = geomap("extract", src, "-o", target, "--errors", tmp_path / "e.jsonl")
    assert p.returncode == 1, err(p)
    assert "Traceback" not in err(p)
    assert target.read_text() == "previous run\n"
    assert sorted(os.listdir(tmp_path)) == ["broken.jsonl.gz", "out.jsonl"]


@needs_geoparse
def _default_sigint():
    # a shell that starts a job in the background ("pytest &") makes it ignore SIGINT, and its
    # children inherit that: give the CLI the terminal's default, as a user at a terminal has it
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs,sig,code", [("1", signal.SIGINT, 130), ("2", signal.SIGINT, 130),
                                           ("1", signal.SIGTERM, 143)])
def test_ctrl_c_leaves_no_partial_output(tmp_path, jobs, sig, code):
    src = _write(tmp_path / "big.jsonl",
                 [{"id": str(i), "text": "Clashes in Taraz and Almaty Region. " * 40} for i in range(12_000)])
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "geomap", "extract", str(src), "-o", str(target),
                             "--jobs", jobs, "--chunksize", "8"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, start_new_session=True, preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(n.endswith(".tmp") for n in os.listdir(tmp_path)) and os.path.getsize(
                next(tmp_path / n for n in os.listdir(tmp_path) if n.endswith(".tmp"))) > 0:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, sig)  # like a terminal: the whole process group gets it
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr.decode()
    assert b"Traceback" not in stderr
    assert target.read_text() == "old\n"
    assert sorted(os.listdir(tmp_path)) == ["big.jsonl", "out.jsonl"]


# ------------------------------------------------------------------ security

@needs_geoparse
def test_document_ids_never_become_paths(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    src = _write(work / "evil.jsonl", [
        {"id": "../../escaped", "text": "Riot in Almaty."},
        {"id": "/tmp/abs-geomap-test", "text": "Fire in Astana."},
        {"id": "..\\..\\win", "text": "Flood in Atyrau."},
    ])
    before = set(os.listdir(tmp_path))
    p = geomap("extract", src, "-o", work / "m.jsonl", cwd=work)
    assert p.returncode == 0, err(p)
    assert set(os.listdir(tmp_path)) == before
    assert sorted(os.listdir(work)) == ["evil.jsonl", "m.jsonl"]
    assert not os.path.exists("/tmp/abs-geomap-test")
    assert {r["doc"] for r in jsonl((work / "m.jsonl").read_bytes())} <= {
        "../../escaped", "/tmp/abs-geomap-test", "..\\..\\win"}


def test_input_file_named_like_an_option_is_not_an_output(tmp_path):
    # the only paths written are -o/--png/--export/--errors: nothing else appears
    d = tmp_path / "d"
    d.mkdir()
    (d / "-o.txt").write_text("Almaty")
    p = geomap("regions", "-o", d / "r.csv")
    assert p.returncode == 0
    assert sorted(os.listdir(d)) == ["-o.txt", "r.csv"]


def test_two_outputs_on_one_path_is_refused(tmp_path):
    p = geomap("extract", TEXTS, "-o", tmp_path / "x.jsonl", "--errors", tmp_path / "x.jsonl")
    assert p.returncode == 1 and "two outputs" in err(p)
    assert os.listdir(tmp_path) == []


@needs_geoparse
def test_undecodable_file_name_in_output(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"\xff\xfeAlmaty.txt"), "wb") as fh:
        fh.write(b"Riot in Almaty.")
    p = geomap("extract", tmp_path, "-o", tmp_path / "out.jsonl")
    assert p.returncode == 0, err(p)
    recs = jsonl((tmp_path / "out.jsonl").read_bytes())
    assert recs and recs[0]["doc"] == "\\xff\\xfeAlmaty"


@needs_incidents
def test_map_outputs_all_or_nothing(tmp_path):
    src = _write(tmp_path / "in.jsonl", [GOOD])
    (tmp_path / "m.html").write_text("old map")
    # an export that cannot be written (its folder is a file): HTML and PNG are not replaced either
    (tmp_path / "blocker").write_text("a file, not a folder")
    p = geomap("map", src, "-o", tmp_path / "m.html", "--png", tmp_path / "m.png",
               "--export", tmp_path / "sub" / "t.csv")
    assert p.returncode == 1
    os.remove(tmp_path / "blocker")
    assert (tmp_path / "m.html").read_text() == "old map"
    assert sorted(os.listdir(tmp_path)) == ["in.jsonl", "m.html"]


def test_bad_scheduler_address_is_one_line(tmp_path):
    p = geomap("extract", TEXTS, "--engine", "dask", "--scheduler", "not an address")
    assert p.returncode == 1
    assert "Traceback" not in err(p) and "scheduler" in err(p)
    assert len(err(p).strip().splitlines()) == 1


def test_exception_hierarchy_and_pickling():
    import pickle

    from geomap.errors import EngineError, GeomapError, InputError, ProcessingError, Rejection

    e = InputError("binary data", "x.jsonl", 3)
    assert isinstance(e, ValueError) and isinstance(e, GeomapError)
    assert str(e) == "x.jsonl:3: binary data"
    assert str(InputError("no input given")) == "no input given"
    assert issubclass(EngineError, RuntimeError) and issubclass(ProcessingError, RuntimeError)
    p = ProcessingError("d1", "f.jsonl", 4, "Traceback ...\nKeyError: 'x'\n")
    q = pickle.loads(pickle.dumps(p))  # crosses process boundaries intact
    assert (q.doc_id, q.file, q.line, q.detail) == (p.doc_id, p.file, p.line, p.detail)
    assert str(q) == "document 'd1' (f.jsonl:4): KeyError: 'x'"
    r = Rejection("f.csv", 7, "row has 3 fields, the header has 2", "a,b,c")
    assert str(r) == "f.csv:7: row has 3 fields, the header has 2"
    assert r.to_dict() == {"file": "f.csv", "line": 7, "reason": r.reason, "record": "a,b,c"}
    assert pickle.loads(pickle.dumps(InputError("m", "f", 1))).line == 1


def test_output_over_an_input_is_refused(tmp_path):
    src = _write(tmp_path / "news.jsonl", [GOOD])
    before = src.read_bytes()
    p = geomap("extract", src, "-o", src)
    assert p.returncode == 1 and "overwrite an input" in err(p)
    assert src.read_bytes() == before
