namespace ExerciseRules.Cli;

/// <summary>The exit codes of <c>exrules</c>.</summary>
public static class ExitCodes
{
    /// <summary>Advice was printed; or, for <c>check</c>, every scenario passed.</summary>
    public const int Success = 0;

    /// <summary>An unexpected fault (a bug or an environment problem); the message is on stderr.</summary>
    public const int Fault = 1;

    /// <summary>Bad input: one line per problem on stderr, nothing on stdout.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// <c>check</c> only: every scenario ran, and at least one did not get the advice it expects. Each failure is on
    /// stdout with its mismatches and the trace, followed by the summary.
    /// </summary>
    public const int ScenarioFailed = 3;
}
