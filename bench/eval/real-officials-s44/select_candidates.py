#!/usr/bin/env python3
"""Page selection for real-officials-s44 (fixed before any page's text was read).

Source: shatu/Joint-NER-RelEx-Coref at commit COMMIT (23dcfdd, which still holds the ACE corpora), the ACE 2004 Chinese
newswire source documents of Lianhe Zaobao (联合早报, Singapore, 2000): files ZBN*.sgm under NWIRE. Unlike the Xinhua files
(real-officials-s41) they have no <P> marks: the TEXT is hard-wrapped lines only. Prints only order numbers, paths,
hashes, dates and lengths -- never text.

Rules:
  R0  a page is a file NWIRE/ZBN*.sgm of the commit's tree (its blob readable in the snapshot), UTF-8, with <DATE_TIME>
      YYYY-MM-DD, <HEADLINE>…</HEADLINE> and <TEXT>…</TEXT>, and no <P> mark;
  R0b its path is not a file of any bench/corpora/*.source.json of the same repository (no set uses it);
  R1  its headline + text, every whitespace character removed, holds 200..3000 characters;
  R2  (favouring stories about government) that text holds at least 1 match of OFFICE below;
  R3  it shares no 20-character stretch (whitespace removed on both sides) with any file of the corpus cache
      (~/.cache/newsarchive/corpora: every file of every bench/corpora source, all cached), read as UTF-8, or as GB18030
      when it is not valid UTF-8; only counts are printed;
  R4  order: ascending SHA-256 of the path (UTF-8); pages are taken in this order, the set is the longest prefix
      labelled in the time given.

With --write-source PATH it also writes the source json (the eligible files in order, with their SHA-256s).
"""
import glob, hashlib, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
GIT_DIR = '/work/.mirror/shatu+Joint-NER-RelEx-Coref/repo'
REPO = 'shatu/Joint-NER-RelEx-Coref'
COMMIT = '23dcfdda13a4b1c011f5c74e5db802809e9c1745'
NWIRE = 'data/ACE-2004/ace_tides_multling_train/data/Chinese/nwire'
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|首相|发言人')
CACHE = os.environ.get('NEWSARCHIVE_CORPUS_CACHE') or os.path.expanduser('~/.cache/newsarchive/corpora')
WIN = 20


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


used = set()
for f in glob.glob(os.path.join(ROOT, 'bench/corpora/*.source.json')):
    j = json.load(open(f, encoding='utf-8'))
    if j.get('repo') == REPO:
        for x in (j.get('files') or [j]):
            used.add(x['path'])

paths = [p for p in git('ls-tree', '-r', '--name-only', '-z', COMMIT, NWIRE).decode().split('\0') if p]
cands = []
counts = dict(zbn=0, unreadable=0, format=0, used=0, length=0, office=0)
for path in paths:
    if not re.fullmatch(re.escape(NWIRE) + r'/ZBN[^/]*\.sgm', path):
        continue
    counts['zbn'] += 1
    try:
        raw = git('show', f'{COMMIT}:{path}')
    except subprocess.CalledProcessError:
        counts['unreadable'] += 1
        continue
    text = raw.decode('utf-8', 'replace').replace('\r\n', '\n')
    d = re.search(r'<DATE_TIME>\s*(\d{4}-\d{2}-\d{2})', text)
    m = re.search(r'(?s)<HEADLINE>(.*?)</HEADLINE>.*?<TEXT>(.*?)</TEXT>', text)
    if not d or not m or '<P>' in text:
        counts['format'] += 1
        continue
    if path in used:
        counts['used'] += 1
        continue
    flat = re.sub(r'\s+', '', m.group(1) + m.group(2))
    if not (200 <= len(flat) <= 3000):
        counts['length'] += 1
        continue
    if not OFFICE.search(flat):
        counts['office'] += 1
        continue
    cands.append(dict(path=path, date=d.group(1), flat=flat, sha=hashlib.sha256(raw).hexdigest()))

# R3: windows of the candidates, scanned for in every cache file.
windows = {}
for i, c in enumerate(cands):
    for k in range(len(c['flat']) - WIN + 1):
        windows.setdefault(c['flat'][k:k + WIN], set()).add(i)
hit = set()
nfiles = 0
for name in os.listdir(CACHE):
    data = open(os.path.join(CACHE, name), 'rb').read()
    try:
        s = data.decode('utf-8')
    except UnicodeDecodeError:
        s = data.decode('gb18030', 'replace')
    s = re.sub(r'\s+', '', s)
    nfiles += 1
    for k in range(len(s) - WIN + 1):
        w = s[k:k + WIN]
        if w in windows:
            hit |= windows[w]
rows = [c for i, c in enumerate(cands) if i not in hit]
rows.sort(key=lambda c: hashlib.sha256(c['path'].encode()).hexdigest())
print(f'# commit {COMMIT}; ZBN files {counts["zbn"]}; unreadable {counts["unreadable"]}; bad format or <P> {counts["format"]}; '
      f'already used {counts["used"]}; outside length {counts["length"]}; no office word {counts["office"]}; '
      f'sharing a {WIN}-char stretch with the {nfiles} cache files {len(hit)}; eligible {len(rows)}')
for n, c in enumerate(rows, 1):
    print(f'{n}\t{hashlib.sha256(c["path"].encode()).hexdigest()[:12]}\t{c["path"].rsplit("/", 1)[1]}\t{c["date"]}\tchars={len(c["flat"])}\tsha256={c["sha"][:12]}')

if len(sys.argv) > 2 and sys.argv[1] == '--write-source':
    src = {
        'id': 'ace2004-zh-nwire-zaobao-2000',
        'repo': REPO,
        'commit': COMMIT,
        'licence': 'No licence for the data in the repository; the files are Chinese newswire source documents of the ACE 2004 '
                   'Multilingual Training Corpus (LDC2005T09): Lianhe Zaobao (联合早报, Singapore) stories of October-December 2000, '
                   '© their publisher and the LDC. No text is committed here',
        'note': 'The repository committed the ACE 2004 and ACE 2005 corpora at 23dcfdd (2016-02-13) and deleted them later. These '
                f'are the {len(rows)} ACE 2004 Chinese nwire Zaobao source documents (ZBN*.sgm, one story a file, UTF-8: <DOC><DOCNO/>'
                '<DOCTYPE/><DATE_TIME> YYYY-MM-DD </DATE_TIME><HEADER/><BODY><HEADLINE>…</HEADLINE><TEXT>…</TEXT></BODY></DOC>, no <P> '
                'marks, the text hard-wrapped into lines) that the selection rule of bench/eval/real-officials-s44/select_candidates.py '
                'keeps, in its order; none is a file of another source (the Xinhua files are ace2004-zh-nwire-2000, real-officials-s41; '
                'ACE 2005 files are ace2005-zh-nw-2000, real-officials-s32), and none shares a 20-character stretch with any file of '
                'any other source of bench/corpora. Used by bench/eval/real-officials-s44 through bench/eval/Build-RealSets.ps1 '
                "(format ace2004-zbn-sgm; the locator's file is the index in this list)",
        'files': [dict(path=c['path'], sha256=c['sha']) for c in rows],
    }
    with open(sys.argv[2], 'w', encoding='utf-8', newline='\n') as f:
        json.dump(src, f, ensure_ascii=False, indent=2)
        f.write('\n')
