#!/usr/bin/env python3
"""Page selection for real-officials-s32 (ACE 2005 Chinese newswire, Xinhua and Lianhe Zaobao, Oct-Dec 2000).

Fixed and committed before any story's text was read. Prints ids, dates and lengths only, never text.

Rules
- Stories: the 238 files of bench/corpora/ace2005-zh-nw-2000.source.json (file index = position in its "files").
- Length: the TEXT body (whitespace removed) has 150..3000 characters (shorter briefs and longer features left out).
- Overlap: a story sharing more than 10 % of its 16-character shingles with any file cached under
  ~/.cache/newsarchive/corpora (the sources of the other sets) is left out (reported by index only).
- Order: eligible stories sorted by the date in their DATETIME, then by file name (so Xinhua and Zaobao interleave).
- R1: the 1st, 3rd, 5th ... of that order; R2 (labelled only after every R1 page): the 2nd, 4th, 6th ...
The set is the longest prefix of R1 (then R2) labelled in the time given.
"""
import hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
SRC = json.load(open(os.path.join(ROOT, 'bench/corpora/ace2005-zh-nw-2000.source.json'), encoding='utf-8'))
GIT = '/work/.mirror/shatu+Joint-NER-RelEx-Coref/repo'
CACHE = os.path.expanduser('~/.cache/newsarchive/corpora')


def blob(path):
    b = subprocess.run(['git', '--git-dir', GIT, 'show', f"{SRC['commit']}:{path}"], capture_output=True, check=True).stdout
    return b


def shingles(text, k=16):
    t = re.sub(r'\s+', '', text)
    return {t[i:i + k] for i in range(max(0, len(t) - k + 1))}


def main():
    stories = []
    for i, f in enumerate(SRC['files']):
        b = blob(f['path'])
        assert hashlib.sha256(b).hexdigest() == f['sha256'], f['path']
        s = b.decode('utf-8')
        date = re.search(r'<DATETIME>\s*(\d{4}-\d{2}-\d{2})', s).group(1)
        body = re.sub(r'\s+', '', re.search(r'(?s)<TEXT>(.*?)</TEXT>', s).group(1))
        stories.append({'file': i, 'name': f['path'].rsplit('/', 1)[-1], 'date': date, 'len': len(body),
                        'lines': s.count('\n') + (0 if s.endswith('\n') else 1), 'text': s})
    cached = set()
    for name in os.listdir(CACHE):
        p = os.path.join(CACHE, name)
        try:
            cached |= shingles(open(p, encoding='utf-8', errors='ignore').read())
        except (IsADirectoryError, OSError):
            pass
    eligible, dropped = [], []
    for s in stories:
        if not 150 <= s['len'] <= 3000:
            continue
        sh = shingles(re.search(r'(?s)<TEXT>(.*?)</TEXT>', s['text']).group(1))
        if sh and len(sh & cached) / len(sh) > 0.10:
            dropped.append(s['file'])
            continue
        eligible.append(s)
    eligible.sort(key=lambda s: (s['date'], s['name']))
    r1, r2 = eligible[0::2], eligible[1::2]
    print(f"stories {len(stories)}, eligible {len(eligible)}, dropped for overlap {dropped}")
    for rule, part in (('R1', r1), ('R2', r2)):
        for n, s in enumerate(part, 1):
            print(f"{rule}\t{n}\tfile {s['file']}\t{s['name']}\t{s['date']}\tlines {s['lines']}\tchars {s['len']}")


if __name__ == '__main__':
    sys.exit(main())
