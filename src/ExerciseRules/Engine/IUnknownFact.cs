namespace ExerciseRules.Engine;

/// <summary>What every <see cref="Unknown{T}"/> says, without its type argument (for explanations, without reflection).</summary>
internal interface IUnknownFact
{
    /// <summary>Gets the type of the fact that is unknown.</summary>
    Type FactType { get; }

    /// <summary>Gets why it is unknown.</summary>
    string Reason { get; }
}
