#!/usr/bin/env python3
"""Page selection for real-officials-s31 (Tainan City Government news, kiang/www.tainan.gov.tw).

Fixed before any page's text was read. Prints rank, path, date, department and lengths only, never text.

Source: the story files docs/data/YYYY/MM/YYYY-MM-DD_<id>.json of kiang/www.tainan.gov.tw at commit
b98fae157d895512abdea52368c1e002e22fa75b (one JSON object a file: published, title, department, url, content, tags).

Rules:
  1. Eligible: published in 2019..2025; department starts with 新聞及國際關係處 (the city's press office: its 新聞傳播科
     and 國際關係科 issue the mayor's and the city's political news) or contains 區公所 (district offices: local
     government news); title non-empty; content (stripped) 120..1500 characters; no '<' in the content (HTML-laden
     records are left out).
  2. Order: within each year, eligible stories sorted by SHA-256 of 's31:' + path; then the years alternate
     (2019's first, 2020's first, ... 2025's first, 2019's second, ...), so every prefix spreads over the years.
  3. Taken in that order, a story is skipped (never for its content otherwise) if more than 30 % of its 16-character
     shingles (of title + content) occur in a story taken before it, or more than 10 % in the files cached under
     ~/.cache/newsarchive/corpora (the other sets' sources) when the rules ran.
  4. The first 300 taken are printed; the set is the longest prefix labelled in the time given.
"""
import hashlib, json, os, subprocess, sys

GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/kiang+www.tainan.gov.tw/repo'
COMMIT = 'b98fae157d895512abdea52368c1e002e22fa75b'
YEARS = [str(y) for y in range(2019, 2026)]
CACHE = os.path.expanduser('~/.cache/newsarchive/corpora')
K = 16
TAKE = 300


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT, *args], capture_output=True, check=True).stdout


def shingles(text):
    text = ''.join(text.split())
    return {text[i:i + K] for i in range(max(0, len(text) - K + 1))}


paths = [p for p in git('ls-tree', '-r', '--name-only', COMMIT, 'docs/data').decode().split('\n')
         if p.count('/') == 4 and p.endswith('.json') and '_' in p.rsplit('/', 1)[1]]
proc = subprocess.Popen(['git', '--git-dir', GIT, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
import threading
threading.Thread(target=lambda: (proc.stdin.write(''.join(f'{COMMIT}:{p}\n' for p in paths).encode()), proc.stdin.close())).start()
byyear = {y: [] for y in YEARS}
records = {}
for p in paths:
    header = proc.stdout.readline().split()
    data = proc.stdout.read(int(header[2])); proc.stdout.read(1)
    d = json.loads(data)
    pub, dep, title, content = d.get('published') or '', d.get('department') or '', (d.get('title') or '').strip(), (d.get('content') or '').strip()
    if pub[:4] not in byyear: continue
    if not (dep.startswith('新聞及國際關係處') or '區公所' in dep): continue
    if not title or not (120 <= len(content) <= 1500) or '<' in content: continue
    byyear[pub[:4]].append(p)
    records[p] = (pub, dep, len(title), len(content), hashlib.sha256(data).hexdigest(), title + '\n' + content)
proc.wait()
for y in YEARS:
    byyear[y].sort(key=lambda p: hashlib.sha256(('s31:' + p).encode()).hexdigest())
order = []
for i in range(max(len(v) for v in byyear.values())):
    order += [byyear[y][i] for y in YEARS if i < len(byyear[y])]

# Shingles of the first candidates, looked up in the cached corpora (streamed file by file).
head = order[:TAKE * 2]
owner = {}
for p in head:
    for s in shingles(records[p][5]): owner.setdefault(s, set()).add(p)
hits = {p: set() for p in head}
if os.path.isdir(CACHE):
    for name in sorted(os.listdir(CACHE)):
        raw = open(os.path.join(CACHE, name), 'rb').read()
        text = raw.decode('utf-8', errors='ignore')
        if raw.count(b'\xef\xbf\xbd') == 0 and text.count('\ufffd') == 0 and len(text) < len(raw) // 4:
            text = raw.decode('gb18030', errors='ignore')
        text = ''.join(text.split())
        for i in range(max(0, len(text) - K + 1)):
            s = text[i:i + K]
            if s in owner:
                for p in owner[s]: hits[p].add(s)
taken, seen = [], set()
for p in head:
    sh = shingles(records[p][5])
    n = max(1, len(sh))
    if len(sh & seen) / n > 0.30 or len(hits[p]) / n > 0.10:
        print(f'# skipped {p} (overlap: taken {len(sh & seen) / n:.2f}, cache {len(hits[p]) / n:.2f})')
        continue
    seen |= sh
    taken.append(p)
    if len(taken) == TAKE: break
for i, p in enumerate(taken, 1):
    pub, dep, lt, lc, sha, _ = records[p]
    print(f'{i}\t{p}\t{pub}\t{dep}\ttitle {lt}\tcontent {lc}\tsha256 {sha}')
