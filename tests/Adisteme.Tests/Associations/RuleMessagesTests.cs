using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Adisteme.Web.Features.Associations;
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

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryAssociationEnumValue_Translated(string language)
    {
        var set = s_resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var enums = Adisteme.Web.Infrastructure.Localization.EnumText.UserVisible.Where(t => t.Namespace == typeof(RuleMessages).Namespace).ToList();

        Assert.True(enums.Count >= 20);
        foreach (var type in enums)
        {
            foreach (var name in Enum.GetNames(type))
            {
                Assert.False(string.IsNullOrWhiteSpace(set.GetString($"{type.Name}.{name}")), $"{language}: no text for {type.Name}.{name}");
            }
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

/// <summary>A refused transition reaches the form as localized errors next to its fields.</summary>
public sealed class AssociationErrorsTests
{
    [Fact]
    public void ToValidationErrors_RefusedSubmission_LocalizedUnderTheirFields()
    {
        var localizer = new Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory(
                Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Localization.LocalizationOptions { ResourcesPath = "Resources" }),
                Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)
            .Create(typeof(Adisteme.Web.SharedResource));
        var w = new World();
        var body = w.ActiveAssociation();
        var plan = MethodologicalWorkPlan.Create(body, w.Year, [], World.HeadId, w.Time);
        var refused = Assert.Throws<DomainException>(() => plan.Submit(World.HeadId, body, new PlanFacts(), w.Options, w.Time));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            var errors = refused.ToValidationErrors(localizer).ToDictionary();

            Assert.Equal(["Введите методическую тему."], errors["Theme"]);
            Assert.Equal(9, errors["Items"].Length);
            Assert.Contains("В плане нет мероприятий на сентябрь.", errors["Items"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }
}
