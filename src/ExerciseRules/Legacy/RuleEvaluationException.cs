namespace ExerciseRules.Legacy;

/// <summary>
/// A rule's condition or action threw while a rule set was evaluated. This is a fault in the rule, not in the
/// facts: the message names the rule and what it did.
/// </summary>
internal sealed class RuleEvaluationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule that failed.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The exception the rule threw.</param>
    public RuleEvaluationException(string ruleName, string message, Exception? innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>Gets the name of the rule that failed.</summary>
    public string RuleName { get; }
}
