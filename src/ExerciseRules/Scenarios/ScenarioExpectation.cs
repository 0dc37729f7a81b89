using System.Collections.Immutable;
using System.Globalization;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Scenarios;

/// <summary>
/// What a scenario expects of the advice. Every expectation is optional: one that is not set is not checked.
/// The names match the <c>expect</c> object of a scenario file.
/// </summary>
/// <remarks>Two expectations are equal when all their values are equal, lists compared in order.</remarks>
public sealed record ScenarioExpectation
{
    /// <summary>The tolerance of range comparisons: ranges are fractions, so 0.1 + 0.2 counts as 0.3.</summary>
    public const double RangeTolerance = 1e-9;

    private static readonly Lazy<ImmutableHashSet<string>> s_ruleNames =
        new(() => PressUpProtocol.RuleNamesOf(PressUpProtocol.CreateRules()).ToImmutableHashSet(StringComparer.Ordinal));

    private static readonly ImmutableHashSet<string> s_messageCodes =
    [
        .. Enum.GetValues<AdviceStep>().Select(MessageCodes.ForStep),
        MessageCodes.Centralising, MessageCodes.Peripheralising, MessageCodes.MoveSlowly, MessageCodes.ExerciseRegularly,
        MessageCodes.RiseSafely, MessageCodes.KeepRelaxed, MessageCodes.ReportSymptoms, MessageCodes.SeverePain, MessageCodes.NotMedicalAdvice,
    ];

    private readonly ImmutableArray<string> _messagesInclude = [];
    private readonly ImmutableArray<string> _messagesExclude = [];
    private readonly ImmutableArray<string> _firedInclude = [];
    private readonly ImmutableArray<string> _firedExclude = [];

    /// <summary>Gets the expectation that checks nothing.</summary>
    public static ScenarioExpectation None { get; } = new();

    /// <summary>Gets the expected step, or <see langword="null"/> if it is not checked.</summary>
    public AdviceStep? Step { get; init; }

    /// <summary>Gets the expected urgency, or <see langword="null"/> if it is not checked.</summary>
    public Urgency? Urgency { get; init; }

    /// <summary>Gets the expected exercise (<see cref="ExpectedValue{T}.Null"/> when it must be null), or <see langword="null"/> if it is not checked.</summary>
    public ExpectedValue<Exercise>? Exercise { get; init; }

    /// <summary>Gets the expected target range, compared within <see cref="RangeTolerance"/> (<see cref="ExpectedValue{T}.Null"/> when it must be null), or <see langword="null"/> if it is not checked.</summary>
    public ExpectedValue<double>? TargetRange { get; init; }

    /// <summary>Gets the largest target range allowed (the target must be set), or <see langword="null"/> if it is not checked.</summary>
    public double? TargetRangeAtMost { get; init; }

    /// <summary>Gets the smallest target range allowed (the target must be set), or <see langword="null"/> if it is not checked.</summary>
    public double? TargetRangeAtLeast { get; init; }

    /// <summary>Gets the expected rest in seconds (<see cref="ExpectedValue{T}.Null"/> when it must be null), or <see langword="null"/> if it is not checked.</summary>
    public ExpectedValue<int>? RestSeconds { get; init; }

    /// <summary>Gets the expected reps done (<see cref="ExpectedValue{T}.Null"/> when it must be null), or <see langword="null"/> if it is not checked.</summary>
    public ExpectedValue<int>? RepsDone { get; init; }

    /// <summary>Gets when the next session is expected to be due, compared as instants (<see cref="ExpectedValue{T}.Null"/> when it must be null), or <see langword="null"/> if it is not checked.</summary>
    public ExpectedValue<DateTimeOffset>? NextSessionDue { get; init; }

