namespace ExerciseRules.Legacy;

/// <summary>The kinds of condition a rule can have.</summary>
internal enum ConditionKind
{
    /// <summary>A known fact of the type exists and satisfies the test; the fact is passed to the rule's action.</summary>
    Match = 0,

    /// <summary>A known fact of the type exists and satisfies the test; the fact is not passed to the action.</summary>
    Exists = 1,

    /// <summary>No fact of the type satisfies the test: the fact is absent, or known and fails the test. An unknown fact does not satisfy a <c>Not</c> condition.</summary>
    Not = 2,

    /// <summary>The fact of the type is known to be unknown.</summary>
    Unknown = 3,
}
