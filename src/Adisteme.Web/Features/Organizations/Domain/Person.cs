namespace Adisteme.Web.Features.Organizations.Domain;

/// <summary>A member of staff; one person may be employed by several organizations.</summary>
public sealed class Person : IVersioned
{
    public int Id { get; private set; }
    public required string Surname { get; set; }
    public required string Name { get; set; }
    public string? Patronymic { get; set; }
    /// <summary>Kazakhstan's 12-digit individual identification number (ЖСН / ИИН); optional.</summary>
    public string? Iin { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The login linked to this person, if any.</summary>
    public string? UserId { get; set; }
    public Guid Version { get; set; }
    public List<Employment> Employments { get; } = [];

    public string FullName => PersonName.Full(Surname, Name, Patronymic);
}
