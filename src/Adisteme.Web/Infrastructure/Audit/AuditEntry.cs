namespace Adisteme.Web.Infrastructure.Audit;

/// <summary>One write: who, when, which record, and its values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>Who is writing: the signed-in user in a request, "system" for start-up and seeding.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();
    public string? UserId => null;
    public string? UserName => "system";
}
