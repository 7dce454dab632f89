#!/usr/bin/env python3
"""Page selection for real-officials-s35 (fixed before any page's text was read).

Source: caijing666666/xinwenlianbo (a 新闻联播 summary site), the story files data/news/YYYY-MM-DD-N.json of commit
COMMIT: one pretty-printed JSON object a file {id, date, title, content, sourceUrl, scrapedAt}, one 新闻联播 story each,
2025-10-31 .. 2025-12-11. Prints only order numbers, hashes, paths, dates and lengths -- never text.

Rules:
  R0  a file data/news/YYYY-MM-DD-N.json of the commit's tree (its blob readable in the snapshot), a JSON object with
      string fields id, date, title, content, whose date equals the file name's date;
  R0a its date is not 2025-11-05 (that day's 新闻联播 is already in bench/corpora/paraset-cctv-20251105);
  R0b its text contains neither 人民日报 nor 人民网 (no People's Daily text);
  R1  its content (every whitespace character removed) holds 300..2500 characters;
  R2  (favouring stories with officials) the content or title holds at least 1 match of OFFICE below;
  R3  order: ascending SHA-256 of the path (UTF-8); pages are taken in this order, the set is the longest prefix
      labelled in the time given.
"""
import hashlib, json, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/caijing666666+xinwenlianbo/repo'
COMMIT = 'f5c4be4'
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人|委员长|国务卿|外长|大使')
NAME = re.compile(r'^data/news/(\d{4}-\d{2}-\d{2})-\d+\.json$')


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


commit = git('rev-parse', COMMIT).decode().strip()
paths = [p for p in git('ls-tree', '-r', '--name-only', '-z', commit).decode().split('\0') if p]
rows, missing, bad = [], [], []
for path in paths:
    m = NAME.match(path)
    if not m:
        continue
    try:
        raw = git('show', f'{commit}:{path}')
    except subprocess.CalledProcessError:
        missing.append(path)
        continue
    try:
        d = json.loads(raw.decode('utf-8'))
    except ValueError:
        bad.append(path)
        continue
    if not isinstance(d, dict) or not all(isinstance(d.get(k), str) for k in ('id', 'date', 'title', 'content')):
        bad.append(path)
        continue
    if d['date'] != m.group(1) or d['date'] == '2025-11-05':
        continue
    text = raw.decode('utf-8')
    if '人民日报' in text or '人民网' in text or '\\u4eba\\u6c11' in text:
        continue
    flat = re.sub(r'\s+', '', d['content'])
    if not (300 <= len(flat) <= 2500):
        continue
    if not OFFICE.search(flat + d['title']):
        continue
    rows.append((hashlib.sha256(path.encode()).hexdigest(), path, d['date'], len(flat), len(raw)))
rows.sort()
print(f'# commit {commit}; {len(rows)} eligible stories; {len(missing)} unreadable; {len(bad)} not story objects')
for i, (h, path, date, n, size) in enumerate(rows, 1):
    print(f'{i}\t{h[:12]}\t{path}\t{date}\tchars={n}\tbytes={size}')
