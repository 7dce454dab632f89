#!/usr/bin/env python3
"""Page selection for real-officials-s39 (fixed and committed before any page's text was read).

Source: sdongchuanqi/Third-Party-Supervised-Aligner at COMMIT (the snapshot's newest commit no longer holds the
folder; COMMIT, in its history, does), the Chinese side of the Tsinghua word-alignment evaluation set v1
(bench/corpora/tsinghua-align-v1-zh-news.source.json): file 0 TsinghuaAlignmentEvalSet/v1/tstset/tst.f and file 1
TsinghuaAlignmentEvalSet/v1/devset/dev.f, 450 word-segmented sentences a file, one a line (UTF-8, LF), no markup.
Only counts were looked at before these rules were written: tst.f has 49 Xinhua datelines (新华社…月…日电) about
every 9 lines; dev.f has none, but a short line without final punctuation about every 10 lines (headlines).
Prints only order numbers, hashes, file names, line ranges and lengths -- never text.

Rules:
  R0  text of a line: the line with all white space removed.
      tst.f: a dateline line is one whose text matches DATELINE; a story starts at the line before a dateline line
      (its headline) and runs to the line before the next story's headline, or to the file's last non-empty line.
      dev.f: a headline is a non-empty line whose text holds at most 30 characters and does not end in one of
      。！？”」"）) ; a story starts at a headline and runs to the line before the next headline, or to the file's
      last non-empty line. Lines before a file's first story are not used.
  R0b no 20-character window of the story's text (its lines' texts joined) occurs in the text (white space removed)
      of any file of a source already listed in bench/corpora (read from the corpus cache, by SHA-256): no text
      another set used is taken again;
  R1  the story's text holds 150..4000 characters;
  R2  (favouring government stories) the text holds at least 1 match of OFFICE below;
  R3  order: tier 1 the eligible tst.f stories (Xinhua wire copy, the source the brief prefers), tier 2 the eligible
      dev.f stories; inside a tier ascending SHA-256 of '<file name>#<headline line number>' (UTF-8). Pages are
      labelled in this order until 60 pages or 100 official mentions are reached, whichever first (or the time runs
      out): the set is a prefix of the order.
"""
import glob, hashlib, json, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/sdongchuanqi+Third-Party-Supervised-Aligner/repo'
COMMIT = '2308d92eaed627c7f1af9465fc671d10922ae3eb'
HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, '../../corpora')
SOURCE = os.path.join(CORPORA, 'tsinghua-align-v1-zh-news.source.json')
CACHE = os.environ.get('NEWSARCHIVE_CORPUS_CACHE', os.path.expanduser('~/.cache/newsarchive/corpora'))
DATELINE = re.compile(r'^新华社.{0,20}?([0-9]+|[一二三四五六七八九十]+)月([0-9]+|[一二三四五六七八九十]+)日电')
END_PUNCT = re.compile(r'[。！？”」"）)]$')
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|首相|外长|国务卿|议长|发言人')
WINDOW = 20

source = json.load(open(SOURCE, encoding='utf-8'))
assert source['commit'] == COMMIT


def text_of(line):
    return re.sub(r'\s+', '', line)


stories = []  # (file index, file name, first line, last line, text)
for index, entry in enumerate(source['files']):
    blob = subprocess.run(['git', '--git-dir', GIT_DIR, 'show', f'{COMMIT}:{entry["path"]}'], check=True,
                          capture_output=True).stdout
    assert hashlib.sha256(blob).hexdigest() == entry['sha256']
    lines = blob.decode('utf-8').split('\n')
    name = entry['path'].split('/')[-1]
    texts = [text_of(l) for l in lines]
    last = max(i for i, t in enumerate(texts, 1) if t)
    if name == 'tst.f':
        starts = [i - 1 for i, t in enumerate(texts, 1) if DATELINE.search(t) and i > 1]
    else:
        starts = [i for i, t in enumerate(texts, 1) if t and len(t) <= 30 and not END_PUNCT.search(t)]
    for k, start in enumerate(starts):
        end = (starts[k + 1] - 1) if k + 1 < len(starts) else last
        while end > start and not texts[end - 1]:
            end -= 1
        stories.append((index, name, start, end, ''.join(texts[start - 1:end])))

# R0b: every file of every source already listed in bench/corpora, from the corpus cache.
windows = {}
for n, s in enumerate(stories):
    for j in range(len(s[4]) - WINDOW + 1):
        windows.setdefault(s[4][j:j + WINDOW], set()).add(n)
used_shas, missing = [], []
for path in sorted(glob.glob(os.path.join(CORPORA, '*.source.json'))):
    if os.path.abspath(path) == os.path.abspath(SOURCE):
        continue
    d = json.load(open(path, encoding='utf-8'))
    for f in ([d] if 'sha256' in d else d.get('files', [])):
        used_shas.append((os.path.basename(path), f['sha256']))
overlapping = set()
for name, sha in used_shas:
    cached = os.path.join(CACHE, sha)
    if not os.path.exists(cached):
        missing.append(name)
        continue
    raw = open(cached, 'rb').read()
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('gb18030', errors='ignore')
    t = re.sub(r'\s+', '', t)
    for j in range(len(t) - WINDOW + 1):
        hit = windows.get(t[j:j + WINDOW])
        if hit:
            overlapping |= hit
print(f'# used source files read: {len(used_shas) - len(missing)} of {len(used_shas)}; missing: {sorted(set(missing))}')

rows = []
for n, (index, name, start, end, text) in enumerate(stories):
    reason = ''
    if n in overlapping:
        reason = 'R0b'
    elif not 150 <= len(text) <= 4000:
        reason = 'R1'
    elif not OFFICE.search(text):
        reason = 'R2'
    key = f'{name}#{start}'
    rows.append((0 if name == 'tst.f' else 1, hashlib.sha256(key.encode('utf-8')).hexdigest(), index, name, start, end,
                 len(text), len(OFFICE.findall(text)), reason))
print(f'# stories: {len(rows)}; eligible: {sum(1 for r in rows if not r[8])}; '
      f'excluded R0b {sum(1 for r in rows if r[8] == "R0b")}, R1 {sum(1 for r in rows if r[8] == "R1")}, '
      f'R2 {sum(1 for r in rows if r[8] == "R2")}')
order = 0
for tier, h, index, name, start, end, chars, offices, reason in sorted(r for r in rows if not r[8]):
    order += 1
    print(f'{order:3d} tier{tier + 1} {h[:16]} file{index} {name} lines {start}-{end} chars {chars} office-words {offices}')
for tier, h, index, name, start, end, chars, offices, reason in sorted(r for r in rows if r[8]):
    print(f'  - excluded {reason} {name} lines {start}-{end} chars {chars}')
