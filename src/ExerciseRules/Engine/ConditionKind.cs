namespace ExerciseRules.Engine;

/// <summary>The kinds of condition a rule can have, as they read in a rule's description and its trace.</summary>
public enum ConditionKind
{
    /// <summary>A fact of the type meets the tests; the rule's action can use it.</summary>
    Match = 0,

    /// <summary>A fact of the type meets the tests; the action does not use it.</summary>
    Exists = 1,

    /// <summary>No fact of the type meets the tests.</summary>
    Not = 2,

    /// <summary>The fact of the type is known to be unknown (an <see cref="Unknown{T}"/> fact).</summary>
    Unknown = 3,

    /// <summary>A query over facts of the type (for example every one of them, collected); it always has a result.</summary>
    Query = 4,
}
