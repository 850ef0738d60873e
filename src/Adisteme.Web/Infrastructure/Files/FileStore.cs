using System.Globalization;

namespace Adisteme.Web.Infrastructure.Files;

/// <summary>The one place files are kept; never the web root. A local folder by default.</summary>
public interface IFileStore
{
    Task<string> SaveAsync(Stream content, string extension, CancellationToken ct = default);
    Task<Stream?> OpenAsync(string key, CancellationToken ct = default);
    Task DeleteAsync(string key, CancellationToken ct = default);
}

public sealed class LocalFileStore(string root) : IFileStore
{
    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct = default)
    {
        // Invariant: "/" in a date format is the culture's separator ("." in kk-KZ and ru-RU), and keys must not vary by language.
        var key = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}{extension}");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = File.Create(path);
        await content.CopyToAsync(file, ct);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        return Task.CompletedTask;
    }

    /// <summary>Keys come from this store only; anything that could climb out of the root is refused.</summary>
    private string PathOf(string key)
    {
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException("Invalid file key.", nameof(key));
        }
        return Path.Combine(root, key);
    }
}
