namespace ExerciseRules.Legacy;

/// <summary>What a rule session knows about the fact of one type.</summary>
internal enum FactState
{
    /// <summary>The session holds no fact of the type.</summary>
    Absent = 0,

    /// <summary>The session holds a fact of the type.</summary>
    Known = 1,

    /// <summary>The fact is known to be unknown (for example, the data it needs was not reported); conditions on it do not match.</summary>
    Unknown = 2,
}
