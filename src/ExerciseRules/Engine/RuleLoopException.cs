namespace ExerciseRules.Engine;

/// <summary>
/// Evaluation stopped because rules fired more often than <see cref="RuleSetOptions.MaxFirings"/> allows,
/// which almost always means a rule keeps changing a fact that makes it (or another rule) fire again.
/// </summary>
public sealed class RuleLoopException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="maxFirings">The cap that was reached.</param>
    /// <param name="ruleName">The rule that fired most often.</param>
    /// <param name="ruleFirings">How often that rule fired.</param>
    public RuleLoopException(int maxFirings, string ruleName, int ruleFirings)
        : base($"Rule evaluation stopped after {maxFirings} firings; rule '{ruleName}' fired {ruleFirings} times. " +
               "A rule that updates or re-inserts a fact it matches fires again each time: give it a condition that becomes false after its action, " +
               "or raise RuleSetOptions.MaxFirings if that many firings are expected.")
    {
        MaxFirings = maxFirings;
        RuleName = ruleName;
        RuleFirings = ruleFirings;
    }

    /// <summary>Gets the cap that was reached.</summary>
    public int MaxFirings { get; }

    /// <summary>Gets the rule that fired most often.</summary>
    public string RuleName { get; }

    /// <summary>Gets how often that rule fired.</summary>
    public int RuleFirings { get; }
}
