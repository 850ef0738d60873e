using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Adisteme.Web.Infrastructure.Audit;

/// <summary>Captures before/after values of tracked changes and bumps concurrency tokens.</summary>
internal static class AuditRecorder
{
    /// <summary>Secrets that must never reach the audit log.</summary>
    private static readonly HashSet<string> s_hidden = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Xml", "Value",
    };

    /// <summary>Tables whose rows are machinery, not user data.</summary>
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        nameof(AuditEntry), "DataProtectionKey", "IdentityUserToken`1", "IdentityUserLogin`1",
    };

    /// <summary>Whether writes to rows of this type are recorded; the audit log viewer offers these types.</summary>
    public static bool IsAudited(Type clrType) => !s_skipped.Contains(clrType.Name);

    internal sealed class Pending(EntityEntry entry, string action, string? before, Dictionary<string, object?>? after)
    {
        // Deleted rows are detached by the save, so their key is read now; added rows get theirs on insert.
        private readonly string? _key = action == "Created" ? null : KeyOf(entry);

        public AuditEntry ToEntry(IAuditActor actor, DateTime now) => new()
        {
            AtUtc = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = _key ?? KeyOf(entry),
            Action = action,
            Before = before,
            // Read after the first save so database-generated keys and values are included.
            After = after is null ? null : Serialize(Values(entry, current: true)),
        };
    }

    public static List<Pending> Capture(ChangeTracker tracker, DateTime now)
    {
        tracker.DetectChanges();
        var result = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached || s_skipped.Contains(entry.Metadata.ClrType.Name))
            {
                continue;
            }
            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    result.Add(new Pending(entry, "Created", null, []));
                    break;
                case EntityState.Modified:
                    result.Add(new Pending(entry, "Updated", Serialize(Values(entry, current: false)), []));
                    break;
                case EntityState.Deleted:
                    result.Add(new Pending(entry, "Deleted", Serialize(Values(entry, current: false)), null));
                    break;
            }
        }
        return result;
    }

    /// <summary>The "Created" entry SaveChanges would write for <paramref name="entity"/>, for rows inserted without tracking (Data/BulkInsert).</summary>
    public static AuditEntry Created(IEntityType type, object entity, IAuditActor actor, DateTime now)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties())
        {
            if (!s_hidden.Contains(property.Name))
            {
                values[property.Name] = property.GetGetter().GetClrValueUsingContainingEntity(entity);
            }
        }
        var key = type.FindPrimaryKey()!.Properties
            .Select(p => Convert.ToString(p.GetGetter().GetClrValueUsingContainingEntity(entity), System.Globalization.CultureInfo.InvariantCulture));
        return new AuditEntry
        {
            AtUtc = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = type.ClrType.Name,
            EntityId = string.Join(",", key),
            Action = "Created",
            After = Serialize(values),
        };
    }

    private static Dictionary<string, object?> Values(EntityEntry entry, bool current)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (s_hidden.Contains(name))
            {
                continue;
            }
            values[name] = current ? property.CurrentValue : property.OriginalValue;
        }
        return values;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? ""
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Serialize(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, s_json);

    private static readonly JsonSerializerOptions s_json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
