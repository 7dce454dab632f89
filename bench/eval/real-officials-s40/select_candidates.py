#!/usr/bin/env python3
"""Page selection for real-officials-s40 (fixed before any page's text was read).

Source: HappyShadowWalker/ChineseTextClassify at COMMIT, the SogouC text-classification corpus
(SogouC/ClassFile/<C0000NN>/<n>.txt: Sohu news channels, most stories of 2004-2006, many reprinted from provincial and
city papers; one story a file, GB18030, no headline, no date). Under the brief's EXCEPTION only files that no set uses
are taken: the files named by bench/corpora/sogouc-sohu-classified-news-2006*.source.json (real-officials-s19, -s26)
are left out. The repository's ChineseSegmentation/PKU_GB (People's Daily 1998) and the segmented copy SogouCCut/ are
never read. Prints only order numbers, hashes, paths, groups and lengths -- never text.

Rules:
  R0  a file SogouC/ClassFile/C0000NN/<n>.txt of the commit's tree not named by any bench/corpora source, decoded as
      GB18030 (invalid bytes replaced);
  R1  its text, every whitespace character removed, holds 300..3000 characters;
  R2  it holds at least 1 match of OFFICE below (the brief's title words, and 州长 乡长 司令 政委);
  G   group A (regional posts first, as the brief wants regional news): it holds at least 1 match of LOCAL below;
      group B: every other R2 file;
  X   (no text of an existing set) it shares no 20-character stretch (whitespace removed, HTML tags removed) with any
      file of any source of bench/corpora, as cached by bench/Get-Corpus.ps1 (~/.cache/newsarchive/corpora; every
      file read as UTF-8, else GB18030, invalid bytes dropped) -- a superset of every set's texts, the s19/s26 SogouC
      files included; a cached copy of a candidate itself (its blob's SHA-256) is skipped unless another source
      names the same bytes (added after the measurement, for reruns once this set's files were cached; it gives the
      same output as the first run, committed in candidates.txt);
  D   (one copy of a story) in the order below, a file sharing a 20-character stretch with an earlier kept file is
      dropped;
  R3  order: group A, then group B, each by ascending SHA-256 of the path (UTF-8); pages are taken in this order, the
      set is the longest prefix labelled in the time given.
"""
import glob, hashlib, json, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/HappyShadowWalker+ChineseTextClassify/repo/.git'
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CACHE = os.path.expanduser('~/.cache/newsarchive/corpora')
COMMIT = '1759776b9cd4099604c924d3eb65b28643e3f996'
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人|司令|政委')
LOCAL = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长')
K = 20


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


def flat(t):
    return re.sub(r'\s', '', t)


def shingles(t):
    return {t[i:i + K] for i in range(len(t) - K + 1)}


SELF = 'sogouc-sohu-classified-news-2006-s40'  # this set's own source (written from this script's output)
used, own, others = set(), set(), set()
for f in glob.glob(os.path.join(ROOT, 'bench/corpora/*.source.json')):
    d = json.load(open(f, encoding='utf-8'))
    shas = {x['sha256'] for x in d.get('files', [])} | ({d['sha256']} if 'sha256' in d else set())
    if d.get('id') == SELF:
        own |= shas
        continue
    others |= shas
    if d.get('repo') == 'HappyShadowWalker/ChineseTextClassify':
        used |= {x['path'] for x in d.get('files', [])}
        if 'path' in d:
            used.add(d['path'])
paths = [p for p in git('ls-tree', '-r', '--name-only', COMMIT).decode().split('\n')
         if re.fullmatch(r'SogouC/ClassFile/C\d{6}/\d+\.txt', p) and p not in used]
cands = []
for path in paths:
    blob = git('show', f'{COMMIT}:{path}')
    text = flat(blob.decode('gb18030', 'replace'))
    if not (300 <= len(text) <= 3000) or not OFFICE.search(text):
        continue
    group = 'A' if LOCAL.search(text) else 'B'
    cands.append((group, hashlib.sha256(path.encode()).hexdigest(), path, len(text), text,
                  hashlib.sha256(blob).hexdigest()))

own_blobs = {c[5] for c in cands}
cand_sh = {}
for c in cands:
    for s in shingles(c[4]):
        cand_sh.setdefault(s, set()).add(c[2])
hit, nsrc = set(), 0
for name in sorted(os.listdir(CACHE)):
    p = os.path.join(CACHE, name)
    if not os.path.isfile(p) or '.partial' in name:
        continue
    if name in own_blobs and name not in others:  # a candidate's own copy (cached once this set's source existed)
        continue
    b = open(p, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('gb18030', 'ignore')
    t = flat(re.sub(r'<[^>]+>', '', t))
    nsrc += 1
    for i in range(len(t) - K + 1):
        s = t[i:i + K]
        if s in cand_sh:
            hit |= cand_sh[s]
cands.sort()
kept, seen, dup = [], set(), 0
for c in cands:
    if c[2] in hit:
        continue
    sh = shingles(c[4])
    if sh & seen:
        dup += 1
        continue
    seen |= sh
    kept.append(c)
print(f'# commit {COMMIT}; {len(paths)} unused files; {len(cands)} pass R1-R2 '
      f'(A {sum(c[0] == "A" for c in cands)}, B {sum(c[0] == "B" for c in cands)}); {len(hit)} dropped by X '
      f'({nsrc} cached files); {dup} dropped by D; {len(kept)} pages (A {sum(c[0] == "A" for c in kept)})')
for i, c in enumerate(kept, 1):
    print(f'{i}\t{c[0]}\t{c[1][:12]}\t{c[2]}\tchars={c[3]}\tblob_sha256={c[5]}')
