#!/usr/bin/env python3
"""Checks the library's include graph (issue 17): every include of a
project header points at the same stage or one below it in the pipeline
order, the graph has no cycle, and no chain of includes is longer than
MAX_DEPTH. Prints the deepest chain. Exit 1 on a violation."""
import os, re, sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
LIB = os.path.join(ROOT, 'lib')
# the stages, lowest first; align.c sits above them all
ORDER = ['common', 'text', 'segment', 'anchors', 'score', 'search', 'write', 'api']
MAX_DEPTH = 10
INC = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def stage_of(rel):
    top = rel.split('/')[0]
    return ORDER.index(top) if top in ORDER else len(ORDER)


def resolve(name):
    if name == 'vietalign.h':
        return 'include/vietalign.h'
    if os.path.exists(os.path.join(LIB, name)):
        return 'lib/' + name
    return None


def main():
    files = {}
    for d, _, names in os.walk(LIB):
        for n in names:
            if n.endswith(('.c', '.h')):
                rel = os.path.relpath(os.path.join(d, n), LIB)
                files['lib/' + rel] = INC.findall(open(os.path.join(d, n), encoding='utf-8').read())
    files['include/vietalign.h'] = INC.findall(open(os.path.join(ROOT, 'include/vietalign.h'), encoding='utf-8').read())
    bad = []
    graph = {}
    for f, incs in files.items():
        graph[f] = []
        for i in incs:
            r = resolve(i)
            if r is None:
                bad.append('%s: includes "%s", which is not lib/STAGE/NAME.h' % (f, i))
                continue
            graph[f].append(r)
            if f.startswith('lib/') and r.startswith('lib/'):
                a, b = stage_of(f[4:]), stage_of(r[4:])
                if b > a:
                    bad.append('%s includes %s: an include pointing up the pipeline' % (f, r))
    # cycles and depth
    depth, chain, state = {}, {}, {}

    def visit(f, path):
        if state.get(f) == 1:
            bad.append('include cycle: ' + ' -> '.join(path[path.index(f):] + [f]))
            return 0
        if state.get(f) == 2:
            return depth[f]
        state[f] = 1
        best, via = 0, None
        for g in graph.get(f, []):
            d = visit(g, path + [f])
            if d > best:
                best, via = d, g
        state[f] = 2
        depth[f] = best + 1
        chain[f] = via
        return depth[f]

    for f in graph:
        visit(f, [])
    deepest = max(depth, key=depth.get)
    path = [deepest]
    while chain.get(path[-1]):
        path.append(chain[path[-1]])
    print('deepest include chain (%d levels): %s' % (depth[deepest], ' -> '.join(path)))
    if depth[deepest] > MAX_DEPTH:
        bad.append('an include chain of %d levels (at most %d)' % (depth[deepest], MAX_DEPTH))
    for b in bad:
        print('FAIL: ' + b)
    print('%d files, %d problems' % (len(graph), len(bad)))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
