using System;
using System.Linq;
using System.Net;
using NewsArchive.Core.Storage;
using Npgsql;

namespace NewsArchive.Postgres;

/// <summary>Turns what -Database holds (a <c>postgresql://</c> URI or a key=value connection string) and an optional
/// credential into Npgsql settings. A password comes from the credential, the URI or connection string, or Npgsql's
/// own PGPASSFILE / ~/.pgpass lookup; Npgsql drops it from the connection string once connected (Persist Security Info
/// is off), so nothing this module shows can carry it.</summary>
public static class PostgresConnections
{
    /// <summary>What PostgreSQL's pg_stat_activity shows for the module's sessions.</summary>
    public const string ApplicationName = "NewsArchive";

    /// <summary>How many statements a connection keeps prepared: the search and the reads that complete its articles,
    /// the page writer's and the statistics' statements fit.</summary>
    private const int AutoPreparedStatements = 32;

    /// <exception cref="ArgumentException">The URI or connection string cannot be read; the message never holds the password.</exception>
    public static NpgsqlConnectionStringBuilder Settings(ArchiveLocation location, NetworkCredential? credential)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = location.Value.IndexOf("://", StringComparison.Ordinal) > 0
                ? FromUri(location.Value)
                : new NpgsqlConnectionStringBuilder(location.Value);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException)
        {
            // The parser's own message may quote the text it read, password and all.
            throw new ArgumentException($"'{location.DisplayName}' is not a PostgreSQL URI (postgresql://user@host:port/database) or connection string (Host=…;Database=…).");
        }

        if (credential is not null)
        {
            builder.Username = credential.UserName;
            builder.Password = credential.Password;
        }

        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = ApplicationName;
        }

        // Pooled (Npgsql's default): opening a new server connection for each cmdlet cost about 20 ms of every
        // Get-Article (bench/Compare-Engines.ps1); an idle pooled connection is closed after a minute.
        builder.ConnectionIdleLifetime = 60;

        // Statements run five times on a connection are prepared on the server (planned once); they outlive the pooled
        // connection's reuse by the next cmdlet. A connection string that says otherwise (e.g. for a pooler that cannot
        // keep prepared statements) is obeyed.
        if (builder.ConnectionString.IndexOf("Max Auto Prepare=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder;
    }

    /// <summary>libpq's URI form: postgresql://[user[:password]@][host[:port][,host[:port]]][/database][?key=value&amp;…].</summary>
    internal static NpgsqlConnectionStringBuilder FromUri(string uri)
    {
        var rest = uri.Substring(uri.IndexOf("://", StringComparison.Ordinal) + 3);
        var builder = new NpgsqlConnectionStringBuilder();
        var query = string.Empty;
        var questionMark = rest.IndexOf('?');
        if (questionMark >= 0)
        {
            query = rest.Substring(questionMark + 1);
            rest = rest.Substring(0, questionMark);
        }

        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
        if (slash >= 0 && slash + 1 < rest.Length)
        {
            builder.Database = Uri.UnescapeDataString(rest.Substring(slash + 1));
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var user = authority.Substring(0, at);
            authority = authority.Substring(at + 1);
            var colon = user.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user.Substring(0, colon) : user);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user.Substring(colon + 1));
            }
        }

        var port = authority.LastIndexOf(':');
        if (authority.IndexOf(',') < 0 && port > authority.LastIndexOf(']'))
        {
            // One host: its port goes where Npgsql reads it. (Several hosts keep their host:port list, which Npgsql reads.)
            builder.Port = int.Parse(authority.Substring(port + 1), System.Globalization.CultureInfo.InvariantCulture);
            authority = authority.Substring(0, port);
        }

        if (authority.Length > 0)
        {
            builder.Host = Uri.UnescapeDataString(authority.Trim('[', ']'));
        }

        foreach (var pair in query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(equals >= 0 ? pair.Substring(0, equals) : pair);
            var value = equals >= 0 ? Uri.UnescapeDataString(pair.Substring(equals + 1)) : string.Empty;
            builder[UriParameterNames.FirstOrDefault(n => n.Uri == key).Npgsql ?? key] = value;
        }

        return builder;
    }

    /// <summary>libpq parameter names that Npgsql spells differently.</summary>
    private static readonly (string Uri, string Npgsql)[] UriParameterNames =
    {
        ("sslmode", "SSL Mode"),
        ("application_name", "Application Name"),
        ("connect_timeout", "Timeout"),
        ("passfile", "Passfile"),
        ("target_session_attrs", "Target Session Attributes"),
        ("options", "Options"),
    };
}
