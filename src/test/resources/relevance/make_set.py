#!/usr/bin/env python3
"""How the new known-item queries of the relevance set were made (not run by the build).

The queries in new-queries-source.tsv were written by hand from the extracted texts of the
1,034 files of shared/corpus/real (the cache RelevanceTest keeps in target/), without running the
search and without looking at the ranking code. Columns: kind, query as typed, the file it was
written for, and, where the query is not the file's own words, the words as the file has them
(before the typo, the cut-off or the other word form). This script

1. checks each query: the file it was written for holds all its words (quoted phrase: the words
   in that order; partname: the words of the file name), and at most three files do;
2. lists as expected every file that holds them (copies and versions of the same text);
3. splits the queries, per kind, with a fixed seed: about one in six to the tuning half (appended
   to queries.tsv after the 183 older queries, which are all tuning), the rest to heldout.tsv.

Usage: python3 make_set.py [cache.jsonl.gz]   (default: ../../../../target/relevance-corpus-cache.jsonl.gz)
"""
import collections
import gzip
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 15  # the issue number; the split was committed before RelevanceTest first ran on it
TUNING_SHARE = 1 / 6
MARKER = '# new queries, tuning half (make_set.py)'
STOP = set('a an the of for in on to and or with by from at as is are be this that how what where which my our '
           'your about into per vs not no it its'.split())
WORD = re.compile(r"[^\W_]+")


def toks(s):
    return [w.lower() for w in WORD.findall(s or '')]


def name_words(path):
    base = os.path.splitext(os.path.basename(path))[0]
    base = re.sub(r'([a-z])([A-Z])', r'\1 \2', base)
    base = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', base)
    return set(w.lower() for w in re.findall(r'[A-Za-z]+|[0-9]+', base))


def load(cache):
    docs = [json.loads(line) for line in gzip.open(cache, 'rt', encoding='utf-8')]
    text = {d['path']: toks((d.get('title') or '') + ' \n ' + (d.get('text') or '')) for d in docs}
    return text, {p: set(t) for p, t in text.items()}, {p: name_words(p) for p in text}


def expected(kind, query, check, text, sets, names):
    if kind == 'phrase':
        words = toks(check or query.strip('"'))
        n = len(words)
        return sorted(p for p, t in text.items() if all(w in sets[p] for w in words)
                      and any(t[i:i + n] == words for i in range(len(t) - n + 1)))
    words = toks(check) if check else [w for w in toks(query) if w not in STOP]
    if kind == 'partname':
        return sorted(p for p, n in names.items() if all(w in n for w in words))
    return sorted(p for p, s in sets.items() if all(w in s for w in words))


def main():
    cache = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        HERE, '..', '..', '..', '..', 'target', 'relevance-corpus-cache.jsonl.gz')
    text, sets, names = load(cache)
    by_kind = collections.defaultdict(list)
    errors = []
    for line in open(os.path.join(HERE, 'new-queries-source.tsv'), encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        kind, query, target, *rest = line.rstrip('\n').split('\t')
        exp = expected(kind, query, rest[0] if rest else '', text, sets, names)
        if target not in exp or len(exp) > 3 or not 1 <= len(query.replace('"', '').split()) <= 5:
            errors.append(f'{kind}\t{query}\t{target}\t-> {exp}')
        by_kind[kind].append(f'{kind}\t{query}\t{"|".join(exp)}\n')
    if errors:
        sys.exit('not a known item:\n' + '\n'.join(errors))
    rng = random.Random(SEED)
    tuning, heldout = [], []
    for kind in sorted(by_kind):
        lines = by_kind[kind][:]
        rng.shuffle(lines)
        k = round(len(lines) * TUNING_SHARE)
        tuning += lines[:k]
        heldout += lines[k:]
    queries = os.path.join(HERE, 'queries.tsv')
    old = open(queries, encoding='utf-8').read().split(MARKER)[0].rstrip('\n') + '\n'
    with open(queries, 'w', encoding='utf-8') as out:
        out.write(old + MARKER + '\n' + ''.join(tuning))
    with open(os.path.join(HERE, 'heldout.tsv'), 'w', encoding='utf-8') as out:
        out.write('# Held-out half of the relevance set: never tune the ranking on these queries (see make_set.py).\n'
                  '# kind\tquery\texpected file(s), relative to the corpus root (shared/corpus/real), separated by |\n')
        out.write(''.join(heldout))
    print(f'{sum(map(len, by_kind.values()))} new queries: {len(tuning)} tuning, {len(heldout)} held out')
    for kind in sorted(by_kind):
        print(f'  {kind}: {len(by_kind[kind])}')


if __name__ == '__main__':
    main()