    /// <summary>Gets the message codes the advice must include (see <see cref="MessageCodes"/>; a step's own message has the step's name).</summary>
    public ImmutableArray<string> MessagesInclude
    {
        get => _messagesInclude;
        init => _messagesInclude = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the message codes the advice must not include.</summary>
    public ImmutableArray<string> MessagesExclude
    {
        get => _messagesExclude;
        init => _messagesExclude = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the name of the rule expected to choose the step (the first rule of the decide stage to fire), or <see langword="null"/> if it is not checked.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets the names of rules that must fire (see <see cref="RuleNames"/>).</summary>
    public ImmutableArray<string> FiredInclude
    {
        get => _firedInclude;
        init => _firedInclude = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the names of rules that must not fire.</summary>
    public ImmutableArray<string> FiredExclude
    {
        get => _firedExclude;
        init => _firedExclude = value.IsDefault ? [] : value;
    }

    /// <summary>
    /// Compares advice with the expectations. Names that are not message codes or rules of the press-up protocol
    /// are mismatches too, so a misspelt name never passes unnoticed.
    /// </summary>
    /// <param name="advice">The advice.</param>
    /// <param name="trace">The explanation of the advice, if there is one: it says why an expected rule did not fire.</param>
    /// <returns>Every expectation the advice did not meet, in the order of the fields; empty when it met them all.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advice"/> is null.</exception>
    public ImmutableArray<ScenarioMismatch> Check(Advice advice, EvaluationTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var mismatches = ImmutableArray.CreateBuilder<ScenarioMismatch>();
        foreach (var problem in Problems())
        {
            mismatches.Add(new ScenarioMismatch(problem.Path, problem.Message));
        }

        if (Step is { } step && step != advice.Step)
        {
            mismatches.Add(new("step", $"expected {WireNames.Of(step)}, got {WireNames.Of(advice.Step)}"));
        }

        if (Urgency is { } urgency && urgency != advice.Urgency)
        {
            mismatches.Add(new("urgency", $"expected {WireNames.Of(urgency)}, got {WireNames.Of(advice.Urgency)}"));
        }

        CheckValue("exercise", Exercise, advice.Exercise, (a, b) => a == b, mismatches);
        CheckValue("targetRange", TargetRange, advice.TargetRange, (a, b) => Math.Abs(a - b) <= RangeTolerance, mismatches);
        if (TargetRangeAtMost is { } atMost && !(advice.TargetRange <= atMost + RangeTolerance))
        {
            mismatches.Add(new("targetRangeAtMost", $"expected at most {Format(atMost)}, got {ExpectedValue<double>.Format(advice.TargetRange)}"));
        }

        if (TargetRangeAtLeast is { } atLeast && !(advice.TargetRange >= atLeast - RangeTolerance))
        {
            mismatches.Add(new("targetRangeAtLeast", $"expected at least {Format(atLeast)}, got {ExpectedValue<double>.Format(advice.TargetRange)}"));
        }

        CheckValue("restSeconds", RestSeconds, advice.RestSeconds, (a, b) => a == b, mismatches);
        CheckValue("repsDone", RepsDone, advice.RepsDone, (a, b) => a == b, mismatches);
        CheckValue("nextSessionDue", NextSessionDue, advice.NextSessionDue, (a, b) => a.UtcTicks == b.UtcTicks, mismatches);

        var codes = $"[{string.Join(", ", advice.Messages.Select(m => m.Code))}]";
        foreach (var code in MessagesInclude.Where(c => s_messageCodes.Contains(c) && !advice.HasMessage(c)))
        {
            mismatches.Add(new("messagesInclude", $"expected a {code} message, got {codes}"));
        }

        foreach (var code in MessagesExclude.Where(advice.HasMessage))
        {
            mismatches.Add(new("messagesExclude", $"expected no {code} message, got {codes}"));
        }

        if (DecidedBy is { } decidedBy && IsRuleName(decidedBy) && advice.DecidedBy?.Name != decidedBy)
        {
            mismatches.Add(new("decidedBy", $"expected {decidedBy}, got {advice.DecidedBy?.Name ?? "no decide rule"}"));
        }

        foreach (var name in FiredInclude.Where(n => IsRuleName(n) && !advice.FiredRules.Any(r => r.Name == n)))
        {
            var why = trace?.MissOf(name) is { } miss ? $": {miss.Explanation}" : string.Empty;
            mismatches.Add(new("firedInclude", $"expected {name} to fire, but it did not{why}"));
        }

        foreach (var name in FiredExclude.Where(n => advice.FiredRules.Any(r => r.Name == n)))
        {
            mismatches.Add(new("firedExclude", $"expected {name} not to fire, but it fired"));
        }

        return mismatches.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(ScenarioExpectation? other) =>
        other is not null && Step == other.Step && Urgency == other.Urgency && Equals(Exercise, other.Exercise)
        && Equals(TargetRange, other.TargetRange) && TargetRangeAtMost == other.TargetRangeAtMost
        && TargetRangeAtLeast == other.TargetRangeAtLeast && Equals(RestSeconds, other.RestSeconds)
        && Equals(RepsDone, other.RepsDone) && Equals(NextSessionDue, other.NextSessionDue)
        && MessagesInclude.SequenceEqual(other.MessagesInclude) && MessagesExclude.SequenceEqual(other.MessagesExclude)
        && DecidedBy == other.DecidedBy && FiredInclude.SequenceEqual(other.FiredInclude)
        && FiredExclude.SequenceEqual(other.FiredExclude);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Step, Urgency, TargetRange, DecidedBy, MessagesInclude.Length, FiredInclude.Length);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{name} = {value}");
            }
        }

        void AddList(string name, ImmutableArray<string> values)
        {
            if (!values.IsEmpty)
            {
                parts.Add($"{name} = [{string.Join(", ", values)}]");
            }
        }

        Add("step", Step is { } step ? WireNames.Of(step) : null);
        Add("urgency", Urgency is { } urgency ? WireNames.Of(urgency) : null);
        Add("exercise", Exercise);
        Add("targetRange", TargetRange);
        Add("targetRangeAtMost", TargetRangeAtMost is { } atMost ? Format(atMost) : null);
        Add("targetRangeAtLeast", TargetRangeAtLeast is { } atLeast ? Format(atLeast) : null);
        Add("restSeconds", RestSeconds);
        Add("repsDone", RepsDone);
        Add("nextSessionDue", NextSessionDue);
        AddList("messagesInclude", MessagesInclude);
        AddList("messagesExclude", MessagesExclude);
        Add("decidedBy", DecidedBy);
        AddList("firedInclude", FiredInclude);
        AddList("firedExclude", FiredExclude);
        builder.AppendJoin(", ", parts);
        return parts.Count > 0;
    }

