#!/usr/bin/env python3
"""Selects the candidate pages of real-officials-s27 from Patrick233/Cluster-Chinese-news-Article at 660c719 (Sina
portal news, Oct-Nov 2018). Prints counts only (never text); with --list, the chosen paths in page order with their
SHA-256 (file names are the stories' headlines). The rules are in README.md ("Pages taken")."""
import hashlib, subprocess, sys

GIT = '/work/.mirror/Patrick233+Cluster-Chinese-news-Article/repo'
COMMIT = '660c719912c8872541bfdef53c847c2acc673cc3'
CHANNELS = ['Entertainment', 'SportNews', 'TechNews', 'testEdu', 'testFashion', 'testHealth', 'testSport', 'testTech']
POSTS = ('书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 '
         '秘书长 署长 主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事').split()
MIN_CHARS, MAX_CHARS = 200, 3000
R1_MIN = 3          # R1: count >= 3, every R1_STEP-th (0-based index % R1_STEP == 0)
R1_STEP = 4         # fixed before any page was read
R2_STEP = 600       # R2: count == 0, every R2_STEP-th

def git(*args):
    return subprocess.run(['git', '--git-dir', GIT, *args], check=True, capture_output=True).stdout

rows = [l.split(b'\t', 1) for l in git('ls-tree', '-r', '-z', COMMIT).split(b'\0') if l]
by_channel = {c: [] for c in CHANNELS}
for meta, path in rows:
    p = path.decode('utf-8')
    top = p.split('/', 1)[0]
    if top in by_channel and meta.split()[1] == b'blob':
        by_channel[top].append((p, meta.split()[2].decode()))
for c in CHANNELS:
    by_channel[c].sort(key=lambda t: t[0].encode('utf-8'))
# Order: round robin over the channels (1st file of each channel in CHANNELS order, then the 2nd, ...).
order = []
for i in range(max(len(v) for v in by_channel.values())):
    for c in CHANNELS:
        if i < len(by_channel[c]):
            order.append(by_channel[c][i])
seen, pool = set(), []
stats = {'files': len(order), 'duplicate': 0, 'short': 0, 'long': 0}
for p, blob in order:
    if blob in seen:
        stats['duplicate'] += 1; continue
    seen.add(blob)
    data = git('cat-file', 'blob', blob)
    text = data.decode('utf-8', errors='replace')
    n = len(''.join(text.split()))
    if n < MIN_CHARS: stats['short'] += 1; continue
    if n > MAX_CHARS: stats['long'] += 1; continue
    count = sum(text.count(w) for w in POSTS)
    pool.append((p, hashlib.sha256(data).hexdigest(), count))
print(stats, 'pool', len(pool), file=sys.stderr)
hist = {}
for p, s, k in pool:
    key = (p.split('/')[0], min(k, 3)); hist[key] = hist.get(key, 0) + 1
print(sorted(hist.items()), file=sys.stderr)
r1 = [t for t in pool if t[2] >= R1_MIN]
r2 = [t for t in pool if t[2] == 0]
r1 = [t for i, t in enumerate(r1) if i % R1_STEP == 0]
r2 = [t for i, t in enumerate(r2) if i % R2_STEP == 0]
# R3 (fixed after every R1/R2 page was labelled, before any R3 page was read, because R1/R2 held only 105 official
# mentions): the count >= 8 files that R1 skipped (index % R1_STEP != 0 among all count >= 3 files), in pool order.
r1all = [t for t in pool if t[2] >= R1_MIN]
r3 = [t for i, t in enumerate(r1all) if i % R1_STEP != 0 and t[2] >= 8]
chosen = {t[0]: 'R1' for t in r1}
chosen.update({t[0]: 'R2' for t in r2})
print('R1', len(r1), 'R2', len(r2), 'R3', len(r3), file=sys.stderr)
if '--list' in sys.argv:
    for p, s, k in pool:
        if p in chosen:
            print(f'{chosen[p]}\t{k}\t{s}\t{p}')
if '--list-r3' in sys.argv:
    for p, s, k in r3:
        print(f'R3\t{k}\t{s}\t{p}')
