#!/usr/bin/env python3
"""Pages of real-officials-s30, by the rules of README.md (fixed before any page was read).

Reads the two source files (paths as arguments, or the blobs of Range0122/Tibet_crawl at c0bbf30 under /work/.mirror)
and prints, per page in page order, its file index, line number, outlet (the record's source field) and length.
With --r2 it prints the R2 order instead (pages 105 on; numbering restarts at 1). It prints no article text."""
import json, re, subprocess, sys

COMMIT = 'c0bbf308545f54876bef6d04b8ca93f23a8f83d8'
FILES = ['tibet_spider/result/xzw/xzw_xw_zx-0927.json', 'tibet_spider/result/xzw/xzw_xw_zqdt-0927.json']
GIT = '/work/.mirror/Range0122+Tibet_crawl/repo/.git'
SKIP = 20        # lines 1-20 of each file are never taken
MAXLEN = 3000    # records whose content is longer are left out
K = 5            # every K-th eligible record of a file, the 1st, (K+1)-th, ...

REGIONAL = re.compile(
    r'^(西藏|拉萨|日喀则|昌都|山南|那曲|林芝|阿里|四川|成都|甘孜|阿坝|青海|西海|海东|云南|迪庆|香格里拉|甘肃|甘南|兰州'
    r'|北京日报|北京晚报|北京青年报|新京报|郑州|江淮|解放日报|汉网|北方网|东方卫视|山东卫视|康巴|香巴拉|华西都市报|封面新闻'
    r'|中国西藏新闻|中国甘肃网|云南网|青海新闻网|四川在线|四川新闻网'
    r'|人民网-(四川|青海|西藏|云南|甘肃)频道|中新网(四川|青海|甘肃|云南)|新华网云南)')

def outlet(record):
    s = record.get('source', '').replace('\xa0', ' ').strip()
    s = s[3:] if s.startswith('来源：') else s
    return s.split(' ')[0].strip()

def eligible(path_or_text):
    out = []
    for n, line in enumerate(path_or_text.split('\n'), 1):
        if n <= SKIP or not line.strip():
            continue
        r = json.loads(line)
        o = outlet(r)
        if REGIONAL.match(o) and len(r['content']) <= MAXLEN:
            out.append((n, o, len(r['content']), r['publish_time'][5:15]))
    return out

def main():
    paths = [a for a in sys.argv[1:] if not a.startswith('--')]
    texts = [open(p, encoding='utf-8').read() for p in paths[:2]] if len(paths) >= 2 else \
        [subprocess.run(['git', '--git-dir', GIT, 'show', f'{COMMIT}:{f}'], capture_output=True, check=True).stdout.decode('utf-8') for f in FILES]
    start = 2 if '--r2' in sys.argv else 0   # R2: the 3rd, 8th, 13th ... eligible records
    picks = []
    for i, t in enumerate(texts):
        e = eligible(t)
        p = e[start::K]
        print(f'file {i}: {len(e)} eligible, {len(p)} taken', file=sys.stderr)
        picks.append([(i,) + x for x in p])
    # page order: alternate the two files (file 0's 1st, file 1's 1st, file 0's 2nd, ...), the longer list's rest last
    order = []
    for j in range(max(len(p) for p in picks)):
        for p in picks:
            if j < len(p):
                order.append(p[j])
    for k, (i, n, o, L, d) in enumerate(order, 1):
        print(f'{k}\tfile={i}\tline={n}\t{d}\t{o}\t{L}')

if __name__ == '__main__':
    main()
