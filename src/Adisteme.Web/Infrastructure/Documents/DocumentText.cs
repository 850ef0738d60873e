using System.Globalization;
using System.Resources;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Infrastructure.Documents;

/// <summary>
/// The fixed wordings of documents («БЕКІТЕМІН», «СЛУШАЛИ:», month names…) in ONE document language.
/// They live in the shared resource files under keys starting with "Doc.". A document is written in
/// its organization's language, not the reader's, so the culture is explicit here and the thread's
/// UI culture is never touched.
/// </summary>
public sealed class DocumentText
{
    private readonly Func<string, CultureInfo, string?> _lookup;

    public DocumentText(DocumentLanguage language, Func<string, CultureInfo, string?> lookup)
    {
        Language = language;
        Culture = CultureOf(language);
        _lookup = lookup;
    }

    public DocumentLanguage Language { get; }

    public CultureInfo Culture { get; }

    /// <summary>The wording under <paramref name="key"/>; a missing key is a bug, so it throws.</summary>
    public string this[string key] =>
        _lookup(key, Culture) ?? throw new KeyNotFoundException($"Document text \"{key}\" is missing for {Culture.Name}.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// A wording that agrees with a count: "{key}.One", ".Few" or ".Many" chosen by the Russian rule
    /// (1 человек, 2 человека, 5 человек). Kazakh and Kyrgyz nouns do not change after numerals,
    /// so their three forms are the same text.
    /// </summary>
    public string Count(string key, int count) => Format($"{key}.{PluralForm(count)}", count);

    internal static string PluralForm(int count)
    {
        var n = Math.Abs(count);
        return (n % 10, n % 100) switch
        {
            (1, not 11) => "One",
            ( >= 2 and <= 4, not (>= 12 and <= 14)) => "Few",
            _ => "Many",
        };
    }

    public static CultureInfo CultureOf(DocumentLanguage language) => CultureInfo.GetCultureInfo(language switch
    {
        DocumentLanguage.Kazakh => "kk-KZ",
        DocumentLanguage.Russian => "ru-RU",
        DocumentLanguage.Kyrgyz => "ky-KG",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown document language."),
    });
}

/// <summary>Hands out <see cref="DocumentText"/> for a document language, read from SharedResource.</summary>
public sealed class DocumentTexts
{
    // Resources/SharedResource.{kk,ru,ky,en}.resx compile to this base name (root namespace + folder + file).
    private static readonly ResourceManager Resources = new("Adisteme.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public DocumentText For(DocumentLanguage language) => new(language, Lookup);

    private static string? Lookup(string key, CultureInfo culture)
    {
        try
        {
            return Resources.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            // There is no neutral resource file: a key missing from the language's file ends here.
            return null;
        }
    }
}
