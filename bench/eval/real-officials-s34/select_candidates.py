#!/usr/bin/env python3
"""Page selection for real-officials-s34 (fixed before any page's text was read).

Source: Terminus2049/Terminus2049.github.io (端点星, an archive of deleted mainland news articles and posts), the
posts under _posts/ of commit COMMIT. Prints only order numbers, paths, dates and lengths -- never text.

Rules:
  R0  a post is (its blob readable in the snapshot) a file _posts/YYYY-MM-DD-*.md|markdown of the commit's tree, dated 2018-01-01..2020-12-31 by its name,
      whose text starts with a '---' front matter closed by a second '---' line, with a 'title:' line;
  R0b its text contains neither 人民日报 nor 人民网 (People's Daily text is not to be used);
  R1  its body (after the front matter; HTML tags, Markdown image/link syntax, '**', leading '#'/'>' removed; every
      whitespace character removed) holds 300..4000 characters;
  R2  (favouring stories about government) the body holds at least 1 match of OFFICE below;
  R3  order: ascending SHA-256 of the path (UTF-8); pages are taken in this order, the set is the longest prefix
      labelled in the time given.
"""
import hashlib, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/Terminus2049+Terminus2049.github.io/repo'
COMMIT = '0961c77'
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人')
NAME = re.compile(r'^_posts/(\d{4})-(\d{2})-(\d{2})-.*\.(md|markdown)$')


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


def body_of(text):
    lines = text.split('\n')
    if not lines or lines[0].strip() != '---':
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == '---':
            front = '\n'.join(lines[1:i])
            if not re.search(r'(?m)^title:', front):
                return None
            return '\n'.join(lines[i + 1:])
    return None


def clean(body):
    body = re.sub(r'<[^>]+>', '', body)
    body = re.sub(r'!\[[^\]]*\]\([^)]*\)', '', body)
    body = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', body)
    body = body.replace('**', '')
    body = '\n'.join(l.strip().lstrip('#>').strip() for l in body.split('\n'))
    return re.sub(r'\s+', '', body)


commit = git('rev-parse', COMMIT).decode().strip()
paths = [p for p in git('ls-tree', '-r', '--name-only', '-z', commit).decode().split('\0') if p]
rows = []
missing = []
for path in paths:
    m = NAME.match(path)
    if not m or not ('2018' <= m.group(1) <= '2020'):
        continue
    try:
        text = git('show', f'{commit}:{path}').decode('utf-8', 'replace').replace('\r\n', '\n')
    except subprocess.CalledProcessError:
        missing.append(path)  # blob absent from the snapshot (e.g. left out by the fetch): not eligible
        continue
    if '人民日报' in text or '人民网' in text:
        continue
    body = body_of(text)
    if body is None:
        continue
    flat = clean(body)
    if not (300 <= len(flat) <= 4000):
        continue
    if len(OFFICE.findall(flat)) < 1:
        continue
    rows.append((hashlib.sha256(path.encode()).hexdigest(), path, f'{m.group(1)}-{m.group(2)}-{m.group(3)}', len(flat), text.count('\n') + 1))
rows.sort()
print(f'# commit {commit}; {len(rows)} eligible posts; {len(missing)} posts unreadable in the snapshot')
for i, (h, path, date, n, nl) in enumerate(rows, 1):
    print(f'{i}\t{h[:12]}\t{path}\t{date}\tchars={n}\tlines={nl}')
