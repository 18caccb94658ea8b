#!/usr/bin/env python3
"""Build a check corpus (tests/unseen, tests/unseen2, ... tests/unseen39) from its
build/docs_en.py, build/docs_ru.py and build/docs_kk.py.

Each document is a plain text plus a list of annotations

    (surface, occurrence, kind, place, adm1, extras)

where `occurrence` is the 0-based index of the span among the whole-word
occurrences of `surface` in the text (case-sensitive), `kind` is one of the
gold kinds, `adm1` is a canonical value or None, and `extras` a dict of the
optional gold fields (count, unit, quantifier, subkind, uncertain, note).
A note starting with 'NI:' becomes '<rest>; not an incident location'.

The script writes CORPUS_DIR/texts/<id>.txt, locates every span by string
search and occurrence index, checks text[start:end] == surface, that spans do
not overlap, kinds and ADM1 values, word counts, and that each incident row's
ADM1 occurs among the text's mentions; then writes corpus.jsonl, gold.jsonl,
incidents.jsonl and unattributed.jsonl in CORPUS_DIR.  Standard library only.

    python3 tests/build_check_corpus.py tests/unseen2 [--uncovered] [--max-words=N]

--uncovered lists capitalised words outside gold spans, for review; --max-words raises the
longest text allowed (200 words; tests/unseen11 to tests/unseen27 have long texts: --max-words=420).
"""

import importlib.util
import json
import os
import re
import sys

ROOT = ''  # the corpus folder, set by main()
MAX_WORDS = 200  # the longest text allowed (--max-words)


