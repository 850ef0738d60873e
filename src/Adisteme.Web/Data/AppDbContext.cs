using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Audit;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Adisteme.Web.Data;

/// <summary>
/// The one context of the application. Each provider has a subclass with its own migration set.
/// </summary>
/// <remarks>
/// <para>Add a migration to both sets with <c>scripts/add-migration.sh Name</c>; never edit generated migrations.</para>
/// <para>
/// Contexts are pooled (<see cref="DataModule"/>): a context outlives the request that leased it, so it
/// holds no per-request state; who writes is read through <see cref="IAuditActor"/> (a singleton over the
/// current request) when the changes are saved.
/// </para>
/// </remarks>
public abstract class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly IAuditActor _actor;
    private readonly TimeProvider _time;

    /// <summary>
    /// The writer and the clock come from the application's services (the options carry them); a
    /// context built by hand, as the benchmark generator and the model tests do, writes as the system.
    /// </summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
        var services = options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        _actor = services?.GetService<IAuditActor>() ?? SystemAuditActor.Instance;
        _time = services?.GetService<TimeProvider>() ?? TimeProvider.System;
    }

    // Organizations
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<EducationOrganization> Organizations => Set<EducationOrganization>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Employment> Employments => Set<Employment>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<SubjectArea> SubjectAreas => Set<SubjectArea>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();

    // Associations
    public DbSet<MethodologicalBody> MethodologicalBodies => Set<MethodologicalBody>();
    public DbSet<Membership> BodyMemberships => Set<Membership>();
    public DbSet<HeadAppointment> HeadAppointments => Set<HeadAppointment>();
    public DbSet<MethodologicalWorkPlan> WorkPlans => Set<MethodologicalWorkPlan>();
    public DbSet<WorkPlanVersion> WorkPlanVersions => Set<WorkPlanVersion>();
    public DbSet<PlanItem> WorkPlanItems => Set<PlanItem>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Minutes> MeetingMinutes => Set<Minutes>();
    public DbSet<Decision> MeetingDecisions => Set<Decision>();
    public DbSet<ApprovalRoute> ApprovalRoutes => Set<ApprovalRoute>();

    // Infrastructure
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who writes and when, for writes that bypass the change tracker (<see cref="BulkInsert"/>).</summary>
    internal IAuditActor Actor => _actor;
    internal TimeProvider Clock => _time;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (typeof(IVersioned).IsAssignableFrom(entity.ClrType))
            {
                builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Writes the changes and their audit entries in one transaction. Added rows get their keys
    /// only on insert, so the audit rows are written by a second save inside the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var pending = AuditRecorder.Capture(ChangeTracker, now);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null && Database.AutoTransactionBehavior != AutoTransactionBehavior.Never
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(pending.Select(p => p.ToEntry(_actor, now)));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}
