#!/usr/bin/env python3
"""Page selection for real-officials-s36 (fixed and committed before any page's text was read).

Source: Cycle0258/cqnews, branch 'news' at COMMIT: Chongqing_News_History/<YYYY-MM-DD>_新闻汇总.md, transcripts of the
重庆新闻联播 (Chongqing TV's regional evening news) crawled from cbg.cn, one file a day, one '## <title>' section a story.
The files and their SHA-256 are bench/corpora/chongqing-tv-news-2026.source.json ("files", in that order = file index).
Prints only order numbers, hashes, file indexes, story ordinals, line ranges and lengths -- never text.

Rules:
  R0  a file of the source whose first line is '# 重庆新闻联播文字稿 (<date>)' with the date of its name;
      a story is a section from a line starting '## ' to the line before the next such line (or the end of the
      file), whose second line starts with '- 原文:'; its cut is the section without its trailing empty lines, its
      closing '---' rule and the empty lines before that rule;
  R0b a story whose '- 原文:' URL was already seen (earlier in the file, or in an earlier file in path order) is
      dropped (the first copy is kept);
  R1  its body (the cut without the title line and the '- 原文:' line; lines equal to '---' dropped; every whitespace
      character removed) holds 300..4000 characters;
  R2  (favouring stories about government) the body holds at least 1 match of OFFICE below;
  R3  order: ascending SHA-256 of '<path>#<n>' (UTF-8; n = the story's 1-based ordinal among the file's '## '
      sections); pages are taken in this order, the set is the longest prefix labelled in the time given.
"""
import hashlib, json, os, re, subprocess, sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/Cycle0258+cqnews/repo'
COMMIT = '1da7671781d873b6f5dc90c427ab1e8abc4c3ed2'
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../corpora/chongqing-tv-news-2026.source.json')
OFFICE = re.compile(r'书记|县长|市长|区长|镇长|乡长|省长|州长|局长|厅长|部长|主席|总理|总统|发言人')
NAME = re.compile(r'^Chongqing_News_History/(\d{4}-\d{2}-\d{2})_新闻汇总\.md$')


def git(*args):
    return subprocess.run(['git', '--git-dir', GIT_DIR, *args], check=True, capture_output=True).stdout


source = json.load(open(SOURCE, encoding='utf-8'))
assert source['commit'] == COMMIT
rows, seen, stories, dropped = [], set(), 0, 0
for index, entry in enumerate(source['files']):
    path = entry['path']
    blob = git('show', f'{COMMIT}:{path}')
    assert hashlib.sha256(blob).hexdigest() == entry['sha256'], path
    m = NAME.match(path)
    lines = blob.decode('utf-8').split('\n')
    if not m or lines[0].strip() != f'# 重庆新闻联播文字稿 ({m.group(1)})':
        continue
    starts = [i for i, line in enumerate(lines) if line.startswith('## ')]
    for n, start in enumerate(starts, 1):
        end = (starts[n] if n < len(starts) else len(lines)) - 1  # 0-based, inclusive
        while end > start and lines[end].strip() == '':
            end -= 1
        if lines[end].strip() == '---':
            end -= 1
            while end > start and lines[end].strip() == '':
                end -= 1
        if start + 1 > end or not lines[start + 1].startswith('- 原文:'):
            continue
        stories += 1
        url = lines[start + 1][len('- 原文:'):].strip()
        if url in seen:
            dropped += 1
            continue
        seen.add(url)
        body = [l for l in lines[start + 2:end + 1] if l.strip() != '---']
        flat = re.sub(r'\s+', '', ''.join(body))
        if not (300 <= len(flat) <= 4000):
            continue
        if len(OFFICE.findall(flat)) < 1:
            continue
        cut = '\n'.join(lines[start:end + 1])
        key = f'{path}#{n}'
        rows.append((hashlib.sha256(key.encode()).hexdigest(), index, path, m.group(1), n, start + 1, end + 1, len(flat),
                     hashlib.sha256(cut.encode()).hexdigest()))
rows.sort()
print(f'# commit {COMMIT}; {stories} stories, {dropped} repeated URLs dropped, {len(rows)} eligible')
for i, (h, index, path, date, n, a, b, chars, sha) in enumerate(rows, 1):
    print(f'{i}\t{h[:12]}\tfile={index}\t{date}\t#{n}\tlines={a}-{b}\tchars={chars}\tsha256={sha}')
