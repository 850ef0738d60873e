namespace Adisteme.Web.Data;

/// <summary>
/// An editable record with an app-managed concurrency token. SQLite has no database-generated
/// token, so one mechanism serves both providers: the context writes a new Guid on every update
/// and EF compares the original on save.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
