namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>Formats names the way documents write them: «Тегі А.Ә.» for signatures, full for lists.</summary>
public static class PersonName
{
    public static string Full(string surname, string name, string? patronymic) =>
        string.IsNullOrWhiteSpace(patronymic) ? $"{surname} {name}" : $"{surname} {name} {patronymic}";

    /// <summary>«Серікова А.Б.»: surname then initials, as signature lines and orders print them.</summary>
    public static string SurnameWithInitials(string surname, string name, string? patronymic)
    {
        var initials = Initial(name) + (string.IsNullOrWhiteSpace(patronymic) ? "" : Initial(patronymic));
        return $"{surname} {initials}";
    }

    private static string Initial(string part) => part.Trim().Length == 0 ? "" : char.ToUpperInvariant(part.Trim()[0]) + ".";
}
