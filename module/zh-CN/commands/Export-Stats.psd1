@{
    Synopsis    = '按时期、报纸、版次、记者、官员或职务统计文章，输出为对象、CSV、JSON 或 HTML 报告。'
    Description = @(
        'Export-Stats 在 SQL 中按时期（Day、ISO Week、Month、Year）、Newspaper、Page、Reporter、Official 或 Title 统计档案库中的文章，十年的日报几秒即可算完。每行包含其键值和文章的合计：Articles、Pages、Characters（正文字数）、Reporters（不同的作者）、Officials（提到的不同官员）、Mentions（每篇文章计一次的官员提及）以及 FirstIssue 和 LastIssue 日期。'
        '不带 -Path 时，各行是 StatsRow 对象，可交给 Sort-Object、Where-Object、Export-Csv 或 ConvertTo-Json；带 -Path 时写成 CSV（默认带 BOM 的 UTF-8；可能被电子表格当作公式的单元格前加单引号，除非给出 -NoFormulaEscape）、JSON 或自成一体的 HTML 报告。'
    )
    Parameters  = @{
        By              = '按什么统计：Day、Week（ISO 8601 周，写作 2020-W11）、Month（2020-03）、Year、Newspaper、Page、Reporter（署名中的作者）、Official 或 Title（官员的职务）。给出多个时，每种组合一行。默认：Month。'
        Newspaper       = '只统计这些报纸的文章。可用通配符；Tab 补全会列出档案库中的报纸。'
        From            = '只统计出版日期在此日或之后的各期（2020-03-13、20200313 或 2020/03/13）。'
        To              = '只统计出版日期在此日或之前的各期。'
        Page            = '只统计这些版次上的文章（1 是头版）。'
        Path            = '要写入的文件。不带 -Path 时各行作为 StatsRow 对象写入管道。已有文件会被覆盖，除非给出 -NoClobber。'
        Format          = 'Csv、Json 或 Html。默认由 -Path 的扩展名决定（.csv、.json、.html 或 .htm）。'
        Encoding        = 'CSV 或 JSON 文件的编码：utf8BOM、utf8（无 BOM）、utf8NoBOM、unicode、bigendianunicode、utf32 或 gb18030。CSV 默认带 BOM 的 UTF-8，Excel 才能正确显示中文。HTML 报告总是 UTF-8。'
        NoFormulaEscape = '仅对 CSV：以 =、+、-、@、制表符或回车开头的单元格按原样写出。默认在这类单元格前加一个单引号（OWASP 防 CSV 注入的规则），电子表格会把它显示为文字而不是执行公式。'
        Force           = '覆盖只读文件。'
        NoClobber       = '不覆盖已有文件：命令改为报错 NewsArchive.ExportStats.FileExists。'
        Database        = '要读取的档案库。'
        WhatIf          = '只显示将要写入的文件，不写入。'
        Confirm         = '写文件前请求确认。'
    }
    Examples    = @(
        '衡阳日报每月一个 StatsRow（Month、Articles、Pages、Characters、Reporters、Officials、Mentions、FirstIssue、LastIssue），用 Sort-Object 排序。'
        '名称类的键（Reporter、Official、Title）按文章数从多到少排列。'
        '统计头版上提到各官员的文章数。'
        '每月每版一行。文件是带 BOM 的 UTF-8，Excel 能正确打开中文名称；-Encoding utf8 写出不带 BOM 的文件。'
        '一个对象数组，日期为 ISO 格式，周为 ISO 周（2020-W11）；已有 weeks.json 时报错而不覆盖。'
        '一个自成一体的文件（离线可用）：摘要、文章随时间变化图、主要官员、主要记者、各版文章数，以及可排序的表格。-WhatIf 显示将要写入什么。'
    )
}
