using System.Collections.Immutable;
using ExerciseRules.Engine;
using ExerciseRules.Model;

namespace ExerciseRules;

/// <summary>
/// The next step for a person, with the numbers it needs, the messages to show, and the rules that fired. Fields
/// that do not apply to the step are <see langword="null"/>.
/// </summary>
/// <remarks>Two advices are equal when all their values are equal, lists compared in order.</remarks>
public sealed record Advice
{
    private readonly ImmutableArray<AdviceMessage> _messages = [];
    private readonly ImmutableArray<FiredRule> _firedRules = [];

    /// <summary>Creates advice.</summary>
    /// <param name="step">The next step.</param>
    /// <param name="urgency">How soon the person should get help from someone else.</param>
    public Advice(AdviceStep step, Urgency urgency)
    {
        Step = step;
        Urgency = urgency;
    }

    /// <summary>Gets the next step.</summary>
    public AdviceStep Step { get; init; }

    /// <summary>Gets the exercise the step is about: the set under way, or the exercise of the next set. <see langword="null"/> for <see cref="AdviceStep.SeekUrgentCare"/> and <see cref="AdviceStep.ContactTherapist"/>.</summary>
    public Exercise? Exercise { get; init; }

    /// <summary>Gets the target range of the next rep as a fraction (0..1) of full range, or <see langword="null"/> when no target applies (no rep is next, or a lying position with no range reported).</summary>
    public double? TargetRange { get; init; }

    /// <summary>Gets the seconds to rest lying down before the next rep (<see cref="AdviceStep.ReduceRange"/> only).</summary>
    public int? RestSeconds { get; init; }

    /// <summary>Gets the reps done in the set, for steps within a set.</summary>
    public int? RepsDone { get; init; }

    /// <summary>Gets the reps the set still allows (up to <c>MaxReps</c>), for steps within a set.</summary>
    public int? RepsRemaining { get; init; }

    /// <summary>Gets when the next session is due (<see cref="AdviceStep.NextSession"/>, and after a set ends).</summary>
    public DateTimeOffset? NextSessionDue { get; init; }

    /// <summary>Gets how soon the person should get help from someone else.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>Gets the messages to show, in order: first the one that explains the step, last the reminder that this is not medical advice.</summary>
    public ImmutableArray<AdviceMessage> Messages
    {
        get => _messages;
        init => _messages = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the rules that fired, in the order they fired (derive, then decide, then compose).</summary>
    public ImmutableArray<FiredRule> FiredRules
    {
        get => _firedRules;
        init => _firedRules = value.IsDefault ? [] : value;
    }

    /// <summary>Gets the rule of the decide stage that chose the step.</summary>
    public FiredRule? DecidedBy => FiredRules.FirstOrDefault(r => r.Stage == RuleStage.Decide);

    /// <summary>Gets whether a message with the code is part of the advice.</summary>
    /// <param name="code">The message code, e.g. <c>centralising</c>.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool HasMessage(string code) => Messages.Any(m => m.Code == code);

    /// <inheritdoc />
    public bool Equals(Advice? other) =>
        other is not null && Step == other.Step && Exercise == other.Exercise && TargetRange.Equals(other.TargetRange)
        && RestSeconds == other.RestSeconds && RepsDone == other.RepsDone && RepsRemaining == other.RepsRemaining
        && NextSessionDue == other.NextSessionDue && Urgency == other.Urgency
        && Messages.SequenceEqual(other.Messages) && FiredRules.SequenceEqual(other.FiredRules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Step, Exercise, TargetRange, RepsDone, NextSessionDue, Urgency, Messages.Length);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Step = ").Append(Step).Append(", Exercise = ").Append(Exercise)
            .Append(", TargetRange = ").Append(Formats.Of(TargetRange)).Append(", RestSeconds = ").Append(RestSeconds)
            .Append(", RepsDone = ").Append(RepsDone).Append(", RepsRemaining = ").Append(RepsRemaining)
            .Append(", NextSessionDue = ").Append(Formats.Of(NextSessionDue)).Append(", Urgency = ").Append(Urgency)
            .Append(", Messages = [").AppendJoin(", ", Messages.Select(m => m.Code)).Append(']')
            .Append(", FiredRules = [").AppendJoin(", ", FiredRules.Select(r => r.Name)).Append(']');
        return true;
    }
}

/// <summary>A message to show with advice.</summary>
/// <param name="Code">A stable code a host can switch on, e.g. <c>peripheralising</c> (see <see cref="Protocol.MessageCodes"/>).</param>
/// <param name="Text">The text to show the person.</param>
public sealed record AdviceMessage(string Code, string Text);

/// <summary>A rule that fired while the advice was decided.</summary>
/// <param name="Name">The rule's name, e.g. <c>symptoms-intensify</c>.</param>
/// <param name="Stage">The stage it ran in.</param>
/// <param name="Priority">Its priority within the stage.</param>
/// <param name="Source">The sentence of the source text (or the practice) it comes from.</param>
public sealed record FiredRule(string Name, RuleStage Stage, int Priority, string Source)
{
    /// <summary>Creates the record of a rule's firing from its metadata.</summary>
    /// <param name="metadata">The rule's metadata.</param>
    /// <returns>The record.</returns>
    public static FiredRule From(RuleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new FiredRule(metadata.Name, metadata.Stage, metadata.Priority, metadata.Source);
    }
}
