namespace ExerciseRules.Engine;

/// <summary>What a session's working memory says about the fact of one type.</summary>
public enum FactState
{
    /// <summary>The session holds no fact of the type, and no <see cref="Unknown{T}"/> of it.</summary>
    Absent = 0,

    /// <summary>The session holds a fact of the type.</summary>
    Known = 1,

    /// <summary>The session holds an <see cref="Unknown{T}"/> of the type: it cannot be known (for example, the data it needs was not reported).</summary>
    Unknown = 2,
}
