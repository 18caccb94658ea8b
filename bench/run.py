"""Benchmarks for geomap: throughput, memory, cold start, the samples map.

Usage (from the repository root)::

    python bench/run.py                 # N=20,000 documents, prints a report
    python bench/run.py --n 5000        # smaller corpus
    python bench/run.py --write         # also rewrite bench/RESULTS.md

Every figure is a whole `geomap` process timed from the outside (start-up,
reading, writing included), except where said. The corpus is generated from
templates in English, Russian and Kazakh filled with place names from the
shipped gazetteer (fixed seed: the same corpus every run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
SAMPLES = os.path.join(ROOT, "data", "samples", "kazakhstan_news.jsonl")

TEMPLATES = {
    "en": [
        "{city}, {date_en} — Hundreds of residents gathered on the central square of {city} on {day_en} "
        "to protest against rising fuel prices, local media reported.",
        "Police in {region_en} said {n} people were detained after clashes near the akimat building.",
        "A fire broke out at a warehouse on the outskirts of {city2}; emergency services said nobody was hurt.",
        "Officials in {capital} announced that the situation in {city} was under control and that "
        "roads to {city2} had reopened.",
        "Meanwhile, flooding forced the evacuation of {n} families from villages in {region_en}.",
        "Analysts in {foreign} said the unrest could affect oil exports through the Caspian ports.",
        "The interior ministry reported {n} arrests in {n2} regions over the weekend.",
    ],
    "ru": [
        "{city_ru}, {date_ru}. Сотни жителей {city_ru} вышли на митинг на центральной площади, "
        "сообщают местные СМИ.",
        "По данным полиции {region_ru}, после столкновений у здания акимата задержаны {n} человек.",
        "На складе на окраине {city2_ru} произошёл пожар, пострадавших нет, сообщили в ДЧС.",
        "В {capital_ru} заявили, что ситуация в регионе стабилизировалась, дороги открыты.",
        "Паводок вынудил эвакуировать {n} семей из сёл {region_ru}.",
        "Эксперты в Москве считают, что события повлияют на экспорт нефти.",
    ],
    "kk": [
        "{city_kk}, {date_ru}. {city_kk} қаласының орталық алаңында жүздеген тұрғын наразылық "
        "акциясына шықты.",
        "Полиция мәліметінше, {n} адам ұсталды.",
        "{region_kk} аумағындағы ауылдардан {n} отбасы эвакуацияланды.",
        "Төтенше жағдайлар департаменті өрттің сөндірілгенін хабарлады.",
    ],
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _names():
    """Place names by language from the gazetteer (cities, regions, foreign places)."""
    from geomap import adm1
    from geomap.gazetteer import load

    gz = load()
    forms: dict[tuple[str, str], list[str]] = {}
    for n in gz.names:
        if n.flags:
            continue
        forms.setdefault((n.place_id, n.lang), []).append(n.form)
    cities = sorted((p for p in gz.places.values() if p.kind == "city" and p.atom),
                    key=lambda p: (-p.population, p.id))[:120]
    foreign = sorted(p.name for p in gz.places.values() if p.kind == "foreign")[:60]

    def pick(place, lang):
        got = forms.get((place.id, lang))
        return sorted(got)[0] if got else place.name

    city_en = [p.name for p in cities]
    city_ru = [pick(p, "ru") for p in cities]
    city_kk = [pick(p, "kk") for p in cities]
    units = [u for u in adm1.UNITS.values() if not u.city]
    return {
        "city_en": city_en, "city_ru": city_ru, "city_kk": city_kk,
        "region_en": [u.name for u in units],
        "region_ru": [u.name_ru.replace("ая область", "ой области").replace("Область", "области")
                      for u in units],
        "region_kk": [u.name_kk for u in units],
        "foreign": foreign or ["Moscow"],
    }


def generate(n: int, path: str, seed: int = 20220105) -> int:
    """Write n news-like documents as JSONL; returns the UTF-8 size of all texts."""
    names = _names()
    rng = random.Random(seed)
    total = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for i in range(n):
            lang = rng.choices(["en", "ru", "kk"], weights=[5, 4, 1])[0]
            year = rng.randint(2012, 2025)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            k = rng.randrange(len(names["city_en"]))
            k2 = rng.randrange(len(names["city_en"]))
            r = rng.randrange(len(names["region_en"]))
            fill = {
                "city": names["city_en"][k], "city2": names["city_en"][k2],
                "city_ru": names["city_ru"][k], "city2_ru": names["city_ru"][k2],
                "city_kk": names["city_kk"][k],
                "region_en": names["region_en"][r], "region_ru": names["region_ru"][r],
                "region_kk": names["region_kk"][r],
                "capital": rng.choice(["Astana", "Nur-Sultan"]), "capital_ru": "Астане",
                "foreign": rng.choice(names["foreign"]),
                "date_en": f"{day} {MONTHS_EN[month - 1]} {year}", "date_ru": f"{day} {MONTHS_RU[month - 1]} {year}",
                "day_en": DAYS[rng.randrange(7)], "n": rng.randint(2, 300), "n2": rng.randint(2, 9),
            }
            paras = []
            for _ in range(rng.randint(6, 14)):
                paras.append(rng.choice(TEMPLATES[lang]).format(**fill))
            text = "\n\n".join(paras)
            total += len(text.encode("utf-8"))
            fh.write(json.dumps({"id": f"b{i:06d}", "date": f"{year}-{month:02d}-{day:02d}", "lang": lang,
                                 "text": text}, ensure_ascii=False) + "\n")
    return total


def _tree_rss(root: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * page
    total = pss_total = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        pss_total += _pss(pid) or rss.get(pid, 0)
        todo.extend(children.get(pid, ()))
    return total, pss_total


def _pss(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _run(cmd, tree=False, **kw):
    """(seconds, peak RSS MB, returncode) for one command (peak PSS MB in ``_run.pss``).

    Peak RSS is the process's own ru_maxrss, or with ``tree`` the largest sum of
    PSS over the process and its workers seen by polling /proc every 50 ms.
    """
    start = time.perf_counter()
    errfile = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfile, cwd=ROOT, **kw)
    peak = peak_pss = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG if tree else 0)
        if pid:
            break
        now, now_pss = _tree_rss(proc.pid)
        peak, peak_pss = max(peak, now), max(peak_pss, now_pss)
        time.sleep(0.05)
    _run.pss = peak_pss / 2**20
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    errfile.seek(0)
    stderr = errfile.read().decode("utf-8", "replace")
    errfile.close()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr}")
    own = usage.ru_maxrss / 1024
    return elapsed, (max(peak / 2**20, own) if tree else own), proc.returncode


def _geomap(*args):
    # -P: the installed package, not the source tree of the current directory
    return [sys.executable, "-P", "-m", "geomap", *map(str, args)]


def _build() -> str:
    """Which geomap is measured: its directory and its compiled modules (see setup.py)."""
    import importlib.machinery
    import pkgutil

    import geomap

    here = os.path.dirname(geomap.__file__)
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = sorted(m.name for m in pkgutil.iter_modules(geomap.__path__)
                      if any(os.path.exists(os.path.join(here, m.name + s)) for s in suffixes))
    # (a virtual environment inside the repository holds an installed package too)
    installed = "site-packages" in os.path.realpath(here).split(os.sep)
    inside = os.path.realpath(here).startswith(os.path.realpath(ROOT) + os.sep)
    where = "the source tree" if inside and not installed else "an installed package"
    if compiled:
        return f"{where}, compiled with Cython: {', '.join(compiled)}"
    return f"{where}, pure Python (an editable install or GEOMAP_PURE_PYTHON=1)"


def _geotext_seconds(path: str) -> float:
    code = (
        "import json, sys\nfrom geotext import GeoText\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    GeoText(json.loads(line)['text'])\n"
    )
    t, _, _ = _run([sys.executable, "-c", code, path])
    return t


def _inprocess_seconds(path: str) -> float:
    """Seconds for ``geoparse.extract`` over every text of ``path`` in one process, the gazetteer
    already loaded (no reading, formatting or writing: the extraction alone)."""
    code = (
        "import json, sys, time\nfrom geomap import geoparse\ngeoparse.warm()\n"
        "docs = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]\n"
        "t = time.perf_counter()\n"
        "for d in docs:\n    geoparse.extract(d['text'], date=d.get('date'), lang=d.get('lang'))\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-P", "-c", code, path], cwd=ROOT, check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def _previous_rows(skip: set[str], jobs_skipped: bool) -> list[tuple[str, str, str]]:
    """Rows of the current RESULTS.md for the parts skipped in this run (kept, marked as earlier
    figures, so that a partial run does not erase them)."""
    path = os.path.join(ROOT, "bench", "RESULTS.md")
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    date = ""
    for line in lines:
        if line.startswith("Produced by"):
            date = line.rstrip(".").rsplit(" on ", 1)[-1]
    kept = []
    for line in lines:
        if not line.startswith("| ") or line.startswith(("| measure", "|---")):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3:
            continue
        name = cells[0]
        part = ("incidents" if "incidents" in name else
                "map" if name.startswith("`geomap map` of") else
                "parallel" if "--jobs 2" in name or "all processes, extract" in name else "")
        if part and (part in skip or (part == "parallel" and jobs_skipped)):
            value = cells[1] if "(earlier run" in cells[1] else f"{cells[1]} (earlier run{', ' + date if date else ''})"
            kept.append((name, value, cells[2]))
    return kept


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(fh.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    from geomap.engine import default_jobs

    return (f"{cpu}; {default_jobs()} usable cores (os.cpu_count()={os.cpu_count()}){mem}; "
            f"{platform.system()} {platform.release()}; Python {platform.python_version()}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000, help="documents in the big corpus")
    ap.add_argument("--small", type=int, default=2_000, help="documents in the small corpus (memory ratio)")
    ap.add_argument("--repeat", type=int, default=7, help="runs of `geomap --help` (median)")
    ap.add_argument("--runs", type=int, default=3, help="runs of geotext and of extract (median)")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: incidents,map,parallel")
    ap.add_argument("--write", action="store_true", help="rewrite bench/RESULTS.md")
    args = ap.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    from geomap.engine import default_jobs

    cores = default_jobs()
    # the package's bytecode, as an install by pip leaves it (a source checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module in every timed process)
    import compileall

    import geomap

    compileall.compile_dir(os.path.dirname(geomap.__file__), quiet=1)
    os.makedirs(OUT, exist_ok=True)
    big = os.path.join(OUT, f"corpus_{args.n}.jsonl")
    small = os.path.join(OUT, f"corpus_{args.small}.jsonl")
    size_big = generate(args.n, big)
    size_small = generate(args.small, small)
    mb = size_big / 1e6
    rows = []
    lines = []

    def note(text):
        print(text, flush=True)
        lines.append(text)

    note(f"Machine: {_machine()}")
    note(f"geomap: {_build()}")
    note(f"Corpus: {args.n:,} documents, {mb:.1f} MB of text (UTF-8), en/ru/kk 5:4:1, seed 20220105")

    # cold start
    exe = os.path.join(os.path.dirname(sys.executable), "geomap")
    cmd = [exe, "--help"] if os.path.exists(exe) else _geomap("--help")
    times = [_run(cmd)[0] for _ in range(args.repeat)]
    cold = statistics.median(times)
    rows.append(("`geomap --help` cold start (median of %d)" % args.repeat, f"{cold:.3f} s", "< 0.3 s"))

    # geotext baseline
    gt = statistics.median(_geotext_seconds(big) for _ in range(args.runs))
    rows.append((f"geotext: GeoText(text) per document, whole process, 1 core (median of {args.runs})",
                 f"{mb / gt:.2f} MB/s, {args.n / gt:,.0f} docs/s", ""))

    sink = os.path.join(OUT, "sink")
    commands = [("extract", [])]
    if "incidents" not in skip:
        commands.append(("incidents", []))
    job_list = [1] + ([cores] if cores > 1 and "parallel" not in skip else [])
    extract_1 = None
    peak: dict[tuple[str, int], float] = {}
    for command, extra in commands:
        for jobs in job_list:
            cmd = _geomap(command, big, "-o", sink + ".jsonl", "--quiet", "--jobs", jobs, *extra)
            t, rss, _ = _run(cmd, tree=jobs > 1)
            peak[(command, jobs)] = (rss, _run.pss)
            label = f"`geomap {command}` --jobs {jobs}"
            if command == "extract":  # the targets' figures: the median of several runs
                t = statistics.median([t] + [_run(cmd, tree=jobs > 1)[0] for _ in range(args.runs - 1)])
                label += f" (median of {args.runs})"
            if command == "extract" and jobs == 1:
                extract_1 = t
            rows.append((label,
                         f"{mb / t:.2f} MB/s, {args.n / t:,.0f} docs/s ({t:.1f} s)",
                         ">= 5 MB/s per core" if command == "extract" else ""))
    if extract_1:
        rows.append(("extract (1 core) / geotext throughput", f"{gt / extract_1:.2f}", ">= 0.5"))
    t_in = _inprocess_seconds(big)
    rows.append(("extraction alone, in-process (`geoparse.extract` per text, gazetteer loaded), 1 core",
                 f"{mb / t_in:.2f} MB/s, {args.n / t_in:,.0f} docs/s ({t_in:.1f} s)", ""))

    # memory: streaming means the big corpus needs no more memory than the small one
    for command, _ in commands:
        for jobs in job_list:
            _, small_rss, _ = _run(_geomap(command, small, "-o", sink + ".jsonl", "--quiet", "--jobs", jobs),
                                   tree=jobs > 1)
            small_pss = _run.pss
            big_rss, big_pss = peak[(command, jobs)]
            if jobs == 1:
                rows.append((f"peak RSS, {command} --jobs 1: {args.small:,} / {args.n:,} docs",
                             f"{small_rss:.0f} / {big_rss:.0f} MB, ratio {big_rss / small_rss:.2f}", "<= 1.5"))
            else:
                rows.append((f"peak memory of all processes, {command} --jobs {jobs}: "
                             f"{args.small:,} / {args.n:,} docs",
                             f"RSS sum {small_rss:.0f} / {big_rss:.0f} MB (ratio {big_rss / small_rss:.2f}); "
                             f"PSS sum {small_pss:.0f} / {big_pss:.0f} MB (ratio {big_pss / small_pss:.2f})",
                             "<= 1.5"))

    if "map" not in skip:
        for jobs in job_list:
            t, rss, _ = _run(_geomap("map", big, "-o", sink + ".html", "--quiet", "--jobs", jobs), tree=True)
            rows.append((f"`geomap map` of {args.n:,} docs --jobs {jobs}",
                         f"{t:.1f} s ({mb / t:.2f} MB/s, {args.n / t:,.0f} docs/s), peak memory "
                         f"(all processes) RSS sum {rss:.0f} MB, PSS sum {_run.pss:.0f} MB", ""))
    if os.path.exists(SAMPLES):
        times = [_run(_geomap("map", SAMPLES, "-o", sink + ".html", "--quiet"))[0] for _ in range(3)]
        rows.append(("`geomap map data/samples/kazakhstan_news.jsonl -o map.html` (median of 3)",
                     f"{statistics.median(times):.2f} s", "< 3 s"))

    if args.write and skip:
        rows.extend(_previous_rows(skip, not (cores > 1 and "parallel" not in skip)))
    width = max(len(r[0]) for r in rows)
    table = ["| measure | result | target |", "|---|---|---|"]
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value}  {target}")
        table.append(f"| {name} | {value} | {target} |")
    if args.write:
        results = os.path.join(ROOT, "bench", "RESULTS.md")
        notes = ""  # the hand-written notes after the table ("## ..." sections) are kept
        try:
            with open(results, encoding="utf-8") as fh:
                old = fh.read()
            if "\n## " in old:
                notes = old[old.index("\n## "):]
        except OSError:
            pass
        with open(results, "w", encoding="utf-8") as fh:
            fh.write("# Benchmark results\n\n")
            opts = f"--n {args.n}" + (f" --skip {args.skip}" if args.skip else "")
            fh.write(f"Produced by `python bench/run.py {opts} --write` on "
                     f"{time.strftime('%Y-%m-%d', time.gmtime())}.\n\n")
            for line in lines:
                fh.write(f"- {line}\n")
            fh.write("\nEvery time is a whole `geomap` process (start-up, reading JSONL, writing "
                     "output) measured from outside; MB/s is UTF-8 text size divided by wall time. "
                     "Peak RSS is the `geomap` process itself (ru_maxrss). For several processes "
                     "(parent and workers, polled every 50 ms) two sums are given: RSS (pages "
                     "shared by the forked workers counted in each) and PSS (shared pages split "
                     "between the processes sharing them).\n\n")
            fh.write("\n".join(table) + "\n")
            fh.write(notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
