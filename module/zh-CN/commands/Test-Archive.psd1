@{
    Synopsis    = '检查档案库，返回一个说明它是否健康并列出每个问题的对象。'
    Description = @(
        'Test-Archive 在一个读快照中运行：SQLite 的 PRAGMA integrity_check；PRAGMA foreign_key_check（父记录已不存在的文章、署名和提及）；没有任何文章提到的人物；每个版面存储的文章是否恰好是分析其保留原文所得的文章（没有文章的版面或只存了一部分的版面都是问题）；每篇文章是否都在全文检索索引中（或在排队等待），索引中没有别的内容；以及 Export-Stats 读取的统计汇总表是否与文章一致（检查 Statistics）。'
        '它返回一个 NewsArchive.Core.Storage.ArchiveHealth：Healthy（未发现问题时为 true）、Problems（Check、Target、Message）、Checks、Pages 和 Articles。损坏的或不是档案库的文件得到 Healthy 为 false，而不是异常。'
    )
    Parameters  = @{}
    Examples    = @(
        '档案库通过每项检查时为 True。'
        '显示结论和检查了什么，然后列出发现的每个问题，以及所属的检查和版面。'
        '在计划任务中：记录结论；档案库需要处理时列出问题并让任务失败。'
    )
}
