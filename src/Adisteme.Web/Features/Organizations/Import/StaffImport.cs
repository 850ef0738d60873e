using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Files;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>An organization the user may import staff into.</summary>
public sealed record ImportTarget(int Id, string Name);

public enum TargetAccess
{
    Allowed,
    /// <summary>Outside the user's scope: answered with 404 so its existence stays hidden.</summary>
    NotFound,
    /// <summary>Visible, but the user may not manage its people.</summary>
    Forbidden,
}

/// <summary>The result of reading and checking a stored upload; <c>ContentHash</c> is the SHA-256 of the file's bytes.</summary>
public sealed record StaffImportResult(StaffImportFile File, StaffImportCheck Check, byte[] ContentHash)
{
    /// <summary>
    /// What the preview promised: the rows and the people they go to (<see cref="StaffImportCheck.Fingerprint"/>)
    /// and the file's content, so a file changed in the store between preview and confirmation is not written either.
    /// </summary>
    public string Fingerprint =>
        Convert.ToHexString(SHA256.HashData([.. ContentHash, .. Encoding.UTF8.GetBytes(Check.Fingerprint)]))[..16];
}

/// <summary>
/// The database side of the staff import: who may import where, the stored upload, the lookups the
/// pure <see cref="StaffRowValidator"/> needs, and the one transaction that writes the valid rows.
/// </summary>
public sealed partial class StaffImport(AppDbContext db, CurrentAccess access, IFileStore files, StaffSheetCache sheets, TimeProvider time)
{
    public const long MaxBytes = UploadCheck.DefaultMaxBytes;

