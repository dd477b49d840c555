#!/usr/bin/env python3
"""Encodes Vietnamese text (UTF-8) in the legacy encodings, for
legacy_encodings.sh:  legacy_encode.py SRC.txt OUTDIR

Writes OUTDIR/vi.utf8 (the source with what the 8-bit tables lack made
ASCII, the reference), vi.cp1258 (Python's codec, tones as combining marks
where no precomposed letter exists), vi.vni and vi.vniutf8 (VNI by its
rules: a letter, then one byte for its marks; then that read as
Windows-1252 and saved as UTF-8), and, when glibc's charmaps are installed,
vi.viscii and vi.tcvn3 (TCVN3 has no capitals with marks: its text is the
source in small letters, vi.lower)."""
import gzip, os, re, sys, unicodedata
CHARMAPS = '/usr/share/i18n/charmaps'
def charmap(name):
    t = {}
    for l in gzip.open('%s/%s.gz' % (CHARMAPS, name), 'rt', encoding='latin-1'):
        m = re.match(r'<U([0-9A-F]{4})>\s+/x([0-9a-f]{2})', l)
        if m: t[int(m.group(1), 16)] = int(m.group(2), 16)
    return t
TONE = {'\u0300': 0xF8, '\u0301': 0xF9, '\u0309': 0xFB, '\u0303': 0xF5, '\u0323': 0xEF}
CIRC = {'': 0xE2, '\u0300': 0xE0, '\u0301': 0xE1, '\u0309': 0xE5, '\u0303': 0xE3, '\u0323': 0xE4}
BREVE = {'': 0xEA, '\u0300': 0xE8, '\u0301': 0xE9, '\u0309': 0xFA, '\u0303': 0xFC, '\u0323': 0xEB}
ONE = {'ơ': 0xF4, 'ư': 0xF6, 'đ': 0xF1, 'ì': 0xEC, 'í': 0xED, 'ỉ': 0xE6, 'ĩ': 0xF3, 'ị': 0xF2, 'ỵ': 0xEE}
def vni(text):
    out = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        lo = ch.lower(); up = ch != lo
        if lo in ONE:
            out.append(ONE[lo] - (0x20 if up else 0)); continue
        d = unicodedata.normalize('NFD', lo)
        if len(d) == 1:
            out += ch.encode('cp1252'); continue
        base, marks = d[0], d[1:]
        vowel = ''.join(m for m in marks if m in '\u0302\u0306\u031b')
        marks = vowel + ''.join(m for m in marks if m not in '\u0302\u0306\u031b')
        if '\u031b' in marks:  # horn: ơ ư then the tone
            out.append(ONE[{'o': 'ơ', 'u': 'ư'}[base]] - (0x20 if up else 0)); marks = marks.replace('\u031b', '')
            if marks: out.append(TONE[marks] - (0x20 if up else 0))
            continue
        if base == 'i' or (base == 'y' and marks == '\u0323'):
            out.append(ONE[unicodedata.normalize('NFC', lo)] - (0x20 if up else 0)); continue
        out += (base.upper() if up else base).encode()
        if marks[0] == '\u0302': b = CIRC[marks[1:]]
        elif marks[0] == '\u0306': b = BREVE[marks[1:]]
        else: b = TONE[marks]
        out.append(b - (0x20 if up else 0))
    return bytes(out)
def table(text, name):
    t = charmap(name)
    return bytes(t[ord(c)] if ord(c) >= 0x80 or name == 'VISCII' else ord(c) for c in unicodedata.normalize('NFC', text))
src = open(sys.argv[1], encoding='utf-8').read()
os.chdir(sys.argv[2])
# what the 8-bit tables lack, as ASCII (the same text in every file)
ASCII = {'\u2014': '-', '\u2013': '-', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2026': '...', '\u00a0': ' '}
src = ''.join(ASCII.get(c, c) for c in unicodedata.normalize('NFC', src))
VIET_MARKS = set('\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b')
def vietnamese(c):
    d = unicodedata.normalize('NFD', c)
    return c in 'đĐ' or (d[0].isascii() and d[0].isalpha() and set(d[1:]) <= VIET_MARKS)
src = ''.join(c if ord(c) < 0x80 or vietnamese(c) else '?' for c in src)
open('vi.utf8', 'w', encoding='utf-8').write(src)
def cp1258(text):
    out = bytearray()
    for ch in unicodedata.normalize('NFC', text):
        try:
            out += ch.encode('cp1258'); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        tones = ''.join(m for m in d if m in TONE)
        rest = unicodedata.normalize('NFC', ''.join(m for m in d if m not in TONE))
        out += (rest + tones).encode('cp1258')
    return bytes(out)
open('vi.cp1258', 'wb').write(cp1258(src))
if os.path.exists(CHARMAPS + '/VISCII.gz'):
    open('vi.viscii', 'wb').write(table(src, 'VISCII'))
    open('vi.tcvn3', 'wb').write(table(src.lower(), 'TCVN5712-1'))
    open('vi.lower', 'w', encoding='utf-8').write(src.lower())
open('vi.vni', 'wb').write(vni(src))
open('vi.vniutf8', 'w', encoding='utf-8').write(vni(src).decode('cp1252', errors='strict'))
