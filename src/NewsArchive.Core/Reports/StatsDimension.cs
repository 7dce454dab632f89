namespace NewsArchive.Core.Reports;

/// <summary>What statistics are counted by. Periods and pages group articles by where they appeared; Reporter, Official and
/// Title group them by who wrote them or who they name, so one article counts once under each name it carries.</summary>
public enum StatsDimension
{
    /// <summary>The issue date.</summary>
    Day,

    /// <summary>The ISO 8601 week of the issue date (weeks start on Monday; week 1 holds the year's first Thursday), as 2020-W11.</summary>
    Week,

    /// <summary>The issue month, as 2020-03.</summary>
    Month,

    /// <summary>The issue year.</summary>
    Year,

    Newspaper,

    /// <summary>The page number within the issue (1 is the front page).</summary>
    Page,

    /// <summary>A contributor named in a byline.</summary>
    Reporter,

    /// <summary>A person the article names as holding public office.</summary>
    Official,

    /// <summary>An office title (市长, 市委书记…) the article gives an official; with Official too, the titles of that official.</summary>
    Title,
}

/// <summary>The file formats Export-Stats writes.</summary>
public enum StatsFormat
{
    Csv,
    Json,
    Html,
}
