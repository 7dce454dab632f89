using System;
using Dapper;
using Npgsql;

namespace NewsArchive.Postgres;

/// <summary>Brings a PostgreSQL archive's schema up to date (<see cref="PostgresMigrations"/>), one step per version,
/// under an advisory lock so that importers starting together migrate once.</summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock key of migrations: any fixed number that other applications of the database do not use
    /// ("NewsArch" in ASCII).</summary>
    private const long MigrationLock = 0x4E65_7773_4172_6368;

    public static int Version => PostgresMigrations.Steps.Count;

    /// <summary>The applied version: 0 when the database holds no archive yet.</summary>
    public static int AppliedVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass('archive_schema') IS NOT NULL", transaction: transaction)
            ? connection.ExecuteScalar<int>("SELECT version FROM archive_schema", transaction: transaction)
            : 0;

    /// <summary>The SQLSTATE of "relation does not exist".</summary>
    private const string UndefinedTable = "42P01";

    /// <summary>The applied version in one round trip, outside a transaction (every cmdlet asks, and a round trip is the
    /// dearest part of a short command): 0 when the database holds no archive yet.</summary>
    public static int OpenedVersion(NpgsqlConnection connection)
    {
        try
        {
            return connection.ExecuteScalar<int>("SELECT version FROM archive_schema");
        }
        catch (PostgresException ex) when (ex.SqlState == UndefinedTable)
        {
            return 0;
        }
    }

    /// <param name="version">The version <see cref="OpenedVersion"/> read.</param>
    /// <exception cref="InvalidOperationException">The database's schema is newer than this module.</exception>
    public static void Migrate(NpgsqlConnection connection, int version)
    {
        Refuse(version);
        if (version == Version)
        {
            return;
        }

        // A session lock, taken before the transaction: one that began before the lock was granted could miss, in its
        // catalog, the tables another importer created meanwhile ("relation already exists").
        connection.Execute("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock });
        try
        {
            using var transaction = connection.BeginTransaction();
            version = AppliedVersion(connection, transaction);
            if (version == 0)
            {
                connection.Execute("CREATE TABLE archive_schema (version integer NOT NULL); INSERT INTO archive_schema VALUES (0)", transaction: transaction);
            }

            for (var step = version; step < Version; step++)
            {
                connection.Execute(PostgresMigrations.Steps[step], transaction: transaction);
                connection.Execute("UPDATE archive_schema SET version = @version", new { version = step + 1 }, transaction);
            }

            transaction.Commit();
        }
        finally
        {
            connection.Execute("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock });
        }
    }

    public static void Refuse(int version)
    {
        if (version > Version)
        {
            throw new InvalidOperationException(
                $"The archive's schema is version {version}, newer than this module understands ({Version}). Update the NewsArchive module.");
        }
    }
}
