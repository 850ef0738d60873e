using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Performance;

/// <summary>
/// The app writes into generated data as into its own: new ids follow the generated ones (sequences
/// were moved past them) and generated concurrency tokens match. A class of its own, because it
/// changes the data the other generator tests count.
/// </summary>
public sealed class BenchGeneratedDataWriteTests(GeneratedDataAppFactory app) : IClassFixture<GeneratedDataAppFactory>
{
    [Fact]
    public async Task Generate_ThenAppWrites_NewIdsFollowGeneratedOnesAndVersionsMatch()
    {
        var (maxPerson, maxEmployment) = await app.WithDbAsync(async db => (await db.People.MaxAsync(p => p.Id), await db.Employments.MaxAsync(e => e.Id)));

        var (personId, employmentId) = await app.WithDbAsync(async db =>
        {
            // An update checks the generated concurrency token: it fails if the stored Version is not what EF reads back.
            var existing = await db.People.OrderBy(p => p.Id).FirstAsync();
            existing.Phone = "+7 700 000 00 00";
            var org = await db.Organizations.OrderBy(o => o.Id).FirstAsync();
            var person = new Person { Surname = "Жаңаев", Name = "Тест" };
            person.Employments.Add(new Employment { OrganizationId = org.Id, Position = Position.Teacher });
            db.People.Add(person);
            await db.SaveChangesAsync();
            return (person.Id, person.Employments[0].Id);
        });

        Assert.Equal(maxPerson + 1, personId);
        Assert.Equal(maxEmployment + 1, employmentId);
        Assert.Equal("+7 700 000 00 00", await app.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Phone).FirstAsync()));
    }
}
