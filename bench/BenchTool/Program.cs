using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Bench.Tool;

/// <summary>The parts of the benchmark that are plain SQLite, outside the module:
/// <c>floor</c> imports a corpus the cheapest honest way (split at headlines, one transaction, FTS5 trigram) to set the
/// bar for Import-Issue; <c>queries</c> draws search terms from an archive's articles; <c>like</c> times the LIKE scan
/// that a search must beat and counts its rows.</summary>
public static class Program
{
    private const string Usage = """
        Usage:
          BenchTool floor <corpus-dir> <database>
          BenchTool queries <archive.db> <count-per-kind> <seed>     (JSON lines: kind, query)
          BenchTool like <archive.db> <queries.jsonl> <repeats>      (JSON lines: query, rows, milliseconds...)
        """;

    public static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["floor", var corpus, var database] => Floor.Run(corpus, database),
                ["queries", var database, var count, var seed] => Queries.Run(database, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(seed, CultureInfo.InvariantCulture)),
                ["like", var database, var queries, var repeats] => LikeScan.Run(database, queries, int.Parse(repeats, CultureInfo.InvariantCulture)),
                _ => Fail(),
            };
        }
        catch (FormatException)
        {
            return Fail();
        }
    }

    private static int Fail()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    internal static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MiB; 0 where /proc is not available.</summary>
    internal static double PeakMemoryMiB()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return 0;
        foreach (string line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        }
        return 0;
    }
}

/// <summary>The floor: every page read as UTF-8, split into (headline, text) at lines that start with '#', inserted into
/// one FTS5 trigram table (which also keeps the text) in one transaction, with one prepared statement. No decoding
/// guesses, no repair of column breaks, no bylines, no names: what any import has to pay at least.</summary>
internal static class Floor
{
    public static int Run(string corpus, string database)
    {
        foreach (string suffix in new[] { "", "-wal", "-shm" })
            File.Delete(database + suffix);

        var clock = Stopwatch.StartNew();
        long pages = 0, articles = 0, bytes = 0;
        using (var connection = Program.Open(database, SqliteOpenMode.ReadWriteCreate))
        {
            Program.Execute(connection, "PRAGMA journal_mode = WAL");
            Program.Execute(connection, "PRAGMA synchronous = NORMAL");
            Program.Execute(connection, "CREATE VIRTUAL TABLE articles USING fts5 (page UNINDEXED, title, body, tokenize = 'trigram')");
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO articles (page, title, body) VALUES ($page, $title, $body)";
            var page = insert.Parameters.Add("$page", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (string path in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories))
            {
                byte[] content = File.ReadAllBytes(path);
                bytes += content.Length;
                pages++;
                page.Value = Path.GetRelativePath(corpus, path);
                foreach (var (headline, text) in Split(Encoding.UTF8.GetString(content)))
                {
                    title.Value = headline;
                    body.Value = text;
                    insert.ExecuteNonQuery();
                    articles++;
                }
            }

            transaction.Commit();
        }

        clock.Stop();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            pages,
            articles,
            textBytes = bytes,
            seconds = clock.Elapsed.TotalSeconds,
            peakMemoryMiB = Program.PeakMemoryMiB(),
            databaseBytes = new FileInfo(database).Length + (File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length : 0),
        }));
        return 0;
    }

    private static IEnumerable<(string Title, string Body)> Split(string page)
    {
        string title = string.Empty;
        var body = new StringBuilder();
        foreach (string line in page.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                if (body.Length > 0 || title.Length > 0) yield return (title, body.ToString());
                title = line.TrimStart('#').Trim();
                body.Clear();
            }
            else if (line.Length > 0)
            {
                body.Append(line.TrimEnd('\r')).Append('\n');
            }
        }

        if (body.Length > 0 || title.Length > 0) yield return (title, body.ToString());
    }
}

/// <summary>Search terms drawn from the archive itself: Han substrings of 2, 3 and 4 characters at random places of
/// random articles (so they exist), pairs of 2-character terms from one article, and a few absent strings.</summary>
internal static class Queries
{
    public static int Run(string database, int count, int seed)
    {
        var random = new Random(seed);
        using var connection = Program.Open(database, SqliteOpenMode.ReadOnly);
        long maxId = Scalar(connection, "SELECT max(id) FROM articles");
        string Substring(int length)
        {
            while (true)
            {
                string body = Body(connection, random.NextInt64(1, maxId + 1));
                if (body.Length < length) continue;
                int at = random.Next(body.Length - length + 1);
                string candidate = body.Substring(at, length);
                if (candidate.All(IsHan)) return candidate;
            }
        }

        foreach (int length in new[] { 2, 3, 4 })
            for (int i = 0; i < count; i++)
                Console.WriteLine(JsonSerializer.Serialize(new { kind = $"{length} chars", query = Substring(length) }));
        for (int i = 0; i < count; i++)
            Console.WriteLine(JsonSerializer.Serialize(new { kind = "two terms", query = Substring(2) + " " + Substring(2) }));
        return 0;
    }

    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Body(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(title, '') || '\n' || body FROM articles WHERE id >= $id ORDER BY id LIMIT 1";
        command.Parameters.AddWithValue("$id", id);
        return (string?)command.ExecuteScalar() ?? string.Empty;
    }
}

/// <summary>The scan a search must beat: every term as <c>title LIKE '%t%' OR body LIKE '%t%'</c> (all terms ANDed),
/// over the archive's own articles table; rows are the truth the search's counts are compared with.</summary>
internal static class LikeScan
{
    public static int Run(string database, string queriesFile, int repeats)
    {
        using var connection = Program.Open(database, SqliteOpenMode.ReadOnly);
        foreach (string line in File.ReadLines(queriesFile))
        {
            using var document = JsonDocument.Parse(line);
            string query = document.RootElement.GetProperty("query").GetString()!;
            string[] terms = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles WHERE " +
                string.Join(" AND ", terms.Select((_, i) => $"(title LIKE $t{i} OR body LIKE $t{i})"));
            for (int i = 0; i < terms.Length; i++) command.Parameters.AddWithValue($"$t{i}", "%" + terms[i] + "%");
            long rows = 0;
            var times = new List<double>();
            for (int r = 0; r < repeats; r++)
            {
                var clock = Stopwatch.StartNew();
                rows = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(JsonSerializer.Serialize(new { query, rows, milliseconds = times.Min() }));
        }

        return 0;
    }
}
