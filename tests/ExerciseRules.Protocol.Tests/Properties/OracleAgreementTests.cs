using CsCheck;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Oracle;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>The engine and the second, plain implementation of PROTOCOL.md agree on generated histories.</summary>
public sealed class OracleAgreementTests
{
    public const long Iterations = 100_000;

    [Fact]
    public void Advise_GeneratedHistories_AgreesWithTheOracle() =>
        ProtocolGen.Case.Sample(c => Agreement.Check(c), iter: Iterations, print: c => c.ToString());
}

/// <summary>Compares the engine's advice with the oracle's on one case.</summary>
internal static class Agreement
{
    /// <summary>The engine rounds targets to six decimals (within the rule's bounds, docs/protocol-decisions.md row 22); the oracle is exact.</summary>
    public const double TargetTolerance = 5e-7 + 1e-12;

    public static void Check(ProtocolCase c)
    {
        var result = new Advisor(c.Options).Advise(c.History, c.Now);
        result.IsValid.Should().BeTrue(because: "a generated history is valid, but the errors were {0}", string.Join("; ", result.Errors));
        var advice = result.Advice!;
        var expected = ProtocolOracle.Advise(c.History, c.Now, c.Options);
        var because = $"the oracle says row {expected.Row}: {expected}, the engine decided by {advice.DecidedBy?.Name}: {advice}";
        advice.Step.Should().Be(expected.Step, because);
        advice.Urgency.Should().Be(expected.Urgency, because);
        advice.Exercise.Should().Be(expected.Exercise, because);
        if (expected.TargetRange is { } target)
        {
            advice.TargetRange.Should().NotBeNull(because);
            advice.TargetRange!.Value.Should().BeApproximately(target, TargetTolerance, because);
        }
        else
        {
            advice.TargetRange.Should().BeNull(because);
        }
    }
}
