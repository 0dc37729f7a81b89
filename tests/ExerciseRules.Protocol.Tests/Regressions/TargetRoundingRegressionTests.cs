using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Oracle;

namespace ExerciseRules.Protocol.Tests.Regressions;

/// <summary>
/// Disagreements between the engine and the oracle about target ranges. The engine rounds targets to six decimals
/// (so that 0.4 − 0.1 reads 0.3); before the fix, rounding could cross the bound the rule guarantees.
/// </summary>
public sealed class TargetRoundingRegressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 7, 12, 0, TimeSpan.Zero);

    [Fact]
    public void Advise_WorseRepBelowMinRangeWithManyDecimals_NeverAsksToGoFurtherThanTheLastRep()
    {
        var history = new History(
            [new Session(Exercise.PressUp, Now.AddMinutes(-2), [new Rep(0.0123456789, 4, SymptomLocation.Back), new Rep(0.0123456789, 6, SymptomLocation.Back)])],
            baseline: new SymptomReport(6, SymptomLocation.Back));
        var options = ProtocolOptions.Default with { RequireProgression = false };

        var advice = new Advisor(options).Advise(history, Now).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.TargetRange.Should().BeLessThanOrEqualTo(0.0123456789);
    }

    [Fact]
    public void Advise_StartSetWhenStartRangeIsMinRangeWithManyDecimals_StaysWithinMinRange()
    {
        // Found by the oracle: the start target 0.2718514707507914 came back as 0.271851, below minRange.
        var history = new History(
            [new Session(Exercise.PressUp, Now, before: new SymptomReport(5, SymptomLocation.Buttock), after: new SymptomReport(null, SymptomLocation.Thigh))],
            baseline: new SymptomReport());
        var options = ProtocolOptions.Default with
        {
            IntensifyingPainDelta = 2, ImprovementPoints = 4, PersistDays = 5, ReviewDays = 11, ConsecutiveWorseLimit = 1,
            RestSeconds = 360, MinRange = 0.2718514707507914, StartRange = 0.2718514707507914,
            SessionInterval = TimeSpan.FromMinutes(1), MinRepSeconds = 60, RequireProgression = false,
        };

        var advice = new Advisor(options).Advise(history, Now).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.StartSet);
        ProtocolOracle.Advise(history, Now, options).TargetRange.Should().Be(options.StartRange);
        advice.TargetRange.Should().BeGreaterThanOrEqualTo(options.MinRange).And.BeApproximately(options.StartRange, 1e-6);
    }

    [Fact]
    public void Advise_FirstSetWithStartRangeOfManyDecimals_NeverStartsBelowStartRange()
    {
        // Found by the oracle: no sessions yet, startRange 0.2222222222222222 came back as 0.222222.
        var options = ProtocolOptions.Default with { MinRange = 0.05, StartRange = 0.2222222222222222, RequireProgression = false };

        var advice = new Advisor(options).Advise(new History(baseline: new SymptomReport(5)), Now).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.TargetRange.Should().BeGreaterThanOrEqualTo(options.StartRange).And.BeApproximately(options.StartRange, 1e-6);
    }

    [Fact]
    public void Advise_ProgressWhenMinRangeHasManyDecimals_StaysWithinMinRange()
    {
        // Found by the oracle: 0.100000009463 + 0.1 is below minRange 0.21404363168752344, so the target is minRange.
        var options = ProtocolOptions.Default with { MinRange = 0.21404363168752344, StartRange = 1, RequireProgression = false };
        var history = new History(
            [new Session(Exercise.PressUp, Now, [new Rep(0.100000009463, 5, SymptomLocation.Buttock)], before: new SymptomReport(5, SymptomLocation.Buttock))],
            baseline: new SymptomReport(8, SymptomLocation.Back));

        var advice = new Advisor(options).Advise(history, Now).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.ProgressRange);
        advice.TargetRange.Should().BeGreaterThanOrEqualTo(options.MinRange).And.BeApproximately(options.MinRange, 1e-6);
    }
}
