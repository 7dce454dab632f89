@{
    Synopsis    = '把档案库复制到另一个档案库（SQLite 与 PostgreSQL 之间，两个方向都可以），中断后从停下的地方接着复制。'
    Description = @(
        'Copy-Archive 读出 -Source 的每个版面及从中切出的一切（保存的原文、文章、署名、人物、官员及其职务、分析版本和导入时间），按 Import-Issue 保存版面的方式，每个版面一个事务写入 -Destination。档案库就是这样从一个 SQLite 文件迁到 PostgreSQL 服务器上，或者迁回来。'
        '目标中内容相同的版面保持不动，所以中断（Ctrl+C、连接断开）之后再运行同一条复制命令，只会复制缺少的部分。目标中同一版面存有不同内容时报错，除非给出 -Force 替换它。结果对象统计版面总数、已复制、已存在和失败的数目。'
    )
    Parameters  = @{
        Source                = '要复制的档案库：一个 SQLite 文件，或以 URI（postgresql://user@host:5432/database）或连接字符串（Host=…;Database=…）指明的 PostgreSQL 数据库。它必须已经存在。'
        Destination           = '复制到的档案库，两种引擎均可：一个 SQLite 文件（不存在时创建），或一个 PostgreSQL 数据库（必须已经存在；为空时创建其表结构）。其中已与源相同的版面保持不动。'
        SourceCredential      = 'PostgreSQL 源的用户名和密码（否则用 URI 中的用户名，以及 PGPASSFILE 或 ~/.pgpass）。密码绝不出现在消息、错误或日志中。'
        DestinationCredential = 'PostgreSQL 目标的用户名和密码（否则用 URI 中的用户名，以及 PGPASSFILE 或 ~/.pgpass）。密码绝不出现在消息、错误或日志中。'
        Force                 = '替换目标中内容不同的版面；不给出时，每个这样的版面都报错（NewsArchive.Copy.Conflict）并保持原样。'
    }
    Examples    = @(
        '把一个 SQLite 档案库迁到 PostgreSQL（数据库 news 必须已经存在）。中断后再运行一次，就会从停下的地方继续。'
        '把一个 PostgreSQL 档案库复制到一个 SQLite 文件（密码取自 ~/.pgpass），然后检查副本。'
    )
}
