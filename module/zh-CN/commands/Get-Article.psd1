@{
    Synopsis    = '按报纸、出版日期、版次、标题、记者、提到的官员和全文检索，从档案库中取出文章。'
    Description = @(
        'Get-Article 以 Article 对象返回 Import-Issue 存入的文章：Id、Newspaper、Date、Page、Sequence（文章在版面上的次序）、Kicker（引题）、Title、Subtitle、Bylines（带 Role 和 Name 的对象）、Dateline（电头）、EventDate（文章所报道事件的日期，取自导语）、Paragraphs、Body（各段以换行连接）、Characters、Officials（文章提到的官员，各带 Name、Role 和职务 Titles）、People（其他有头衔的人），带 -Text 时还有 Snippet。默认视图是日期、报纸、版次、次序、标题和作者的表格；Format-List 以 yyyy-MM-dd 显示日期，正文只显示一次。'
        '给出的每个筛选条件都必须成立；不带筛选条件时返回全部文章，最早的在前。带 -Text 时返回与检索匹配的文章，最相关的在前。-Id 找不到的编号是 ObjectNotFound 错误（NewsArchive.Article.NotFound），与 Get-Item 对不存在路径的处理相同。每个 -Date、-From、-To 都接受 2020-03-13、20200313 或 2020/03/13。'
    )
    Parameters  = @{
        Title     = '要查找的标题。不带通配符的值须与整个标题完全相同（''奋力夺取脱贫攻坚全面胜利''）；带通配符（*、?、[ ]）时按 PowerShell 的模式匹配（''*脱贫*''）。'
        Id        = '要取出的文章在档案库中的编号。通过管道传给 Get-Article 的文章按 Id 属性绑定到这里。档案库中没有的编号是 NewsArchive.Article.NotFound 错误（ObjectNotFound），除非给出 -First 或 -Skip。'
        Newspaper = '要查找的报纸，按名称（衡阳日报）或通配符模式（衡阳*）；不区分大小写。ImportResult 和 Article 对象按 Newspaper 属性绑定到这里。'
        Date      = '要取哪一期的文章，写作 2020-03-13、20200313 或 2020/03/13；忽略时刻。ImportResult 和 Article 对象按 Date 属性绑定到这里。'
        From      = '包含的第一个出版日期：此日或之后各期的文章。-From 晚于 -To 是错误（NewsArchive.GetArticle.InvalidRange）。'
        To        = '包含的最后一个出版日期：此日或之前各期的文章。'
        Page      = '要取哪些版次（1 到 9999）的文章；给出多个值时取其中任一版的文章。'
        Reporter  = '署名或电头中的作者，按姓名（罗文鹏）或通配符模式（罗*）。印刷时两字姓名中间的空格不影响：''陈 润'' 能找到陈润。Tab 补全会列出档案库中的姓名。'
        Official  = '文章提到的官员，按姓名（朱健）或通配符模式（朱*）：文章提到其中任何一位官员即匹配（见 Find-Official）。Official 对象按 Name 绑定到这里。'
        Text      = '对标题和正文做全文检索，写法与搜索框相同。中文无论长短，出现在哪里都能找到。多个词须全部匹配；OR 表示任一；-词 或 NOT 词 表示排除；"加引号的短语" 按顺序匹配。'
        First     = '最多返回这么多篇文章（1 或更多），在 -Skip 之后。'
        Skip      = '先跳过这么多篇匹配的文章再返回；与 -First 一起可分页浏览长结果。'
        Rank      = '检索结果（带 -First 的 -Text）如何排序。Newest（默认）：超过 200 篇文章含有该词时，只在最近导入的 200 篇中按相关度排序，毫秒级返回；Full：对所有匹配的文章排序。'
        Database  = '要读取的档案库文件。它必须已存在：Get-Article 从不创建档案库，文件不存在是 NewsArchive.Database.NotFound 错误。不带此参数时用 $env:NEWSARCHIVE_DB，否则用每个用户的数据文件夹中的 archive.db。'
    }
    Examples    = @(
        '以日期、报纸、版次、次序、标题和作者的表格，列出衡阳日报 2020 年 3 月 1 日至 31 日各期的全部文章。'
        '找出标题含“脱贫”、署名有陈润的文章（样例版面上是《奋力夺取脱贫攻坚全面胜利》），并显示其作者、电头、事件日期和各段正文。'
        '每个 ImportResult 把它的 Newspaper、Date 和 Page 绑定到 Get-Article，后者返回该版面的文章。'
        '从档案库 ./archive.db 读出某一期的头版，统计每位作者署名的文章数。'
        '返回名称以“衡阳”开头的报纸的第三、第四篇文章，按档案库中的顺序；-Skip 4 给出接下来的两篇。'
        '列出把朱健作为官员提到的文章，以及每篇文章提到的全部官员和给出的职务（Find-Official 朱健 | Get-Article 效果相同）。'
        '找出标题或正文同时含有“邓群策”和“脱贫”、但不含“奋战”的文章，最相关的在前，并以 Search 表格视图显示前十篇：日期、报纸、版次、标题和正文中出现检索词的片段（以【…】标出）。'
        '对含有“会议”的全部文章统一排序，显示最好的二十篇，无论多旧。不带 -Rank Full 时，出现在 200 篇以上文章中的词只在最近导入的 200 篇中排序，毫秒级返回。'
        '统计衡阳日报 2020 年提到“脱贫攻坚”或“扶贫”的文章数。检索可与其他任何筛选条件组合。'
    )
}
