using Adisteme.Web.Data.Postgres;
using Npgsql;

namespace Adisteme.Tests.Data;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void WithDefaults_NothingSaid_AutoPreparesAndSkipsTheReset()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Database=adisteme;Username=app"));

        Assert.Equal(200, b.MaxAutoPrepare);
        Assert.Equal(2, b.AutoPrepareMinUsages);
        Assert.True(b.NoResetOnClose);
        Assert.Equal(PostgresConnection.MaxPoolSize, b.MaxPoolSize);
        Assert.Equal("db", b.Host);
        Assert.Equal("adisteme", b.Database);
    }

    [Fact]
    public void WithDefaults_OperatorSaidOtherwise_OperatorWins()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Max Auto Prepare=0;No Reset On Close=false;AutoPrepareMinUsages=5;Maximum Pool Size=80"));

        Assert.Equal(0, b.MaxAutoPrepare);
        Assert.False(b.NoResetOnClose);
        Assert.Equal(5, b.AutoPrepareMinUsages);
        Assert.Equal(80, b.MaxPoolSize);
    }
}
