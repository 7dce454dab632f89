#!/usr/bin/env python3
"""Page selection for real-officials-s43 (fixed before any page's text was read).

Source: shatu/Joint-NER-RelEx-Coref at commit 23dcfdd (the commit that holds the ACE corpora). First run: the ACE 2004
Chinese BROADCAST NEWS files data/ACE-2004/ace_tides_multling_train/data/Chinese/bnews/*.sgm (314 files; R0b drops 4,
R1 49, R2 129) -- R3 then dropped all 132 left: every one shares 20-character stretches with the CTB 6 training text
(bench/corpora/ctb6-xinhua-1994-1998-train.source.json, which holds these broadcasts). Second run (this script, as
committed, before any text was read): the ACE 2005 Chinese broadcast news files data/ACE-2005/.../Chinese/bn/adj/*.sgm
(transcripts of Oct 2000 - 2001 broadcasts: CBS 中央广播电台, CNR 中央人民广播电台, CTS 华视, CTV 中视, VOM 美国之音).
No set uses them: real-officials-s32 took the ACE 2005 nw/adj files, real-officials-s41 the ACE 2004 nwire files.
Prints only order numbers, hashes, paths, dates and lengths -- never text.

Rules:
  R0  a story is a file .../Chinese/bn/adj/*.sgm of the commit's tree holding one <DOC> with <DATETIME> MM/DD/YYYY
      and a <TEXT> (the transcripts have no headline);
  R0b its text contains neither 人民日报 nor 人民网 (People's Daily text is not to be used);
  R1  its text (tags removed, every whitespace character removed) holds 200..3000 characters;
  R2  it holds at least 1 match of OFFICE below;
  R3  the 20-character rule: it shares no stretch of 20 characters (whitespace removed on both sides) with any file
      named by bench/corpora/*.source.json (read from the corpus cache that bench/Get-Corpus.ps1 fills, else from
      the local git copy); only counts are printed;
  R4  order: ascending SHA-256 of the path (UTF-8); pages are taken in this order, the set is the longest prefix
      labelled in the time given.
"""
import glob, hashlib, json, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/shatu+Joint-NER-RelEx-Coref/repo'
COMMIT = '23dcfdda13a4b1c011f5c74e5db802809e9c1745'
PREFIX = None  # ACE 2005 .../Chinese/bn/adj/, see paths below
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人')
HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, '..', '..', 'corpora')
CACHE = os.environ.get('NEWSARCHIVE_CORPUS_CACHE') or os.path.expanduser('~/.cache/newsarchive/corpora')
K = 20


def git(*args, git_dir=GIT_DIR):
    return subprocess.run(['git', '--git-dir', git_dir, *args], check=True, capture_output=True).stdout


def flat(text):
    return re.sub(r'\s+', '', text)


def story(text):
    m = re.search(r'(?s)<DOC>.*?<DATETIME>\s*(\d{2})/(\d{2})/(\d{4})[^<]*</DATETIME>.*?<TEXT>(.*?)</TEXT>', text)
    if not m:
        return None
    return f'{m.group(3)}-{m.group(1)}-{m.group(2)}', flat(re.sub(r'<[^>]+>', '', m.group(4)))


def existing_texts():
    """Yields (id, text) of every file named by bench/corpora/*.source.json that is on this machine."""
    missing = 0
    for sf in sorted(glob.glob(os.path.join(CORPORA, '*.source.json'))):
        src = json.load(open(sf, encoding='utf-8'))
        files = src.get('files') or [{'path': src.get('path'), 'sha256': src.get('sha256')}]
        for f in files:
            sha = (f.get('sha256') or '').lower()
            data = None
            p = os.path.join(CACHE, sha)
            if sha and os.path.exists(p):
                data = open(p, 'rb').read()
            elif src.get('repo') and not src.get('archive'):
                for root in ('/work/.mirror',):
                    for cand in (f"{root}/{src['repo'].replace('/', '+')}/repo",):
                        if os.path.isdir(cand):
                            try:
                                data = git('show', f"{src['commit']}:{f['path']}", git_dir=cand)
                            except subprocess.CalledProcessError:
                                data = None
            if data is None:
                missing += 1
                continue
            for enc in ('utf-8', 'gb18030', 'utf-16'):
                try:
                    yield src['id'], data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
    print(f'# existing corpus files not on this machine: {missing}', file=sys.stderr)


paths = [p for p in git('ls-tree', '-r', '--name-only', '-z', COMMIT).decode().split('\0')
         if p.startswith('data/ACE-2005/') and '/Chinese/bn/adj/' in p and p.endswith('.sgm')]
cands = []
dropped = {'R0': 0, 'R0b': 0, 'R1': 0, 'R2': 0, 'R3': 0}
for path in paths:
    text = git('show', f'{COMMIT}:{path}').decode('utf-8', 'replace')
    s = story(text)
    if s is None:
        dropped['R0'] += 1; continue
    date, body = s
    if '人民日报' in body or '人民网' in body:
        dropped['R0b'] += 1; continue
    if not (200 <= len(body) <= 3000):
        dropped['R1'] += 1; continue
    if not OFFICE.search(body):
        dropped['R2'] += 1; continue
    cands.append((hashlib.sha256(path.encode()).hexdigest(), path, date, len(body), body,
                  hashlib.sha256(text.encode('utf-8')).hexdigest()))

grams = {}
for i, c in enumerate(cands):
    b = c[4]
    for j in range(len(b) - K + 1):
        grams.setdefault(b[j:j + K], set()).add(i)
hit = set()
for sid, t in existing_texts():
    t = flat(t)
    for j in range(len(t) - K + 1):
        g = grams.get(t[j:j + K])
        if g:
            hit |= g
dropped['R3'] = len(hit)
rows = sorted(c for i, c in enumerate(cands) if i not in hit)
print(f'# commit {COMMIT}; {len(paths)} ACE 2005 bn/adj .sgm files; dropped {dropped}; {len(rows)} eligible stories')
for n, (h, path, date, ln, body, fsha) in enumerate(rows, 1):
    print(f'{n}\t{h[:12]}\t{path}\t{date}\tchars={ln}\tfile_sha256={fsha}')
