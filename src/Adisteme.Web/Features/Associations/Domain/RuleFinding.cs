using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Domain;

public enum Severity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>A rule of <c>domain/rules.md</c>: its id ("R20") and the seed clause it rests on ("000 cl.4.3; 001 cl.25").</summary>
public sealed record RuleRef(string Id, string Clause)
{
    public RuleFinding Error(string messageKey, params object[] args) => new(this, Severity.Error, messageKey, args);

    public RuleFinding Warning(string messageKey, params object[] args) => new(this, Severity.Warning, messageKey, args);

    public RuleFinding Info(string messageKey, params object[] args) => new(this, Severity.Info, messageKey, args);

    public override string ToString() => Id;
}

/// <summary>
/// What a rule found: an error that blocks a change, or a warning or note for a list or dashboard.
/// <see cref="MessageKey"/> is the English text and the resource key (see <see cref="RuleMessages"/>);
/// <see cref="Args"/> are formatted with the current culture when localized.
/// </summary>
public sealed record RuleFinding(RuleRef Rule, Severity Severity, string MessageKey, IReadOnlyList<object> Args)
{
    /// <summary>The input field the finding belongs to ("Members", "Items"), when a form shows it next to one.</summary>
    public string? Field { get; init; }

    /// <summary>The record the finding concerns (a body, plan or meeting id), for compliance lists.</summary>
    public int? RecordId { get; init; }

    public bool IsError => Severity == Severity.Error;

    public RuleFinding For(string field) => this with { Field = field };

    public RuleFinding About(int recordId) => this with { RecordId = recordId };

    public string Localize(IStringLocalizer s) => s[MessageKey, [.. Args]];

    public override string ToString() =>
        $"{Rule.Id} {Severity}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageKey, [.. Args])}";
}

/// <summary>
/// A guarded transition refused by a rule. Entity methods check everything before they change
/// anything, so a refused call leaves the aggregate as it was and nothing is written.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(RuleFinding error) : this([error])
    {
    }

    public DomainException(IReadOnlyList<RuleFinding> errors)
        : base(string.Join("; ", errors.Select(e => e.ToString())))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A domain exception needs at least one error.", nameof(errors));
        }
        Errors = errors;
    }

    public DomainException() : this(RuleCatalog.Input.Error(RuleMessages.InvalidInput))
    {
    }

    public DomainException(string message) : this(RuleCatalog.Input.Error(message))
    {
    }

    public DomainException(string message, Exception innerException) : base(message, innerException) =>
        Errors = [RuleCatalog.Input.Error(message)];

    public IReadOnlyList<RuleFinding> Errors { get; } = [];

    /// <summary>The first error; most refusals have exactly one.</summary>
    public RuleFinding Error => Errors[0];

    /// <summary>Throws when <paramref name="findings"/> hold an error; returns the rest (warnings, notes).</summary>
    public static IReadOnlyList<RuleFinding> ThrowIfErrors(IReadOnlyList<RuleFinding> findings)
    {
        var errors = findings.Where(f => f.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
        return findings;
    }
}
