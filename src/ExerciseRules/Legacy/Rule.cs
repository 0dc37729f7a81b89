using System.Collections.Immutable;

namespace ExerciseRules.Legacy;

/// <summary>
/// A production rule: metadata, typed conditions and an action. Define one with <see cref="Define(string)"/>;
/// run rules by compiling them into a <see cref="RuleSet"/>. A rule is immutable and may be shared.
/// </summary>
/// <example>
/// <code>
/// var rule = Rule.Define("symptoms-intensify")
///     .Describe("Go less far when the last rep made the symptoms worse.")
///     .From("If you feel that by this exercise your symptoms are intensifying then do not go very far ...")
///     .InStage(RuleStage.Decide)
///     .WithPriority(70)
///     .Not&lt;Decision&gt;()
///     .When&lt;LastRep&gt;(r =&gt; r.Response == SymptomChange.Worse)
///     .Then((ctx, rep) =&gt; ctx.Insert(new Decision(...)));
/// </code>
/// </example>
internal sealed class Rule
{
    internal Rule(RuleMetadata metadata, ImmutableArray<Condition> conditions, Action<RuleSession> action)
    {
        Metadata = metadata;
        Action = action;

        // Plain loops (no LINQ): rules are built at start-up, where every generic method jitted counts.
        var infos = ImmutableArray.CreateBuilder<RuleCondition>(conditions.Length);
        var boundIds = ImmutableArray.CreateBuilder<int>();
        var boundTypes = ImmutableArray.CreateBuilder<Type>();
        var tested = new List<Condition>();
        var masked = true;
        foreach (var c in conditions)
        {
            infos.Add(c.Info);
            if (c.Kind == ConditionKind.Match)
            {
                boundIds.Add(c.TypeId);
                boundTypes.Add(c.Info.FactType);
            }

            if (c.HasTest)
            {
                tested.Add(c);
            }

            masked &= c.TypeId < 64;
        }

        Conditions = infos.MoveToImmutable();
        BoundTypeIds = boundIds.ToImmutable();
        BoundTypes = boundTypes.ToImmutable();
        ConditionArray = [.. conditions];
        TestedConditions = [.. tested];
        Masked = masked;
        foreach (var c in conditions)
        {
            if (!masked)
            {
                break;
            }

            var bit = 1UL << c.TypeId;
            switch (c.Kind)
            {
                case ConditionKind.Match or ConditionKind.Exists:
                    RequiredKnown |= bit;
                    break;
                case ConditionKind.Unknown:
                    RequiredUnknown |= bit;
                    break;
                case ConditionKind.Not when c.HasTest:
                    NotUnknown |= bit;
                    break;
                default:
                    MustBeAbsent |= bit;
                    break;
            }
        }
    }

    /// <summary>Gets the rule's metadata.</summary>
    public RuleMetadata Metadata { get; }

    /// <summary>Gets the rule's name (unique within a rule set).</summary>
    public string Name => Metadata.Name;

    /// <summary>Gets the rule's conditions in the order they are tested.</summary>
    public ImmutableArray<RuleCondition> Conditions { get; }

    /// <summary>Gets the fact types whose facts the action receives, in order.</summary>
    public ImmutableArray<Type> BoundTypes { get; }

    /// <summary>
    /// Whether every fact type of the rule has an id below 64, so that the states its conditions need fit in the
    /// masks below and the session checks them all at once against its own masks of known and unknown facts.
    /// </summary>
    internal bool Masked { get; }

    /// <summary>Fact types that must be known (<c>When</c>, <c>And</c>, <c>Exists</c>).</summary>
    internal ulong RequiredKnown { get; }

    /// <summary>Fact types that must be known to be unknown (<c>Unknown</c>).</summary>
    internal ulong RequiredUnknown { get; }

    /// <summary>Fact types that must be absent (<c>Not</c> without a test).</summary>
    internal ulong MustBeAbsent { get; }

    /// <summary>Fact types that must not be unknown (<c>Not</c> with a test).</summary>
    internal ulong NotUnknown { get; }

    /// <summary>The conditions that have a test, in order: all that is left to check once the masks match.</summary>
    internal Condition[] TestedConditions { get; }

    /// <summary>The conditions as a plain array, for the session's hot loop.</summary>
    internal Condition[] ConditionArray { get; }

    internal ImmutableArray<int> BoundTypeIds { get; }

    internal Action<RuleSession> Action { get; }

    /// <summary>Starts the definition of a rule.</summary>
    /// <param name="name">A name unique within the rule set, e.g. <c>symptoms-intensify</c>.</param>
    /// <returns>A builder for the rule's metadata and conditions.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static RuleBuilder Define(string name) => new(Preconditions.CheckNotBlank(name));

    /// <inheritdoc />
    public override string ToString() => Metadata.ToString();
}
