"""Helper for the docs_*.py modules of tests/unseen34: each text is written with its gold
spans in double square brackets, [[surface]], and a list of annotations in the same order;
mk() strips the brackets and computes each span's occurrence index (0-based, among the
whole-word case-sensitive occurrences of the surface), giving the usual
(surface, occurrence, kind, place, adm1, extras) tuples of tests/build_check_corpus.py."""
import re

N = None
JR, ALR, KYR, TR, SKR = 'Jambyl Region', 'Almaty Region', 'Kyzylorda Region', 'Turkistan Region', 'South Kazakhstan Region'
ABR, JTR, EKR, MR, KOR = 'Abai Region', 'Jetisu Region', 'East Kazakhstan Region', 'Mangystau Region', 'Kostanay Region'
AKR, NKR, PR, KR, UR = 'Akmola Region', 'North Kazakhstan Region', 'Pavlodar Region', 'Karaganda Region', 'Ulytau Region'
ATR, AR, WKR = 'Atyrau Region', 'Aktobe Region', 'West Kazakhstan Region'


def _ex(note=None, **kw):
    ex = dict(kw)
    if note:
        ex['note'] = note
    return ex


def C(place, adm1, note=None, **kw):
    return ('city', place, adm1, _ex(note, **kw))


def V(place, adm1, note=None, **kw):
    return ('village', place, adm1, _ex(note, **kw))


def D(place, adm1, note=None, **kw):
    return ('district', place, adm1, _ex(note, **kw))


def R(adm1, note=None, **kw):
    return ('region', adm1, adm1, _ex(note, **kw))


def F(place, adm1, subkind, note=None, **kw):
    return ('facility', place, adm1, _ex(note, subkind=subkind, **kw))


def K(note=None, **kw):
    return ('country', 'Kazakhstan', None, _ex(note, **kw))


def X(place, note=None, **kw):
    return ('foreign', place, None, _ex(note, **kw))


def Q(label, count, unit, note=None, **kw):
    return ('quantified', label, None, _ex(note, count=count, unit=unit, **kw))


def mk(id, date, lang, event, marked, anns, inc=None, unatt=None):
    parts = re.split(r'\[\[(.+?)\]\]', marked)
    text, spans = '', []
    for i, p in enumerate(parts):
        if i % 2:
            spans.append((len(text), p))
        text += p
    if len(spans) != len(anns):
        raise ValueError(f'{id}: {len(spans)} spans, {len(anns)} annotations')
    ann = []
    for (pos, s), a in zip(spans, anns):
        occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text)]
        if pos not in occ:
            raise ValueError(f'{id}: span {s!r} is not a whole word')
        extras = a[3] if len(a) > 3 else {}
        ann.append((s, occ.index(pos), a[0], a[1], a[2], extras))
    d = dict(id=id, date=date, lang=lang, event=event, text=text, ann=ann, inc=inc or {})
    if unatt:
        d['unatt'] = unatt
    return d
