namespace ExerciseRules.TestSupport;

/// <summary>Paths in the repository the tests run from (one file, linked into every test project that reads the repository).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>Gets the repository's root (the folder holding ExerciseRules.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>Gets a path under the root.</summary>
    /// <param name="parts">The parts of the path, e.g. "docs", "protocol.md".</param>
    /// <returns>The full path.</returns>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Reads a text file under the root, with its line endings as \n.</summary>
    /// <param name="parts">The parts of the path.</param>
    /// <returns>The text.</returns>
    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts)).ReplaceLineEndings("\n");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExerciseRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ExerciseRules.sln above {AppContext.BaseDirectory}.");
    }
}
