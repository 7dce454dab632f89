# Functions of Build-ParagraphSet.ps1: reading a transcript, dressing its articles as newspaper articles, and laying
# them out in columns. Every random choice goes through the one $Rng, in a fixed order, so a seed gives the same pages.

Set-StrictMode -Version Latest

$script:Surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文'
$script:CompoundSurnames = @('欧阳', '司马', '上官', '诸葛')
$script:GivenChars = '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和博诚先敬震振会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲真雪荣爱霞香月媛艳瑞佳嘉琼勤珍莉桂琦晶妍茜秋珊锦青倩婷婉'
$script:Cities = @('北京', '北京', '北京', '上海', '广州', '武汉', '成都', '杭州', '西安', '南京', '长沙', '郑州')
$script:ChineseNumerals = @('', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六')
$script:IntertitleMarks = @('■', '◆', '●', '□')
$script:DateWords = '[0-9０-９一二三四五六七八九十]\s*[日号]|[今昨前明][日天晚晨早夜]|本月|上月|当天|当日|日前|近日'


function Get-Chance([System.Random] $Rng, [double] $p) { $Rng.NextDouble() -lt $p }
function Get-Pick([System.Random] $Rng, $Items) { $Items[$Rng.Next($Items.Count)] }
function ConvertTo-FullWidth([string] $Text) { -join ($Text.ToCharArray() | ForEach-Object { if ($_ -ge '0' -and $_ -le '9') { [char]([int]$_ + 0xFEE0) } else { $_ } }) }

# ---- Reading --------------------------------------------------------------------------------------------------------

# One transcript: its articles (title, then paragraphs and the transcript's own bold sub-heads) and the headline phrases
# of its summary list.
function Read-Transcript([string] $Path, [datetime] $Day) {
    $text = [System.IO.File]::ReadAllText($Path) -replace "`r", ''
    $text = [regex]::Replace($text, '<!--.*?-->', '', 'Singleline')
    $detail = $text.IndexOf('## 详细新闻')
    $summary = if ($detail -ge 0) { $text.Substring(0, $detail) } else { '' }
    $phrases = foreach ($line in $summary -split "`n") {
        $item = $line.Trim() -replace '^\d+\.', '' -replace '^（\d+）', '' -replace '^【[^】]*】', '' -replace '[；：。，]+$', ''
        if ($item -and $item -notmatch '[#\[\]（）()]|---|更新时间' -and $item -notmatch '联播快讯|本期节目') { $item.Trim() }
    }

    $articles = [System.Collections.Generic.List[object]]::new()
    foreach ($section in ($text.Substring([Math]::Max($detail, 0)) -split "`n### ") | Select-Object -Skip 1) {
        $lines = $section -split "`n"
        $title = $lines[0].Trim()
        $items = [System.Collections.Generic.List[object]]::new()
        foreach ($raw in $lines | Select-Object -Skip 1) {
            $line = $raw.Trim()
            # Links, the programme's sign-off, markdown rules and the crawler's time stamps are not the story's text.
            if (-not $line -or $line.StartsWith('[查看原文]') -or $line.StartsWith('（《新闻联播》') -or $line -match '^-{3,}$|更新时间') { continue }
            if ($items.Count -eq 0) {
                # The broadcaster's own dateline; the page gets a newspaper's instead.
                $line = ($line -replace '^(\*\*)?央视网消息(\*\*)?\s*(（[^）]{1,12}）)?[：:]?', '').Trim()
                if (-not $line) { continue }
            }
            if ($line -match '^\*\*([^*]+)\*\*$') {
                $items.Add([pscustomobject]@{ Kind = 'Intertitle'; Text = $Matches[1].Trim() })
            }
            else {
                $items.Add([pscustomobject]@{ Kind = 'Paragraph'; Text = $line.Replace('**', '') })
            }
        }
        if (@($items | Where-Object Kind -eq 'Paragraph').Count -gt 0 -and $title) {
            $articles.Add([pscustomobject]@{ Title = $title; Items = $items })
        }
    }
    [pscustomobject]@{ Day = $Day; Articles = $articles; Phrases = @($phrases) }
}

# ---- Names and furniture --------------------------------------------------------------------------------------------

function New-PersonName([System.Random] $Rng) {
    $surname = if (Get-Chance $Rng 0.03) { Get-Pick $Rng $script:CompoundSurnames } else { [string]$script:Surnames[$Rng.Next($script:Surnames.Length)] }
    $given = [string]$script:GivenChars[$Rng.Next($script:GivenChars.Length)]
    if (Get-Chance $Rng 0.6) { $given += $script:GivenChars[$Rng.Next($script:GivenChars.Length)] }
    $surname + $given
}

# Two-character names are set with a space between their characters on real pages ("陈 润").
function Format-PersonName([string] $Name) { if ($Name.Length -eq 2) { "$($Name[0]) $($Name[1])" } else { $Name } }

function Format-PageNumber([System.Random] $Rng, [int] $Page) {
    $roll = $Rng.NextDouble()
    if ($roll -lt 0.6) { $script:ChineseNumerals[$Page] } elseif ($roll -lt 0.8) { ConvertTo-FullWidth "$Page" } else { "$Page" }
}

function New-Block([string] $Text, [int] $Heading = 0, [bool] $Split = $false) { [pscustomobject]@{ Text = $Text; Heading = $Heading; Split = $Split } }

# The byline blocks under a head, and the contributors they name.
function New-Byline([System.Random] $Rng, $Truth) {
    $roll = $Rng.NextDouble()
    $name = New-PersonName $Rng
    if ($roll -lt 0.30) {
        $role = Get-Pick $Rng @('本报记者', '本报记者', '本报记者', '记者', '通讯员', '本报特约记者')
        $lines = @("■$role $(Format-PersonName $name)")
        $Truth.bylines.Add([ordered]@{ role = $role; name = $name })
        if (Get-Chance $Rng 0.3) {
            $second = New-PersonName $Rng
            $secondRole = Get-Pick $Rng @('实习生', '通讯员', '本报记者')
            $lines += "$secondRole $(Format-PersonName $second)"
            $Truth.bylines.Add([ordered]@{ role = $secondRole; name = $second })
        }
        return New-Block ($lines -join "  `n")
    }
    if ($roll -lt 0.40) {
        $second = New-PersonName $Rng
        $Truth.bylines.Add([ordered]@{ role = '本报记者'; name = $name })
        $Truth.bylines.Add([ordered]@{ role = '本报记者'; name = $second })
        return New-Block "本报记者　$name　$second"
    }
    if ($roll -lt 0.52) {
        $Truth.bylines.Add([ordered]@{ role = '作者'; name = $name })
        return New-Block (Format-PersonName $name)
    }
    if ($roll -lt 0.57) {
        $Truth.bylines.Add([ordered]@{ role = '作者'; name = $name })
        return New-Block "作者：$name"
    }
    if ($roll -lt 0.62) {
        $Truth.bylines.Add([ordered]@{ role = '作者'; name = $name })
        return New-Block ("□" + (Get-Pick $Rng @('', ' ')) + (Format-PersonName $name))
    }
    if ($roll -lt 0.66) {
        $role = Get-Pick $Rng @('文', '文/图')
        $Truth.bylines.Add([ordered]@{ role = $role; name = $name })
        $line = if ($role -eq '文') { "文/$name" } else { "文/图 $name" }
        return New-Block $line
    }
    $null
}

# The lead's dateline, and the event date it names (null when it names none). The event date is only recorded when the
# lead names no date of its own (then the dateline's is the article's; otherwise the lead's first date is, which the
# set does not label).
function New-Dateline([System.Random] $Rng, [datetime] $Day, $Truth, [string] $Lead) {
    $roll = $Rng.NextDouble()
    $city = Get-Pick $Rng $script:Cities
    $date = "$($Day.Month)月$($Day.Day)日"
    if ($roll -lt 0.15) { $Truth.dateline = '本报讯'; return '**本报讯** ' }
    if ($roll -lt 0.30) { $Truth.dateline = '本报讯'; return '本报讯　' }
    if ($roll -lt 0.60) {
        if (Get-Chance $Rng 0.5) { $date = ConvertTo-FullWidth $date }
        $Truth.dateline = "本报$city$($date)讯"
        if ($Lead -notmatch $script:DateWords) { $Truth.eventDate = $Day.ToString('yyyy-MM-dd') }
        return "本报$city$($date)讯　"
    }
    if ($roll -lt 0.75) {
        $Truth.dateline = "新华社$city$($date)电"
        if ($Lead -notmatch $script:DateWords) { $Truth.eventDate = $Day.ToString('yyyy-MM-dd') }
        if (Get-Chance $Rng 0.6) {
            $name = New-PersonName $Rng
            $Truth.bylines.Add([ordered]@{ role = '记者'; name = $name })
            return "新华社$city$($date)电（记者$name）"
        }
        return "新华社$city$($date)电　"
    }
    ''
}

# A clause of the story for a caption: up to the first comma or full stop of a paragraph, 8-40 characters.
function Get-Clause([System.Random] $Rng, $Paragraphs) {
    $text = (Get-Pick $Rng $Paragraphs).Text
    $end = $text.IndexOfAny([char[]]'，。；')
    if ($end -lt 8) { $end = [Math]::Min($text.Length, 24) }
    $text.Substring(0, [Math]::Min($end, 40)).TrimEnd('，', '、', '：', '。')
}

# A picture caption with its credit: the blocks, with what the truth records of them.
function New-Caption([System.Random] $Rng, [datetime] $Day, $Paragraphs, $Truth) {
    $clause = Get-Clause $Rng $Paragraphs
    $roll = $Rng.NextDouble()
    $name = New-PersonName $Rng
    $caption = if (Get-Chance $Rng 0.6) { "图为$clause。" } else { "$($Day.Month)月$($Day.Day)日，$clause。" }
    if ($roll -lt 0.25) {
        # A caption without a credit says it is one ("图为…"); without either it would read as a paragraph.
        $caption = "图为$clause。"
        $Truth.captions.Add($caption)
        return @(New-Block $caption)
    }
    if ($roll -lt 0.50) {
        $role = Get-Pick $Rng @('新华社记者', '本报记者', '记者')
        $Truth.captions.Add($caption)
        $Truth.bylines.Add([ordered]@{ role = $role; name = $name })
        return @(New-Block "$caption（$role$(Get-Pick $Rng @('', ' '))$name 摄）")
    }
    if ($roll -lt 0.75) {
        $role = Get-Pick $Rng @('本报记者', '新华社记者', '')
        $Truth.captions.Add($caption)
        $Truth.bylines.Add([ordered]@{ role = $(if ($role) { $role } else { '摄影' }); name = $name })
        $credit = if ($role) { "$role $(Format-PersonName $name) 摄" } else { "$(Format-PersonName $name) 摄" }
        if (Get-Chance $Rng 0.5) { return @((New-Block "$caption  `n$credit")) }
        return @((New-Block $caption), (New-Block $credit))
    }
    $note = if (Get-Chance $Rng 0.5) { "（附图片$(ConvertTo-FullWidth ($Rng.Next(1, 4)))张）" } else { '（附图片）' }
    $Truth.captions.Add($note)
    @(New-Block $note)
}

function Format-Intertitle([System.Random] $Rng, [string] $Text) {
    $roll = $Rng.NextDouble()
    if ($roll -lt 0.6) { return $Text }
    if ($roll -lt 0.8) { return "**$Text**" }
    (Get-Pick $Rng $script:IntertitleMarks) + (Get-Pick $Rng @('', ' ')) + $Text
}

function New-ArticleTruth {
    [ordered]@{
        title = $null; kicker = $null; subtitle = $null; dateline = $null; eventDate = $null
        bylines = [System.Collections.Generic.List[object]]::new(); paragraphs = [System.Collections.Generic.List[string]]::new()
        intertitles = [System.Collections.Generic.List[string]]::new(); captions = [System.Collections.Generic.List[string]]::new()
        continuedOn = $null; continuedFrom = $null
    }
}

# ---- Articles -------------------------------------------------------------------------------------------------------

# The head blocks of an article: kicker, headline (one or two lines), subtitle.
function New-Head([System.Random] $Rng, [string] $Title, $Phrases, $Truth, [bool] $HasAnchor) {
    $blocks = [System.Collections.Generic.List[object]]::new()
    if ($Title -match '^【([^】]+)】(.+)$' -and (Get-Chance $Rng 0.6)) {
        $Truth.kicker = $Matches[1]
        $Title = $Matches[2]
    }
    elseif (Get-Chance $Rng 0.12) {
        $Truth.kicker = (Get-Pick $Rng $Phrases) + (Get-Pick $Rng @('', '——'))
    }
    if ($Truth.kicker) { $blocks.Add((New-Block $Truth.kicker)) }

    $level = if (Get-Chance $Rng 0.2) { 1 } else { 2 }
    $Truth.title = $Title
    $space = $Title.IndexOf(' ')
    if ($space -gt 3 -and $space -lt $Title.Length - 3 -and (Get-Chance $Rng 0.3)) {
        $blocks.Add((New-Block $Title.Substring(0, $space) $level))
        $blocks.Add((New-Block $Title.Substring($space + 1) $level))
    }
    else {
        $blocks.Add((New-Block $Title $level))
    }

    $roll = $Rng.NextDouble()
    $subtitle = Get-Pick $Rng $Phrases
    if ($roll -lt 0.08) { $Truth.subtitle = $subtitle; $blocks.Add((New-Block $subtitle 3)) }
    elseif ($roll -lt 0.18 -and $HasAnchor) {
        if (Get-Chance $Rng 0.4) { $subtitle = "——$subtitle" }
        $Truth.subtitle = $subtitle
        $blocks.Add((New-Block $subtitle))
    }
    $blocks
}

# Where intertitles go in a story without sub-heads of its own: before every second to fourth paragraph.
function Add-Intertitles([System.Random] $Rng, $Items, $Phrases) {
    $paragraphs = @($Items | Where-Object Kind -eq 'Paragraph')
    if ($paragraphs.Count -lt 5 -or @($Items | Where-Object Kind -eq 'Intertitle').Count -gt 0 -or -not (Get-Chance $Rng 0.4)) { return $Items }
    $result = [System.Collections.Generic.List[object]]::new()
    $next = $Rng.Next(1, 3)
    for ($i = 0; $i -lt $Items.Count; $i++) {
        if ($i -eq $next -and $i -lt $Items.Count - 1) {
            $result.Add([pscustomobject]@{ Kind = 'Intertitle'; Text = (Get-Pick $Rng $Phrases) })
            $next += $Rng.Next(2, 5)
        }
        $result.Add($Items[$i])
    }
    $result
}

# One article's blocks and truth. $Items are its body items; $ContinuedFrom marks the rest of a story from another page.
function New-Article([System.Random] $Rng, [datetime] $Day, $Source, $Phrases, $Others) {
    $truth = New-ArticleTruth
    $items = @(Add-Intertitles $Rng $Source.Items $Phrases)
    $paragraphs = @($items | Where-Object Kind -eq 'Paragraph')
    $bylineTruth = New-ArticleTruth
    $byline = New-Byline $Rng $bylineTruth
    # A round-up that opens with a sub-head has no lead to carry a dateline.
    $dateline = if ($items[0].Kind -eq 'Paragraph') { New-Dateline $Rng $Day $bylineTruth $items[0].Text } else { '' }
    $blocks = [System.Collections.Generic.List[object]]::new()
    foreach ($block in New-Head $Rng $Source.Title $Phrases $truth ([bool]$byline -or [bool]$dateline)) { $blocks.Add($block) }
    if ($byline) { $blocks.Add($byline) }
    foreach ($b in $bylineTruth.bylines) { $truth.bylines.Add($b) }
    $truth.dateline = $bylineTruth.dateline
    $truth.eventDate = $bylineTruth.eventDate

    $roll = $Rng.NextDouble()
    if ($roll -lt 0.05) {
        $other = (Get-Pick $Rng $Others).Items | Where-Object Kind -eq 'Paragraph' | Select-Object -First 1
        $note = '编者按：' + ($other.Text -replace '(。[^。]*?。).*$', '$1')
        $blocks.Add((New-Block $note 0 $true))
        $truth.paragraphs.Add($note)
    }
    elseif ($roll -lt 0.10) {
        $lead = $paragraphs[0].Text
        $sentence = if ($lead.IndexOf('。') -gt 0) { $lead.Substring(0, $lead.IndexOf('。') + 1) } else { $lead }
        $blocks.Add((New-Block '核心阅读'))
        $blocks.Add((New-Block $sentence 0 $true))
        $truth.paragraphs.Add('核心阅读'); $truth.intertitles.Add('核心阅读'); $truth.paragraphs.Add($sentence)
    }

    $captionAfter = if (Get-Chance $Rng 0.3) { $Rng.Next(0, $items.Count) } else { -1 }
    for ($i = 0; $i -lt $items.Count; $i++) {
        $item = $items[$i]
        $truth.paragraphs.Add($item.Text)
        if ($item.Kind -eq 'Intertitle') {
            $truth.intertitles.Add($item.Text)
            $blocks.Add((New-Block (Format-Intertitle $Rng $item.Text)))
        }
        else {
            $text = if ($i -eq 0) { $dateline + $item.Text } else { $item.Text }
            $blocks.Add((New-Block $text 0 $true))
        }
        if ($i -eq $captionAfter) {
            foreach ($block in New-Caption $Rng $Day $paragraphs $truth) { $blocks.Add($block) }
        }
    }
    [pscustomobject]@{ Blocks = $blocks; Truth = $truth }
}

# Splits an article's last body paragraphs off to another page: the article ends with （下转第N版） and the rest opens
# page N under （上接第M版）. Returns the blocks and truth of the rest.
function Split-Continuation([System.Random] $Rng, $Article, [int] $FromPage, [int] $ToPage) {
    $blocks = $Article.Blocks
    $bodyIndexes = @(for ($i = 0; $i -lt $blocks.Count; $i++) { if ($blocks[$i].Split) { $i } })
    if ($bodyIndexes.Count -lt 4) { return $null }
    $cutBlock = $bodyIndexes[$Rng.Next(2, $bodyIndexes.Count)]
    $text = $blocks[$cutBlock].Text
    $at = Get-CutIndex $text ($Rng.Next(4, [Math]::Max(5, $text.Length - 4)))
    $head = $text.Substring(0, $at); $tail = $text.Substring($at)

    $truth = $Article.Truth
    $rest = New-ArticleTruth
    $rest.continuedFrom = $FromPage
    $truth.continuedOn = $ToPage
    # Truth paragraphs after the cut move to the rest; the cut paragraph is split in two.
    $cutParagraph = $truth.paragraphs.IndexOf($text)
    if ($cutParagraph -lt 0) { return $null }
    $moved = @($truth.paragraphs | Select-Object -Skip ($cutParagraph + 1))
    $truth.paragraphs.RemoveRange($cutParagraph, $truth.paragraphs.Count - $cutParagraph)
    if ($head) { $truth.paragraphs.Add($head) }
    $rest.paragraphs.Add($tail)
    foreach ($p in $moved) { $rest.paragraphs.Add($p) }
    foreach ($t in @($truth.intertitles)) { if ($moved -contains $t) { $null = $truth.intertitles.Remove($t); $rest.intertitles.Add($t) } }

    $restBlocks = [System.Collections.Generic.List[object]]::new()
    $fromNote = "（上接第$(Format-PageNumber $Rng $FromPage)版）"
    if (Get-Chance $Rng 0.5) { $restBlocks.Add((New-Block $fromNote)); $restBlocks.Add((New-Block $tail 0 $true)) }
    else { $restBlocks.Add((New-Block ($fromNote + $tail) 0 $true)) }
    for ($i = $cutBlock + 1; $i -lt $blocks.Count; $i++) { $restBlocks.Add($blocks[$i]) }
    # Captions after the cut travel with the rest.
    foreach ($c in @($truth.captions)) { if ($restBlocks.Text -match [regex]::Escape($c)) { $null = $truth.captions.Remove($c); $rest.captions.Add($c) } }
    # So do the credits of those captions.
    foreach ($b in @($truth.bylines)) {
        $named = @($b.name, (Format-PersonName $b.name))
        if (@($restBlocks.Text | Where-Object { $t = $_; $named | Where-Object { $t.Contains($_) } }).Count -gt 0 -and
            @($blocks[0..($cutBlock - 1)].Text | Where-Object { $t = $_; $named | Where-Object { $t.Contains($_) } }).Count -eq 0) {
            $null = $truth.bylines.Remove($b); $rest.bylines.Add($b)
        }
    }
    $blocks.RemoveRange($cutBlock, $blocks.Count - $cutBlock)
    if ($head) { $blocks.Add((New-Block $head 0 $true)) }
    $blocks.Add((New-Block "（下转第$(Format-PageNumber $Rng $ToPage)版）"))
    [pscustomobject]@{ Blocks = $restBlocks; Truth = $rest }
}

# ---- Layout ---------------------------------------------------------------------------------------------------------

function Get-Width([string] $Text) { $w = 0.0; foreach ($c in $Text.ToCharArray()) { $w += if ([int]$c -lt 0x100) { 0.5 } else { 1.0 } }; $w }

# Where a line may end at or after $Index: never inside a Latin word or number, never before punctuation that may not
# open a line (，。、；：！？）” and the like go up to the line before).
function Get-CutIndex([string] $Text, [int] $Index) {
    $noStart = '，。、；：！？）”》」』…%' + [char]0x2019
    while ($Index -lt $Text.Length -and $Index -gt 0 -and (
            $noStart.Contains($Text[$Index]) -or
            ([int]$Text[$Index] -lt 0x100 -and [int]$Text[$Index - 1] -lt 0x100) -or
            $Text[$Index] -eq ' ' -or $Text[$Index - 1] -eq ' ')) { $Index++ }
    $Index
}

# The index where $Text has filled $Width columns (counting Latin letters and digits as half a column).
function Get-FillIndex([string] $Text, [double] $Width) {
    $w = 0.0
    for ($i = 0; $i -lt $Text.Length; $i++) {
        $w += if ([int]$Text[$i] -lt 0x100) { 0.5 } else { 1.0 }
        if ($w -ge $Width) { return $i + 1 }
    }
    $Text.Length
}

# A block's text as it stands on the page: one line, or wrapped at the column width (the first line indented).
function Format-BlockText($Block, $Layout) {
    if (-not $Layout.Wrap -or $Block.Heading -gt 0) { return $Block.Text }
    $out = [System.Collections.Generic.List[string]]::new()
    foreach ($line in $Block.Text -split "  `n") {
        $rest = $line
        $width = $Layout.Width - $(if ($Block.Split) { 2 } else { 0 })
        $wrapped = [System.Collections.Generic.List[string]]::new()
        while ((Get-Width $rest) -gt $width) {
            $at = Get-CutIndex $rest (Get-FillIndex $rest $width)
            if ($at -ge $rest.Length) { break }
            $wrapped.Add($rest.Substring(0, $at)); $rest = $rest.Substring($at); $width = $Layout.Width
        }
        $wrapped.Add($rest)
        $out.Add($wrapped -join "`n")
    }
    $out -join "  `n"
}

function Get-LineCount($Block, $Layout) {
    $scale = switch ($Block.Heading) { 1 { 3 } 2 { 2 } default { 1 } }
    $indent = if ($Block.Split) { 2 } else { 0 }
    $scale * [Math]::Max(1, [Math]::Ceiling(((Get-Width $Block.Text) + $indent) / $Layout.Width))
}

# Flows the page's blocks down its columns: a paragraph that reaches the foot of a column is cut there and goes on at the
# top of the next (a blank line between the pieces, as OCR gives them); other blocks move whole to the next column.
function Format-Columns($Blocks, $Layout) {
    $out = [System.Collections.Generic.List[string]]::new()
    $used = 0
    foreach ($block in $Blocks) {
        $lines = Get-LineCount $block $Layout
        if ($used + $lines -le $Layout.Height) { $out.Add((Format-BlockText $block $Layout)); $used += $lines; continue }
        if (-not $block.Split) { $out.Add((Format-BlockText $block $Layout)); $used = $lines; continue }
        $text = $block.Text
        $indent = 2
        while ($true) {
            $room = $Layout.Height - $used
            $needed = [Math]::Ceiling(((Get-Width $text) + $indent) / $Layout.Width)
            if ($needed -le $room) { break }
            if ($room -ge 1) {
                $at = Get-CutIndex $text (Get-FillIndex $text ($room * $Layout.Width - $indent))
                if ($at -ge $text.Length) { break }
                $piece = [pscustomobject]@{ Text = $text.Substring(0, $at); Heading = 0; Split = $indent -gt 0 }
                $out.Add((Format-BlockText $piece $Layout))
                $text = $text.Substring($at)
                $indent = 0
            }
            $used = 0
        }
        $last = [pscustomobject]@{ Text = $text; Heading = 0; Split = $indent -gt 0 }
        $out.Add((Format-BlockText $last $Layout))
        $used += [Math]::Ceiling(((Get-Width $text) + $indent) / $Layout.Width)
    }
    $out
}

function Format-Markup($Block) {
    if ($Block.Heading -gt 0) { return ('#' * $Block.Heading) + ' ' + $Block.Text }
    $Block.Text
}

# ---- Pages ----------------------------------------------------------------------------------------------------------

# A day's articles as an issue's pages: two to five articles a page, some stories continued on the next page.
function New-DayPages($Day, [System.Random] $Rng, $Phrases) {
    $issueDate = $Day.Day.AddDays(1)
    $sources = @($Day.Articles)
    $pages = [System.Collections.Generic.List[object]]::new()
    $carried = $null
    $index = 0
    $number = 1
    while ($index -lt $sources.Count) {
        $count = [Math]::Min($Rng.Next(2, 6), $sources.Count - $index)
        $articles = [System.Collections.Generic.List[object]]::new()
        if ($carried) { $articles.Add($carried); $carried = $null }
        for ($k = 0; $k -lt $count; $k++) {
            $articles.Add((New-Article $Rng $Day.Day $sources[$index + $k] $Phrases $sources))
        }
        $index += $count
        if ($index -lt $sources.Count -and (Get-Chance $Rng 0.3)) {
            $carried = Split-Continuation $Rng $articles[$articles.Count - 1] $number ($number + 1)
        }
        $layout = [pscustomobject]@{ Width = $Rng.Next(11, 31); Height = $Rng.Next(25, 91); Wrap = (Get-Chance $Rng 0.35) }
        $blocks = foreach ($article in $articles) { foreach ($block in $article.Blocks) { [pscustomobject]@{ Text = (Format-Markup $block); Heading = $block.Heading; Split = $block.Split } } }
        # Headings keep their markup on one line; the layout only needs their size.
        $body = Format-Columns $blocks $layout
        $front = "---`nnewspaper: 联播日报`ndate: $($issueDate.ToString('yyyy-MM-dd'))`npage: $number`n---`n`n"
        $pages.Add([pscustomobject]@{
                IssueDate = $issueDate; Number = $number; Text = $front + ($body -join "`n`n") + "`n"
                Layout = [ordered]@{ width = $layout.Width; height = $layout.Height; wrap = $layout.Wrap }
                Articles = @($articles | ForEach-Object { $_.Truth })
            })
        $number++
    }
    $pages
}
