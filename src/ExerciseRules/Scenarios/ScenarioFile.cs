using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>One scenario file as read: the scenario, or every problem with the file.</summary>
public sealed class ScenarioFile
{
    private ScenarioFile(string path, string relativePath, Scenario? scenario, ImmutableArray<InputError> errors)
    {
        Path = path;
        RelativePath = relativePath;
        Scenario = scenario;
        Errors = errors;
    }

    /// <summary>Gets the path of the file, as given or found.</summary>
    public string Path { get; }

    /// <summary>Gets the path of the file relative to the directory it was found in, with <c>/</c> between folders (for a file loaded on its own, its name).</summary>
    public string RelativePath { get; }

    /// <summary>Gets whether the file was read, so <see cref="Scenario"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsValid => Scenario is not null;

    /// <summary>Gets the scenario, or <see langword="null"/> when the file could not be read.</summary>
    public Scenario? Scenario { get; }

    /// <summary>
    /// Gets every problem with the file: paths inside the scenario (<c>expect.step: must be one of ...</c>), or the
    /// file's own <see cref="Path"/> when it cannot be read at all. Empty when the file was read.
    /// </summary>
    public ImmutableArray<InputError> Errors { get; }

    /// <summary>
    /// Reads a scenario file. A <c>historyFile</c> in it is relative to the file's directory and must lead to a file
    /// in that directory's tree, or in <see cref="ScenarioLoadOptions.AllowOutside"/> (see <see cref="ScenarioLoadOptions"/>).
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Where history files may be and how large files may be; <see langword="null"/> for <see cref="ScenarioLoadOptions.Default"/>.</param>
    /// <returns>
    /// The file as read. A file that cannot be read (missing, a directory, not a regular file, over
    /// <see cref="InputLimits.MaxDocumentBytes"/>) gives an error with its path, not an exception.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioFile Load(string path, ScenarioLoadOptions? options = null)
    {
        Preconditions.CheckNotBlank(path);
        var root = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Load(path, System.IO.Path.GetFileName(path), root, options ?? ScenarioLoadOptions.Default);
    }

    /// <summary>Reads a scenario file whose <c>historyFile</c> must stay inside <paramref name="root"/> (or the allowed directory).</summary>
    internal static ScenarioFile Load(string path, string relativePath, string root, ScenarioLoadOptions options)
    {
        var read = BoundedInput.ReadFile(path, options.Limits.MaxDocumentBytes, regularOnly: true);
        if (read.Bytes is null)
        {
            return Unreadable(path, relativePath, $"cannot be read: {read.Reason}");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var parsed = ScenarioMapping.Parse(read.Bytes, directory, root, options);
        return new ScenarioFile(path, relativePath, parsed.Value, parsed.Errors);
    }

    /// <summary>A file that could not be read at all: one error, at the file's path.</summary>
    internal static ScenarioFile Unreadable(string path, string relativePath, string message) =>
        new(path, relativePath, null, [new InputError(path, message)]);

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"{RelativePath}: {Scenario.Name}" : $"{RelativePath}: {string.Join("; ", Errors)}";
}
