#Requires -Version 7.2
<#
.SYNOPSIS
    Rebuilds the real-text officials evaluation sets (bench/eval/real-officials-*) as labelled page files, from public
    corpus files verified by their SHA-256, into a gitignored folder.
.DESCRIPTION
    Corpus text is never committed. Each set folder holds labels.json: per article the corpus source id
    (bench/corpora/<id>.source.json), a locator (a 1-based inclusive line range of the source file, in that source's
    format, or the line numbers it "pick"s inside that range), the SHA-256 of the cut lines, and the hand-written labels (officials with their titles, every person name).
    This script fetches each source through bench/Get-Corpus.ps1 (verified copy), cuts every article, refuses any whose
    SHA-256 differs from the label's, and writes one page per article:

        <OutRoot>/<set>/pageNN.txt             front matter (newspaper, date, page), '# title', the paragraphs
        <OutRoot>/<set>/pageNN.expected.json   newspaper, issueDate, page, articles[{ title, officials, people }]
        <OutRoot>/<set>/manifest.json          which article each page holds

    so that bench/Evaluate-Officials.ps1 -EvalPath <OutRoot>/<set> measures the built module on it.

    Source formats (the "format" of a labels.json source):
      msra-sentences   one sentence per line, characters separated by spaces (MSRA NER); the spaces are removed, each
                       sentence is a paragraph, the page title is the label's "title" (the corpus has no headlines).
      nist-sgm         NIST MT source SGML (<seg id=N> word-segmented text </seg>); the segmentation spaces are
                       removed (kept between two Latin letters or digits); with "headlineSeg": true the first segment
                       is the title, else the label's "title".
      cctv-markdown    yuekcc/cctv_news day files: the cut starts at the '### ' heading (the title); blank lines, HTML
                       comments and the '[查看原文]' link are dropped; every other line is a paragraph.
      sogou-xml        SogouCA/SogouCS dumps: the cut is one <doc>…</doc> (six lines); <contenttitle> is the title and
                       <content> (one line, no paragraph marks in the source) the single paragraph.
      headline-lines   plain text, one sentence per line, headlines on lines of their own (SIGHAN 2005 MSR test, Xinhua
                       wire copy): the cut starts at the article's headline, which is the title; every other non-empty
                       line is a paragraph.
      cec-raw          Chinese Emergency Corpus raw texts (one article per file, a multi-file source): the locator's
                       "file" picks the file (0-based, in the source's "files" order), the title is that file's name
                       without ".txt" (the corpus names each file by its headline), every non-empty line a paragraph.
      dct-sentences    Diachronic Chinese Treebank raw corpus (one sampled sentence per line, then a tab and its
                       {'year', 'genre', 'name'} record; a multi-file source): the locator's "pick" lists the line
                       numbers of the page's sentences (within "lines"), each must be 'press reportage'; the sentence
                       before the tab is a paragraph, the page title is the label's "title".
      plain-lines      plain text, one sentence per line (blank lines between; WMT news test sources): every non-empty
                       line is a paragraph; with "headlineLine": true the first is the title, else the label's "title".
      p8cms-sql        SQL fill data of a CMS (REPLACE INTO `p8_cms_item_article_addon` VALUES (…), one article per line):
                       the cut is one such line, its 10th value (HTML) gives the paragraphs; the title is the 6th value
                       of the `p8_cms_item_article_` row at the locator's "titleLine", whose id must match the article's.
      csv-record       a CSV file with a header line (crawled newspaper pages, a multi-file source): the cut is one
                       record (its lines, quoted fields may span lines); the locator's "titleColumn" names the column
                       holding the headline, its "textColumns" the columns that give the paragraphs, in order (a field
                       splits into paragraphs at line breaks and at runs of four or more spaces; empty ones are dropped).
      aitlas-js        a data.js file of a text-analysis demo (`"content": "…"`, one JSON string of news stories run
                       together, HTML highlight tags inside; a multi-file source): the cut is the content line; after
                       the tags are removed, the locator's "chars" [from, to) is the story, one paragraph; the page title
                       is the label's "title" (the stories have no headlines).
      boson-ner        BosonNLP NER corpus (one paragraph of web news a line, entities tagged {{type:text}}): the cut is
                       one line; the tags are replaced by their text (trimmed), the literal two-character "\n" and
                       tabs separate paragraphs; the page title is the label's "title" (the corpus has no headlines).
      hkcnews-md       Citizen News (眾新聞) archive files (one article a file, Markdown with a YAML front matter; a
                       multi-file source): the cut is the whole file; the title is the front matter's "title"; the body
                       runs to the first line that is only '---' (the subscription footer and column profile after it
                       are dropped); <figure> blocks and HTML tags are removed, links and images keep their text, '**'
                       and leading '#'/'>' are dropped; every other non-empty line but the title and '{{}}' is a
                       paragraph.
      sogouc-txt       SogouC text-classification corpus files (one Sohu news story a file, no headline; a multi-file
                       source, GB18030-encoded: the labels.json source gives "encoding": "gb18030", which any source may
                       give to be read in that encoding instead of UTF-8): the cut is the whole file; every non-empty
                       line, trimmed (full-width indent spaces too), is a paragraph; the page title is the label's
                       "title" (the corpus has no headlines).
      sqlite-rows      a SQLite database of one table raw_data(_id, _date, title, content), one news story a row (a
                       新闻联播 collection): read through the sqlite3 command-line shell, each row in _id order becomes
                       one line, its four fields separated by tabs (the content has no tabs or line breaks), so line N
                       is the N-th row; the cut is one such line; the title is the title field, the content (trimmed)
                       the single paragraph; the row's _date must be the label's issueDate.
      segmented-lines  word-segmented text, one sentence a line, words separated by spaces (the SXU corpus of SIGHAN
                       2008): the segmentation spaces are removed (kept between two Latin letters or digits), empty
                       lines dropped; the first line (the story's headline line, with its date and outlet) is the title,
                       every other line a paragraph.
      cntv-json        china-data/xwlb day files of 新闻联播 (one JSON object on line 1: videoList[{video_id, video_title,
                       video_detail{title, content}}]; a multi-file source): the cut is line 1; the locator's "item"
                       (0-based) picks the story, whose video_id must equal the locator's "videoId"; the title is
                       video_detail.title; the content's HTML is split into paragraphs at </p>, <br> and line breaks,
                       tags removed, entities decoded, each trimmed (full-width spaces too), empty ones dropped.
      sina-txt         Sina portal stories of 2018 crawled one a file (Patrick233/Cluster-Chinese-news-Article; a
                       multi-file source): the cut is the whole file; the title is the file's name (the crawler named
                       each file by its headline) without a final ".txt"; every non-empty line, trimmed (full-width
                       spaces too), is a paragraph, except a first one equal to the title (some files repeat it).
      eventmonitor-txt liuhuanyong/EventMonitor news files (one web news story a file, UTF-8; a multi-file source): the
                       cut is the whole file; its first line must be '标题:<headline>' (the title), its second
                       '发布时间:<date time>' (dropped; its date must be the label's issueDate), its third starts with
                       '正文:' (removed); that remainder and every later line, trimmed (full-width spaces too), are the
                       paragraphs, empty ones dropped.
      netease-jsonl    lzjqsdd/NewsSpider test data (NetEase news of 2016, one JSON record a line: {"url", "content",
                       "time" (Unix seconds), "title"}; a multi-file source): the cut is one line; the title is its
                       "title", the content splits into paragraphs at line breaks, each trimmed (full-width spaces too),
                       empty ones dropped; the date of "time" in China time (UTC+8) must be the label's issueDate.
      tibetcn-jsonl    Scrapy output of 中国西藏网 (tibet.cn) columns (Range0122/Tibet_crawl; one JSON object a line:
                       title, type, publish_time '发布时间：YYYY-MM-DDhh:mm:ss', source '来源：<outlet>', content; a
                       multi-file source): the cut is one line; the title is its title (trimmed); the date of publish_time
                       must be the label's issueDate; the content, HTML entities decoded, splits into paragraphs at line
                       breaks, each trimmed (full-width spaces too), empty ones dropped.
      ace-sgm          ACE 2005 Chinese newswire source documents (one story a file, UTF-8: <DOC>, <DOCID>, <DOCTYPE>,
                       <DATETIME> YYYY-MM-DD, <BODY><HEADLINE>…</HEADLINE><TEXT>…</TEXT></BODY>; a multi-file source):
                       the cut is the whole file; the date of DATETIME must be the label's issueDate; the title is the
                       HEADLINE, the TEXT splits into paragraphs at blank lines; the source hard-wraps lines inside a
                       paragraph (and the headline), so each one's lines are trimmed (full-width spaces too) and joined
                       with nothing between them; empty paragraphs are dropped.
      ace2004-sgm      ACE 2004 Chinese newswire source documents (one story a file, UTF-8: <DOC>, <DOCNO>, <DOCTYPE>,
                       <DATE_TIME> YYYY-MM-DD, <BODY><HEADLINE>…</HEADLINE><TEXT><P>…</P>…</TEXT></BODY>; a multi-file
                       source): the cut is the whole file; the date of DATE_TIME must be the label's issueDate; the title
                       is the HEADLINE, each <P>…</P> of the TEXT is a paragraph; the source hard-wraps lines inside a
                       paragraph (and the headline), so each one's lines are trimmed (full-width spaces too) and joined
                       with nothing between them; empty paragraphs are dropped.
      ace2004-zbn-sgm  ACE 2004 Chinese newswire source documents of Lianhe Zaobao (ZBN*.sgm: <DOC>, <DOCNO>, <DOCTYPE>,
                       <DATE_TIME> YYYY-MM-DD, <HEADER>, <BODY><HEADLINE>…</HEADLINE><TEXT>…</TEXT></BODY>; a multi-file
                       source) with no paragraph marks: the cut is the whole file; the date of DATE_TIME must be the
                       label's issueDate; the title is the HEADLINE (its lines trimmed and joined with nothing); the
                       TEXT's lines are hard wraps, so they are trimmed (full-width spaces too) and joined with nothing,
                       and the text splits into paragraphs after each sentence end (。！？, with any closing quotes or
                       brackets ”’」』）》 after it); empty paragraphs are dropped.
      ace2005-bn-sgm   ACE 2005 Chinese broadcast news transcripts (one story a file, UTF-8: <DOC>, <DOCID>, <DOCTYPE>,
                       <DATETIME> MM/DD/YYYY hh:mm:ss.ss, <BODY><TEXT><TURN>…</TEXT></BODY>, no headline; a multi-file
                       source): the cut is the whole file; the date of DATETIME (as YYYY-MM-DD) must be the label's
                       issueDate; the title is the label's title (neutral: station and date); the TEXT splits into
                       paragraphs at <TURN> marks (speaker turns); the source breaks lines inside a turn, so each one's
                       lines are trimmed (full-width spaces too) and joined with nothing between them; empty
                       paragraphs are dropped.
      tainan-json      kiang/www.tainan.gov.tw story files (臺南市政府 news, one pretty-printed JSON object a file: published
                       'YYYY-MM-DD', title, department, url, content, tags; a multi-file source): the cut is the whole
                       file; the title is its title (trimmed); published must be the label's issueDate; the content,
                       HTML entities decoded, splits into paragraphs at line breaks, each trimmed (full-width spaces
                       too), empty ones dropped.
      terminus-md      Terminus2049/Terminus2049.github.io Jekyll posts (端点星: archived mainland news stories and posts,
                       one a file; a multi-file source): the cut is the whole file, a YAML front matter between '---'
                       lines (blank lines between its keys) and the Markdown body; the title is the front matter's
                       title (trimmed, surrounding quotes removed); its date (YYYY-MM-DD at the start of 'date:'), if
                       any, must be the label's issueDate. In the body HTML comments and tags are removed, images
                       dropped, links keep their text, '**' is removed, entities are decoded; every line is trimmed
                       (full-width spaces too) and loses leading '#'/'>'; empty lines, rules ('---', '***', '* * *')
                       and lines equal to the title are dropped; every other line is a paragraph.
      xwlb-story-json  caijing666666/xinwenlianbo story files (新闻联播 summaries, one pretty-printed JSON object a file:
                       id, date 'YYYY-MM-DD', title, content, sourceUrl, scrapedAt; a multi-file source): the cut is
                       the whole file; the title is its title (trimmed); date must be the label's issueDate; the
                       content, HTML entities decoded, splits into paragraphs at line breaks, each trimmed (full-width
                       spaces too), empty ones and a first one equal to the title dropped.
      tsv-src          a tab-separated MT test set with a header line (CWMT news test sets re-uploaded from Kaggle:
                       datasource, domain, setid, srclang, trglang, src, ref1, ref2, ref3; one record a line, no docid;
                       a multi-file source): the cut is a run of records (a passage; line 1, the header, is never cut);
                       each record must have as many fields as the header and srclang 'zh'; its 'src' field, trimmed
                       (full-width spaces too), is a paragraph, empty ones dropped; the page title is the label's
                       "title" (the records carry no headline or story boundary).
      cqnews-md        Cycle0258/cqnews day files of 重庆新闻联播 transcripts (Chongqing TV, crawled from cbg.cn; one
                       '## <title>' section a story: a '- 原文: <url>' line, the text one line per text node, a '---'
                       rule; a multi-file source): the cut is one story from its '## ' line to its last text line; the
                       title is that heading (trimmed), the second line must start with '- 原文:' (dropped); the date in
                       the file's name (<YYYY-MM-DD>_新闻汇总.md) must be the label's issueDate; every later line, trimmed
                       (full-width spaces too), is a paragraph, empty ones, '---' rules and a first one equal to the
                       title dropped.
      lcmc-xml         the Lancaster Corpus of Mandarin Chinese, character version (XML: <file ID=…> samples, '<p>' and
                       '</p>' on lines of their own, every word a <w POS=…> and every punctuation mark a <c POS=…>
                       element; no headline markup): the cut runs from a '<p>' line to a '</p>' line; each <p>…</p>
                       block is a paragraph, its text the contents of its <w> and <c> elements joined with nothing
                       between them (entities decoded), trimmed, empty ones dropped; the page title is the label's
                       "title" (the corpus has no headlines).
.PARAMETER Set
    Set folders (names under bench/eval) to build; default: every bench/eval/real-officials-* folder.
.PARAMETER OutRoot
    Where the sets are written (one folder per set); default out/eval under the repository.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/eval/Build-RealSets.ps1
    dotnet pwsh -NoProfile -File bench/Evaluate-Officials.ps1 -EvalPath out/eval/real-officials-dev
#>
[CmdletBinding()]
param(
    [string[]] $Set = @(Get-ChildItem -Directory -Path $PSScriptRoot -Filter 'real-officials-*' | Sort-Object Name | ForEach-Object Name),
    [string] $OutRoot = (Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'out/eval')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$getCorpus = Join-Path (Split-Path $PSScriptRoot -Parent) 'Get-Corpus.ps1'
$utf8 = [System.Text.UTF8Encoding]::new($false)

function Get-Sha256Text([string] $text) {
    [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($utf8.GetBytes($text))).ToLowerInvariant()
}

# Word-segmented corpora put a space between every token; names and words are rejoined, Latin words kept apart.
function Remove-SegmentationSpace([string] $text) {
    ($text.Trim() -replace '\s+', ' ') -replace '(?<![A-Za-z0-9]) | (?![A-Za-z0-9])', ''
}

$sourceLines = @{}
# A source names one file, or several (then the locator's "file" picks one, 0-based); it is read as UTF-8 unless its
# labels.json entry names another encoding (e.g. gb18030).
function Get-SourceLines([string] $id, [int] $file = 0, [string] $encoding = '') {
    $key = "$id#$file"
    if (-not $sourceLines.ContainsKey($key)) {
        $paths = @(& $getCorpus -Id $id)
        if ($paths.Count -le $file) { throw "Corpus '$id' (file $file) is not on this machine: fetch its repository (see bench/corpora/$id.source.json)." }
        $reading = $utf8
        if ($encoding) {
            [System.Text.Encoding]::RegisterProvider([System.Text.CodePagesEncodingProvider]::Instance)
            $reading = [System.Text.Encoding]::GetEncoding($encoding)
        }
        # The leading comma keeps a one-line file an array (the if-statement's output would unwrap it to a string).
        $sourceLines[$key] = if ($formats[$id] -eq 'sqlite-rows') { Get-SqliteRowLines $paths[$file] } else { , ([System.IO.File]::ReadAllText($paths[$file], $reading) -split '\r?\n') }
    }
    , $sourceLines[$key]
}

# The rows of a SQLite file's raw_data table, one line each (_id, _date, title, content separated by tabs, in _id
# order), read through the sqlite3 shell (sqlite-rows).
function Get-SqliteRowLines([string] $path) {
    $sqlite = Get-Command sqlite3 -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $sqlite) { throw "Format sqlite-rows needs the sqlite3 command-line shell (Debian: apt-get install sqlite3)." }
    $info = [System.Diagnostics.ProcessStartInfo]::new($sqlite.Source)
    foreach ($argument in '-readonly', '-batch', '-noheader', '-separator', "`t", '-newline', "`n", $path, 'SELECT _id, _date, title, content FROM raw_data ORDER BY _id') { $info.ArgumentList.Add($argument) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.StandardOutputEncoding = $utf8
    $process = [System.Diagnostics.Process]::Start($info)
    $errTask = $process.StandardError.ReadToEndAsync()
    $text = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    if ($process.ExitCode -ne 0) { throw "sqlite3 could not read $path ($($errTask.Result.Trim()))." }
    $rows = @($text.TrimEnd("`n") -split '\n')
    for ($i = 0; $i -lt $rows.Count; $i++) {
        if (($rows[$i] -split "`t", 2)[0] -ne [string]($i + 1)) { throw "$path`: row $($i + 1) does not have _id $($i + 1); line numbers would not be row ids." }
    }
    , $rows
}

# The quoted values of one SQL VALUES (…) row, backslash escapes undone (p8cms-sql).
function Get-P8CmsValues([string] $row) {
    $escapes = @{ 'r' = ''; 'n' = "`n"; 't' = ' '; '0' = '' }
    @([regex]::Matches($row, "'((?:[^'\\]|\\.)*)'") | ForEach-Object {
        [regex]::Replace($_.Groups[1].Value, '\\(.)', { param($m) $c = $m.Groups[1].Value; if ($escapes.ContainsKey($c)) { $escapes[$c] } else { $c } })
    })
}

# The fields of one CSV record (quoted fields may hold commas, quotes and line breaks) (csv-record).
function Get-CsvFields([string] $record) {
    $parser = [Microsoft.VisualBasic.FileIO.TextFieldParser]::new([System.IO.StringReader]::new($record))
    try {
        $parser.SetDelimiters(',')
        $parser.HasFieldsEnclosedInQuotes = $true
        $parser.TrimWhiteSpace = $false
        $parser.ReadFields()
    } finally { $parser.Dispose() }
}

# The title and paragraphs of one 新闻联播 story of a china-data/xwlb day file (cntv-json).
function Get-CntvStory([string] $json, [int] $item, [string] $videoId) {
    $list = @(($json | ConvertFrom-Json -Depth 10).videoList)
    if ($item -lt 0 -or $item -ge $list.Count) { throw "Story $item is outside the day's list ($($list.Count) stories)." }
    $story = $list[$item]
    if ($story.video_id -ne $videoId) { throw "Story $item has video_id $($story.video_id), not $videoId." }
    $detail = $story.video_detail
    $text = [System.Net.WebUtility]::HtmlDecode(($detail.content -replace '(?i)<br\s*/?>|</p>', "`n" -replace '(?s)<[^>]*>', ''))
    @{ Title = $detail.title.Trim(); Paragraphs = @($text -split '\r?\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ }) }
}

# Returns the article's title and paragraphs from its cut lines, by the source's format.
# The lines of a block hard-wrapped by its source, each trimmed (full-width spaces too), joined with nothing between them.
function Join-WrappedLines([string] $block) {
    @($block -split '\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() }) -join ''
}

# An ACE source document with a headline (ace-sgm, ace2004-sgm, ace2004-zbn-sgm): checks that the date in <$DateTag> is the
# label's issueDate and returns the raw HEADLINE and TEXT.
function Read-AceHeadlineDocument([string[]] $lines, $label, [string] $DateTag) {
    $text = $lines -join "`n"
    if ($text -notmatch "(?s)<$DateTag>\s*(\d{4}-\d{2}-\d{2})") { throw "Article $($label.id): the cut has no $DateTag date." }
    if ($Matches[1] -ne $label.issueDate) { throw "Article $($label.id): the story's date $($Matches[1]) is not the issueDate $($label.issueDate)." }
    if ($text -notmatch '(?s)<HEADLINE>(.*?)</HEADLINE>.*?<TEXT>(.*?)</TEXT>') { throw "Article $($label.id): the cut is not one ACE document with a headline and text." }
    $Matches[1], $Matches[2]
}

function ConvertTo-Article([string] $format, [string[]] $lines, $label) {
    switch ($format) {
        'msra-sentences' {
            @{ Title = $label.title; Paragraphs = @($lines | ForEach-Object { $_ -replace '\s', '' } | Where-Object { $_ }) }
        }
        'nist-sgm' {
            $segments = @($lines | ForEach-Object { if ($_ -match '<seg id="?\d+"?>(.*)</seg>') { Remove-SegmentationSpace $Matches[1] } } | Where-Object { $_ })
            if ($label.PSObject.Properties['headlineSeg'] -and $label.headlineSeg) {
                @{ Title = $segments[0]; Paragraphs = @($segments | Select-Object -Skip 1) }
            } else {
                @{ Title = $label.title; Paragraphs = $segments }
            }
        }
        'cctv-markdown' {
            if ($lines[0] -notmatch '^### (.+)$') { throw "Article $($label.id): the cut does not start at a '### ' heading." }
            $title = $Matches[1].Trim()
            $paragraphs = @($lines | Select-Object -Skip 1 | ForEach-Object Trim |
                Where-Object { $_ -and -not $_.StartsWith('<!--') -and -not $_.StartsWith('[查看原文]') })
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'sogou-xml' {
            $text = $lines -join "`n"
            if ($text -notmatch '(?s)<contenttitle>(.*?)</contenttitle>.*<content>(.*?)</content>') { throw "Article $($label.id): the cut is not one Sogou <doc> with a title and content." }
            @{ Title = $Matches[1].Trim(); Paragraphs = @($Matches[2].Trim()) }
        }
        'headline-lines' {
            $nonEmpty = @($lines | ForEach-Object Trim | Where-Object { $_ })
            @{ Title = $nonEmpty[0]; Paragraphs = @($nonEmpty | Select-Object -Skip 1) }
        }
        'cec-raw' {
            $source = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot "../corpora/$($label.source).source.json") | ConvertFrom-Json
            $title = [System.IO.Path]::GetFileNameWithoutExtension(@($source.files)[$label.locator.file].path)
            @{ Title = $title; Paragraphs = @($lines | ForEach-Object { $_.Trim([char]0xFEFF).Trim() } | Where-Object { $_ }) }
        }
        'dct-sentences' {
            $paragraphs = @($lines | ForEach-Object {
                $sentence, $record = $_ -split "`t", 2
                if ($record -notmatch "'genre': 'press reportage'") { throw "Article $($label.id): a picked line is not press reportage." }
                $sentence.Trim() })
            @{ Title = $label.title; Paragraphs = $paragraphs }
        }
        'plain-lines' {
            $nonEmpty = @($lines | ForEach-Object Trim | Where-Object { $_ })
            if ($label.PSObject.Properties['headlineLine'] -and $label.headlineLine) {
                @{ Title = $nonEmpty[0]; Paragraphs = @($nonEmpty | Select-Object -Skip 1) }
            } else {
                @{ Title = $label.title; Paragraphs = $nonEmpty }
            }
        }
        'p8cms-sql' {
            $values = Get-P8CmsValues $lines[0]
            $titleValues = Get-P8CmsValues (Get-SourceLines $label.source)[$label.locator.titleLine - 1]
            if ($values.Count -lt 10 -or $titleValues.Count -lt 6 -or $titleValues[0] -ne $values[1]) { throw "Article $($label.id): line or titleLine is not the CMS article it names." }
            $text = [System.Net.WebUtility]::HtmlDecode([System.Net.WebUtility]::HtmlDecode(($values[9] -replace '(?s)<!--.*?-->', '' -replace '(?i)<br\s*/?>|</p>|</div>', "`n" -replace '(?s)<[^>]*>', '')))
            @{ Title = $titleValues[5].Trim(); Paragraphs = @($text -split '\n' | ForEach-Object Trim | Where-Object { $_ }) }
        }
        'csv-record' {
            $file = if ($label.locator.PSObject.Properties['file']) { $label.locator.file } else { 0 }
            $header = @(Get-CsvFields (Get-SourceLines $label.source $file)[0].Trim([char]0xFEFF))
            $fields = @(Get-CsvFields ($lines -join "`n"))
            if ($fields.Count -ne $header.Count) { throw "Article $($label.id): the cut is not one CSV record of $($header.Count) fields." }
            $column = { param($name) $i = [array]::IndexOf($header, $name); if ($i -lt 0) { throw "Article $($label.id): no column '$name'." }; $fields[$i] }
            $paragraphs = @($label.locator.textColumns | ForEach-Object { (& $column $_) -split '\r?\n|\s{4,}' } | ForEach-Object Trim | Where-Object { $_ })
            @{ Title = (& $column $label.locator.titleColumn).Trim(); Paragraphs = $paragraphs }
        }
        'aitlas-js' {
            if ($lines[0] -notmatch '^\s*"content":') { throw "Article $($label.id): the cut is not a data.js content line." }
            $content = ('{' + $lines[0].Trim().TrimEnd(',') + '}' | ConvertFrom-Json).content -replace '<[^>]+>', ''
            $from, $to = $label.locator.chars
            if ($from -lt 0 -or $to -gt $content.Length -or $from -ge $to) { throw "Article $($label.id): chars $from-$to outside the content ($($content.Length))." }
            @{ Title = $label.title; Paragraphs = @($content.Substring($from, $to - $from).Trim()) }
        }
        'boson-ner' {
            $text = [regex]::Replace($lines[0], '\{\{[a-z_]+:(.*?)\}\}', { param($m) $m.Groups[1].Value.Trim() })
            @{ Title = $label.title; Paragraphs = @($text -split '\\n|\t' | ForEach-Object Trim | Where-Object { $_ }) }
        }
        'hkcnews-md' {
            $text = $lines -join "`n"
            if ($text -notmatch '(?s)^---\n(.*?)\n---\n(.*)$') { throw "Article $($label.id): the cut is not a front matter and a body." }
            $front, $body = $Matches[1], $Matches[2]
            if ($front -notmatch '(?m)^title: "(.*)"$') { throw "Article $($label.id): no title in the front matter." }
            $title = $Matches[1] -replace '\\"', '"'
            $body = ($body -split '\n---(\n|$)', 2)[0]
            $body = $body -replace '(?s)<figure>.*?</figure>', '' -replace '<[^>]+>', '' -replace '!?\[([^\]]*)\]\([^)]*\)', '$1' -replace '\*\*', ''
            $paragraphs = @($body -split '\n' | ForEach-Object { $_.Trim().TrimStart('#', '>').Trim() } | Where-Object { $_ -and $_ -ne $title -and $_ -ne '{{}}' })
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'segmented-lines' {
            $sentences = @($lines | ForEach-Object { Remove-SegmentationSpace $_ } | Where-Object { $_ })
            @{ Title = $sentences[0]; Paragraphs = @($sentences | Select-Object -Skip 1) }
        }
        'cntv-json' {
            Get-CntvStory $lines[0] $label.locator.item $label.locator.videoId
        }
        'sqlite-rows' {
            $fields = $lines[0] -split "`t"
            if ($fields.Count -ne 4) { throw "Article $($label.id): the cut is not one row of four fields." }
            if ($fields[1] -ne ($label.issueDate -replace '-', '')) { throw "Article $($label.id): the row's date $($fields[1]) is not the issueDate $($label.issueDate)." }
            @{ Title = $fields[2].Trim(); Paragraphs = @($fields[3].Trim()) }
        }
        'sogouc-txt' {
            @{ Title = $label.title; Paragraphs = @($lines | ForEach-Object Trim | Where-Object { $_ }) }
        }
        'sina-txt' {
            $source = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot "../corpora/$($label.source).source.json") | ConvertFrom-Json
            $title = (@($source.files)[$label.locator.file].path -split '/')[-1] -replace '\.txt$', ''
            $paragraphs = @($lines | ForEach-Object { $_.Trim([char]0xFEFF).Trim() } | Where-Object { $_ })
            if ($paragraphs.Count -and $paragraphs[0] -eq $title) { $paragraphs = @($paragraphs | Select-Object -Skip 1) }
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'eventmonitor-txt' {
            if ($lines.Count -lt 3 -or $lines[0] -notmatch '^标题:(.*)$') { throw "Article $($label.id): the cut does not start with a '标题:' line." }
            $title = $Matches[1].Trim()
            if ($lines[1] -notmatch '^发布时间:\s*(\d{4}-\d{2}-\d{2})') { throw "Article $($label.id): the second line is not a '发布时间:' date." }
            if ($Matches[1] -ne $label.issueDate) { throw "Article $($label.id): the story's date $($Matches[1]) is not the issueDate $($label.issueDate)." }
            if (-not $lines[2].StartsWith('正文:')) { throw "Article $($label.id): the third line does not start with '正文:'." }
            $body = @($lines[2].Substring(3)) + @($lines | Select-Object -Skip 3)
            @{ Title = $title; Paragraphs = @($body | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ }) }
        }
        'netease-jsonl' {
            if ($lines.Count -ne 1) { throw "Article $($label.id): a netease-jsonl cut is one line." }
            $record = $lines[0] | ConvertFrom-Json
            $date = [DateTimeOffset]::FromUnixTimeSeconds([long] $record.time).ToOffset([TimeSpan]::FromHours(8)).ToString('yyyy-MM-dd')
            if ($date -ne $label.issueDate) { throw "Article $($label.id): the story's date $date is not the issueDate $($label.issueDate)." }
            $paragraphs = @(($record.content -split '\r?\n') | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ })
            @{ Title = $record.title.Trim(); Paragraphs = $paragraphs }
        }
        'tibetcn-jsonl' {
            $record = $lines[0] | ConvertFrom-Json
            if (-not $record.PSObject.Properties['title'] -or -not $record.PSObject.Properties['content']) { throw "Article $($label.id): the cut is not one story object." }
            if ($record.publish_time -notmatch '(\d{4}-\d{2}-\d{2})') { throw "Article $($label.id): the story has no publish_time date." }
            if ($Matches[1] -ne $label.issueDate) { throw "Article $($label.id): the story's date $($Matches[1]) is not the issueDate $($label.issueDate)." }
            $text = [System.Net.WebUtility]::HtmlDecode($record.content)
            @{ Title = $record.title.Trim(); Paragraphs = @($text -split '\r?\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ }) }
        }
        'ace-sgm' {
            $headline, $body = Read-AceHeadlineDocument $lines $label 'DATETIME'
            @{ Title = (Join-WrappedLines $headline); Paragraphs = @($body -split '\n[ \t\u3000]*\n' | ForEach-Object { Join-WrappedLines $_ } | Where-Object { $_ }) }
        }
        'ace2004-sgm' {
            $headline, $body = Read-AceHeadlineDocument $lines $label 'DATE_TIME'
            @{ Title = (Join-WrappedLines $headline); Paragraphs = @([regex]::Matches($body, '(?s)<P>(.*?)</P>') | ForEach-Object { Join-WrappedLines $_.Groups[1].Value } | Where-Object { $_ }) }
        }
        'ace2004-zbn-sgm' {
            $headline, $body = Read-AceHeadlineDocument $lines $label 'DATE_TIME'
            $flat = Join-WrappedLines $body
            # Sentence ends 。！？ and the closing quotes or brackets ”’」』）》 after them (escaped: PowerShell reads ’ as a quote).
            @{ Title = (Join-WrappedLines $headline); Paragraphs = @([regex]::Split($flat, '(?<=[\u3002\uFF01\uFF1F][\u201D\u2019\u300D\u300F\uFF09\u300B]*)(?![\u201D\u2019\u300D\u300F\uFF09\u300B])') | ForEach-Object Trim | Where-Object { $_ }) }
        }
        'ace2005-bn-sgm' {
            $text = $lines -join "`n"
            if ($text -notmatch '(?s)<DATETIME>\s*(\d{2})/(\d{2})/(\d{4})') { throw "Article $($label.id): the cut has no DATETIME date." }
            $date = "$($Matches[3])-$($Matches[1])-$($Matches[2])"
            if ($date -ne $label.issueDate) { throw "Article $($label.id): the story's date $date is not the issueDate $($label.issueDate)." }
            if ($text -notmatch '(?s)<TEXT>(.*?)</TEXT>') { throw "Article $($label.id): the cut is not one ACE document with a text." }
            $body = $Matches[1]
            @{ Title = $label.title; Paragraphs = @($body -split '<TURN>' | ForEach-Object { Join-WrappedLines ($_ -replace '</?TURN>', '') } | Where-Object { $_ }) }
        }
        'tainan-json' {
            $record = ($lines -join "`n") | ConvertFrom-Json
            if (-not $record.PSObject.Properties['title'] -or -not $record.PSObject.Properties['content']) { throw "Article $($label.id): the cut is not one story object." }
            # ConvertFrom-Json may read a 'YYYY-MM-DD' string as a date.
            $published = if ($record.published -is [datetime]) { $record.published.ToString('yyyy-MM-dd') } else { [string] $record.published }
            if ($published -ne $label.issueDate) { throw "Article $($label.id): the story's date $published is not the issueDate $($label.issueDate)." }
            $text = [System.Net.WebUtility]::HtmlDecode($record.content)
            @{ Title = $record.title.Trim(); Paragraphs = @($text -split '\r?\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ }) }
        }
        'terminus-md' {
            $text = $lines -join "`n"
            if ($text -notmatch '(?s)^---[ \t]*\n(.*?)\n---[ \t]*\n(.*)$') { throw "Article $($label.id): the cut is not a front matter and a body." }
            $front, $body = $Matches[1], $Matches[2]
            if ($front -notmatch '(?m)^title:[ \t]*(.*?)[ \t]*$') { throw "Article $($label.id): no title in the front matter." }
            $title = $Matches[1]
            if ($title.Length -ge 2 -and (($title[0] -eq '"' -and $title[-1] -eq '"') -or ($title[0] -eq "'" -and $title[-1] -eq "'"))) { $title = $title.Substring(1, $title.Length - 2) }
            $title = $title.Trim()
            if ($front -match '(?m)^date:[ \t]*(\d{4}-\d{2}-\d{2})' -and $Matches[1] -ne $label.issueDate) { throw "Article $($label.id): the post's date $($Matches[1]) is not the issueDate $($label.issueDate)." }
            $body = $body -replace '(?s)<!--.*?-->', '' -replace '<[^>]+>', '' -replace '!\[[^\]]*\]\([^)]*\)', '' -replace '\[([^\]]*)\]\([^)]*\)', '$1' -replace '\*\*', ''
            $body = [System.Net.WebUtility]::HtmlDecode($body)
            $paragraphs = @($body -split '\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim().TrimStart('#', '>').Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ -and $_ -notmatch '^(-{3,}|\*{3,}|\* \* \*)$' -and $_ -ne $title })
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'xwlb-story-json' {
            $record = ($lines -join "`n") | ConvertFrom-Json
            if (-not $record.PSObject.Properties['title'] -or -not $record.PSObject.Properties['content']) { throw "Article $($label.id): the cut is not one story object." }
            # ConvertFrom-Json may read a 'YYYY-MM-DD' string as a date.
            $date = if ($record.date -is [datetime]) { $record.date.ToString('yyyy-MM-dd') } else { [string] $record.date }
            if ($date -ne $label.issueDate) { throw "Article $($label.id): the story's date $date is not the issueDate $($label.issueDate)." }
            $title = $record.title.Trim()
            $text = [System.Net.WebUtility]::HtmlDecode($record.content)
            $paragraphs = @($text -split '\r?\n' | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ })
            if ($paragraphs.Count -and $paragraphs[0] -eq $title) { $paragraphs = @($paragraphs | Select-Object -Skip 1) }
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'tsv-src' {
            $file = if ($label.locator.PSObject.Properties['file']) { $label.locator.file } else { 0 }
            if ($label.locator.lines[0] -lt 2) { throw "Article $($label.id): a tsv-src cut never includes the header line." }
            $header = @((Get-SourceLines $label.source $file)[0].Trim([char]0xFEFF) -split "`t")
            $src = [array]::IndexOf($header, 'src')
            $lang = [array]::IndexOf($header, 'srclang')
            if ($src -lt 0 -or $lang -lt 0) { throw "Article $($label.id): the header has no 'src' or 'srclang' column." }
            $paragraphs = @($lines | ForEach-Object {
                $fields = @($_ -split "`t")
                if ($fields.Count -ne $header.Count -or $fields[$lang] -ne 'zh') { throw "Article $($label.id): a cut line is not one Chinese-source record of $($header.Count) fields." }
                $fields[$src].Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ })
            @{ Title = $label.title; Paragraphs = $paragraphs }
        }
        'cqnews-md' {
            if ($lines[0] -notmatch '^## (.+)$') { throw "Article $($label.id): the cut does not start at a '## ' heading." }
            $title = $Matches[1].Trim()
            if ($lines.Count -lt 2 -or -not $lines[1].StartsWith('- 原文:')) { throw "Article $($label.id): the second line is not a '- 原文:' link." }
            $source = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot "../corpora/$($label.source).source.json") | ConvertFrom-Json
            $path = @($source.files)[$label.locator.file].path
            if ($path -notmatch '(\d{4}-\d{2}-\d{2})_[^/]*\.md$') { throw "Article $($label.id): the file name $path holds no date." }
            if ($Matches[1] -ne $label.issueDate) { throw "Article $($label.id): the file's date $($Matches[1]) is not the issueDate $($label.issueDate)." }
            $paragraphs = @($lines | Select-Object -Skip 2 | ForEach-Object { $_.Trim().Trim([char]0x3000).Trim() } | Where-Object { $_ -and $_ -ne '---' })
            if ($paragraphs.Count -and $paragraphs[0] -eq $title) { $paragraphs = @($paragraphs | Select-Object -Skip 1) }
            @{ Title = $title; Paragraphs = $paragraphs }
        }
        'lcmc-xml' {
            if ($lines[0].Trim() -ne '<p>' -or $lines[-1].Trim() -ne '</p>') { throw "Article $($label.id): the cut does not run from a '<p>' line to a '</p>' line." }
            $paragraphs = @([regex]::Matches(($lines -join "`n"), '(?s)<p>(.*?)</p>') | ForEach-Object {
                (@([regex]::Matches($_.Groups[1].Value, '(?s)<([wc])\b[^>]*>(.*?)</\1>') | ForEach-Object { [System.Net.WebUtility]::HtmlDecode($_.Groups[2].Value) }) -join '').Trim()
            } | Where-Object { $_ })
            @{ Title = $label.title; Paragraphs = $paragraphs }
        }
        default { throw "Unknown source format '$format'." }
    }
}

foreach ($setName in $Set) {
    $labelsPath = Join-Path $PSScriptRoot "$setName/labels.json"
    $labels = Get-Content -Raw -LiteralPath $labelsPath | ConvertFrom-Json
    $formats = @{}
    $encodings = @{}
    foreach ($source in $labels.sources) {
        $formats[$source.id] = $source.format
        $encodings[$source.id] = if ($source.PSObject.Properties['encoding']) { $source.encoding } else { '' }
    }
    $outDir = Join-Path $OutRoot $setName
    if (Test-Path -LiteralPath $outDir) { Remove-Item -LiteralPath $outDir -Recurse -Force }
    $null = New-Item -ItemType Directory -Force -Path $outDir
    $manifest = [System.Collections.Generic.List[object]]::new()
    $pageNumber = 0
    foreach ($article in $labels.articles) {
        $pageNumber++
        $lines = Get-SourceLines $article.source $(if ($article.locator.PSObject.Properties['file']) { $article.locator.file } else { 0 }) $encodings[$article.source]
        $from, $to = $article.locator.lines
        if ($from -lt 1 -or $to -gt $lines.Count -or $from -gt $to) { throw "Article $($article.id): lines $from-$to outside its source ($($lines.Count) lines)." }
        # A locator may pick some lines of its range (sampled sentences) instead of cutting the whole range.
        $picked = if ($article.locator.PSObject.Properties['pick']) { @($article.locator.pick) } else { @($from..$to) }
        if (@($picked | Where-Object { $_ -lt $from -or $_ -gt $to }).Count) { throw "Article $($article.id): a picked line is outside lines $from-$to." }
        $cut = @($picked | ForEach-Object { $lines[$_ - 1] })
        $sha = Get-Sha256Text ($cut -join "`n")
        if ($sha -ne $article.sha256) { throw "Article $($article.id): the cut lines $from-$to have SHA-256 $sha, not the labelled $($article.sha256). Refused." }
        $content = ConvertTo-Article $formats[$article.source] $cut $article
        $page = 'page{0:D2}' -f $pageNumber
        $text = "---`nnewspaper: $($article.newspaper)`ndate: $($article.issueDate)`npage: $pageNumber`n---`n`n# $($content.Title)`n`n" + ($content.Paragraphs -join "`n`n") + "`n"
        [System.IO.File]::WriteAllText((Join-Path $outDir "$page.txt"), $text, $utf8)
        $expected = [ordered]@{
            about     = "Built by bench/eval/Build-RealSets.ps1 from $($article.source) ($($article.id)); labels in bench/eval/$setName/labels.json."
            newspaper = $article.newspaper
            issueDate = $article.issueDate
            page      = $pageNumber
            articles  = @([ordered]@{ title = $content.Title; officials = @($article.officials); people = @($article.people) })
        }
        [System.IO.File]::WriteAllText((Join-Path $outDir "$page.expected.json"), ($expected | ConvertTo-Json -Depth 8), $utf8)
        $manifest.Add([ordered]@{ page = $page; id = $article.id; source = $article.source; lines = @($from, $to) })
    }
    [System.IO.File]::WriteAllText((Join-Path $outDir 'manifest.json'), ($manifest | ConvertTo-Json -Depth 4), $utf8)
    Write-Host "$setName`: $pageNumber pages, every checksum verified, in $outDir"
}
