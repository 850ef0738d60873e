using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// The director's (or district department's) order appointing a body's head, as an <see cref="OrderDocument"/> in the
/// organization's document language. Names are in the nominative: every wording puts the name where that case fits.
/// </summary>
public static class HeadOrder
{
    /// <summary>The order for one appointment of the body, or null when there is no such appointment.</summary>
    public static async Task<(OrderDocument Document, DocumentLanguage Language)?> BuildAsync(AppDbContext db, DocumentTexts texts, int bodyId,
        int appointmentId, CancellationToken ct)
    {
        var row = await db.HeadAppointments.AsNoTracking().Where(a => a.Id == appointmentId && a.BodyId == bodyId)
            .Select(a => new
            {
                a.OrderNumber,
                a.OrderDate,
                a.TermStart,
                a.TermEnd,
                Head = db.People.Where(p => p.Id == a.PersonId).Select(p => new { p.Surname, p.Name, p.Patronymic }).First(),
                Body = db.MethodologicalBodies.Where(b => b.Id == a.BodyId).Select(b => new { b.Name, b.DistrictId, b.OrganizationId }).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var district = await db.Districts.Where(d => d.Id == row.Body.DistrictId).Select(d => new { d.Name, d.EducationDepartmentName }).SingleAsync(ct);
        var organization = row.Body.OrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => new { o.Name, o.DocumentLanguage }).SingleAsync(ct)
            : null;
        var signer = row.Body.OrganizationId is { } org
            ? await db.Employments.Where(e => e.OrganizationId == org && e.EndedOn == null && e.Position == Position.Director)
                .Select(e => new { e.Person!.Surname, e.Person.Name, e.Person.Patronymic }).FirstOrDefaultAsync(ct)
            : null;
        var language = organization?.DocumentLanguage ?? DocumentLanguage.Kazakh;
        var text = texts.For(language);
        var year = Organizations.Domain.SchoolCalendar.StartYearOf(row.TermStart);
        var head = PersonName.SurnameWithInitials(row.Head.Surname, row.Head.Name, row.Head.Patronymic);
        var document = new OrderDocument
        {
            OrganizationName = organization?.Name ?? district.EducationDepartmentName ?? district.Name,
            Number = row.OrderNumber,
            Date = row.OrderDate,
            Town = district.Name,
            Title = text["Doc.Order.HeadTitle"],
            Preamble = text["Doc.Order.HeadPreamble"],
            Points =
            [
                text.Format("Doc.Order.HeadPoint", row.Body.Name, $"{year}–{year + 1}",
                    row.TermStart.ToString("d", text.Culture), row.TermEnd.ToString("d", text.Culture), head),
            ],
            Director = new Signatory(signer is null ? "" : PersonName.SurnameWithInitials(signer.Surname, signer.Name, signer.Patronymic)),
            Acquainted = [head],
        };
        return (document, language);
    }
}
