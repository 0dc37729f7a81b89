using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;

namespace ExerciseRules.Testing;

/// <summary>
/// Builds a <see cref="Scenario"/> in words close to the protocol's: the clock, the episode (baseline, red flags,
/// options), its sessions oldest first, and what the advice must be. Start one with <c>Scenario.At(...)</c>
/// (see <see cref="ScenarioDsl"/>) or <see cref="At(string, string)"/>. A builder is a short-lived, mutable helper;
/// the scenario it builds is immutable and the same type that scenario files are read into.
/// </summary>
/// <remarks>
/// Times of sessions are given relative to the moment of advice (<c>minutesAgo: 5</c>,
/// <c>TimeSpan.FromHours(6)</c>) or as absolute times. Symptoms are tuples of pain (0–10) and location, either part
/// optional: <c>before: (5, Buttock)</c>, <c>(null, Thigh)</c>.
/// </remarks>
public sealed class ScenarioBuilder
{
    private readonly List<Session> _sessions = [];
    private readonly List<RedFlag> _redFlags = [];
    private string _name;
    private string _source = string.Empty;
    private SymptomReport? _baseline;
    private ProtocolOptions? _options;
    private ScenarioExpectation _expect = ScenarioExpectation.None;

    private ScenarioBuilder(DateTimeOffset now, string name)
    {
        Now = now;
        _name = string.IsNullOrWhiteSpace(name) ? "scenario" : name;
    }

    /// <summary>Gets the moment of advice.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Starts a scenario at a moment given in ISO 8601 form (without an offset it is taken as UTC).</summary>
    /// <param name="now">The moment of advice, e.g. <c>2026-11-24T10:00:00Z</c>.</param>
    /// <param name="name">The scenario's name; by default the calling method's name.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="now"/> is not a date and time.</exception>
    public static ScenarioBuilder At(string now, [CallerMemberName] string name = "")
    {
        ArgumentNullException.ThrowIfNull(now);

        // The wire format's times (WireNames.TryParseTime: no culture's form, nothing before or after), and, as the
        // DSL always allowed, the same form without an offset, read as UTC.
        if (WireNames.TryParseTime(now, out var moment, out var problem) || WireNames.TryParseTime(now + "Z", out moment, out _))
        {
            return new ScenarioBuilder(moment, name);
        }

        throw new ArgumentException($"'{now}' {problem}; without an offset it is read as UTC.", nameof(now));
    }

    /// <summary>Starts a scenario at a moment.</summary>
    /// <param name="now">The moment of advice.</param>
    /// <param name="name">The scenario's name; by default the calling method's name.</param>
    /// <returns>The builder.</returns>
    public static ScenarioBuilder At(DateTimeOffset now, [CallerMemberName] string name = "") => new(now, name);

