# Selection of real-officials-s28 pages from liuhuanyong/EventMonitor at 70ae256 (news/<event>/<date>＠<title> files:
# web news found through Baidu News search for 13 social events, 2016-2018, one story a file).
# Prints counts, paths' ordinal numbers and shares only, never corpus text. Writes /tmp/s28-picked.json.
import json, os, re, subprocess, sys, hashlib
from collections import Counter
GIT = '/work/.mirror/liuhuanyong+EventMonitor/repo/.git'
COMMIT = '70ae256c1223d932a228c86b7bf7a8f1400c23d6'
# The 34 post words of s19/s20/s22/s23/s26 and three that crime and court stories use (所长 庭长 队长).
P = ('书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 秘书长 '
     '署长 主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事 所长 庭长 队长').split()
# The one file opened while the source was judged (its format was looked at): never a candidate.
SEEN = {'news/白银连环杀人/2016-08-12＠甘肃白银连环杀人案重启侦查：14年间9名女子被残忍杀'}
MAXCHARS, R1N, R2N = 3000, 90, 12
CJK = re.compile(r'[\u3400-\u9fff]')
def shingles(t, k=16):
    c = ''.join(CJK.findall(t)); return {c[i:i+k] for i in range(len(c)-k+1)}
def git(*a): return subprocess.run(['git', '--git-dir', GIT, *a], capture_output=True, check=True).stdout
paths = [p for p in git('-c', 'core.quotepath=false', 'ls-tree', '-r', '--name-only', '-z', COMMIT).decode('utf-8').split('\0')
         if p.startswith('news/')]
print('files under news/', len(paths))
cands, skipped = [], Counter()
for p in paths:
    if any(ord(ch) < 32 or ch == '\x7f' for ch in p): skipped['control character in path'] += 1; continue
    if p in SEEN: skipped['seen while judging the source'] += 1; continue
    b = git('show', f'{COMMIT}:{p}')
    try: t = b.decode('utf-8-sig')
    except UnicodeDecodeError: skipped['not UTF-8'] += 1; continue
    if len(t) > MAXCHARS: skipped[f'longer than {MAXCHARS}'] += 1; continue
    if not t.strip(): skipped['empty'] += 1; continue
    count = sum(t.count(w) for w in P)  # non-overlapping occurrences of each word
    lines = re.split(r'\r?\n', t)
    cut = '\n'.join(lines).encode('utf-8')
    cands.append(dict(path=p, order=hashlib.sha256(p.encode('utf-8')).hexdigest(), count=count, chars=len(t),
                      nlines=len(lines), sha_file=hashlib.sha256(b).hexdigest(), sha_cut=hashlib.sha256(cut).hexdigest(),
                      text=t))
print('skipped', dict(skipped)); print('candidates', len(cands))
print('count hist', sorted(Counter(min(x['count'], 10) for x in cands).items()))
cands.sort(key=lambda x: x['order'])
picked, seen_sh, dups = [], set(), Counter()
n1 = n2 = 0
for x in cands:
    rule = 'R1' if x['count'] >= 3 and n1 < R1N else 'R2' if x['count'] == 0 and n2 < R2N else None
    if not rule: continue
    sh = shingles(x['text'])
    share = len(sh & seen_sh) / len(sh) if sh else 0.0
    if share >= 0.5: dups[rule] += 1; continue
    seen_sh |= sh
    if rule == 'R1': n1 += 1
    else: n2 += 1
    x['rule'] = rule; x['share'] = round(share, 2); picked.append(x)
    if n1 >= R1N and n2 >= R2N: break
print('picked', len(picked), Counter(x['rule'] for x in picked), 'dropped as reprints', dict(dups))
print('max share kept', max(x['share'] for x in picked))
print('events', sorted(Counter(x['path'].split('/')[1] for x in picked).items(), key=lambda kv: -kv[1]))
for x in picked: del x['text']
json.dump(picked, open('/tmp/s28-picked.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
