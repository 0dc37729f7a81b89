namespace ExerciseRules.Scenarios;

/// <summary>One expectation of a scenario that the advice did not meet, in words.</summary>
/// <param name="Field">The expectation's name as in a scenario file, e.g. <c>step</c> or <c>messagesInclude</c>.</param>
/// <param name="Message">What was expected and what the advice gave, e.g. <c>expected reduceRange, got progressRange</c>.</param>
public sealed record ScenarioMismatch(string Field, string Message)
{
    /// <summary>Writes the mismatch as one line, e.g. <c>step: expected reduceRange, got progressRange</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Field}: {Message}";
}
