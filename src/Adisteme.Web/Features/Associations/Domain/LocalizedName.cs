using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// A name in the four interface languages, used as a message argument: a localizer formats its
/// arguments with the request's culture, and this picks the matching language.
/// </summary>
public sealed record LocalizedName(string Kk, string Ru, string Ky, string En) : IFormattable
{
    public static LocalizedName Of(Subject subject) => new(subject.NameKk, subject.NameRu, subject.NameKy, subject.NameEn);

    public static LocalizedName Plain(string text) => new(text, text, text, text);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ((formatProvider as CultureInfo) ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName switch
        {
            "ru" => Ru,
            "ky" => Ky,
            "en" => En,
            _ => Kk,
        };

    public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
}

/// <summary>The teachers of one subject in an organization, as counted for R1.</summary>
public sealed record SubjectStaff(int SubjectId, int? SubjectAreaId, IReadOnlyCollection<int> TeacherIds, LocalizedName? Name = null)
{
    public LocalizedName DisplayName => Name ?? LocalizedName.Plain(SubjectId.ToString(CultureInfo.InvariantCulture));
}
