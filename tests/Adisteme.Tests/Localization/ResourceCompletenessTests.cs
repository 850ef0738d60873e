using System.Text.RegularExpressions;
using System.Xml.Linq;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Infrastructure.Localization;

namespace Adisteme.Tests.Localization;

/// <summary>Every word a user sees exists in Kazakh, Russian, Kyrgyz and English.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string[] s_languages = ["kk", "ru", "ky", "en"];

    private static Dictionary<string, string> Load(string language)
    {
        var path = Path.Combine(RepoPaths.Web, "Resources", $"SharedResource.{language}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    [Fact]
    public void ResourceFiles_AllFourLanguages_HaveTheSameKeysAndNoEmptyValues()
    {
        var files = s_languages.ToDictionary(l => l, Load);
        var all = files.Values.SelectMany(f => f.Keys).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (language, entries) in files)
        {
            problems.AddRange(all.Where(k => !entries.ContainsKey(k)).Select(k => $"{language}: missing '{k}'"));
            problems.AddRange(entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{language}: empty '{e.Key}'"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void SourceCode_EveryLocalizedKey_ExistsInAllFourLanguages()
    {
        var files = s_languages.ToDictionary(l => l, Load);
        var used = UsedKeys();
        Assert.NotEmpty(used);
        var problems = (from key in used
                        from language in s_languages
                        where !files[language].ContainsKey(key.Key)
                        select $"{language}: missing '{key.Key}' (used in {key.Value})").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void UserVisibleEnums_EveryValue_ExistsInAllFourLanguages()
    {
        var files = s_languages.ToDictionary(l => l, Load);
        var problems = (from type in EnumText.UserVisible
                        from name in Enum.GetNames(type)
                        let key = $"{type.Name}.{name}"
                        from language in s_languages
                        where !files[language].ContainsKey(key)
                        select $"{language}: missing '{key}'").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void KazakhRussianKyrgyz_AreTranslated_NotCopiesOfEnglish()
    {
        var en = Load("en");
        foreach (var language in new[] { "kk", "ru", "ky" })
        {
            var entries = Load(language);
            // Short codes and proper names may coincide; whole sentences never should.
            var untranslated = entries.Where(e => e.Value.Contains(' ', StringComparison.Ordinal) && e.Value.Any(char.IsAsciiLetterLower)
                && en.TryGetValue(e.Key, out var english) && english == e.Value).Select(e => e.Key).ToList();
            Assert.True(untranslated.Count == 0, $"{language} copies English for: " + string.Join(", ", untranslated));
        }
    }

    /// <summary>Keys written literally in C# and Razor: localizer indexers, DataAnnotations, menu entries, message constants.</summary>
    private static Dictionary<string, string> UsedKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(RepoPaths.Web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var regex in new[] { Indexer(), DataAnnotation(), NavItemText(), MessageConstant() })
            {
                foreach (Match m in regex.Matches(text))
                {
                    var key = Regex.Unescape(m.Groups["key"].Value);
                    keys.TryAdd(key, Path.GetRelativePath(RepoPaths.Root, file));
                }
            }
        }
        return keys;
    }

    [GeneratedRegex(@"\b(?:T|S|s|_s|localizer|L\(\))\[\s*""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"(?<=\b(?:Display|Required|StringLength|Range|RegularExpression|EmailAddress|Phone|MaxLength|MinLength|Compare)\([^)\n]*)\b(?:ErrorMessage|Name|Prompt|Description)\s*=\s*""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex DataAnnotation();

    [GeneratedRegex(@"new NavItem\(\s*""[^""]*""\s*,\s*""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex NavItemText();

    [GeneratedRegex(@"const string \w*Message\w* = ""(?<key>(?:[^""\\]|\\.)+)""")]
    private static partial Regex MessageConstant();
}
