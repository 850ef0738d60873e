using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Infrastructure.Caching;

/// <summary>Figures cached for a minute are recomputed as soon as one of the entity types they are made of changes.</summary>
public sealed class FigureCacheTests
{
    private static readonly Type[] s_feeds = [typeof(Person), typeof(Employment)];

    private sealed class Counter
    {
        public int Computed { get; private set; }

        public Task<int> ComputeAsync() => Task.FromResult(++Computed);
    }

    /// <summary>A cache with the staff figure of school 3 computed once.</summary>
    private static async Task<(FigureCache Cache, DataChangeVersions Versions, Counter Counter)> CachedOnceAsync(MemoryCache memory)
    {
        var versions = new DataChangeVersions();
        var cache = new FigureCache(memory, versions);
        var counter = new Counter();
        await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync);
        return (cache, versions, counter);
    }

    [Fact]
    public async Task GetOrAdd_SameKeyNothingChanged_ComputesOnce()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new FigureCache(memory, new DataChangeVersions());
        var counter = new Counter();

        var first = await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync);
        var second = await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync);

        Assert.Equal((1, 1), (first, second));
        Assert.Equal(1, counter.Computed);
    }

    [Fact]
    public async Task GetOrAdd_FeedTypeChanged_ComputesAgain()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var (cache, versions, counter) = await CachedOnceAsync(memory);

        versions.Changed([typeof(Employment)]);

        Assert.Equal(2, await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync));
        Assert.Equal(2, await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync));
    }

    [Fact]
    public async Task GetOrAdd_OtherTypeChanged_KeepsFigure()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var (cache, versions, counter) = await CachedOnceAsync(memory);

        versions.Changed([typeof(Meeting), typeof(Region)]);

        Assert.Equal(1, await cache.GetOrAddAsync("staff:o3", s_feeds, counter.ComputeAsync));
    }

    [Fact]
    public async Task GetOrAdd_OtherScope_ComputesItsOwn()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var cache = new FigureCache(memory, new DataChangeVersions());

        var school = await cache.GetOrAddAsync("staff:o3", s_feeds, () => Task.FromResult(100));
        var region = await cache.GetOrAddAsync("staff:r1", s_feeds, () => Task.FromResult(32_000));

        Assert.Equal((100, 32_000), (school, region));
    }

    [Fact]
    public void Of_AnyFeedChanged_Grows()
    {
        var versions = new DataChangeVersions();
        var before = versions.Of(s_feeds);

        versions.Changed([typeof(Person), typeof(Person)]);
        var afterPerson = versions.Of(s_feeds);
        versions.Changed([typeof(Employment)]);

        Assert.True(before < afterPerson && afterPerson < versions.Of(s_feeds));
        Assert.Equal(0, versions.Of([typeof(Meeting)]));
    }
}

/// <summary>The context's writes move the versions of the types written, once committed (<see cref="DataChangeInterceptor"/>).</summary>
public sealed class DataChangeInterceptorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private DataChangeVersions Versions => app.Services.GetRequiredService<DataChangeVersions>();

    private static Person NewPerson() => new() { Surname = "Тестов", Name = Guid.NewGuid().ToString("N")[..8], Patronymic = "Тестұлы" };

    [Fact]
    public async Task SaveChanges_PersonAdded_BumpsPersonNotMeeting()
    {
        var (person, meeting) = (Versions.Of([typeof(Person)]), Versions.Of([typeof(Meeting)]));

        await app.WithDbAsync(db =>
        {
            db.People.Add(NewPerson());
            return db.SaveChangesAsync();
        });

        Assert.True(Versions.Of([typeof(Person)]) > person);
        Assert.Equal(meeting, Versions.Of([typeof(Meeting)]));
    }

    [Fact]
    public async Task SaveChanges_InTransaction_BumpsOnlyAtCommit()
    {
        var before = Versions.Of([typeof(Person)]);

        var (inside, committed) = await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.People.Add(NewPerson());
            await db.SaveChangesAsync();
            var seen = Versions.Of([typeof(Person)]);
            await transaction.CommitAsync();
            return (seen, Versions.Of([typeof(Person)]));
        });

        Assert.Equal(before, inside);
        Assert.True(committed > before);
    }

    [Fact]
    public async Task SaveChanges_RolledBack_LeavesVersion()
    {
        var before = Versions.Of([typeof(Person)]);

        await app.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.People.Add(NewPerson());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(before, Versions.Of([typeof(Person)]));
    }
}
