using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Adisteme.Web.Features.Associations.Domain;

namespace Adisteme.Tests.Associations;

/// <summary>Every rule message is translated into Kazakh, Russian and Kyrgyz with the same placeholders, and formats.</summary>
public sealed partial class RuleMessagesTests
{
    private static readonly ResourceManager s_resources = new("Adisteme.Web.Resources.SharedResource", typeof(Adisteme.Web.SharedResource).Assembly);

    public static TheoryData<string> Languages => ["kk", "ru", "ky", "en"];

    private static IEnumerable<string> Keys() =>
        typeof(RuleMessages).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryRuleMessage_TranslatedWithTheSamePlaceholders(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var set = s_resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        var keys = Keys().ToList();

        Assert.True(keys.Count > 100);
        foreach (var key in keys)
        {
            var text = set.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language}: no translation for «{key}»");
            Assert.Equal(Placeholders(key), Placeholders(text!));
            _ = string.Format(culture, text!, new object[] { 1, DateOnly.FromDayNumber(739000), 3 });
        }
    }

    [Fact]
    public void Localize_FormatsArgumentsInTheRequestCulture()
    {
        var finding = RuleCatalog.R1.Error(RuleMessages.TooFewTeachersOfSubject, 3, new LocalizedName("Математика", "Математика", "Математика", "Mathematics"), 2);
        var kk = s_resources.GetString(finding.MessageKey, CultureInfo.GetCultureInfo("kk"))!;

        Assert.Equal("Әдістемелік бірлестікке әр пәннен кемінде 3 мұғалім қажет; ұйымда «Математика» пәнінің 2 мұғалімі бар.",
            string.Format(CultureInfo.GetCultureInfo("kk-KZ"), kk, [.. finding.Args]));
        Assert.Equal("Mathematics", string.Format(CultureInfo.GetCultureInfo("en"), "{0}", finding.Args[1]));
        Assert.StartsWith("R1 Error: An association needs at least 3 teachers of each subject", finding.ToString(), StringComparison.Ordinal);
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
