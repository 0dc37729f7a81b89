using System.Runtime.CompilerServices;

namespace ExerciseRules.Legacy;

/// <summary>The outcome of testing one condition against a session's facts.</summary>
internal enum ConditionOutcome
{
    Satisfied,
    FactMissing,
    FactUnknown,
    TestFalse,
    FactPresent,
    FactKnown,
}

/// <summary>A compiled condition: reads the slot of its fact type and applies its test.</summary>
internal abstract class Condition
{
    protected Condition(ConditionKind kind, Type factType, int typeId, string test, bool hasTest)
    {
        Info = new RuleCondition(kind, factType, test);
        Kind = kind;
        TypeId = typeId;
        HasTest = hasTest;
    }

    public RuleCondition Info { get; }

    // Plain fields: the session reads them for every condition it checks.
    public readonly ConditionKind Kind;

    public readonly int TypeId;

    /// <summary>Whether the condition has a test; without one only the fact's state matters, and the session checks it itself.</summary>
    public readonly bool HasTest;

    /// <summary>
    /// The test (when <see cref="HasTest"/>) as a delegate over <see cref="object"/>: the same delegate object,
    /// typed for the session's hot loop, which calls it directly (no virtual call, no exception frame per test).
    /// It must only be given a fact of the condition's type; the slot of a type's id only ever holds that type.
    /// </summary>
    public Func<object, bool>? ObjectTest { get; protected init; }

    /// <summary>
    /// Evaluates what the fact's state alone decides, as if the test held: a session checks the states every
    /// condition of a rule needs before it runs any of the rule's tests.
    /// </summary>
    public ConditionOutcome EvaluateState(RuleSession session)
    {
        var state = session.SlotOf(TypeId).State;
        return Kind switch
        {
            ConditionKind.Unknown => state switch
            {
                FactState.Unknown => ConditionOutcome.Satisfied,
                FactState.Known => ConditionOutcome.FactKnown,
                _ => ConditionOutcome.FactMissing,
            },
            ConditionKind.Not => state switch
            {
                FactState.Unknown => ConditionOutcome.FactUnknown,
                FactState.Known when !HasTest => ConditionOutcome.FactPresent,
                _ => ConditionOutcome.Satisfied,
            },
            _ => state switch
            {
                FactState.Known => ConditionOutcome.Satisfied,
                FactState.Unknown => ConditionOutcome.FactUnknown,
                _ => ConditionOutcome.FactMissing,
            },
        };
    }

    /// <summary>
    /// Evaluates the condition: what the fact's state decides (<see cref="EvaluateState"/>), then, on a known fact,
    /// the test. A test that throws becomes a <see cref="RuleEvaluationException"/> naming the rule and condition.
    /// </summary>
    public ConditionOutcome Evaluate(RuleSession session, string ruleName)
    {
        var outcome = EvaluateState(session);
        ref readonly var slot = ref session.SlotOf(TypeId);
        if (outcome != ConditionOutcome.Satisfied || !HasTest || slot.State != FactState.Known)
        {
            return outcome;
        }

        bool passed;
        try
        {
            passed = ObjectTest!(slot.Value!);
        }
        catch (Exception ex)
        {
            throw Threw(ruleName, ex);
        }

        return Kind == ConditionKind.Not
            ? passed ? ConditionOutcome.FactPresent : ConditionOutcome.Satisfied
            : passed ? ConditionOutcome.Satisfied : ConditionOutcome.TestFalse;
    }

    /// <summary>The exception for a test that threw: it names the rule and the condition.</summary>
    public RuleEvaluationException Threw(string ruleName, Exception ex) =>
        new(
            ruleName,
            $"The condition '{Info}' of rule '{ruleName}' threw {ex.GetType().Name}: {ex.Message} Make the test handle every value the fact can hold.",
            ex);
}

internal sealed class Condition<T> : Condition
    where T : class
{
    public Condition(ConditionKind kind, Func<T, bool>? test, string? testText)
        : base(kind, typeof(T), FactTypeId<T>.Value, test is null ? string.Empty : testText ?? "(test)", test is not null)
    {
        // T is a reference type, so a Func<T, bool> called with an object that is a T behaves exactly as when
        // called through its own type: the call passes the same reference. The session only passes the fact of
        // T's slot, which only ever holds a T (Insert<T>, Update<T>).
        ObjectTest = test is null ? null : Unsafe.As<Func<object, bool>>(test);
    }
}
