#!/usr/bin/env python3
"""Build the held-out corpus files from docs_en.py, docs_ru.py and docs_kk.py.

Each text is written with inline annotations:

    [[surface|kind|...]]

  kind c (city), d (district), v (village), f (facility): [[surface|k|place|adm1|extras]]
       (adm1 '-' means null)
  kind r (region):                 [[surface|r|ADM1|extras]]   (place = adm1)
  kind x (foreign), q (quantified): [[surface|x|place|extras]]  (adm1 null)
  kind k (country):                [[surface|k|extras]]        (place Kazakhstan)

extras: key=value pairs separated by ';' (count, unit, quantifier, subkind, uncertain, note);
the note comes last and may itself contain ';'.
A note 'NI:<what>' becomes '<what>; not an incident location'.

The script strips the markup, writes texts/hNNN.txt, and computes every offset
from the stripped text.  Each record is then located again independently by
whole-word string search and occurrence index (as a cross-check), and
text[start:end] == surface is verified.  It writes corpus.jsonl, gold.jsonl,
incidents.jsonl and unattributed.jsonl.  Standard library only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_en  # noqa: E402
import docs_ru  # noqa: E402
import docs_kk  # noqa: E402

ADM1 = {'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region',
        'East Kazakhstan Region', 'Jambyl Region', 'Jetisu Region', 'Karaganda Region',
        'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region', 'North Kazakhstan Region',
        'Pavlodar Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region',
        'West Kazakhstan Region', 'Almaty', 'Astana', 'Shymkent'}
KIND = {'c': 'city', 'd': 'district', 'v': 'village', 'f': 'facility', 'r': 'region',
        'x': 'foreign', 'q': 'quantified', 'k': 'country'}
FIELD_ORDER = ['id', 'start', 'end', 'text', 'place', 'kind', 'adm1', 'uncertain',
               'count', 'unit', 'quantifier', 'subkind', 'note']
MARK = re.compile(r'\[\[(.+?)\]\]', re.S)


def parse_extras(s):
    out = {}
    if not s:
        return out
    note = None
    if s.startswith('note='):
        s, note = '', s[5:]
    elif ';note=' in s:
        s, note = s.split(';note=', 1)
    items = [i for i in s.split(';') if i]
    if note is not None:
        items.append('note=' + note)
    for item in items:
        k, v = item.split('=', 1)
        if k == 'count':
            out[k] = None if v == 'null' else int(v)
        elif k == 'uncertain':
            out[k] = v == 'true'
        elif k == 'note' and v.startswith('NI:'):
            out[k] = v[3:] + '; not an incident location'
        else:
            out[k] = v
    return out


def parse_mark(body):
    f = body.split('|')
    surface, kind = f[0], KIND[f[1]]
    if kind == 'country':
        rec = {'place': 'Kazakhstan', 'kind': kind, 'adm1': None}
        extras = f[2] if len(f) > 2 else ''
    elif kind == 'region':
        rec = {'place': f[2], 'kind': kind, 'adm1': f[2]}
        extras = f[3] if len(f) > 3 else ''
    elif kind in ('foreign', 'quantified'):
        rec = {'place': f[2], 'kind': kind, 'adm1': None}
        extras = f[3] if len(f) > 3 else ''
    else:
        rec = {'place': f[2], 'kind': kind, 'adm1': None if f[3] == '-' else f[3]}
        extras = f[4] if len(f) > 4 else ''
    rec.update(parse_extras(extras))
    return surface, rec


def strip(marked):
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        surface, rec = parse_mark(m.group(1))
        spans.append((n, n + len(surface), surface, rec))
        out.append(surface)
        n += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return ''.join(out), spans


def occurrences(text, surface):
    pat = r'(?<!\w)' + re.escape(surface) + r'(?!\w)'
    return [m.start() for m in re.finditer(pat, text)]


def build():
    docs = docs_en.DOCS + docs_ru.DOCS + docs_kk.DOCS
    errors = []
    corpus, gold, incidents, unatt = [], [], [], []
    ids = [d['id'] for d in docs]
    if len(set(ids)) != len(ids):
        errors.append('duplicate ids')
    os.makedirs(os.path.join(ROOT, 'texts'), exist_ok=True)
    for d in sorted(docs, key=lambda d: d['id']):
        text, spans = strip(d['text'])
        if '[[' in text or ']]' in text or '|' in text:
            errors.append(f"{d['id']}: markup left in text")
        text = '\n'.join(line.rstrip() for line in text.split('\n')).strip() + '\n'
        with open(os.path.join(ROOT, 'texts', d['id'] + '.txt'), 'w', encoding='utf-8',
                  newline='') as fh:
            fh.write(text)
        words = len(text.split())
        if not 80 <= words <= 200:
            errors.append(f"{d['id']}: {words} words")
        corpus.append({'id': d['id'], 'date': d['date'], 'lang': d['lang'], 'event': d['event'],
                       'source_url': None, 'note': 'original'})
        recs = []
        for s, e, surface, rec in spans:
            if text[s:e] != surface:
                errors.append(f"{d['id']}: offset mismatch {surface!r}")
            # independent cross-check: the occurrence index of this span by string search
            occ = occurrences(text, surface)
            if s not in occ:
                errors.append(f"{d['id']}: {surface!r}@{s} is not a whole-word occurrence")
            if rec['kind'] in ('country', 'foreign', 'quantified') and rec['adm1'] is not None:
                errors.append(f"{d['id']}: {surface!r} must have adm1 null")
            if rec['adm1'] is not None and rec['adm1'] not in ADM1:
                errors.append(f"{d['id']}: bad adm1 {rec['adm1']!r}")
            full = {'id': d['id'], 'start': s, 'end': e, 'text': surface}
            full.update(rec)
            recs.append({k: full[k] for k in FIELD_ORDER if k in full})
        gold.extend(recs)
        adm1_in_text = {r['adm1'] for r in recs}
        for adm1, (n, note) in sorted(d.get('inc', {}).items()):
            if adm1 not in adm1_in_text:
                errors.append(f"{d['id']}: incident row {adm1} has no gold mention")
            incidents.append({'id': d['id'], 'adm1': adm1, 'incidents': n, 'note': note})
        if d.get('unatt'):
            unatt.append({'id': d['id'], 'unattributed': d['unatt']})
    return corpus, gold, incidents, unatt, errors


def write_jsonl(name, rows):
    with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


def main():
    corpus, gold, incidents, unatt, errors = build()
    for e in errors:
        print('ERROR:', e)
    if errors:
        return 1
    write_jsonl('corpus.jsonl', corpus)
    write_jsonl('gold.jsonl', gold)
    write_jsonl('incidents.jsonl', incidents)
    write_jsonl('unattributed.jsonl', unatt)
    print(f'{len(corpus)} texts, {len(gold)} mentions, {len(incidents)} incident rows '
          f'({sum(r["incidents"] for r in incidents)} incidents)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
