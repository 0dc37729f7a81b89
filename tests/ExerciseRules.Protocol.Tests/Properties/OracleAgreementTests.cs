using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Oracle;
using ExerciseRules.Protocol.Tests.Support;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>The engine and the second, plain implementation of PROTOCOL.md agree on generated histories.</summary>
public sealed class OracleAgreementTests
{
    [Fact]
    public void Advise_GeneratedHistories_AgreesWithTheOracleOnStepUrgencyExerciseAndTarget() =>
        ProtocolGen.Case.Check(Agreement.Check, PropertyRuns.Agreement);
}

/// <summary>Compares the engine's advice with the oracle's on one case (plain comparisons: it runs 100,000 times).</summary>
internal static class Agreement
{
    /// <summary>The engine rounds targets to six decimals (within the rule's bounds, docs/protocol-decisions.md row 22); the oracle is exact.</summary>
    public const double TargetTolerance = 5e-7 + 1e-12;

    public static void Check(ProtocolCase c)
    {
        var result = Advisors.For(c.Options).Advise(c.History, c.Now);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"A generated history is valid, but the errors were {string.Join("; ", result.Errors)}");
        }

        var advice = result.Advice;
        var expected = ProtocolOracle.Advise(c.History, c.Now, c.Options);
        var targetAgrees = (expected.TargetRange, advice.TargetRange) switch
        {
            (null, null) => true,
            ({ } e, { } a) => Math.Abs(e - a) <= TargetTolerance,
            _ => false,
        };
        if (advice.Step != expected.Step || advice.Urgency != expected.Urgency || advice.Exercise != expected.Exercise || !targetAgrees)
        {
            throw new InvalidOperationException(
                $"The engine and the oracle disagree.{Environment.NewLine}oracle (row {expected.Row}): {expected}{Environment.NewLine}engine ({advice.DecidedBy?.Name}): {advice}");
        }
    }
}
