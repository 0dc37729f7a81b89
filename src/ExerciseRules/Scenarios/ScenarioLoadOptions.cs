using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>
/// How scenario files are read (<see cref="ScenarioFile.Load(string, ScenarioLoadOptions?)"/>, <see cref="ScenarioDirectory.Load"/>,
/// <see cref="Scenario.Parse"/>): which files a <c>historyFile</c> may name, and how large a file may be.
/// </summary>
/// <remarks>
/// <para>
/// A <c>historyFile</c> must lead, once <c>..</c> and every symbolic link on the way are followed, to a file inside
/// the scenario's own directory tree: the directory given to <see cref="ScenarioDirectory.Load"/>, the directory of
/// the file given to <see cref="ScenarioFile.Load(string, ScenarioLoadOptions?)"/>, or the base directory given to <see cref="Scenario.Parse"/>.
/// <see cref="AllowOutside"/> names one more directory whose tree it may lead to (<c>exrules check --allow-outside DIR</c>).
/// Anything else (an absolute path elsewhere, <c>../../etc/passwd</c>, a link out of the tree) is an error on
/// <c>historyFile</c>, and the file is not opened, so no byte of it can show in a message.
/// </para>
/// <para>
/// Scenario and history files must be regular files: a file that reports no length (a FIFO, a device, a socket,
/// or an empty file) is refused without being opened. Every file is read through a bound that counts the bytes
/// actually read, at most <see cref="InputLimits.MaxDocumentBytes"/> of <see cref="Limits"/>.
/// </para>
/// </remarks>
public sealed record ScenarioLoadOptions
{
    private readonly string? _allowOutside;
    private readonly InputLimits _limits = InputLimits.Default;

    /// <summary>Gets the default: history files only inside the scenario's own directory tree, within <see cref="InputLimits.Default"/>.</summary>
    public static ScenarioLoadOptions Default { get; } = new();

    /// <summary>
    /// Gets a directory outside the scenario's own tree whose files (in it or below it) a <c>historyFile</c> may also
    /// name, e.g. the repository's <c>docs/examples</c>; relative to the current directory. <see langword="null"/>
    /// (the default) for none.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space string (use <see langword="null"/> for none).</exception>
    public string? AllowOutside
    {
        get => _allowOutside;
        init => _allowOutside = value is null ? null : Preconditions.CheckNotBlank(value);
    }

    /// <summary>
    /// Gets the input limits: <see cref="InputLimits.MaxDocumentBytes"/> bounds each scenario file and each history file,
    /// and the history is read within all of them. Default <see cref="InputLimits.Default"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public InputLimits Limits
    {
        get => _limits;
        init => _limits = Preconditions.CheckNotNull(value);
    }
}
