# Selection of real-officials-s26 candidates from SogouC (HappyShadowWalker/ChineseTextClassify at 1759776).
# Prints counts, file ids and rule-X shares only, never corpus text.
import json, os, re, subprocess, sys, hashlib, glob
REPO = '/work/.mirror/HappyShadowWalker+ChineseTextClassify/repo'
COMMIT = '1759776b9cd4099604c924d3eb65b28643e3f996'
WT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))) if len(sys.argv) < 2 else sys.argv[1]
CATS = ['C000007','C000008','C000010','C000013','C000014','C000016','C000020','C000022','C000023','C000024']
P = '书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 秘书长 署长 主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事'.split()
CJK = re.compile(r'[\u3400-\u9fff]')
def cjk(t): return ''.join(CJK.findall(t))
def shingles(t, k=16):
    c = cjk(t); return {c[i:i+k] for i in range(len(c)-k+1)}
def blob(path):
    return subprocess.run(['git','--git-dir',REPO + '/.git' if os.path.isdir(REPO + '/.git') else REPO,'show',f'{COMMIT}:{path}'],capture_output=True,check=True).stdout
def decode_any(b):
    for enc in ('utf-8','gb18030'):
        try: return b.decode(enc)
        except UnicodeDecodeError: pass
    return b.decode('utf-8', errors='ignore')
taken = set()
for f in glob.glob(os.path.join(WT,'bench/corpora/*.source.json')):
    if 's26' in os.path.basename(f): continue  # this set's own source
    s = json.load(open(f, encoding='utf-8'))
    if s.get('repo') == 'HappyShadowWalker/ChineseTextClassify':
        for e in s.get('files', []): taken.add(e['path'])
cands = []
for n in range(300):
    for c in CATS:
        path = f'SogouC/ClassFile/{c}/{n}.txt'
        if path in taken: continue
        b = blob(path); t = b.decode('gb18030', errors='replace')
        count = sum(t.count(w) for w in P)  # str.count is non-overlapping
        cands.append(dict(path=path, cat=c, n=n, count=count, chars=len(t), sha=hashlib.sha256(b).hexdigest()))
json.dump(cands, open('/tmp/s26-all.json','w'))
from collections import Counter
print('files', len(cands), 'taken', len(taken))
print('count hist', sorted(Counter(min(x['count'],10) for x in cands).items()))
print('long >6000', sum(x['chars']>6000 for x in cands))
for c in CATS:
    xs=[x for x in cands if x['cat']==c]
    print(c, 'n', len(xs), '>=3', sum(x['count']>=3 and x['chars']<=6000 for x in xs), '>=4', sum(x['count']>=4 and x['chars']<=6000 for x in xs), '0', sum(x['count']==0 for x in xs))

# ---- rules R1, R2, R3 and rule X ----
order = sorted(cands, key=lambda x: (x['n'], CATS.index(x['cat'])))
short = [x for x in order if x['chars'] <= 6000]
r1 = [x for x in short if x['count'] >= 3]
zeros = [x for x in short if x['count'] == 0]
r2 = [x for k, x in enumerate(zeros) if k % 200 == 0]
r3 = [x for x in short if x['count'] == 2]
for x in r1: x['rule'] = 'R1'
for x in r2: x['rule'] = 'R2'
for x in r3: x['rule'] = 'R3'
picked = r1 + r2 + r3
# rule X: share of a candidate's 16-char CJK shingles found in any cached corpus file (none of this source's new files)
texts = {x['path']: blob(x['path']).decode('gb18030', errors='replace') for x in picked}
sh = {p: shingles(t) for p, t in texts.items()}
allsh = set().union(*sh.values())
found = {p: set() for p in sh}
cache = os.path.expanduser('~/.cache/newsarchive/corpora')
# this source's own candidates are skipped, unless the same bytes are a file another source names (a file of another
# set cached under the same SHA-256: a byte-identical copy must count as found elsewhere)
others = set()
for f in glob.glob(os.path.join(WT, 'bench/corpora/*.source.json')):
    if 's26' in os.path.basename(f): continue
    s = json.load(open(f, encoding='utf-8'))
    for e in (s.get('files') or [{'sha256': s.get('sha256')}]): others.add(e.get('sha256'))
own = {x['sha'] for x in picked} - others
nfiles = 0
for name in sorted(os.listdir(cache)):
    if name in own or '.partial' in name: continue
    nfiles += 1
    c = cjk(decode_any(open(os.path.join(cache, name), 'rb').read()))
    hit = {c[i:i+16] for i in range(len(c) - 15)} & allsh
    if hit:
        for p in sh: found[p] |= (sh[p] & hit)
for x in picked:
    s = sh[x['path']]
    x['xshare'] = round(len(found[x['path']]) / len(s), 3) if s else 0.0
    x['dropped'] = x['xshare'] >= 0.5
print('cache files read', nfiles)
for r in ('R1','R2','R3'):
    xs = [x for x in picked if x['rule'] == r]
    print(r, len(xs), 'dropped by X', sum(x['dropped'] for x in xs), 'max share kept', max([x['xshare'] for x in xs if not x['dropped']] or [0]))
keep = [x for x in picked if not x['dropped']]
json.dump(keep, open('/tmp/s26-candidates.json', 'w'), indent=1)
json.dump([x for x in picked if x['dropped']], open('/tmp/s26-dropped.json', 'w'), indent=1)
