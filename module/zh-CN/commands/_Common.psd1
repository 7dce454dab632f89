# Translations every cmdlet shares; a cmdlet's own file may say it differently.
@{
    Parameters = @{
        Database = '档案库文件。默认：设置了 $env:NEWSARCHIVE_DB 时用它，否则用每个用户的数据文件夹中的 archive.db（见 about_NewsArchive）。'
        Credential = 'PostgreSQL 档案库的用户名和密码（Get-Credential）。不给出时，用户名取自 -Database，密码取自 PGPASSFILE 或 ~/.pgpass。对 SQLite 文件不起作用。密码绝不出现在消息、错误或日志中。'
        WhatIf   = '只显示将会发生什么，不做任何更改。'
        Confirm  = '在做任何更改前请求确认。'
    }
}
