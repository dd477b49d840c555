#!/usr/bin/env python3
"""Builds a held-out evaluation set from Debian's LibreOffice help: a genre
and a translation team the shared sets do not have.

  bench/lohelp.py OUT.jsonl [--root DIR]

The English and Vietnamese help pages (packages libreoffice-help-en-us and
libreoffice-help-vi, MPL-2.0) give every paragraph, heading, list item and
table cell an id that both languages keep: a page's units are its elements
paired by id. An element the translators left in English (the same text on
both sides, or no Vietnamese letter) is dropped from both sides, and a page
is kept when at least 5 units and 90 % of its elements are translated.
Writes ../shared/eval's format ({"doc_id", "vi": [...], "en": [...]}, one
page per line), for bench.py, trust.py and qa.py.

Without --root, the two packages are fetched with `apt-get download` and
unpacked with `dpkg -x` into a temporary directory. Nothing of them is
kept in this repository; the output stays where you write it.
"""
import argparse, glob, html, json, os, re, subprocess, sys, tempfile, unicodedata

VI = re.compile('[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]')
ELEMENT = re.compile(r'<(p|h[1-6]|td|li)\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</\1>', re.S)


def units(path):
    """The page's elements with an id, as (id, text), tags dropped."""
    out = []
    for _, ident, body in ELEMENT.findall(open(path, encoding='utf-8').read()):
        text = ' '.join(html.unescape(re.sub(r'<[^>]+>', ' ', body)).split())
        if text:
            out.append((ident, unicodedata.normalize('NFC', text)))
    return out


def fetch(work):
    subprocess.run(['apt-get', 'download', 'libreoffice-help-en-us', 'libreoffice-help-vi'], cwd=work, check=True,
                   stdout=subprocess.DEVNULL)
    for deb in glob.glob(os.path.join(work, '*.deb')):
        subprocess.run(['dpkg', '-x', deb, os.path.join(work, 'x')], check=True)
    return os.path.join(work, 'x', 'usr', 'share', 'libreoffice', 'help')


def pages(root):
    for dirpath, _, files in os.walk(os.path.join(root, 'en-US', 'text')):
        for f in sorted(files):
            if not f.endswith('.html'):
                continue
            en_path = os.path.join(dirpath, f)
            vi_path = en_path.replace(os.sep + 'en-US' + os.sep, os.sep + 'vi' + os.sep)
            if not os.path.exists(vi_path):
                continue
            en, vi = units(en_path), dict(units(vi_path))
            pairs = [(vi.get(i), e) for i, e in en]
            done = [(v, e) for v, e in pairs if v and v != e and VI.search(v)]
            if len(done) >= 5 and len(done) >= 0.9 * len(pairs):
                yield dict(doc_id=os.path.relpath(en_path, os.path.join(root, 'en-US')), vi=[v for v, _ in done],
                           en=[e for _, e in done])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--root', help='an unpacked usr/share/libreoffice/help')
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        root = a.root or fetch(work)
        docs = sorted(pages(root), key=lambda d: d['doc_id'])
    with open(a.out, 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('%d pages, %d units' % (len(docs), sum(len(d['vi']) for d in docs)), file=sys.stderr)


if __name__ == '__main__':
    main()
