#!/usr/bin/env python3
"""Page selection for real-officials-s38 (fixed and committed before any page's text was read).

Source: HaelC/Processing-Corpus-with-Python at COMMIT, LCMC_A.xml: category A (press reportage, newspapers of about
1991) of the Lancaster Corpus of Mandarin Chinese, character version (bench/corpora/lcmc-a-press-1991.source.json).
44 <file ID="Ann"> samples; '<p>' and '</p>' on lines of their own; every word a <w POS=..>..</w>, every punctuation
mark a <c POS=..>..</c>; no headline markup. Prints only order numbers, hashes, file ids, line ranges and lengths --
never text.

Rules:
  R0  the text of a paragraph is the concatenation, in order, of the contents of its <w> and <c> elements (XML
      entities decoded); a paragraph is a '<p>' line, the lines up to the next '</p>' line, and that line;
  R0b pages are cut inside one <file>, paragraphs taken in order: a page closes after the paragraph that brings its
      text (all white space removed) to 1,000 characters or more; what is left at the end of a file is its own page
      if it holds 300 characters or more, else it is joined to the file's previous page (if there is none, it is a
      page); a page's cut runs from its first paragraph's '<p>' line to its last paragraph's '</p>' line;
  R1  the page's text holds 300..2500 characters;
  R2  (favouring government stories) the text holds at least 1 match of OFFICE below;
  R3  order: ascending SHA-256 of 'LCMC_A.xml#<file id>#<k>' (UTF-8; k = the page's 1-based ordinal in its file);
      pages are taken in this order, the set is the longest prefix labelled in the time given.
"""
import hashlib, html, json, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/HaelC+Processing-Corpus-with-Python/repo'
COMMIT = '1ea23cd9d3ab208d7f4682f3a17b019d24c1c086'
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../corpora/lcmc-a-press-1991.source.json')
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人')
TOKEN = re.compile(r'<([wc])\b[^>]*>(.*?)</\1>', re.S)

source = json.load(open(SOURCE, encoding='utf-8'))
assert source['commit'] == COMMIT
blob = subprocess.run(['git', '--git-dir', GIT_DIR, 'show', f'{COMMIT}:{source["path"]}'], check=True,
                      capture_output=True).stdout
assert hashlib.sha256(blob).hexdigest() == source['sha256']
lines = re.split(r'\r?\n', blob.decode('utf-8'))

files, current, start = [], None, None  # files: (id, [(first line, last line, chars)]) with 1-based lines
for i, line in enumerate(lines, 1):
    s = line.strip()
    m = re.match(r'<file ID="([A-Z]\d+)">$', s)
    if m:
        current = (m.group(1), [])
        files.append(current)
    elif s == '<p>':
        assert current is not None and start is None
        start = i
    elif s == '</p>':
        text = ''.join(html.unescape(t) for _, t in TOKEN.findall('\n'.join(lines[start - 1:i])))
        current[1].append((start, i, len(re.sub(r'\s+', '', text)), text))
        start = None

rows, pages = [], 0
for fid, paras in files:
    groups, group = [], []
    for p in paras:
        group.append(p)
        if sum(q[2] for q in group) >= 1000:
            groups.append(group)
            group = []
    if group:
        if sum(q[2] for q in group) >= 300 or not groups:
            groups.append(group)
        else:
            groups[-1].extend(group)
    for k, g in enumerate(groups, 1):
        pages += 1
        text = ''.join(q[3] for q in g)
        chars = len(re.sub(r'\s+', '', text))
        if not (300 <= chars <= 2500) or len(OFFICE.findall(text)) < 1:
            continue
        a, b = g[0][0], g[-1][1]
        cut = '\n'.join(lines[a - 1:b])
        key = f'LCMC_A.xml#{fid}#{k}'
        rows.append((hashlib.sha256(key.encode()).hexdigest(), fid, k, a, b, chars, len(g),
                     hashlib.sha256(cut.encode()).hexdigest()))
rows.sort()
print(f'# commit {COMMIT}; {len(files)} files, {pages} pages, {len(rows)} eligible')
for n, (h, fid, k, a, b, chars, np_, sha) in enumerate(rows, 1):
    print(f'{n}\t{h[:12]}\t{fid}#{k}\tlines={a}-{b}\tparas={np_}\tchars={chars}\tsha256={sha}')
