using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Oracle;

namespace ExerciseRules.Protocol.Tests.Readings;

/// <summary>
/// Readings of PROTOCOL.md that the engine and the oracle both made, independently, where the text leaves the case
/// open (docs/protocol-decisions.md rows 23–26). Each is pinned on the engine and on the oracle.
/// </summary>
public sealed class ProtocolReadingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly ProtocolOptions NoProgression = ProtocolOptions.Default with { RequireProgression = false };

    private static (Advice Engine, OracleAdvice Oracle) Both(History history, ProtocolOptions options) =>
        (new Advisor(options).Advise(history, Now).GetAdviceOrThrow(), ProtocolOracle.Advise(history, Now, options));

    [Fact]
    public void Advise_EarlierUnfinishedSessionStillWithinTimeout_OnlyTheLatestSessionIsUnderWay()
    {
        // Row 23: the first session is "open" by the letter (not completed, 10 minutes idle), but a later one started.
        var history = new History(
        [
            new Session(Exercise.PressUp, Now.AddMinutes(-12), [new Rep(0.5, 4, SymptomLocation.Back)], before: new SymptomReport(4, SymptomLocation.Back)),
            new Session(Exercise.PressUp, Now.AddMinutes(-2), completed: true),
        ], baseline: new SymptomReport(4, SymptomLocation.Back));

        var (engine, oracle) = Both(history, NoProgression);

        engine.Step.Should().Be(AdviceStep.NextSession);
        oracle.Step.Should().Be(AdviceStep.NextSession);
    }

    [Fact]
    public void Advise_RepReportsOnlyPainAfterOnlyALocation_ResponseIsUnknownSoTheRangeIsHeld()
    {
        // Row 24: nothing can be compared (pain now, only a location before): unknown, not "same".
        var history = new History(
            [new Session(Exercise.PressUp, Now.AddMinutes(-2), [new Rep(0.4, Pain: 5)], before: new SymptomReport(null, SymptomLocation.Buttock))],
            baseline: new SymptomReport(5, SymptomLocation.Buttock));

        var (engine, oracle) = Both(history, NoProgression);

        engine.Step.Should().Be(AdviceStep.HoldRange);
        engine.TargetRange.Should().Be(0.4);
        oracle.Row.Should().Be("8");
    }

    [Fact]
    public void Advise_LyingRepWithoutRangeThatWasNotWorse_ProgressesWithoutTarget()
    {
        // Row 25: rows 10–11 need the range to choose; without one, progressRange with no target.
        var history = new History(
            [new Session(Exercise.ProneLying, Now.AddMinutes(-2), [new Rep(null, 4, SymptomLocation.Back)], before: new SymptomReport(4, SymptomLocation.Back))],
            baseline: new SymptomReport(4, SymptomLocation.Back));

        var (engine, oracle) = Both(history, ProtocolOptions.Default);

        engine.Step.Should().Be(AdviceStep.ProgressRange);
        engine.TargetRange.Should().BeNull();
        oracle.Row.Should().Be("10");
    }

    [Fact]
    public void Advise_LastFinishedSetHadNoReps_StaysWithItsExercise()
    {
        // Row 26: a finished set with no reps is the last finished set: not tolerated, not stopped for worsening: stay.
        // (Skipping it would advance from the tolerated set on the elbows to the press-up.)
        var tolerated = Enumerable.Repeat(new Rep(0.5, 4, SymptomLocation.Back), 10).ToArray();
        SymptomReport same = new(4, SymptomLocation.Back);
        var history = new History(
        [
            new Session(Exercise.ProneLying, Now.AddHours(-9), [.. tolerated], true, same, same),
            new Session(Exercise.ProneOnElbows, Now.AddHours(-6), [.. tolerated], true, same, same),
            new Session(Exercise.ProneLying, Now.AddHours(-3), completed: true, before: same, after: same),
        ], baseline: same);

        var (engine, oracle) = Both(history, ProtocolOptions.Default);

        engine.Step.Should().Be(AdviceStep.StartSet);
        engine.Exercise.Should().Be(Exercise.ProneLying);
        oracle.Exercise.Should().Be(Exercise.ProneLying);
    }
}