    /// <summary>Keys as the file store makes them ("2026/11/0f3c….xlsx"); anything else in a URL is refused.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,40}(/[A-Za-z0-9_-]{1,40}){0,4}\.(xlsx|csv)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public async Task<(TargetAccess Access, ImportTarget? Target)> TargetAsync(int organizationId, CancellationToken ct)
    {
        var org = await (await access.OrganizationsAsync(ct)).AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Name, o.DistrictId, o.District!.RegionId }).SingleOrDefaultAsync(ct);
        if (org is null)
        {
            return (TargetAccess.NotFound, null);
        }
        var allowed = await access.CanAsync(Operation.ManagePeople, ScopeRef.ForOrganization(org.RegionId, org.DistrictId, org.Id), ct);
        return allowed ? (TargetAccess.Allowed, new ImportTarget(org.Id, org.Name)) : (TargetAccess.Forbidden, null);
    }

    /// <summary>The organizations of the user's scope where they may manage people, by name.</summary>
    public async Task<IReadOnlyList<ImportTarget>> TargetsAsync(CancellationToken ct)
    {
        var grants = await access.GrantsAsync(ct);
        var orgs = await (await access.OrganizationsAsync(ct)).AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.DistrictId, o.District!.RegionId }).ToListAsync(ct);
        return orgs.Where(o => AccessPolicy.Allows(grants, Operation.ManagePeople, ScopeRef.ForOrganization(o.RegionId, o.DistrictId, o.Id)))
            .Select(o => new ImportTarget(o.Id, o.Name)).ToList();
    }

    /// <summary>Keeps an upload that is an XLSX workbook or UTF-8 text by content; returns its key.</summary>
    public async Task<string> StoreAsync(UploadKind kind, Stream content, CancellationToken ct) =>
        await files.SaveAsync(content, kind == UploadKind.Xlsx ? ".xlsx" : ".csv", ct);

    public async Task<IReadOnlyList<SubjectNames>> SubjectsAsync(CancellationToken ct) =>
        await db.Subjects.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new SubjectNames(s.Id, s.Code, s.NameKk, s.NameRu, s.NameKy, s.NameEn)).ToListAsync(ct);

    public async Task<ImportVocabulary> VocabularyAsync(CancellationToken ct) => ImportVocabulary.FromResources(await SubjectsAsync(ct));

    /// <summary>
    /// Reads the stored file and checks every row against the register as it is now; null if the file is gone.
    /// The file's cells are read once per user and content (<see cref="StaffSheetCache"/>); the columns and the
    /// rows are interpreted and checked on every call.
    /// </summary>
    public async Task<StaffImportResult?> CheckAsync(int organizationId, string key, CancellationToken ct)
    {
        byte[] bytes;
        await using (var stream = await files.OpenAsync(key, ct))
        {
            if (stream is null)
            {
                return null;
            }
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            bytes = copy.ToArray();
        }
        var hash = StaffSheetCache.Hash(bytes);
        var vocabulary = await VocabularyAsync(ct);
        var file = ReadCells(key, bytes, hash) switch
        {
            ({ } table, _) => StaffImportParser.Parse(table, vocabulary),
            (_, var error) => StaffImportFile.Failed(error!),
        };
        var context = new StaffImportContext(LocalTime.Today(time), await PeopleByIinAsync(organizationId, file.Rows, ct));
        return new StaffImportResult(file, StaffRowValidator.Validate(file.Rows, vocabulary, context), hash);
    }

    /// <summary>Forgets the stored upload and the cells kept for it.</summary>
    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        if (access.UserId is { } user)
        {
            sheets.Forget(user, key);
        }
        await files.DeleteAsync(key, ct);
    }

    private (IReadOnlyList<SheetRow>? Table, ImportMessage? Error) ReadCells(string key, byte[] bytes, byte[] hash)
    {
        var user = access.UserId;
        if (user is not null && sheets.Find(user, key, hash) is { } kept)
        {
            return (kept, null);
        }
        using var content = new MemoryStream(bytes, writable: false);
        var read = StaffImportParser.Read(UploadCheck.Detect(bytes.AsSpan(0, Math.Min(8, bytes.Length)), content), content);
        if (user is not null && read.Table is { } table)
        {
            sheets.Keep(user, key, hash, table);
        }
        return read;
    }

    /// <summary>
    /// Writes every valid row (new people with their employment, or an employment for a person already
    /// in the register) in one transaction with their audit entries, through the bulk path (keys reserved
    /// up front, multi-row inserts, no change tracking): 20,000 rows take seconds, not minutes. False when
    /// the database refused (an IIN taken meanwhile): then the transaction is rolled back and nothing is written.
    /// </summary>
    public async Task<bool> WriteAsync(int organizationId, IReadOnlyList<ValidStaffRow> rows, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var personIds = await db.ReserveIdsAsync<Person>(rows.Count(r => r.ExistingPersonId is null), ct);
            var employmentIds = await db.ReserveIdsAsync<Employment>(rows.Count, ct);
            var people = new List<Person>(personIds.Count);
            var employments = new List<Employment>(rows.Count);
            var subjects = new List<EmploymentSubject>();
            foreach (var row in rows)
            {
                var r = row.Record;
                var personId = row.ExistingPersonId;
                if (personId is null)
                {
                    var person = new Person { Surname = r.Surname, Name = r.Name, Patronymic = r.Patronymic, Iin = r.Iin, Email = r.Email, Phone = r.Phone }
                        .WithKey(personIds[people.Count]);
                    people.Add(person);
                    personId = person.Id;
                }
                var employment = new Employment
                {
                    PersonId = personId.Value,
                    OrganizationId = organizationId,
                    Position = r.Position,
                    GradeFrom = r.GradeFrom,
                    GradeTo = r.GradeTo,
                    Category = r.Category,
                    CategoryAwardedOn = r.CategoryAwardedOn,
                    CategoryExpiresOn = r.CategoryExpiresOn,
                    ExperienceStartedOn = r.ExperienceStartedOn,
                    Education = r.Education,
                }.WithKey(employmentIds[employments.Count]);
                employments.Add(employment);
                subjects.AddRange(r.SubjectIds.Distinct().Select(id => new EmploymentSubject { EmploymentId = employment.Id, SubjectId = id }));
            }
            await db.InsertAsync(people, ct);
            await db.InsertAsync(employments, ct);
            await db.InsertAsync(subjects, ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbException)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
    }

    /// <summary>
    /// The register's people with the file's IINs, in two queries whatever the file's size. The IINs go as one
    /// array parameter (a JSON array on SQLite): EF's default of one parameter per value makes 20,000 parameters,
    /// which SQLite binds by name one by one (seconds per query).
    /// </summary>
    private async Task<Dictionary<string, ExistingPerson>> PeopleByIinAsync(int organizationId, IReadOnlyList<StaffImportRow> rows, CancellationToken ct)
    {
        var iins = rows.Select(r => StaffRowValidator.NormalizeIin(r[StaffColumn.Iin]))
            .Where(Iin.IsValid).Select(i => i!).Distinct().ToList();
        if (iins.Count == 0)
        {
            return [];
        }
        var people = await db.People.AsNoTracking().Where(p => p.Iin != null && EF.Parameter(iins).Contains(p.Iin))
            .Select(p => new
            {
                p.Id,
                Iin = p.Iin!,
                p.Surname,
                p.Name,
                p.Patronymic,
                WorksHere = p.Employments.Any(e => e.OrganizationId == organizationId && e.EndedOn == null),
            })
            .ToListAsync(ct);
        if (people.Count == 0)
        {
            return [];
        }
        var ids = people.Select(p => p.Id).ToList();
        var visible = (await (await access.PeopleAsync(ct)).Where(p => EF.Parameter(ids).Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        return people.ToDictionary(p => p.Iin, p => new ExistingPerson(p.Id, p.Surname, p.Name, p.Patronymic, visible.Contains(p.Id), p.WorksHere), StringComparer.Ordinal);
    }
}
