using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Adisteme.Web.Data;

/// <summary>
/// A version per entity type, bumped in this process once a write of that type is committed
/// (<see cref="DataChangeInterceptor"/>). Figures cached with the versions of the types they are made of
/// (<see cref="Infrastructure.Caching.FigureCache"/>) are recomputed on the next view after any such write.
/// </summary>
public sealed class DataChangeVersions
{
    private readonly ConcurrentDictionary<Type, long> _versions = new();

    /// <summary>
    /// One number for the types: the sum of their versions. Versions only grow, so the sum changes whenever one of them does.
    /// </summary>
    public long Of(IEnumerable<Type> types) => types.Sum(t => _versions.GetValueOrDefault(t));

    public void Changed(IEnumerable<Type> types)
    {
        foreach (var type in types.Distinct())
        {
            _versions.AddOrUpdate(type, 1, (_, v) => v + 1);
        }
    }
}

/// <summary>
/// Notes the entity types a context writes (<c>SaveChanges</c>, or <see cref="BulkInsert"/> through <see cref="Written"/>)
/// and bumps their <see cref="DataChangeVersions"/> when the write is committed: at the end of a save outside a
/// transaction, or when the transaction around it commits (a rollback forgets them). Bumping only after the commit
/// means a figure computed meanwhile from the old rows is cached under the old version and never served again.
/// </summary>
public sealed class DataChangeInterceptor(DataChangeVersions versions) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Type>> _pending = [];

    /// <summary>Rows of <paramref name="type"/> were written by <paramref name="context"/> past its change tracker.</summary>
    public static void Written(DbContext context, Type type) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?
            .OfType<DataChangeInterceptor>().FirstOrDefault()?.Note(context, [type]);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FlushOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is not null)
        {
            Note(context, context.ChangeTracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Metadata.ClrType));
        }
    }

    private void Note(DbContext context, IEnumerable<Type> types)
    {
        var pending = _pending.GetOrCreateValue(context);
        lock (pending)
        {
            pending.UnionWith(types);
        }
    }

    private void FlushOutsideTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Flush(context);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }
        Type[] types;
        lock (pending)
        {
            types = [.. pending];
            pending.Clear();
        }
        versions.Changed(types);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            lock (pending)
            {
                pending.Clear();
            }
        }
    }
}