def _docs(name):
    """The DOCS list of ROOT/build/<name>.py."""
    path = os.path.join(ROOT, 'build', name + '.py')
    spec = importlib.util.spec_from_file_location(f'check_corpus_{name}', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCS


ADM1 = {'Abai Region', 'Akmola Region', 'Aktobe Region', 'Almaty Region', 'Atyrau Region',
        'East Kazakhstan Region', 'Jambyl Region', 'Jetisu Region', 'Karaganda Region',
        'Kostanay Region', 'Kyzylorda Region', 'Mangystau Region', 'North Kazakhstan Region',
        'Pavlodar Region', 'South Kazakhstan Region', 'Turkistan Region', 'Ulytau Region',
        'West Kazakhstan Region', 'Almaty', 'Astana', 'Shymkent'}
KINDS = {'city', 'region', 'district', 'village', 'facility', 'country', 'foreign', 'quantified'}
NULL_KINDS = {'country', 'foreign', 'quantified'}
FIELD_ORDER = ['id', 'start', 'end', 'text', 'place', 'kind', 'adm1', 'uncertain',
               'count', 'unit', 'quantifier', 'subkind', 'note']


def occurrences(text, surface):
    pat = r'(?<!\w)' + re.escape(surface) + r'(?!\w)'
    return [m.start() for m in re.finditer(pat, text)]


def build():
    docs = _docs('docs_en') + _docs('docs_ru') + _docs('docs_kk')
    errors = []
    corpus, gold, incidents, unatt = [], [], [], []
    ids = [d['id'] for d in docs]
    if len(set(ids)) != len(ids):
        errors.append('duplicate ids')
    os.makedirs(os.path.join(ROOT, 'texts'), exist_ok=True)
    for d in sorted(docs, key=lambda d: d['id']):
        text = '\n'.join(line.rstrip() for line in d['text'].strip().split('\n')) + '\n'
        with open(os.path.join(ROOT, 'texts', d['id'] + '.txt'), 'w', encoding='utf-8',
                  newline='') as fh:
            fh.write(text)
        words = len(text.split())
        if not 80 <= words <= MAX_WORDS:
            errors.append(f"{d['id']}: {words} words")
        corpus.append({'id': d['id'], 'date': d['date'], 'lang': d['lang'], 'event': d['event'],
                       'source_url': None, 'note': 'original'})
        recs = []
        for item in d['ann']:
            surface, occ, kind, place, adm1 = item[:5]
            extras = item[5] if len(item) > 5 else {}
            found = occurrences(text, surface)
            if occ >= len(found):
                errors.append(f"{d['id']}: {surface!r} occurrence {occ} not found ({len(found)})")
                continue
            s = found[occ]
            e = s + len(surface)
            if text[s:e] != surface:
                errors.append(f"{d['id']}: offset mismatch {surface!r}")
            if kind not in KINDS:
                errors.append(f"{d['id']}: bad kind {kind!r}")
            if kind in NULL_KINDS and adm1 is not None:
                errors.append(f"{d['id']}: {surface!r} must have adm1 null")
            if adm1 is not None and adm1 not in ADM1:
                errors.append(f"{d['id']}: bad adm1 {adm1!r}")
            if kind == 'region' and place != adm1:
                errors.append(f"{d['id']}: region {surface!r} place must equal adm1")
            rec = {'id': d['id'], 'start': s, 'end': e, 'text': surface, 'place': place,
                   'kind': kind, 'adm1': adm1}
            ex = dict(extras or {})
            if isinstance(ex.get('note'), str) and ex['note'].startswith('NI:'):
                ex['note'] = ex['note'][3:] + '; not an incident location'
            if kind == 'quantified':
                for k in ('count', 'unit'):
                    if k not in ex:
                        errors.append(f"{d['id']}: quantified {surface!r} lacks {k}")
            rec.update(ex)
            recs.append({k: rec[k] for k in FIELD_ORDER if k in rec})
        recs.sort(key=lambda r: r['start'])
        for a, b in zip(recs, recs[1:]):
            if b['start'] < a['end']:
                errors.append(f"{d['id']}: overlap {a['text']!r} / {b['text']!r}")
            if b['start'] == a['start']:
                errors.append(f"{d['id']}: duplicate span {a['text']!r}")
        gold.extend(recs)
        adm1_in_text = {r['adm1'] for r in recs}
        for adm1, (n, note) in sorted(d.get('inc', {}).items()):
            if adm1 not in adm1_in_text:
                errors.append(f"{d['id']}: incident row {adm1} has no gold mention")
            if not (isinstance(n, int) and n > 0):
                errors.append(f"{d['id']}: bad incident count for {adm1}")
            incidents.append({'id': d['id'], 'adm1': adm1, 'incidents': n, 'note': note})
        if d.get('unatt'):
            unatt.append({'id': d['id'], 'unattributed': d['unatt']})
        d['_text'], d['_recs'] = text, recs
    return docs, corpus, gold, incidents, unatt, errors


def uncovered(docs):
    for d in sorted(docs, key=lambda d: d['id']):
        text, recs = d['_text'], d['_recs']
        for m in re.finditer(r'\w[\w-]*', text):
            w = m.group(0)
            if not w[0].isupper():
                continue
            if any(r['start'] <= m.start() < r['end'] for r in recs):
                continue
            ctx = text[max(0, m.start() - 25):m.end() + 25].replace('\n', ' ')
            print(f"{d['id']}: {w:<20} ...{ctx}...")


def write_jsonl(name, rows):
    with open(os.path.join(ROOT, name), 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


def main():
    global ROOT, MAX_WORDS
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    for a in sys.argv[1:]:
        if a.startswith('--max-words='):
            MAX_WORDS = int(a.split('=', 1)[1])
    if len(args) != 1 or not os.path.isdir(os.path.join(args[0], 'build')):
        print('usage: build_check_corpus.py CORPUS_DIR [--uncovered]  (CORPUS_DIR/build/docs_*.py)')
        return 2
    ROOT = os.path.abspath(args[0])
    docs, corpus, gold, incidents, unatt, errors = build()
    for e in errors:
        print('ERROR:', e)
    if errors:
        return 1
    write_jsonl('corpus.jsonl', corpus)
    write_jsonl('gold.jsonl', gold)
    write_jsonl('incidents.jsonl', incidents)
    write_jsonl('unattributed.jsonl', unatt)
    if '--uncovered' in sys.argv:
        uncovered(docs)
    by_lang = {}
    for c in corpus:
        by_lang.setdefault(c['lang'], set()).add(c['id'])
    for lang, ids in sorted(by_lang.items()):
        print(f"{lang}: {len(ids)} texts, {sum(1 for g in gold if g['id'] in ids)} mentions")
    print(f'{len(corpus)} texts, {len(gold)} mentions, {len(incidents)} incident rows '
          f'({sum(r["incidents"] for r in incidents)} incidents)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
