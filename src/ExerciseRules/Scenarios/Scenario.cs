using System.Collections.Immutable;
using System.Text;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>
/// A check of the protocol: a history at a moment, optional protocol options, and what the advice must be.
/// Scenario files (<see cref="ScenarioFile"/>) and the scenario builder of the ExerciseRules.Testing package build
/// this same type. Run it with <see cref="Run(ProtocolOptions?)"/>.
/// </summary>
/// <remarks>
/// A scenario file is JSON:
/// <code>
/// {
///   "name": "07-symptoms-intensify",
///   "source": "PROTOCOL row 7: the last rep was worse, so go less far",
///   "now": "2026-11-24T09:58:00Z",
///   "options": { "rangeStep": 0.2 },
///   "historyFile": "../histories/07.json",
///   "expect": { "step": "reduceRange", "targetRange": 0.3, "messagesInclude": ["notMedicalAdvice"] }
/// }
/// </code>
/// <c>history</c> (a wire-format history inline) or <c>historyFile</c> (a path relative to the scenario file) is
/// required, not both; <c>options</c> names only the options it changes; <c>source</c> is optional. Reading is strict:
/// unknown properties are errors with their path. A <c>historyFile</c> must stay inside the scenario's directory tree
/// (here, a directory holding both <c>histories/</c> and the scenario's folder, loaded with
/// <see cref="ScenarioDirectory.Load"/>) or the directory <see cref="ScenarioLoadOptions.AllowOutside"/> names.
/// </remarks>
public sealed record Scenario
{
    private readonly ImmutableArray<InputError> _historyErrors = [];

    /// <summary>Creates a scenario that expects nothing yet (set <see cref="Expect"/>).</summary>
    /// <param name="name">A short name, e.g. <c>07-symptoms-intensify</c>.</param>
    /// <param name="now">The moment of advice.</param>
    /// <param name="history">The history.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="history"/> is null.</exception>
    public Scenario(string name, DateTimeOffset now, History history)
    {
        Name = Preconditions.CheckNotBlank(name);
        Now = now;
        History = Preconditions.CheckNotNull(history);
    }

    private Scenario(string name, DateTimeOffset now, ImmutableArray<InputError> historyErrors)
    {
        Name = name;
        Now = now;
        HistoryErrors = historyErrors;
    }

    /// <summary>Gets the scenario's short name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the PROTOCOL row or source sentence the scenario checks (empty when not given).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the moment of advice.</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>Gets the protocol options of the scenario, or <see langword="null"/> for <see cref="ProtocolOptions.Default"/>.</summary>
    public ProtocolOptions? Options { get; init; }

    /// <summary>Gets the history, or <see langword="null"/> when it could not be read (see <see cref="HistoryErrors"/>).</summary>
    public History? History { get; init; }

    /// <summary>Gets the full path of the file the history was read from, or <see langword="null"/> when it was given inline or in code.</summary>
    public string? HistoryFile { get; init; }

    /// <summary>
    /// Gets the problems found reading the history, with paths that start at <c>history</c>
    /// (<c>history.sessions[0].reps[1].painn: is not a known property</c>). Running a scenario with such problems
    /// fails with them; it does not throw.
    /// </summary>
    public ImmutableArray<InputError> HistoryErrors
    {
        get => _historyErrors;
        init => _historyErrors = value.IsDefault ? [] : value;
    }

    /// <summary>Gets what the advice must be.</summary>
    public ScenarioExpectation Expect { get; init; } = ScenarioExpectation.None;

