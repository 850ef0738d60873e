using System.Text.Json;

namespace Adisteme.Web.Features.Admin;

/// <summary>One field of an audited record: its value before the write and after it (null when absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// Turns the before/after JSON of an audit entry into the fields a reader cares about: for an
/// update only the fields that changed, for a creation the values set, for a deletion the values lost.
/// </summary>
public static class AuditChanges
{
    /// <summary>Bookkeeping that changes on every write and tells a reader nothing.</summary>
    private static readonly HashSet<string> s_noise = new(StringComparer.Ordinal) { "Version" };

    public static IReadOnlyList<FieldChange> Of(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var result = new List<FieldChange>();
        foreach (var field in old.Keys.Union(now.Keys))
        {
            if (s_noise.Contains(field))
            {
                continue;
            }
            var was = old.GetValueOrDefault(field);
            var becomes = now.GetValueOrDefault(field);
            if (!string.Equals(was, becomes, StringComparison.Ordinal))
            {
                result.Add(new FieldChange(field, was, becomes));
            }
        }
        return result;
    }

    /// <summary>Field → value as text; JSON null and missing are both null. Bad JSON reads as no fields.</summary>
    private static Dictionary<string, string?> Parse(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            values.Clear();
        }
        return values;
    }
}
