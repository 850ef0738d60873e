namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>A school subject with its names in the four interface languages.</summary>
public sealed class Subject
{
    public int Id { get; private set; }
    public required string Code { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameKy { get; set; }
    public required string NameEn { get; set; }
    public int? SubjectAreaId { get; set; }
    public SubjectArea? SubjectArea { get; private set; }

    public string NameIn(string twoLetterLanguage) => FourLanguageName.Pick(twoLetterLanguage, NameKk, NameRu, NameKy, NameEn);
}

/// <summary>A group of related subjects (S002 groups method-hour sessions by related subjects).</summary>
public sealed class SubjectArea
{
    public int Id { get; private set; }
    public required string Code { get; set; }
    public required string NameKk { get; set; }
    public required string NameRu { get; set; }
    public required string NameKy { get; set; }
    public required string NameEn { get; set; }

    public string NameIn(string twoLetterLanguage) => FourLanguageName.Pick(twoLetterLanguage, NameKk, NameRu, NameKy, NameEn);
}

/// <summary>Reference data carries its name in the four interface languages; Kazakh is the fallback.</summary>
internal static class FourLanguageName
{
    public static string Pick(string twoLetterLanguage, string kk, string ru, string ky, string en) => twoLetterLanguage switch
    {
        "ru" => ru,
        "ky" => ky,
        "en" => en,
        _ => kk,
    };
}
