namespace ExerciseRules.Engine;

/// <summary>Settings of a compiled rule set.</summary>
public sealed record RuleSetOptions
{
    /// <summary>The default cap on firings in one evaluation.</summary>
    public const int DefaultMaxFirings = 1000;

    /// <summary>Gets the default settings.</summary>
    public static RuleSetOptions Default { get; } = new();

    /// <summary>
    /// Gets the most rule firings one evaluation may make before it stops with a <see cref="RuleLoopException"/>
    /// (a rule that keeps re-activating itself would otherwise never end). Default 1000; must be at least 1.
    /// </summary>
    public int MaxFirings { get; init; } = DefaultMaxFirings;
}
