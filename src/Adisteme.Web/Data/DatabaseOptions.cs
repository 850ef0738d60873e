namespace Adisteme.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database" of configuration (env: Database__Provider, Database__ConnectionString).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=App_Data/adisteme.db";
    public bool MigrateOnStartup { get; set; } = true;
}
