@{
    Synopsis    = '在其他会话继续导入和检索的同时，写出档案库的一致副本。'
    Description = @(
        'Backup-Archive 用 SQLite 的 VACUUM INTO 把档案库复制到 -Destination：副本是在一个读事务中取得的一致快照，其他进程的导入和检索照常进行，每个版面要么完整在副本中，要么不在。副本经过压缩、自成一体（没有 -wal 文件），可以用 -Database 打开，也可以复制回档案库的位置。'
        '副本先以临时文件名写在目标旁边，完成后再改名，所以中断的备份绝不会在目标名下留下写了一半的文件。目标已存在时报错（NewsArchive.Backup.DestinationExists），除非给出 -Force。'
    )
    Parameters  = @{
        Destination = '副本要写入的文件。其所在文件夹不存在时会被创建。'
        Force       = '目标文件已存在时覆盖它。'
    }
    Examples    = @(
        '在当前文件夹中为默认档案库做一个带日期的副本；输出新文件的 FileInfo。'
        '覆盖昨晚的副本，然后检查它。'
    )
}
