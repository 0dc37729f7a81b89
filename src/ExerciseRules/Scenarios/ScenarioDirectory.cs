using System.Collections.Immutable;
using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>
/// Every scenario file of a directory and its subdirectories (<c>*.json</c>), read in a fixed order: by
/// <see cref="ScenarioFile.RelativePath"/>, ordinal. A JSON file that a scenario of the directory names as its
/// <c>historyFile</c> is a history, not a scenario, and is left out.
/// </summary>
public sealed class ScenarioDirectory
{
    private ScenarioDirectory(string path, ImmutableArray<ScenarioFile> files, ImmutableArray<InputError> errors)
    {
        Path = path;
        Files = files;
        Errors = errors;
    }

    /// <summary>Gets the directory's path, as given.</summary>
    public string Path { get; }

    /// <summary>Gets the scenario files, valid or not, ordered by their relative path.</summary>
    public ImmutableArray<ScenarioFile> Files { get; }

    /// <summary>Gets the problems with the directory itself (it cannot be read); empty when it was read.</summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>Gets whether the directory and every scenario file in it were read.</summary>
    public bool IsValid => Errors.IsEmpty && Files.All(f => f.IsValid);

    /// <summary>Gets the scenarios of the files that were read, in order.</summary>
    public ImmutableArray<Scenario> Scenarios => [.. Files.Where(f => f.IsValid).Select(f => f.Scenario!)];

    /// <summary>Reads every scenario file of a directory and its subdirectories.</summary>
    /// <param name="path">The directory's path.</param>
    /// <returns>The files as read; a directory that cannot be read gives an error with its path, not an exception.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioDirectory Load(string path)
    {
        Preconditions.CheckNotBlank(path);
        List<string> found;
        try
        {
            found = [.. Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex is DirectoryNotFoundException ? "no such directory" : ScenarioFile.ReasonOf(ex);
            return new ScenarioDirectory(path, [], [new InputError(path, $"cannot be read: {reason}")]);
        }

        var files = found
            .Select(f => (Path: f, Relative: System.IO.Path.GetRelativePath(path, f).Replace(System.IO.Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => ScenarioFile.Load(f.Path, f.Relative))
            .ToList();
        var histories = files
            .Where(f => f.IsValid && f.Scenario.HistoryFile is not null)
            .Select(f => f.Scenario!.HistoryFile!)
            .ToHashSet(StringComparer.Ordinal);
        return new ScenarioDirectory(path, [.. files.Where(f => !histories.Contains(System.IO.Path.GetFullPath(f.Path)))], []);
    }
}
