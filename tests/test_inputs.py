"""Reading documents: every input kind, encodings, BOMs, bad records."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os

import pytest

from geomap.documents import Document
from geomap.errors import InputError, InputWarning, Rejection
from geomap.inputs import ReadStats, iter_documents

RU = "Митинг в Жанаозене, Мангистауская область. Қазақстан — Ақтөбе."


def read(paths, **kw):
    errors = kw.pop("errors", [])
    docs = list(iter_documents(paths, errors=errors, **kw))
    return docs, errors


def write_jsonl(path, rows, opener=open):
    with opener(path, "wt", encoding="utf-8", newline="") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
    return path


# ------------------------------------------------------------------ kinds

def test_txt_file_id_is_stem_and_text_exact(tmp_path):
    text = "Line one\r\nline two\rlone CR\n\u2028sep\x00nul\u202eRTL 😀\n"
    p = tmp_path / "report-7.txt"
    p.write_bytes(text.encode("utf-8"))
    docs, errs = read([p])
    assert errs == []
    assert [d.id for d in docs] == ["report-7"]
    assert docs[0].text == text  # no newline translation, NUL and controls kept
    assert docs[0].source == str(p)


def test_directory_sorted_txt_only_not_recursive(tmp_path):
    for name, text in [("b.txt", "B"), ("a.txt", "A"), ("c.md", "C"), ("d.TXT", "D")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    with gzip.open(tmp_path / "e.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("E")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "z.txt").write_text("Z", encoding="utf-8")
    docs, errs = read([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("a", "A"), ("b", "B"), ("d", "D"), ("e", "E")]
    assert errs == []


def test_corpus_directory_matches_files():
    corpus = os.path.join(os.path.dirname(__file__), "corpus", "texts")
    docs, errs = read([corpus])
    assert len(docs) == len([n for n in os.listdir(corpus) if n.endswith(".txt")])
    for d in docs[:5]:
        with open(os.path.join(corpus, d.id + ".txt"), encoding="utf-8", newline="") as fh:
            assert d.text == fh.read()


def test_jsonl_fields_and_derived_ids(tmp_path):
    p = write_jsonl(tmp_path / "news.jsonl", [
        {"id": "x1", "text": RU, "date": "2011-12-16", "lang": "ru", "url": "http://e/1", "title": "T"},
        {"text": "no id here"},
        "",
        {"id": 42, "text": "int id", "date": ""},
    ])
    docs, errs = read([p])
    assert errs == []
    assert [d.id for d in docs] == ["x1", "news:2", "42"]
    assert docs[0] == Document(id="x1", text=RU, date="2011-12-16", lang="ru", url="http://e/1",
                               title="T", source=str(p), line=1)
    assert docs[2].line == 4 and docs[2].date is None


def test_csv_with_text_column_quoted_newlines(tmp_path):
    p = tmp_path / "feed.csv"
    p.write_bytes('ID,Date,text,lang\n'
                  'a,2020-01-02,"first, with comma\r\nand CRLF",en\n'
                  ',,second,\n'
                  'c,2023-05-06,"",kk\n'.encode("utf-8"))
    docs, errs = read([p])
    assert errs == []
    assert [(d.id, d.date, d.text, d.lang, d.line) for d in docs] == [
        ("a", "2020-01-02", "first, with comma\r\nand CRLF", "en", 2),
        ("feed:4", None, "second", None, 4),
        ("c", "2023-05-06", "", "kk", 5),
    ]


def test_csv_huge_field(tmp_path):
    big = "Almaty " * 40000  # > csv's default 128 KB field limit
    p = tmp_path / "big.csv"
    p.write_text("id,text\nb," + big + "\n", encoding="utf-8")
    docs, errs = read([p])
    assert errs == [] and docs[0].text == big


@pytest.mark.parametrize("kind", ["jsonl", "csv", "txt"])
def test_gzip_inputs(tmp_path, kind):
    p = tmp_path / f"in.{kind}.gz"
    body = {"jsonl": json.dumps({"id": "g", "text": RU}, ensure_ascii=False) + "\n",
            "csv": f"id,text\ng,\"{RU}\"\n",
            "txt": RU}[kind]
    with gzip.open(p, "wb") as fh:
        fh.write(body.encode("utf-8"))
    docs, errs = read([p])
    assert errs == []
    assert [(d.id if kind != "txt" else "g", d.text) for d in docs] == [("g", RU)]
    if kind == "txt":
        assert docs[0].id == "in"


def test_gzip_data_under_a_plain_name_is_read(tmp_path):
    p = tmp_path / "plain.jsonl"
    p.write_bytes(gzip.compress(b'{"id": "z", "text": "Astana"}\n'))
    docs, _ = read([p])
    assert [d.text for d in docs] == ["Astana"]


def test_stdin_jsonl():
    data = ('{"id": "s1", "text": "Shymkent"}\n{"text": "Taraz"}\n').encode("utf-8")
    docs, errs = read(["-"], stdin=io.BytesIO(data))
    assert [(d.id, d.text) for d in docs] == [("s1", "Shymkent"), ("stdin:2", "Taraz")]
    assert docs[0].source == "<stdin>"


def test_several_inputs_in_order(tmp_path):
    (tmp_path / "one.txt").write_text("1", encoding="utf-8")
    j = write_jsonl(tmp_path / "two.jsonl", [{"id": "2", "text": "2"}])
    docs, _ = read([tmp_path / "one.txt", j, tmp_path / "one.txt"])
    assert [d.text for d in docs] == ["1", "2", "1"]


def test_streaming_does_not_read_ahead(tmp_path):
    p = write_jsonl(tmp_path / "s.jsonl", [{"id": str(i), "text": "x"} for i in range(5)]
                    + ["{not json"])
    it = iter_documents([p], errors=[])
    first = next(it)
    assert first.id == "0"  # the bad line at the end has not been needed yet


# ------------------------------------------------------------------ encodings

@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_files(tmp_path, bom, codec):
    text = "Қарағанды\r\nKaraganda\n"
    p = tmp_path / "bom.txt"
    p.write_bytes(bom + text.encode(codec))
    docs, _ = read([p])
    assert docs[0].text == text  # BOM removed, offsets start at the first character
    j = tmp_path / "bom.jsonl"
    j.write_bytes(bom + (json.dumps({"id": "b", "text": text}, ensure_ascii=False) + "\n").encode(codec))
    docs, errs = read([j])
    assert errs == [] and docs[0].text == text
    c = tmp_path / "bom.csv"
    c.write_bytes(bom + ('text,id\n"' + text + '",c\n').encode(codec))
    docs, errs = read([c])
    assert errs == [] and docs[0].text == text and docs[0].id == "c"


def test_cp1251_txt_rejected_without_encoding(tmp_path):
    p = tmp_path / "legacy.txt"
    ru = "Митинг в Жанаозене, Мангистауская область.\r\nАктобе."
    p.write_bytes(ru.encode("cp1251"))
    with pytest.raises(InputError) as info:
        read([p])
    msg = str(info.value)
    assert "not UTF-8" in msg and "--encoding" in msg and str(p) in msg
    docs, _ = read([p], encoding="cp1251")
    assert docs[0].text == ru


def test_cp1251_jsonl_records_rejected_without_encoding(tmp_path):
    text = "Беспорядки в Алматы"
    p = tmp_path / "legacy.jsonl"
    p.write_bytes((json.dumps({"id": "a", "text": "ascii only"}) + "\n"
                   + json.dumps({"id": "b", "text": text}, ensure_ascii=False) + "\n").encode("cp1251"))
    docs, errs = read([p])
    assert [d.id for d in docs] == ["a"]
    assert len(errs) == 1 and errs[0].line == 2 and "--encoding" in errs[0].reason
    docs, errs = read([p], encoding="cp1251")
    assert errs == [] and [d.text for d in docs] == ["ascii only", text]


def test_latin1_csv_with_encoding(tmp_path):
    p = tmp_path / "l1.csv"
    p.write_bytes("id,text\nl,Café près d'Almaty\n".encode("latin-1"))
    docs, errs = read([p])
    assert docs == [] and len(errs) == 1 and "undecodable" in errs[0].reason
    docs, errs = read([p], encoding="latin-1")
    assert errs == [] and docs[0].text == "Café près d'Almaty"


def test_unknown_encoding_name():
    with pytest.raises(InputError, match="unknown encoding"):
        read(["x.txt"], encoding="klingon-8")


# ------------------------------------------------------------------ bad records and inputs

def test_bad_jsonl_records_are_reported_and_skipped(tmp_path):
    p = tmp_path / "bad.jsonl"
    lines = [
        '{"id": "ok1", "text": "Aktobe"}',
        '{"id": "broken", "text": ',
        '["a", "list"]',
        '{"id": "nt"}',
        '{"id": "num", "text": 5}',
        '{"id": "d", "text": "x", "date": "05/01/2022"}',
        '{"id": "d2", "text": "x", "date": "2022-02-30"}',
        '{"id": "sur", "text": "\\ud800 lone"}',
        '{"id": [1], "text": "x"}',
        '{"id": "ok2", "text": "Atyrau", "date": "2024-04-07"}',
    ]
    p.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"id": "bytes", "text": "\xff\xfe"}\n')
    stats = ReadStats()
    docs, errs = read([p], stats=stats)
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [e.line for e in errs] == [2, 3, 4, 5, 6, 7, 8, 9, 11]
    assert all(isinstance(e, Rejection) and e.file == str(p) for e in errs)
    assert str(errs[0]).startswith(f"{p}:2: malformed JSON")
    assert "missing 'text'" in errs[2].reason and "not a string" in errs[3].reason
    assert "YYYY-MM-DD" in errs[4].reason and "YYYY-MM-DD" in errs[5].reason
    assert stats.read == stats.documents + stats.rejected == 11


def test_bad_csv_rows(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text('id,text,date\nok,Kostanay,2024-04-01\nshort,only\nlong,a,2020-01-01,extra\n'
                 'bd,x,2024-13-01\nok2,Pavlodar,\n', encoding="utf-8")
    docs, errs = read([p])
    assert [d.id for d in docs] == ["ok", "ok2"]
    assert [e.line for e in errs] == [3, 4, 5]


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "nt.csv"
    p.write_text("id,body\n1,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        read([p])


def test_warning_when_no_sink(tmp_path):
    p = write_jsonl(tmp_path / "w.jsonl", ["{oops"])
    with pytest.warns(InputWarning, match="w.jsonl:1"):
        assert list(iter_documents([p])) == []


@pytest.mark.parametrize("setup,match", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "no .txt files"),
    (lambda d: (d / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4) and d / "img.txt", "binary"),
    (lambda d: (d / "blob.jsonl").write_bytes(bytes(range(256)) * 8) and d / "blob.jsonl", "binary"),
    (lambda d: (d / "x.pdf").write_bytes(b"%PDF-1.4 ...") and d / "x.pdf", "binary file .PDF"),
    (lambda d: (d / "notes.doc").write_bytes(b"plain words") and d / "notes.doc", "unknown input type"),
    (lambda d: (d / "fake.jsonl.gz").write_bytes(b"not gzip") and d / "fake.jsonl.gz", "not gzip"),
])
def test_unreadable_inputs_raise(tmp_path, setup, match):
    with pytest.raises(InputError, match=match):
        read([setup(tmp_path)])


def test_bad_file_inside_directory_is_a_rejection(tmp_path):
    (tmp_path / "a.txt").write_text("Almaty", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Алматы".encode("cp1251"))
    docs, errs = read([tmp_path])
    assert [d.id for d in docs] == ["a"]
    assert len(errs) == 1 and errs[0].file.endswith("b.txt") and "--encoding" in errs[0].reason


def test_duplicate_ids_kept_and_reported(tmp_path):
    p = write_jsonl(tmp_path / "dup.jsonl", [{"id": "a", "text": "1"}, {"id": "a", "text": "2"}])
    notes = []
    stats = ReadStats()
    docs = list(iter_documents([p], errors=[], warn=notes.append, stats=stats))
    assert [d.text for d in docs] == ["1", "2"]
    assert stats.duplicates == 1 and "duplicate id 'a'" in notes[0] and "dup.jsonl:2" in notes[0]


def test_empty_jsonl_is_readable(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_bytes(b"")
    assert read([p]) == ([], [])


def test_truncated_gzip_raises_input_error(tmp_path):
    p = tmp_path / "t.jsonl.gz"
    data = gzip.compress(("\n".join(json.dumps({"id": i, "text": "Almaty " * 50}) for i in range(2000))).encode())
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError):
        read([p])


def test_undecodable_file_names(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write("Almaty".encode("utf-8"))
    docs, errs = read([tmp_path])
    assert [d.id for d in docs] == ["caf\\xe9"]
    docs[0].id.encode("utf-8")
    docs[0].source.encode("utf-8")
    docs, _ = read([os.fsdecode(os.path.join(folder, b"caf\xe9.txt"))])
    assert docs[0].id == "caf\\xe9" and docs[0].text == "Almaty"


def test_check_input_fails_fast(tmp_path):
    from geomap.inputs import check_input

    (tmp_path / "ok.jsonl").write_text('{"text": "x"}\n')
    check_input(tmp_path / "ok.jsonl")
    check_input("-")
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02\xff\xfe" * 100)
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.docx").write_bytes(b"words")
    for bad in ("missing.txt", "bin.csv", "empty", "x.docx"):
        with pytest.raises(InputError):
            check_input(tmp_path / bad)


def test_concatenated_jsonl_with_boms_and_crlf(tmp_path):
    part = codecs.BOM_UTF8 + b'{"id": "a", "text": "Almaty"}\r\n'
    p = tmp_path / "cat.jsonl"
    p.write_bytes(part + part.replace(b'"a"', b'"b"'))
    docs, errs = read([p])
    assert errs == [] and [d.id for d in docs] == ["a", "b"] and docs[1].text == "Almaty"


def test_gzip_on_stdin():
    data = gzip.compress(b'{"id": "z", "text": "Semey"}\n')
    docs, errs = read(["-"], stdin=io.BytesIO(data))
    assert [d.text for d in docs] == ["Semey"] and errs == []


TRICKY_JSONL = [
    '{"id": 123456789012345678901234567890, "text": "A big integer id"}',
    '{"id": "tab", "text": "a raw\ttab and\x01control"}',
    '{"id": "nan", "text": NaN}',
    '\ufeff{"id": "bom", "text": "a BOM inside the file"}',
    '[1, 2]',
    '   ',
    '\u00a0',
    '{"id": "lone", "text": "\\ud800 lone surrogate"}',
    '{"id": "pair", "text": "\\ud83d\\ude00 a pair"}',
    '{"id": "crlf", "text": "ends with CR LF"}\r',
    '{"id": {"x": 1.5}, "text": "a dict id"}',
    '{"id": 7, "text": "an integer id", "date": "2022-01-05", "lang": "en"}',
    '{"id": "baddate", "text": "x", "date": 20220105}',
    '{"id": "floatlang", "text": "x", "lang": 1.0}',
    '{"text": "no id"}',
    '{"id": "esc", "text": "\\u00e9t\\u00e9", "title": "T", "url": "https://example.org/a"}',
    '{"id": "cut"',
    '{"id": "deep", "text": "x", "n": ' + "[" * 3000 + "]" * 3000 + "}",
    '{"id": "dup", "text": "first", "text": "second"}',
    '{"id": "big", "text": "x", "n": 1e400}',
    '"just a string"',
    '{}',
]


def test_utf8_jsonl_reads_like_the_general_path(tmp_path):
    """UTF-8 JSONL has its own quicker reader; it gives the same documents and the same
    rejections (line, reason, record) as the general reader, here fed the same lines in UTF-16."""
    body = "\n".join(TRICKY_JSONL) + "\n"
    fast = tmp_path / "a.jsonl"
    fast.write_bytes(body.encode("utf-8"))
    general = tmp_path / "b.jsonl"
    general.write_bytes(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))

    def run(path):
        stats = ReadStats()
        docs, errs = read([path], stats=stats)
        return ([(d.id.replace(f"{path.stem}:", "S:"), d.text, d.date, d.lang, d.url, d.title, d.line) for d in docs],
                [(e.line, e.reason, e.record) for e in errs], (stats.read, stats.rejected, stats.documents))

    got, want = run(fast), run(general)
    assert got == want
    docs, rejections, counts = got
    assert counts[0] == len([line for line in TRICKY_JSONL if line.strip()])  # every record accounted for
    assert any(d[0] == "123456789012345678901234567890" for d in docs)
    assert any(d[0] == "tab" and "\t" in d[1] for d in docs)
    assert {r[0] for r in rejections} >= {3, 5, 8, 17, 18}