    /// <summary>Reads a scenario from JSON.</summary>
    /// <param name="json">The scenario as JSON (see the remarks of <see cref="Scenario"/>).</param>
    /// <param name="baseDirectory">
    /// The directory a <c>historyFile</c> is relative to, and must lead into (or into <see cref="ScenarioLoadOptions.AllowOutside"/>);
    /// <see langword="null"/> for the current directory.
    /// </param>
    /// <param name="options">Where history files may be and how large they may be; <see langword="null"/> for <see cref="ScenarioLoadOptions.Default"/>.</param>
    /// <returns>
    /// The scenario, or every problem with the scenario itself (paths such as <c>expect.step</c>, <c>options.maxReps</c>,
    /// <c>historyFile</c>). Problems with the history do not stop reading: they are kept in <see cref="HistoryErrors"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ParseResult<Scenario> Parse(string json, string? baseDirectory = null, ScenarioLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var directory = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        return ScenarioMapping.Parse(Encoding.UTF8.GetBytes(json), directory, directory, options ?? ScenarioLoadOptions.Default);
    }

    /// <summary>
    /// Runs the scenario with its own options (<see cref="Options"/>, else the defaults): advises on its history at
    /// its moment, with the trace, and compares the advice with the expectations.
    /// </summary>
    /// <returns>The outcome. A history that is not valid, or options that are not valid, make a failed outcome with the problems; they do not throw.</returns>
    /// <exception cref="Engine.RuleEvaluationException">A rule failed while evaluating (a bug in the rules).</exception>
    public ScenarioOutcome Run() => Run((ProtocolOptions?)null);

    /// <summary>
    /// Runs the scenario: advises on its history at its moment, with the trace, and compares the advice with the
    /// expectations.
    /// </summary>
    /// <param name="options">Options that replace the scenario's own (for checking a set of options against scenarios); <see langword="null"/> to use <see cref="Options"/>.</param>
    /// <returns>The outcome. A history that is not valid, or options that are not valid, make a failed outcome with the problems; they do not throw.</returns>
    /// <exception cref="Engine.RuleEvaluationException">A rule failed while evaluating (a bug in the rules).</exception>
    public ScenarioOutcome Run(ProtocolOptions? options)
    {
        var inForce = options ?? Options ?? ProtocolOptions.Default;
        Advisor advisor;
        try
        {
            advisor = new Advisor(inForce);
        }
        catch (InvalidProtocolOptionsException ex)
        {
            return ScenarioOutcome.Invalid(this, inForce, [.. ex.Errors.Select(e => Under("options", e))]);
        }

        return Run(advisor);
    }

    /// <summary>Runs the scenario with an advisor, whose options replace the scenario's own (see <see cref="Run(ProtocolOptions?)"/>).</summary>
    /// <param name="advisor">The advisor; build one and share it when running many scenarios with the same options.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advisor"/> is null.</exception>
    /// <exception cref="Engine.RuleEvaluationException">A rule failed while evaluating (a bug in the rules).</exception>
    public ScenarioOutcome Run(Advisor advisor)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        if (!HistoryErrors.IsEmpty)
        {
            return ScenarioOutcome.Invalid(this, advisor.Options, HistoryErrors);
        }

        if (History is null)
        {
            return ScenarioOutcome.Invalid(this, advisor.Options, [new InputError("history", "is required: the history to advise on")]);
        }

        var result = advisor.Explain(History, Now);
        if (!result.IsValid)
        {
            return ScenarioOutcome.Invalid(this, advisor.Options, [.. result.Errors.Select(e => Under("history", e))]);
        }

        return ScenarioOutcome.Completed(this, advisor.Options, result.Advice, result.Trace!, Expect.Check(result.Advice, result.Trace));
    }

    /// <inheritdoc />
    public bool Equals(Scenario? other) =>
        other is not null && Name == other.Name && Source == other.Source && Now.Equals(other.Now)
        && Equals(Options, other.Options) && Equals(History, other.History) && HistoryFile == other.HistoryFile
        && HistoryErrors.SequenceEqual(other.HistoryErrors) && Expect.Equals(other.Expect);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Now, History, Expect);

    internal static Scenario WithHistoryErrors(string name, DateTimeOffset now, ImmutableArray<InputError> errors) => new(name, now, errors);

    /// <summary>Puts an error's path under a property: <c>$</c> becomes <c>history</c>, <c>sessions[0]</c> becomes <c>history.sessions[0]</c>.</summary>
    internal static InputError Under(string property, InputError error) =>
        error with { Path = error.Path == InputError.RootPath ? property : $"{property}.{error.Path}" };

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Now = ").Append(WireNames.Time(Now));
        if (Source.Length > 0)
        {
            builder.Append(", Source = ").Append(Source);
        }

        return true;
    }
}
