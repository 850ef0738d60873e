namespace Adisteme.Tests.Infrastructure;

/// <summary>Finds the repository's folders from the test binary's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "src", "Adisteme.Web");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Adisteme.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Adisteme.slnx not found above " + AppContext.BaseDirectory);
    }
}
