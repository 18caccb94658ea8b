"""``--online``: the Nominatim lookup for mentions without coordinates.

The network is never used: a small HTTP server on 127.0.0.1 answers geopy's Nominatim
requests the way a Nominatim server does (``/search`` returning a JSON list), and the
geocoder is pointed at it. geopy, its rate limiter, the boundary pack and the geoparser
are the real ones.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

import geomap
from geomap.geocoder import OfflineGeocoder
from geomap.online import needs_lookup, place_unplaced

TEXT = "Residents of Karakystak village in Ryskulov district blocked the road."


class _Nominatim(BaseHTTPRequestHandler):
    answers: dict = {}
    seen: list = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = parse_qs(url.query)
        type(self).seen.append((url.path, query))
        body = json.dumps(type(self).answers.get(query.get("q", [""])[0], [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Nominatim.answers, _Nominatim.seen = {}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, _Nominatim
    httpd.shutdown()
    httpd.server_close()


def _answer(lat, lon, cls="place", typ="village", name="Karakystak"):
    return [{"place_id": 1, "lat": str(lat), "lon": str(lon), "display_name": f"{name}, Kazakhstan",
             "class": cls, "type": typ}]


def _coder(httpd):
    host, port = httpd.server_address[:2]
    return OfflineGeocoder(online=True, nominatim_domain=f"{host}:{port}", nominatim_scheme="http",
                           min_delay_seconds=0, user_agent="geomap-tests")


def _village(mentions):
    return next(m for m in mentions if m["text"] == "Karakystak")


def test_unknown_village_has_no_point_offline():
    mentions = geomap.extract(TEXT, date="2023-03-01")
    village = _village(mentions)
    assert village["adm1_iso"] == "KZ-31" and village["lat"] is None
    assert needs_lookup(village)


def test_point_inside_the_unit_is_taken(server):
    httpd, handler = server
    handler.answers["Karakystak"] = _answer(43.03, 73.05)  # Jambyl Region
    mentions = geomap.extract(TEXT, date="2023-03-01")
    filled = place_unplaced(mentions, "2023-03-01", _coder(httpd))
    village = _village(mentions)
    assert filled >= 1
    assert (village["lat"], village["lon"]) == (43.03, 73.05)
    assert village["adm1_iso"] == "KZ-31" and village["geocoder"] == "nominatim"
    assert village["confidence"] <= 0.6
    path, query = handler.seen[0]
    assert path == "/search" and query["countrycodes"] == ["kz"]


def test_namesake_in_another_unit_is_ignored(server):
    httpd, handler = server
    handler.answers["Karakystak"] = _answer(52.3, 76.9)  # Pavlodar Region, not the district's
    mentions = geomap.extract(TEXT, date="2023-03-01")
    place_unplaced(mentions, "2023-03-01", _coder(httpd))
    village = _village(mentions)
    assert village["lat"] is None and village["adm1_iso"] == "KZ-31" and "geocoder" not in village


def test_rivers_and_roads_are_not_placed(server):
    httpd, handler = server
    mention = {"kind": "facility", "text": "Zhabai River", "place": "Zhabai River", "adm1": None,
               "adm1_iso": None, "lat": None, "lon": None, "confidence": 0.7}
    handler.answers["Zhabai River"] = _answer(52.0, 70.0, cls="waterway", typ="river", name="Zhabai")
    assert place_unplaced([mention], "2023-03-01", _coder(httpd)) == 0
    assert mention["adm1"] is None and mention["lat"] is None


def test_mention_without_unit_gets_the_point_s_unit(server):
    httpd, handler = server
    mention = {"kind": "facility", "text": "Bozshakol plant", "place": "Bozshakol plant", "adm1": None,
               "adm1_iso": None, "lat": None, "lon": None, "confidence": 0.7}
    handler.answers["Bozshakol plant"] = _answer(51.85, 74.3, cls="man_made", typ="works", name="Bozshakol")
    assert place_unplaced([mention], "2023-03-01", _coder(httpd)) == 1
    assert mention["adm1"] == "Pavlodar Region" and mention["adm1_iso"] == "KZ-55"


def test_nothing_is_asked_when_every_mention_has_a_point(server):
    httpd, handler = server
    mentions = geomap.extract("Protesters rallied in Almaty and Aktau.", date="2022-01-05")
    assert place_unplaced(mentions, "2022-01-05", _coder(httpd)) == 0
    assert handler.seen == []


def test_geocode_online_needs_online():
    with pytest.raises(RuntimeError):
        OfflineGeocoder().geocode_online("Karakystak")


def test_cli_online_uses_only_the_given_server(server, tmp_path):
    httpd, handler = server
    handler.answers["Karakystak"] = _answer(43.03, 73.05)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "date": "2023-03-01", "lang": "en", "text": TEXT}) + "\n",
                   encoding="utf-8")
    host, port = httpd.server_address[:2]
    code = (
        "import sys\n"
        "def hook(event, args):\n"
        "    if event == 'socket.connect' and args[1][0] != '127.0.0.1':\n"
        "        raise SystemExit('network used: %r' % (args,))\n"
        "    if event in ('socket.getaddrinfo', 'socket.gethostbyname') and args[0] not in ('127.0.0.1',):\n"
        "        raise SystemExit('name lookup: %r' % (args,))\n"
        "sys.addaudithook(hook)\n"
        "from geomap.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "GEOMAP_NOMINATIM_URL": f"http://{host}:{port}"}
    out = tmp_path / "out.jsonl"
    p = subprocess.run([sys.executable, "-c", code, "extract", str(src), "--online", "--jobs", "2",
                        "-q", "-o", str(out)], capture_output=True, env=env, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert b"--online" in p.stderr
    village = next(r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                   if r["text"] == "Karakystak")
    assert village["geocoder"] == "nominatim" and village["lat"] == 43.03
    assert [q["q"] for _, q in handler.seen] == [["Karakystak"]]


def test_unreachable_server_warns_and_keeps_offline_answers(tmp_path, capsys):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    coder = OfflineGeocoder(online=True, nominatim_domain=f"127.0.0.1:{port}", nominatim_scheme="http",
                            min_delay_seconds=0, user_agent="geomap-tests")
    import geomap.online as online

    online._warned = False
    mentions = geomap.extract(TEXT, date="2023-03-01")
    before = [dict(m) for m in mentions]
    assert place_unplaced(mentions, "2023-03-01", coder) == 0
    assert mentions == before
    assert "Nominatim lookup failed" in capsys.readouterr().err
