using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>
/// Field errors found by a module's editor, already localized. Pages copy them into ModelState
/// (next to the field); the JSON API returns them as an RFC 7807 validation problem. One rule check,
/// two front doors.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Adds a message for a field named as on the input model ("Name", "Email"); "" for the whole form.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>
    /// Adds the errors of a part of a larger input under its name ("Person" + "Iin" = "Person.Iin"), as a page
    /// copies them under "Input.Person"; the part's own whole-form errors ("") stay whole-form errors.
    /// With the prefix "" the fields keep their names.
    /// </summary>
    public ValidationErrors Add(string prefix, ValidationErrors part)
    {
        foreach (var (field, messages) in part._errors)
        {
            foreach (var message in messages)
            {
                Add(field.Length == 0 || prefix.Length == 0 ? field : $"{prefix}.{field}", message);
            }
        }
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Copies the errors to ModelState under the form's prefix ("Input.Name").</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var (field, messages) in _errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
