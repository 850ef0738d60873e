using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>One field of a form as the user reads it ("Kind" = "Gymnasium").</summary>
public sealed record FieldValue(string Label, string Value);

/// <summary>A field where the user's unsaved value differs from the one now stored.</summary>
public sealed record FieldConflict(string Label, string Yours, string Current);

/// <summary>An edit form that can list its fields for the conflict view.</summary>
public interface IDescribedInput
{
    IEnumerable<FieldValue> Describe(IStringLocalizer s);
}

/// <summary>
/// After a lost concurrency race the form shows the current values, and beside them what the user
/// had typed, so nothing is lost and nothing is silently overwritten (design: "a conflict shows both versions").
/// </summary>
public static class ConflictView
{
    public static IReadOnlyList<FieldConflict> Compare(IDescribedInput yours, IDescribedInput current, IStringLocalizer s) =>
        yours.Describe(s).Zip(current.Describe(s), (y, c) => new FieldConflict(y.Label, y.Value, c.Value))
            .Where(f => !string.Equals(f.Yours, f.Current, StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// Replaces the posted values with the current ones (ModelState would otherwise win over the model
    /// in the inputs), adds the conflict message and returns the fields that differ.
    /// </summary>
    public static IReadOnlyList<FieldConflict> ReportConflict(this ModelStateDictionary modelState, IDescribedInput yours, IDescribedInput current, IStringLocalizer s)
    {
        modelState.Clear();
        modelState.AddModelError("", s[Concurrency.Message]);
        return Compare(yours, current, s);
    }
}
