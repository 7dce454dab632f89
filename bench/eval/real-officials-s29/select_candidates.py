#!/usr/bin/env python3
"""Selects the pages of real-officials-s29 by the rules of README.md; prints counts and shares only, never text.

Reads lzjqsdd/NewsSpider at COMMIT (testdata/data/orinews/0.txt … 14.txt, NetEase news of March 2016, one JSON
record a line) from a local git copy (the fetch tool's mirror), and writes the picks (file index, line, rule, count)
to picks.json beside this script when --write is given.
"""
import hashlib, json, os, re, subprocess, sys

COMMIT = '58c576eddaca753f76395db28a05154779db62c3'
GIT_DIR = next(p for p in ('/work/.mirror/lzjqsdd+NewsSpider/repo/.git', '/work/.mirror/lzjqsdd+NewsSpider/repo') if os.path.isdir(p))
FILES = [f'testdata/data/orinews/{i}.txt' for i in range(15)]
P = ('书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 秘书长 署长 '
     '主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事 所长 庭长 队长').split()
MAX_CHARS = 2000          # content length cap (labelling time)
R1_MAX, R2_MAX = 70, 10
SEEN = {(0, 1)}           # file 0 line 1: its first characters were looked at while the format was judged


def count(text):
    return sum(text.count(w) for w in P)


def shingles(text):
    cjk = ''.join(re.findall(r'[\u4e00-\u9fff]', text))
    return {cjk[i:i + 16] for i in range(max(0, len(cjk) - 15))}


cands = []
stats = {'records': 0, 'seen': 0, 'long': 0}
for fi, path in enumerate(FILES):
    raw = subprocess.run(['git', '--git-dir', GIT_DIR, 'show', f'{COMMIT}:{path}'], capture_output=True, check=True).stdout
    for li, line in enumerate(raw.decode('utf-8').split('\n'), start=1):
        if not line.strip():
            continue
        stats['records'] += 1
        rec = json.loads(line)
        if (fi, li) in SEEN:
            stats['seen'] += 1
            continue
        body = rec['title'] + '\n' + rec['content']
        if len(rec['content']) > MAX_CHARS:
            stats['long'] += 1
            continue
        key = hashlib.sha256(rec['url'].encode('utf-8')).hexdigest()
        cands.append((key, fi, li, count(body), shingles(body), rec['title']))
cands.sort()
dist = {}
for c in cands:
    b = 0 if c[3] == 0 else 1 if c[3] == 1 else 2 if c[3] == 2 else 3
    dist[b] = dist.get(b, 0) + 1
print(stats, 'candidates', len(cands), 'count 0/1/2/>=3:', [dist.get(k, 0) for k in range(4)])

taken, pool, r1, r2, skipped = [], set(), 0, 0, 0
titles = set()
for key, fi, li, n, sh, title in cands:
    rule = 'R1' if n >= 3 and r1 < R1_MAX else 'R2' if n == 0 and r2 < R2_MAX else None
    if not rule:
        continue
    share = len(sh & pool) / len(sh) if sh else 0.0
    if share >= 0.5 or title in titles:
        skipped += 1
        continue
    pool |= sh
    titles.add(title)
    taken.append({'file': fi, 'line': li, 'rule': rule, 'count': n, 'share': round(share, 2)})
    if rule == 'R1':
        r1 += 1
    else:
        r2 += 1
print('taken', len(taken), 'R1', r1, 'R2', r2, 'reprints skipped', skipped, 'max share kept', max(t['share'] for t in taken))
if '--write' in sys.argv:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'picks.json'), 'w', encoding='utf-8') as f:
        json.dump(taken, f, indent=1)
