using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

public class ArchiveLocationTests
{
    [Theory]
    [InlineData("/home/me/archive.db")]
    [InlineData("archive.db")]
    [InlineData(@"C:\archives\江城日报.db")]
    [InlineData("/data/a=b;c.db")]
    public void AFilePathIsAnSqliteArchive(string database) =>
        Assert.Equal(ArchiveEngine.Sqlite, ArchiveLocation.Parse(database).Engine);

    [Theory]
    [InlineData("postgresql://archive@dbhost/news")]
    [InlineData("postgres://dbhost:5433/news")]
    [InlineData("Host=dbhost;Database=news")]
    [InlineData("host=dbhost; port=5433; database=news; username=archive")]
    [InlineData("Database=news")]
    public void AUriOrConnectionStringIsAPostgresArchive(string database) =>
        Assert.Equal(ArchiveEngine.Postgres, ArchiveLocation.Parse(database).Engine);

    [Theory]
    [InlineData("postgresql://archive:s3cret@dbhost/news", "postgresql://archive@dbhost/news")]
    [InlineData("Host=dbhost;Password=s3cret;Database=news", "Host=dbhost;Database=news")]
    [InlineData("Host=dbhost;Database=news;pwd=s3cret", "Host=dbhost;Database=news")]
    [InlineData("Host=dbhost;Database=news", "Host=dbhost;Database=news")]
    public void TheDisplayNameNeverHoldsThePassword(string database, string expected)
    {
        var location = ArchiveLocation.Parse(database);
        Assert.Equal(expected, location.DisplayName);
        Assert.DoesNotContain("s3cret", location.ToString());
    }
}
