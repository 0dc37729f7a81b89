using System.Collections.Immutable;
using System.IO.Enumeration;
using ExerciseRules.Serialization;
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

    /// <summary>
    /// Reads every scenario file of a directory and its subdirectories. Only regular files are read: symbolic links
    /// are not followed (a linked directory is not searched, so a link loop cannot make it run forever or run a
    /// scenario twice; a <c>*.json</c> that is a link is an error on that file), and a <c>*.json</c> that is not a
    /// regular file (a FIFO, a device) is an error on that file without being opened. A <c>historyFile</c> must lead
    /// to a file inside <paramref name="path"/>'s tree, or in <see cref="ScenarioLoadOptions.AllowOutside"/>.
    /// </summary>
    /// <param name="path">The directory's path.</param>
    /// <param name="options">Where history files may be and how large files may be; <see langword="null"/> for <see cref="ScenarioLoadOptions.Default"/>.</param>
    /// <returns>The files as read; a directory that cannot be read gives an error with its path, not an exception.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioDirectory Load(string path, ScenarioLoadOptions? options = null)
    {
        Preconditions.CheckNotBlank(path);
        options ??= ScenarioLoadOptions.Default;
        List<(string Path, bool IsLink)> found;
        try
        {
            if (!Directory.Exists(path))
            {
                var problem = File.Exists(path)
                    ? "is a file, not a directory: give the directory that holds the scenario files"
                    : "cannot be read: no such directory";
                return new ScenarioDirectory(path, [], [new InputError(path, problem)]);
            }

            found = [.. Enumerate(path)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            var reason = ex is DirectoryNotFoundException ? "no such directory" : BoundedInput.ReasonOf(ex);
            return new ScenarioDirectory(path, [], [new InputError(path, $"cannot be read: {reason}")]);
        }

        var files = found
            .Select(f => (f.Path, f.IsLink, Relative: System.IO.Path.GetRelativePath(path, f.Path).Replace(System.IO.Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => f.IsLink
                ? ScenarioFile.Unreadable(f.Path, f.Relative, "is a symbolic link, which is not followed: a scenario directory holds regular files only")
                : ScenarioFile.Load(f.Path, f.Relative, path, options))
            .ToList();
        var histories = files
            .Where(f => f.IsValid && f.Scenario.HistoryFile is not null)
            .Select(f => f.Scenario!.HistoryFile!)
            .ToHashSet(StringComparer.Ordinal);
        return new ScenarioDirectory(path, [.. files.Where(f => !histories.Contains(System.IO.Path.GetFullPath(f.Path)))], []);
    }

    /// <summary>Every <c>*.json</c> below the directory, without descending into linked directories.</summary>
    private static FileSystemEnumerable<(string Path, bool IsLink)> Enumerate(string path)
    {
        var names = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        return new FileSystemEnumerable<(string Path, bool IsLink)>(
            path,
            (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && entry.FileName.EndsWith(".json", names),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }
}
