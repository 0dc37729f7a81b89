namespace ExerciseRules.Engine;

/// <summary>One condition of a rule, as data: its kind, the fact type it needs and its tests in words.</summary>
/// <param name="Kind">The kind of condition.</param>
/// <param name="FactType">The type of fact the condition looks at (for <see cref="ConditionKind.Unknown"/>, the type that is unknown).</param>
/// <param name="Test">
/// The tests, e.g. <c>OpenSet.RepsDone &gt;= MinReps (10)</c> (option values in brackets; several tests joined by
/// <c>and</c>), or an empty string when there is none.
/// </param>
public sealed record RuleCondition(ConditionKind Kind, Type FactType, string Test)
{
    /// <summary>Gets the fact type's name as conditions show it: <c>OpenSet</c>, or <c>Unknown OpenSet</c> for <see cref="Unknown{T}"/>.</summary>
    public string FactName => ConditionText.FactName(FactType);

    /// <inheritdoc />
    public override string ToString()
    {
        var name = FactName;
        var test = Test.Length == 0 ? string.Empty : $" where {Test}";
        return Kind switch
        {
            ConditionKind.Match => $"match {name}{test}",
            ConditionKind.Exists => $"exists {name}{test}",
            ConditionKind.Not => $"not {name}{test}",
            ConditionKind.Query => $"query {name}{test}",
            _ => $"unknown {name}",
        };
    }
}
