using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Adisteme.Tests.People;

/// <summary>A localizer that answers with the English key itself, so unit tests read the rules' own words.</summary>
internal sealed class KeyLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);
    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
