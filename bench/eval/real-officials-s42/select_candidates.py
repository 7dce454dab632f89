# Selection of real-officials-s42 pages from liuhuanyong/EventMonitor at 70ae256 (news/<event>/<date>＠<title> files:
# web news found through Baidu News search for 13 social events of 2016-2018, one story a file), taking only files
# that no bench/corpora source names (the brief's EXCEPTION for already-used repositories).
# Prints counts, order numbers, hashes, groups and lengths only, never corpus text (and never a path: paths hold
# headlines). Writes the ordered candidate paths to /tmp/s42-candidates.json and candidates.txt (no text) here.
import json, os, re, subprocess, hashlib, glob
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
GIT = '/work/.mirror/liuhuanyong+EventMonitor/repo/.git'
COMMIT = '70ae256c1223d932a228c86b7bf7a8f1400c23d6'
CACHE = os.environ.get('NEWSARCHIVE_CORPUS_CACHE') or os.path.expanduser('~/.cache/newsarchive/corpora')
OWN = 'eventmonitor-baidu-news-2016-s42'          # this set's own source: not "used" text
# R2 title words (the brief's list), and the local posts that put a file in group A.
R2W = '书记 县长 市长 区长 镇长 乡长 省长 州长 局长 厅长 部长 主席 总理 总统 发言人'.split()
LOCAL = '书记 县长 市长 区长 镇长 乡长 省长 州长 局长 厅长'.split()
# The post words of real-officials-s28 (count for group A).
P = ('书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 秘书长 '
     '署长 主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事 所长 庭长 队长').split()
# The one file s28 opened while judging the source: never a candidate.
SEEN = {'news/白银连环杀人/2016-08-12＠甘肃白银连环杀人案重启侦查：14年间9名女子被残忍杀'}
MINC, MAXC, K = 300, 3000, 20
WS = re.compile(r'\s+'); TAG = re.compile(r'<[^>]*>')
def clean(t): return WS.sub('', TAG.sub('', t))
def grams(c): return {c[i:i+K] for i in range(len(c) - K + 1)}
def git(*a): return subprocess.run(['git', '--git-dir', GIT, *a], capture_output=True, check=True).stdout
# Files other sources name (by path for this repository, by SHA-256 for the cache scan).
used_paths, used_shas = set(), set()
for f in sorted(glob.glob(os.path.join(ROOT, 'bench', 'corpora', '*.source.json'))):
    d = json.load(open(f, encoding='utf-8'))
    if d['id'] == OWN: continue
    entries = ([{'path': d['path'], 'sha256': d['sha256']}] if 'sha256' in d else []) + d.get('files', [])
    for e in entries:
        used_shas.add(e['sha256'])
        if d.get('repo') == 'liuhuanyong/EventMonitor': used_paths.add(e['path'])
print('files named by other sources', len(used_shas), '; of this repository', len(used_paths))
paths = [p for p in git('-c', 'core.quotepath=false', 'ls-tree', '-r', '--name-only', '-z', COMMIT).decode('utf-8').split('\0')
         if p.startswith('news/')]
print('files under news/', len(paths))
cands, skipped = [], Counter()
DATE = re.compile(r'^news/[^/]+/(\d{4})-\d{2}-\d{2}＠')
for p in paths:
    if any(ord(ch) < 32 or ch == '\x7f' for ch in p): skipped['control character in path'] += 1; continue
    if p in SEEN: skipped['seen by s28'] += 1; continue
    if p in used_paths: skipped['named by another source'] += 1; continue
    m = DATE.match(p)
    if not m or m.group(1) not in ('2016', '2017', '2018'): skipped['not dated 2016-2018 by its name'] += 1; continue
    b = git('show', f'{COMMIT}:{p}')
    try: t = b.decode('utf-8-sig')
    except UnicodeDecodeError: skipped['not UTF-8'] += 1; continue
    c = clean(t)
    if not (MINC <= len(c) <= MAXC): skipped['outside 300-3000'] += 1; continue
    if not any(w in t for w in R2W): skipped['no R2 title word'] += 1; continue
    count = sum(t.count(w) for w in P)
    group = 'A' if count >= 3 and any(w in t for w in LOCAL) else 'B'
    cands.append(dict(path=p, order=hashlib.sha256(p.encode('utf-8')).hexdigest(), group=group, chars=len(c),
                      sha256=hashlib.sha256(b).hexdigest(), grams=grams(c)))
print('skipped', dict(skipped)); print('R0-R2 candidates', len(cands), Counter(x['group'] for x in cands))
# Rule X: a candidate sharing any 20-character stretch with any cached file of another source is dropped.
allg = set().union(*(x['grams'] for x in cands)) if cands else set()
hit = set()
own_blobs = {x['sha256'] for x in cands}
for s in sorted(used_shas):
    fp = os.path.join(CACHE, s)
    if not os.path.exists(fp): print('MISSING cached file', s[:12]); continue
    b = open(fp, 'rb').read()
    try: t = b.decode('utf-8-sig')
    except UnicodeDecodeError:
        try: t = b.decode('gb18030')
        except UnicodeDecodeError: t = b.decode('utf-8', errors='ignore')
    c = clean(t)
    for i in range(len(c) - K + 1):
        g = c[i:i+K]
        if g in allg: hit.add(g)
cands.sort(key=lambda x: (x['group'], x['order']))
kept, keptg, drop = [], set(), Counter()
for x in cands:
    if x['grams'] & hit: drop['X'] += 1; continue
    if x['grams'] & keptg: drop['D'] += 1; continue
    keptg |= x['grams']; kept.append(x)
print('dropped', dict(drop)); print('eligible', len(kept), Counter(x['group'] for x in kept))
with open(os.path.join(HERE, 'candidates.txt'), 'w', encoding='utf-8') as f:
    for i, x in enumerate(kept):
        f.write(f"{i}\t{x['group']}\t{x['order'][:16]}\t{x['sha256'][:16]}\t{x['chars']}\n")
json.dump([dict(path=x['path'], sha256=x['sha256'], group=x['group']) for x in kept],
          open('/tmp/s42-candidates.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
