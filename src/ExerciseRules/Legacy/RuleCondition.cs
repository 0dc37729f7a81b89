namespace ExerciseRules.Legacy;

/// <summary>One condition of a rule, as data: its kind, the fact type it needs and the test it applies.</summary>
/// <param name="Kind">The kind of condition.</param>
/// <param name="FactType">The type of fact the condition looks at.</param>
/// <param name="Test">The source text of the test (for example <c>r =&gt; r.Response == SymptomChange.Worse</c>), or an empty string when there is none.</param>
internal sealed record RuleCondition(ConditionKind Kind, Type FactType, string Test)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var name = FactType.Name;
        var test = Test.Length == 0 ? string.Empty : $" where {Test}";
        return Kind switch
        {
            ConditionKind.Match => $"match {name}{test}",
            ConditionKind.Exists => $"exists {name}{test}",
            ConditionKind.Not => $"not {name}{test}",
            _ => $"unknown {name}",
        };
    }
}
