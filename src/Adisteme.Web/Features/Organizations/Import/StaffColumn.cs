namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>The columns of a staff list; files may hold them in any order, headed in any interface language.</summary>
public enum StaffColumn
{
    Surname,
    Name,
    Patronymic,
    Iin,
    Email,
    Phone,
    Position,
    Subjects,
    Grades,
    Category,
    CategoryAwardedOn,
    CategoryExpiresOn,
    ExperienceStartedOn,
    Education,
}

public static class StaffColumns
{
    public static readonly IReadOnlyList<StaffColumn> All = Enum.GetValues<StaffColumn>();

    /// <summary>The resource key of the column's header; its four translations are the accepted headers.</summary>
    public static string Header(StaffColumn column) => column switch
    {
        StaffColumn.Surname => "Surname",
        StaffColumn.Name => "First name",
        StaffColumn.Patronymic => "Patronymic",
        StaffColumn.Iin => "IIN",
        StaffColumn.Email => "Email",
        StaffColumn.Phone => "Phone",
        StaffColumn.Position => "Position",
        StaffColumn.Subjects => "Subjects",
        StaffColumn.Grades => "Grades",
        StaffColumn.Category => "Qualification category",
        StaffColumn.CategoryAwardedOn => "Category awarded on",
        StaffColumn.CategoryExpiresOn => "Category expires on",
        StaffColumn.ExperienceStartedOn => "Experience started on",
        StaffColumn.Education => "Education",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static bool IsRequired(StaffColumn column) => column is StaffColumn.Surname or StaffColumn.Name or StaffColumn.Position;
}
