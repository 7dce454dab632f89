#!/usr/bin/env python3
"""Fixed page-selection rules of real-officials-s33 (written and committed before any story text was read).

Source: bench/corpora/taiwan-political-news-chinatimes-udn.source.json (IsaacLee0904/News_Political_Polarization,
data/raw_data/*.csv: 中時新聞網 and 聯合新聞網 stories found by four political keywords). Prints ranks, file indexes,
line ranges, outlets, dates, categories, lengths and SHA-256 of the cuts only, never text.

Rules:
  * Eligible: the record's category is a news column of politics or local news: 政治, 政治要聞, 地方新聞 (Chinatimes
    files) or 要聞, 地方 (Udn files); title non-empty; content 100-1,200 characters; up_datetime has a date.
  * Order: the Chinatimes and the Udn eligible stories, each sorted by SHA-256 of 's33:' + url; the two lists
    alternate (Chinatimes first), the longer list's remainder last.
  * Overlap: a story is skipped if its url or title was taken before, if more than 30 % of its 16-character shingles
    occur in a story taken before it, or more than 10 % in the files cached under ~/.cache/newsarchive/corpora (the
    other sets' sources) when the rules run.
  * 300 candidates are printed; the set is the longest prefix of this order labelled in the time given.
"""
import csv, hashlib, json, os, re, subprocess, sys

csv.field_size_limit(10**9)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
SOURCE = json.load(open(os.path.join(ROOT, 'bench/corpora/taiwan-political-news-chinatimes-udn.source.json'), encoding='utf-8'))
GITDIR = '/work/.mirror/' + SOURCE['repo'].replace('/', '+') + '/repo'
NEWS = {'Chinatimes': {'政治', '政治要聞', '地方新聞'}, 'Udn': {'要聞', '地方'}}
N = 300


def read_file(path, sha):
    data = subprocess.run(['git', '--git-dir', GITDIR, 'show', SOURCE['commit'] + ':' + path], check=True, capture_output=True).stdout
    if hashlib.sha256(data).hexdigest() != sha:
        sys.exit(f'{path}: SHA-256 mismatch')
    return data.decode('utf-8')


def records(text):
    """(first line, last line (1-based, inclusive), fields) of each record after the header, lines as Build-RealSets splits them."""
    lines = re.split(r'\r?\n', text)
    consumed = [0]

    def feed():
        for line in lines:
            consumed[0] += 1
            yield line + '\n'
    reader = csv.reader(feed())
    header = [h.lstrip('\ufeff') for h in next(reader)]
    start = consumed[0] + 1
    for row in reader:
        end = consumed[0]
        if row:
            yield start, end, dict(zip(header, row)), lines[start - 1:end]
        start = end + 1


def shingles(s, k=16):
    s = re.sub(r'\s+', '', s)
    return {s[i:i + k] for i in range(max(0, len(s) - k + 1))}


def main():
    pools = {'Chinatimes': [], 'Udn': []}
    for fi, f in enumerate(SOURCE['files']):
        text = read_file(f['path'], f['sha256'])
        for a, b, rec, cut in records(text):
            outlet = rec['source']
            content = rec['content']
            m = re.match(r'(\d{4}-\d{2}-\d{2})', rec['up_datetime'])
            if outlet not in NEWS or rec['category'] not in NEWS[outlet] or not rec['title'].strip() or not m:
                continue
            if not (100 <= len(content) <= 1200):
                continue
            sha = hashlib.sha256('\n'.join(cut).encode('utf-8')).hexdigest()
            key = hashlib.sha256(('s33:' + rec['url']).encode('utf-8')).hexdigest()
            pools[outlet].append(dict(file=fi, lines=(a, b), outlet=outlet, date=m.group(1), cat=rec['category'],
                                      url=rec['url'], title=rec['title'].strip(), text=rec['title'] + content,
                                      length=len(content), sha=sha, key=key))
    for p in pools.values():
        p.sort(key=lambda r: r['key'])
    order = []
    a, b = pools['Chinatimes'], pools['Udn']
    for i in range(max(len(a), len(b))):
        if i < len(a): order.append(a[i])
        if i < len(b): order.append(b[i])
    # Shingles of the cache files (other sets' sources), only those that occur in the first candidates considered.
    pool_sh = {}
    for r in order[:2 * N]:
        pool_sh[id(r)] = shingles(r['text'])
    wanted = set().union(*pool_sh.values())
    cache_hits = set()
    cache = os.path.expanduser('~/.cache/newsarchive/corpora')
    if os.path.isdir(cache):
        for name in os.listdir(cache):
            try:
                t = open(os.path.join(cache, name), 'rb').read().decode('utf-8', 'ignore')
            except OSError:
                continue
            t = re.sub(r'\s+', '', t)
            for i in range(len(t) - 15):
                s = t[i:i + 16]
                if s in wanted:
                    cache_hits.add(s)
    taken, seen_url, seen_title, taken_sh = [], set(), set(), set()
    skipped = {'url/title': 0, 'overlap-taken': 0, 'overlap-cache': 0}
    for r in order[:2 * N]:
        if len(taken) >= N:
            break
        sh = pool_sh[id(r)] or {''}
        if r['url'] in seen_url or r['title'] in seen_title:
            skipped['url/title'] += 1; continue
        if len(sh & taken_sh) / len(sh) > 0.30:
            skipped['overlap-taken'] += 1; continue
        if len(sh & cache_hits) / len(sh) > 0.10:
            skipped['overlap-cache'] += 1; continue
        taken.append(r); seen_url.add(r['url']); seen_title.add(r['title']); taken_sh |= sh
    print(f"eligible: Chinatimes {len(a)}, Udn {len(b)}; skipped {skipped}")
    print('rank\tfile\tlines\toutlet\tdate\tcategory\tlength\tsha256')
    for i, r in enumerate(taken, 1):
        print(f"{i}\t{r['file']}\t{r['lines'][0]}-{r['lines'][1]}\t{r['outlet']}\t{r['date']}\t{r['cat']}\t{r['length']}\t{r['sha']}")


if __name__ == '__main__':
    main()
