using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>
/// The director's (or district department's) orders about a body's head, as an <see cref="OrderDocument"/> in the
/// organization's document language: appointing a head, removing one (R10: dismissal is by order too), or replacing
/// one by another in a single order. Names are in the nominative: every wording puts the name where that case fits.
/// </summary>
public static class HeadOrder
{
    private sealed record Term(int Id, int PersonId, string OrderNumber, DateOnly OrderDate, DateOnly TermStart, DateOnly TermEnd,
        DateOnly? EndedOn, HeadTermEndReason? EndReason, string? EndOrderNumber, DateOnly? EndOrderDate);

    /// <summary>
    /// The order that began one appointment of the body (<paramref name="ending"/> false: an appointment, or a replacement when
    /// it took over from a head it ended) or the order that ended it (true: a removal or a replacement); null when there is none.
    /// </summary>
    public static async Task<(OrderDocument Document, DocumentLanguage Language)?> BuildAsync(AppDbContext db, DocumentTexts texts, int bodyId,
        int appointmentId, bool ending, CancellationToken ct)
    {
        var terms = await db.HeadAppointments.AsNoTracking().Where(a => a.BodyId == bodyId)
            .Select(a => new Term(a.Id, a.PersonId, a.OrderNumber, a.OrderDate, a.TermStart, a.TermEnd, a.EndedOn, a.EndReason, a.EndOrderNumber, a.EndOrderDate))
            .ToListAsync(ct);
        if (terms.SingleOrDefault(a => a.Id == appointmentId) is not { } term)
        {
            return null;
        }
        // ReplaceHead ends the old term the day the new one starts, both under the new order.
        Term? Successor(Term t) => terms.FirstOrDefault(a => a.Id != t.Id && a.TermStart == t.EndedOn && a.OrderNumber == t.EndOrderNumber && a.OrderDate == t.EndOrderDate);
        Term? Predecessor(Term t) => terms.FirstOrDefault(a => a.Id != t.Id && a.EndReason == HeadTermEndReason.Replaced && Successor(a) == t);
        (Term? removed, Term? appointed) = ending switch
        {
            false => (Predecessor(term), term),
            true when term.EndReason == HeadTermEndReason.Removed && term.EndOrderNumber is not null => (term, null),
            true when term.EndReason == HeadTermEndReason.Replaced && Successor(term) is { } next => (term, next),
            _ => (null, null),
        };
        if (removed is null && appointed is null)
        {
            return null;
        }
        var (number, date) = appointed is null ? (removed!.EndOrderNumber!, removed.EndOrderDate!.Value) : (appointed.OrderNumber, appointed.OrderDate);

        var body = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == bodyId).Select(b => new { b.Name, b.DistrictId, b.OrganizationId }).SingleAsync(ct);
        var personIds = new[] { removed?.PersonId, appointed?.PersonId }.OfType<int>().ToArray();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.Surname, p.Name, p.Patronymic })
            .ToDictionaryAsync(p => p.Id, p => PersonName.SurnameWithInitials(p.Surname, p.Name, p.Patronymic), ct);
        var district = await db.Districts.Where(d => d.Id == body.DistrictId).Select(d => new { d.Name, d.EducationDepartmentName }).SingleAsync(ct);
        var organization = body.OrganizationId is { } orgId
            ? await db.Organizations.Where(o => o.Id == orgId).Select(o => new { o.Name, o.DocumentLanguage }).SingleAsync(ct)
            : null;
        var signer = body.OrganizationId is { } org
            ? await db.Employments.Where(e => e.OrganizationId == org && e.EndedOn == null && e.Position == Position.Director)
                .Select(e => new { e.Person!.Surname, e.Person.Name, e.Person.Patronymic }).FirstOrDefaultAsync(ct)
            : null;
        var language = organization?.DocumentLanguage ?? DocumentLanguage.Kazakh;
        var text = texts.For(language);
        var points = new List<string>();
        if (removed is not null)
        {
            points.Add(text.Format("Doc.Order.RemovalPoint", body.Name, removed.EndedOn!.Value.ToString("d", text.Culture), people[removed.PersonId]));
        }
        if (appointed is not null)
        {
            var year = SchoolCalendar.StartYearOf(appointed.TermStart);
            points.Add(text.Format("Doc.Order.HeadPoint", body.Name, $"{year}–{year + 1}",
                appointed.TermStart.ToString("d", text.Culture), appointed.TermEnd.ToString("d", text.Culture), people[appointed.PersonId]));
        }
        var title = (removed, appointed) switch
        {
            (null, _) => "Doc.Order.HeadTitle",
            (_, null) => "Doc.Order.RemovalTitle",
            _ => "Doc.Order.ReplacementTitle",
        };
        var document = new OrderDocument
        {
            OrganizationName = organization?.Name ?? district.EducationDepartmentName ?? district.Name,
            Number = number,
            Date = date,
            Town = district.Name,
            Title = text[title],
            Preamble = text["Doc.Order.HeadPreamble"],
            Points = points,
            Director = new Signatory(signer is null ? "" : PersonName.SurnameWithInitials(signer.Surname, signer.Name, signer.Patronymic)),
            Acquainted = [.. personIds.Select(id => people[id])],
        };
        return (document, language);
    }
}