    /// <summary>Names that are not message codes or rules of the protocol, with their path in the <c>expect</c> object.</summary>
    internal IEnumerable<InputError> Problems()
    {
        foreach (var (name, list) in new[] { ("messagesInclude", MessagesInclude), ("messagesExclude", MessagesExclude) })
        {
            for (var i = 0; i < list.Length; i++)
            {
                if (!s_messageCodes.Contains(list[i]))
                {
                    yield return new InputError($"{name}[{i}]", $"'{list[i]}' is not a message code: use a step ({WireNames.AllOf<AdviceStep>()}) or one of {string.Join(", ", s_messageCodes.Where(c => !IsStepCode(c)).Order(StringComparer.Ordinal))}");
                }
            }
        }

        if (DecidedBy is { } decidedBy && !IsRuleName(decidedBy))
        {
            yield return new InputError("decidedBy", NotARule(decidedBy));
        }

        foreach (var (name, list) in new[] { ("firedInclude", FiredInclude), ("firedExclude", FiredExclude) })
        {
            for (var i = 0; i < list.Length; i++)
            {
                if (!IsRuleName(list[i]))
                {
                    yield return new InputError($"{name}[{i}]", NotARule(list[i]));
                }
            }
        }
    }

    private static bool IsRuleName(string name) => s_ruleNames.Value.Contains(name);

    private static bool IsStepCode(string code) => Enum.GetValues<AdviceStep>().Any(s => MessageCodes.ForStep(s) == code);

    private static string NotARule(string name) => $"'{name}' is not a rule of the press-up protocol (rule names look like symptoms-intensify; see RuleNames)";

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static void CheckValue<T>(string field, ExpectedValue<T>? expected, T? actual, Func<T, T, bool> same, ImmutableArray<ScenarioMismatch>.Builder mismatches)
        where T : struct
    {
        if (expected is null)
        {
            return;
        }

        var met = (expected.Value, actual) switch
        {
            (null, null) => true,
            ({ } e, { } a) => same(e, a),
            _ => false,
        };
        if (!met)
        {
            mismatches.Add(new(field, $"expected {expected}, got {ExpectedValue<T>.Format(actual)}"));
        }
    }
}
