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

    /// <summary>Reads a scenario file. A <c>historyFile</c> in it is relative to the file's directory.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The file as read; a file that cannot be read gives an error with its path, not an exception.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ScenarioFile Load(string path) => Load(path, System.IO.Path.GetFileName(Preconditions.CheckNotBlank(path)));

    internal static ScenarioFile Load(string path, string relativePath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new ScenarioFile(path, relativePath, null, [new InputError(path, $"cannot be read: {ReasonOf(ex)}")]);
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var parsed = ScenarioMapping.Parse(bytes, directory);
        return new ScenarioFile(path, relativePath, parsed.Value, parsed.Errors);
    }

    internal static string ReasonOf(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "access denied",
        _ => ex.Message,
    };

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"{RelativePath}: {Scenario.Name}" : $"{RelativePath}: {string.Join("; ", Errors)}";
}
