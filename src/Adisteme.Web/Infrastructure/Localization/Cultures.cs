using System.Globalization;

namespace Adisteme.Web.Infrastructure.Localization;

/// <summary>The interface languages, Kazakh first.</summary>
public static class Cultures
{
    public const string Default = "kk-KZ";

    public static readonly IReadOnlyList<(string Code, string NativeName)> Supported =
    [
        ("kk-KZ", "Қазақша"),
        ("ru-RU", "Русский"),
        ("ky-KG", "Кыргызча"),
        ("en", "English"),
    ];

    public static CultureInfo[] All => Supported.Select(c => CultureInfo.GetCultureInfo(c.Code)).ToArray();

    public static bool IsSupported(string? code) => code is not null && Supported.Any(c => c.Code == code);

    /// <summary>Two-letter language of the current UI culture: kk, ru, ky or en.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
