namespace ExerciseRules.Legacy;

/// <summary>
/// A rule as the session's hot loop reads it: one struct per rule, in evaluation order within its stage, with the
/// masks of the fact states its conditions need and where its tests and bound facts are in the rule set's flat
/// arrays. Built once by <see cref="RuleSet"/>; it holds nothing the <see cref="Rule"/> does not.
/// </summary>
internal readonly struct RuleEntry
{
    public RuleEntry(Rule rule, int index, int testStart, int boundStart)
    {
        RequiredKnown = rule.RequiredKnown;
        RequiredUnknown = rule.RequiredUnknown;
        MustBeAbsent = rule.MustBeAbsent;
        NotUnknown = rule.NotUnknown;
        Index = index;
        Masked = rule.Masked;
        TestStart = testStart;
        TestEnd = testStart + rule.TestedConditions.Length;
        BoundStart = boundStart;
        BoundEnd = boundStart + rule.BoundTypeIds.Length;
    }

    /// <summary>Fact types that must be known (<c>When</c>, <c>And</c>, <c>Exists</c>); only when <see cref="Masked"/>.</summary>
    public readonly ulong RequiredKnown;

    /// <summary>Fact types that must be known to be unknown (<c>Unknown</c>).</summary>
    public readonly ulong RequiredUnknown;

    /// <summary>Fact types that must be absent (<c>Not</c> without a test).</summary>
    public readonly ulong MustBeAbsent;

    /// <summary>Fact types that must not be unknown (<c>Not</c> with a test).</summary>
    public readonly ulong NotUnknown;

    /// <summary>The rule's index in <see cref="RuleSet.Rules"/>.</summary>
    public readonly int Index;

    /// <summary>The rule's tests: <see cref="RuleSet.Tests"/> from here (inclusive) ...</summary>
    public readonly int TestStart;

    /// <summary>... to here (exclusive).</summary>
    public readonly int TestEnd;

    /// <summary>The rule's bound fact types: <see cref="RuleSet.BoundIds"/> (and the session's stamps of them when the rule fired) from here ...</summary>
    public readonly int BoundStart;

    /// <summary>... to here (exclusive).</summary>
    public readonly int BoundEnd;

    /// <summary>Whether every fact type of the rule has an id below 64 (see <see cref="Rule.Masked"/>); if not, the session checks its conditions one by one.</summary>
    public readonly bool Masked;
}

/// <summary>One test of a rule's condition, flat, for the session's hot loop.</summary>
internal readonly struct TestEntry
{
    public TestEntry(Condition condition)
    {
        Test = condition.ObjectTest!;
        TypeId = condition.TypeId;
        IsNot = condition.Kind == ConditionKind.Not;
    }

    /// <summary>The test, called with the known fact of <see cref="TypeId"/> (see <see cref="Condition.ObjectTest"/>).</summary>
    public readonly Func<object, bool> Test;

    /// <summary>The fact type the test looks at.</summary>
    public readonly int TypeId;

    /// <summary>Whether the condition is a <c>Not</c>: it holds when the fact is absent or fails the test.</summary>
    public readonly bool IsNot;
}
