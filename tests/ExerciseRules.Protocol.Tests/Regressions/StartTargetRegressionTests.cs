using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Oracle;

namespace ExerciseRules.Protocol.Tests.Regressions;

/// <summary>
/// Disagreement about rule 11's start target when the last not-worse rep of the previous session reported no range
/// (ranges are optional in the lying positions). The oracle was wrong: "the last tolerated range" is the last
/// reported range that was tolerated (docs/protocol-decisions.md row 15).
/// </summary>
public sealed class StartTargetRegressionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 3, 8, 37, 0, TimeSpan.Zero);

    [Fact]
    public void Advise_PreviousLyingSetEndedWithARepWithoutRange_StartsFromTheLastToleratedRange()
    {
        var lying = new Session(
            Exercise.ProneLying,
            Start,
            [new Rep(0.5, 3, SymptomLocation.Buttock), new Rep(null, 3, SymptomLocation.Buttock)],
            completed: true,
            before: new SymptomReport(3, SymptomLocation.Buttock),
            after: new SymptomReport(3, SymptomLocation.Buttock));
        var history = new History([lying], baseline: new SymptomReport(3, SymptomLocation.Buttock));
        var now = Start.AddHours(3);

        var advice = new Advisor().Advise(history, now).GetAdviceOrThrow();
        var oracle = ProtocolOracle.Advise(history, now, ProtocolOptions.Default);

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Exercise.Should().Be(Exercise.ProneLying);
        advice.TargetRange.Should().Be(0.4);
        oracle.TargetRange.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Advise_OpenSessionAfterALyingSetWhoseLastBetterRepHadNoRange_StartsFromTheLastToleratedRange()
    {
        // From the generated case: the last rep was better but reported no range; the rep before it
        // (0.6365853658536585, location unchanged) was tolerated, so the target is 0.6365853658536585 − 0.1.
        var lying = new Session(
            Exercise.ProneLying,
            Start,
            [new Rep(0.5, 7, SymptomLocation.Back), new Rep(0.6365853658536585, null, SymptomLocation.Back), new Rep(null, 4, SymptomLocation.Back)],
            completed: true,
            before: new SymptomReport(7, SymptomLocation.Back),
            after: new SymptomReport(3, SymptomLocation.Thigh));
        var open = new Session(Exercise.PressUp, Start.AddMinutes(30), before: new SymptomReport(null, SymptomLocation.Knee));
        var history = new History([lying, open]);
        var options = ProtocolOptions.Default;
        var now = Start.AddMinutes(31);

        var advice = new Advisor(options).Advise(history, now).GetAdviceOrThrow();
        var oracle = ProtocolOracle.Advise(history, now, options);

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Exercise.Should().Be(Exercise.ProneLying);
        advice.TargetRange.Should().Be(0.536585, "targets are rounded to six decimals");
        oracle.TargetRange.Should().BeApproximately(0.5365853658536585, 1e-12);
    }
}
