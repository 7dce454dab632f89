#!/usr/bin/env python3
"""Page selection for real-officials-s37 (fixed before any page's text was read).

Source: softly-undefined/mt-evaluation-test at COMMIT, mt-dataset/cwmt2008_ce_news.tsv and cwmt2009_ce_news.tsv: the
Chinese-to-English news test sets of CWMT 2008 and CWMT 2009 (a Kaggle re-upload), one tab-separated record a line
under a header line (datasource, domain, setid, srclang, trglang, src, ref1, ref2, ref3); 'src' is one Chinese
segment. There is no docid and no story boundary, so pages are fixed passages of records (as for the WMT passages of
real-officials-s23). Prints only order numbers, hashes, passage ids, counts and lengths -- never text.

Rules:
  R0  passages: each file's records (lines 2..N, the header line 1 excepted, trailing empty lines dropped) are cut into
      consecutive passages of 15 records (file lines 2-16, 17-31, ...); a last passage of fewer than 15 records is
      dropped. Every record must have 9 tab-separated fields, srclang 'zh' and domain 'ce-news'.
  R1  the passage's text (its records' src fields, each trimmed, joined with nothing; every whitespace character
      removed) holds 300..3000 characters;
  R2  the text holds at least 1 match of OFFICE below (a match only filters; it says nothing about who is an official);
  RX  a passage is dropped if 50 % or more of its 16-character CJK shingles (CJK characters only, all else removed)
      occur in a file cached under ~/.cache/newsarchive/corpora (the other sets' sources; this source's two files
      excepted), so that no text already in another set is labelled again;
  R3  order: ascending SHA-256 of the passage id '<path>#<from>-<to>' (UTF-8); pages are taken in this order, the set
      is the longest prefix labelled in the time given (never a page skipped for being hard).
"""
import hashlib, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/softly-undefined+mt-evaluation-test/repo'
COMMIT = '0035e151eb8bfb77443d4eae314d5cef5cd4244f'
FILES = ['mt-dataset/cwmt2008_ce_news.tsv', 'mt-dataset/cwmt2009_ce_news.tsv']
PASSAGE = 15
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|首相|外长|大使|国务卿|议长|委员长|司令|秘书长|发言人')
CJK = re.compile(r'[\u3400-\u9fff]')
CACHE = os.path.expanduser('~/.cache/newsarchive/corpora')
K = 16


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


def shingles(text):
    s = ''.join(CJK.findall(text))
    return {s[i:i + K] for i in range(len(s) - K + 1)}


passages = []
own = set()
for path in FILES:
    blob = git('show', f'{COMMIT}:{path}')
    own.add(hashlib.sha256(blob).hexdigest())
    lines = blob.decode('utf-8').split('\n')
    while lines and not lines[-1].strip():
        lines.pop()
    header = lines[0].split('\t')
    src = header.index('src')
    records = lines[1:]
    for k in range(len(records) // PASSAGE):
        first = 2 + k * PASSAGE
        cut = records[k * PASSAGE:(k + 1) * PASSAGE]
        fields = [r.split('\t') for r in cut]
        assert all(len(f) == 9 and f[3] == 'zh' and f[1] == 'ce-news' for f in fields), (path, first)
        text = re.sub(r'\s+', '', ''.join(f[src].strip() for f in fields))
        pid = f'{path}#{first}-{first + PASSAGE - 1}'
        passages.append(dict(id=pid, path=path, lines=(first, first + PASSAGE - 1), text=text,
                             count=len(OFFICE.findall(text)), sha=hashlib.sha256(pid.encode()).hexdigest(),
                             cut=hashlib.sha256('\n'.join(cut).encode()).hexdigest()))

candidates = [p for p in passages if 300 <= len(p['text']) <= 3000 and p['count'] >= 1]

# RX: shingle overlap with every cached corpus file but this source's own.
wanted = {}
for p in candidates:
    p['shingles'] = shingles(p['text'])
    for s in p['shingles']:
        wanted.setdefault(s, []).append(p['id'])
seen = set()
for name in sorted(os.listdir(CACHE)) if os.path.isdir(CACHE) else []:
    if name in own or '.partial' in name:
        continue
    try:
        data = open(os.path.join(CACHE, name), 'rb').read()
    except OSError:
        continue
    for enc in ('utf-8', 'gb18030'):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            text = data.decode('utf-8', 'replace')
    s = ''.join(CJK.findall(text))
    for i in range(len(s) - K + 1):
        if s[i:i + K] in wanted:
            seen.add(s[i:i + K])
dropped = []
kept = []
for p in candidates:
    share = len(p['shingles'] & seen) / max(1, len(p['shingles']))
    p['share'] = share
    (dropped if share >= 0.5 else kept).append(p)

kept.sort(key=lambda p: p['sha'])
print(f'# commit {COMMIT}; {len(passages)} passages of {PASSAGE} records; {len(candidates)} pass R1/R2; '
      f'{len(dropped)} dropped by RX; {len(kept)} candidates')
for p in dropped:
    print(f'# RX dropped {p["id"]} share={p["share"]:.3f}')
for i, p in enumerate(kept, 1):
    print(f'{i}\t{p["sha"][:12]}\t{p["id"]}\tchars={len(p["text"])}\tcount={p["count"]}\tshare={p["share"]:.3f}\tcut={p["cut"]}')
