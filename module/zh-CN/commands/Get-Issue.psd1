@{
    Synopsis    = '列出档案库中的各期报纸，以及它们的版面、文章、源文件和导入时间。'
    Description = @(
        'Get-Issue 为档案库中的每份报纸的每个日期返回一个 NewsArchive.Core.Model.Issue：Newspaper、Date、Pages（已导入的版次）、PageCount、Articles、SourcePaths（版面来自哪些文件）和 ImportedAt（最近一次版面导入的 UTC 时间）。'
        '各期按日期从早到晚排列。给出的每个筛选条件都必须成立。这些对象可按属性名通过管道传给 Get-Article（该期的文章）和 Remove-Issue（删除该期）。'
    )
    Parameters  = @{
        Newspaper = '只列这些报纸。可用通配符（不区分大小写）；不带通配符时名称须完全相同。'
        Date      = '只列这一天的一期（2020-03-13、20200313 或 2020/03/13）。'
        From      = '只列此日或之后的各期。'
        To        = '只列此日或之前的各期。-From 晚于 -To 是错误（NewsArchive.GetIssue.InvalidRange）。'
    }
    Examples    = @(
        '衡阳日报 2020 年 3 月的各期：日期、版次和文章数。'
        '2020 年 3 月 13 日各报的全部文章。'
        '看起来不完整的各期：导入的版面少于四个。'
    )
}