    /// <summary>Names the scenario (by default, the name of the method that started it).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        return this;
    }

    /// <summary>Says which PROTOCOL row or source sentence the scenario checks.</summary>
    /// <param name="source">The row or sentence.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Checking(string source)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        return this;
    }

    /// <summary>Sets the symptoms when self-treatment started (by default there is no baseline).</summary>
    /// <param name="pain">Pain 0–10, or <see langword="null"/> when not reported.</param>
    /// <param name="location">The most distal location, or <see langword="null"/> when not reported.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Baseline(int? pain, SymptomLocation? location = null)
    {
        _baseline = new SymptomReport(pain, location);
        return this;
    }

    /// <summary>Adds red flags the person reported.</summary>
    /// <param name="flags">The red flags.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder RedFlags(params RedFlag[] flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        _redFlags.AddRange(flags);
        return this;
    }

    /// <summary>Sets the protocol options (by default <see cref="ProtocolOptions.Default"/>).</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder WithOptions(ProtocolOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Changes protocol options, e.g. <c>.WithOptions(o =&gt; o with { MaxReps = 12 })</c>.</summary>
    /// <param name="change">The change, given the options so far.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder WithOptions(Func<ProtocolOptions, ProtocolOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WithOptions(change(_options ?? ProtocolOptions.Default));
    }

    /// <summary>Adds a session of an exercise that started at a given time. Add sessions oldest first.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="startedAt">When the session started.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished (a set is open until <see cref="SetBuilder.Finish"/>).</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Set(Exercise exercise, DateTimeOffset startedAt, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null)
    {
        var builder = new SetBuilder(exercise, startedAt, before is { } b ? new SymptomReport(b.Pain, b.Location) : null);
        set?.Invoke(builder);
        _sessions.Add(builder.Build());
        return this;
    }

    /// <summary>Adds a session of an exercise that started some time before the moment of advice.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="ago">How long before <see cref="Now"/> it started.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Set(Exercise exercise, TimeSpan ago, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(exercise, Now - ago, before, set);

    /// <summary>Adds a press-up session that started some minutes ago.</summary>
    /// <param name="minutesAgo">Minutes before <see cref="Now"/>.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder PressUpSet(double minutesAgo, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.PressUp, TimeSpan.FromMinutes(minutesAgo), before, set);

    /// <summary>Adds a press-up session that started some time ago.</summary>
    /// <param name="ago">How long before <see cref="Now"/> it started.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder PressUpSet(TimeSpan ago, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.PressUp, ago, before, set);

    /// <summary>Adds a session of lying on the stomach that started some minutes ago.</summary>
    /// <param name="minutesAgo">Minutes before <see cref="Now"/>.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ProneLyingSet(double minutesAgo, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.ProneLying, TimeSpan.FromMinutes(minutesAgo), before, set);

    /// <summary>Adds a session of lying on the stomach that started some time ago.</summary>
    /// <param name="ago">How long before <see cref="Now"/> it started.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ProneLyingSet(TimeSpan ago, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.ProneLying, ago, before, set);

    /// <summary>Adds a session propped up on the elbows that started some minutes ago.</summary>
    /// <param name="minutesAgo">Minutes before <see cref="Now"/>.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ProneOnElbowsSet(double minutesAgo, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.ProneOnElbows, TimeSpan.FromMinutes(minutesAgo), before, set);

    /// <summary>Adds a session propped up on the elbows that started some time ago.</summary>
    /// <param name="ago">How long before <see cref="Now"/> it started.</param>
    /// <param name="before">The symptoms reported before the set, if any.</param>
    /// <param name="set">Its reps, and whether it was finished.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ProneOnElbowsSet(TimeSpan ago, (int? Pain, SymptomLocation? Location)? before = null, Action<SetBuilder>? set = null) =>
        Set(Exercise.ProneOnElbows, ago, before, set);

    /// <summary>
    /// Adds a finished set the protocol counts as tolerated: <c>MinReps</c> reps (of the options so far) whose
    /// symptoms stay at pain 4 reaching the buttock, the same after the set as before it.
    /// </summary>
    /// <param name="exercise">The exercise.</param>
    /// <param name="ago">How long before <see cref="Now"/> it started.</param>
    /// <param name="range">The range of every rep; by default 0.5 for the press-up and none for the lying positions.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ToleratedSet(Exercise exercise, TimeSpan ago, double? range = null)
    {
        var reps = (_options ?? ProtocolOptions.Default).MinReps;
        var repRange = range ?? (exercise == Exercise.PressUp ? 0.5 : null);
        return Set(exercise, ago, (4, SymptomLocation.Buttock), s => s.Reps(reps, repRange, 4, SymptomLocation.Buttock).Finish((4, SymptomLocation.Buttock)));
    }

    /// <summary>
    /// Adds tolerated sets of lying on the stomach (two hours before <paramref name="ago"/>) and propped up on the
    /// elbows (at <paramref name="ago"/>), so that progression allows the press-up.
    /// </summary>
    /// <param name="ago">How long before <see cref="Now"/> the second set started; at least a few hours, so later sessions come after it.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder PositionsTolerated(TimeSpan ago) =>
        ToleratedSet(Exercise.ProneLying, ago + TimeSpan.FromHours(2)).ToleratedSet(Exercise.ProneOnElbows, ago);

    /// <summary>
    /// Adds an episode of regular practice: <paramref name="perDay"/> sets a day in each of the last
    /// <paramref name="days"/> 24-hour windows counted back from <see cref="Now"/> (the windows the protocol's
    /// <c>regular</c> counts), spread evenly, oldest first. The first set starts just inside the oldest window, a
    /// little less than <paramref name="days"/> × 24 h ago, and the last one 24 h ÷ (<paramref name="perDay"/> + 1)
    /// before now.
    /// </summary>
    /// <param name="days">The number of 24-hour windows.</param>
    /// <param name="perDay">Sets in each window.</param>
    /// <param name="exercise">The exercise of every set.</param>
    /// <param name="set">Each set's reps and end, given the set's 0-based index in the episode.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> or <paramref name="perDay"/> is less than 1.</exception>
    public ScenarioBuilder RegularSets(int days, int perDay, Exercise exercise, Action<SetBuilder, int> set)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perDay, 1);
        ArgumentNullException.ThrowIfNull(set);
        var slot = TimeSpan.FromDays(1) / (perDay + 1);
        var index = 0;
        for (var day = days - 1; day >= 0; day--)
        {
            for (var j = 0; j < perDay; j++)
            {
                var number = index++;
                Set(exercise, TimeSpan.FromDays(day) + ((perDay - j) * slot), null, s => set(s, number));
            }
        }

        return this;
    }

    /// <summary>Adds an episode of regular practice in which every set is the same (see <see cref="RegularSets(int, int, Exercise, Action{SetBuilder, int})"/>).</summary>
    /// <param name="days">The number of 24-hour windows.</param>
    /// <param name="perDay">Sets in each window.</param>
    /// <param name="exercise">The exercise of every set.</param>
    /// <param name="set">Each set's reps and end.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> or <paramref name="perDay"/> is less than 1.</exception>
    public ScenarioBuilder RegularSets(int days, int perDay, Exercise exercise, Action<SetBuilder> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return RegularSets(days, perDay, exercise, (s, _) => set(s));
    }

    /// <summary>Adds a session as it is, for what the other methods do not cover.</summary>
    /// <param name="session">The session.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Session(Session session)
    {
        _sessions.Add(session ?? throw new ArgumentNullException(nameof(session)));
        return this;
    }

    /// <summary>Sets what the advice must be, e.g. <c>.Expect(new() { Step = AdviceStep.ReduceRange, TargetRange = 0.4 })</c>.</summary>
    /// <param name="expectation">The expectations.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Expect(ScenarioExpectation expectation)
    {
        _expect = expectation ?? throw new ArgumentNullException(nameof(expectation));
        return this;
    }

    /// <summary>Builds the history alone.</summary>
    /// <returns>The history.</returns>
    public History History() => new([.. _sessions], _baseline, [.. _redFlags]);

    /// <summary>Builds the scenario.</summary>
    /// <returns>The scenario.</returns>
    public Scenario Build() => new(_name, Now, History())
    {
        Source = _source,
        Options = _options,
        Expect = _expect,
    };

    /// <summary>Advises on the history at <see cref="Now"/> with the scenario's options, with the explanation trace (<see cref="Advisor.Explain(History, DateTimeOffset)"/>).</summary>
    /// <returns>The advice and its trace, or every problem with the history.</returns>
    /// <exception cref="Validation.InvalidProtocolOptionsException">The options are not valid.</exception>
    public AdviceResult Advise() => new Advisor(_options).Explain(History(), Now);

    /// <summary>Builds and runs the scenario, comparing the advice with <see cref="Expect(ScenarioExpectation)"/>.</summary>
    /// <param name="options">Options that replace the scenario's; <see langword="null"/> to keep them.</param>
    /// <returns>The outcome.</returns>
    public ScenarioOutcome Run(ProtocolOptions? options = null) => Build().Run(options);
}
