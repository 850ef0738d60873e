using System.Globalization;
using System.Resources;

namespace Adisteme.Web.Infrastructure.Localization;

/// <summary>
/// Reads the shared resource strings in every interface language at once, for input that may be
/// written in any of them (an imported file's headers and values). Pages use IStringLocalizer.
/// </summary>
public static class ResourceText
{
    private static readonly ResourceManager s_manager = new("Adisteme.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The text of <paramref name="key"/> in each supported language, plus the key itself (English text).</summary>
    public static IReadOnlyList<string> AllLanguages(string key)
    {
        var result = new List<string> { key };
        foreach (var culture in Cultures.All)
        {
            if (Get(key, culture) is { Length: > 0 } text && !result.Contains(text))
            {
                result.Add(text);
            }
        }
        return result;
    }

    /// <summary>The text of <paramref name="key"/> in one culture; null when that language lacks it.</summary>
    public static string? Get(string key, CultureInfo culture)
    {
        try
        {
            return s_manager.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            // A key missing in one language falls back to the neutral set, which does not exist; the
            // resource test reports missing keys, so here the language is simply skipped.
            return null;
        }
    }
}
