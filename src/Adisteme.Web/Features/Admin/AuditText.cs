using System.Globalization;
using Adisteme.Web.Infrastructure.Audit;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Admin;

/// <summary>
/// Puts audit entries into the reader's words: record types, actions and field names in the interface
/// language (code names where no translation exists), enum numbers as their localized names, UTC
/// times in local time, dates in the culture's format. Reads the model, never the database.
/// </summary>
public sealed class AuditText(IModel model, IStringLocalizer s)
{
    private readonly Dictionary<string, IEntityType> _types = model.GetEntityTypes()
        .Where(t => !t.HasSharedClrType)
        .GroupBy(t => t.ClrType.Name)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The record types the log can hold: no scan of a large table just to fill a list.</summary>
    public IReadOnlyList<string> AuditedTypes() =>
        _types.Where(t => AuditRecorder.IsAudited(t.Value.ClrType)).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>"Person", "Employment" … as "Қызметкер", "Жұмыс орны"; generic Identity types lose their arity suffix.</summary>
    public string EntityLabel(string type)
    {
        var name = type.Split('`')[0];
        return Localized("AuditEntity." + name, name);
    }

    public string ActionLabel(string action) => Localized("AuditAction." + action, action);

    /// <summary>Field names that match an interface label ("Email", "Surname") read in the user's language.</summary>
    public string FieldLabel(string field) => Localized(field, field);

    public string? Value(string entityType, string field, string? raw)
    {
        if (raw is null)
        {
            return null;
        }
        var clrType = _types.GetValueOrDefault(entityType)?.FindProperty(field)?.ClrType;
        var type = clrType is null ? null : Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (type is { IsEnum: true } && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return EnumValue(type, number);
        }
        if (type == typeof(DateTime) && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return LocalTime.ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);
        }
        if (type == typeof(DateOnly) && DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var date))
        {
            return date.ToString("d", CultureInfo.CurrentCulture);
        }
        return raw;
    }

    /// <summary>Same keys as <see cref="EnumText"/> ("Position.Director"); flags are listed member by member.</summary>
    private string EnumValue(Type type, long number)
    {
        var value = Enum.ToObject(type, number);
        if (Enum.IsDefined(type, value))
        {
            var name = Enum.GetName(type, value)!;
            return Localized($"{type.Name}.{name}", name);
        }
        if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        return string.Join(", ", Enum.GetValues(type).Cast<object>()
            .Select(v => (Number: Convert.ToInt64(v, CultureInfo.InvariantCulture), Name: Enum.GetName(type, v)!))
            .Where(v => v.Number != 0 && (number & v.Number) == v.Number)
            .Select(v => Localized($"{type.Name}.{v.Name}", v.Name)));
    }

    private string Localized(string key, string fallback)
    {
        var text = s[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
