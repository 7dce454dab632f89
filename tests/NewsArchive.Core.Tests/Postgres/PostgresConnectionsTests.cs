using System;
using System.Net;
using NewsArchive.Core.Storage;
using NewsArchive.Postgres;
using Xunit;

namespace NewsArchive.Core.Tests.Postgres;

public class PostgresConnectionsTests
{
    [Fact]
    public void AUriGivesHostPortDatabaseUserAndParameters()
    {
        var settings = PostgresConnections.Settings(ArchiveLocation.Parse("postgresql://archive@db.example:5433/news?sslmode=require&application_name=nightly"), null);
        Assert.Equal("db.example", settings.Host);
        Assert.Equal(5433, settings.Port);
        Assert.Equal("news", settings.Database);
        Assert.Equal("archive", settings.Username);
        Assert.Equal("nightly", settings.ApplicationName);
        Assert.Equal(Npgsql.SslMode.Require, settings.SslMode);
    }

    [Fact]
    public void ACredentialGivesUserAndPassword()
    {
        var settings = PostgresConnections.Settings(ArchiveLocation.Parse("Host=db;Database=news"), new NetworkCredential("archive", "s3cret"));
        Assert.Equal("archive", settings.Username);
        Assert.Equal("s3cret", settings.Password);
        Assert.Equal(PostgresConnections.ApplicationName, settings.ApplicationName);
    }

    [Fact]
    public void EscapedCharactersInAUriAreDecoded()
    {
        var settings = PostgresConnections.Settings(ArchiveLocation.Parse("postgresql://ar%40chive:p%3Ass@db/%E6%96%B0%E9%97%BB"), null);
        Assert.Equal("ar@chive", settings.Username);
        Assert.Equal("p:ss", settings.Password);
        Assert.Equal("新闻", settings.Database);
    }

    [Fact]
    public void AnUnreadableConnectionStringIsReportedWithoutItsPassword()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnections.Settings(ArchiveLocation.Parse("Host=db;Database=news;Password=s3cret;Frobnicate=1"), null));
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Contains("Host=db;Database=news", error.Message);
    }
}
