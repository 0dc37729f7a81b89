using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Tests.Tracking;

/// <summary>The tracker's behaviour on a few events written by hand (the property tests of ExerciseRules.Protocol.Tests compare it with the advisor on generated event streams).</summary>
public sealed class AdviceTrackerTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-24T09:55:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AddRep_ThatIntensifies_ReducesTheRangeAsTheAdvisorDoes()
    {
        var tracker = new AdviceTracker(new Advisor());
        tracker.SetBaseline(new SymptomReport(6, Thigh), Start).IsValid.Should().BeTrue();
        tracker.StartSession(Exercise.PressUp, Start, new SymptomReport(5, Buttock), Start).Advice!.Step.Should().Be(AdviceStep.StartSet);
        tracker.AddRep(new Rep(0.4, 5, Buttock, At: Start.AddMinutes(1)), Start.AddMinutes(1)).Advice!.Step.Should().Be(AdviceStep.ProgressRange);

        var advice = tracker.AddRep(new Rep(0.5, 6, Buttock, At: Start.AddMinutes(2)), Start.AddMinutes(2)).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.TargetRange.Should().Be(0.4);
        advice.Should().Be(new Advisor().Advise(tracker.ToHistory(), Start.AddMinutes(2)).Advice);
    }

    [Fact]
    public void AddRep_BadPainInTheFortySecondSession_NamesItsPathAndChangesNothing()
    {
        var tracker = new AdviceTracker(new Advisor());
        var at = Start;
        for (var i = 0; i < 42; i++)
        {
            at = at.AddHours(2);
            tracker.StartSession(Exercise.ProneLying, at, null, at).IsValid.Should().BeTrue();
            for (var r = 0; r < 3; r++)
            {
                tracker.AddRep(new Rep(Pain: 4), at).IsValid.Should().BeTrue();
            }
        }

        var saved = tracker.ToJson();
        var result = tracker.AddRep(new Rep(Pain: 11), at);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Equal(new InputError("sessions[41].reps[3].pain", "must be between 0 and 10"));
        tracker.ToJson().Should().Be(saved);
    }

    [Fact]
    public void StartSession_BeforeThePreviousSessionsLastRep_NamesBothSessionsAsTheAdvisorDoes()
    {
        var tracker = new AdviceTracker(new Advisor());
        tracker.StartSession(Exercise.ProneLying, Start, null, Start);
        tracker.StartSession(Exercise.ProneLying, Start.AddHours(2), null, Start.AddHours(2));
        tracker.AddRep(new Rep(Pain: 4, At: Start.AddHours(2).AddMinutes(5)), Start.AddHours(3));

        var result = tracker.StartSession(Exercise.ProneLying, Start.AddHours(2).AddMinutes(1), null, Start.AddHours(3));

        var expected = new Advisor().Advise(
            tracker.ToHistory() with { Sessions = tracker.ToHistory().Sessions.Add(new Session(Exercise.ProneLying, Start.AddHours(2).AddMinutes(1))) },
            Start.AddHours(3));
        expected.Errors.Should().ContainSingle().Which.Should().Be(new InputError(
            "sessions[2].startedAt", "must not be before sessions[1] (last rep 2026-11-24T12:00:00Z); sessions must be in time order"));
        result.Errors.Should().Equal(expected.Errors);
        tracker.SessionCount.Should().Be(2);
    }

    [Fact]
    public void AddRep_WithNoSession_IsAnErrorAtSessions()
    {
        var result = new AdviceTracker(new Advisor()).AddRep(new Rep(Pain: 3), Start);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("sessions");
    }

    [Fact]
    public void FromJson_SavedTracker_RestoresTheHistoryAndTheAdvice()
    {
        var tracker = new AdviceTracker(new Advisor());
        tracker.ReportRedFlag(RedFlag.Fever, Start);
        tracker.StartSession(Exercise.PressUp, Start, new SymptomReport(5, Buttock), Start);
        tracker.AddRep(new Rep(0.3, 5, Buttock, 3.5, Start.AddMinutes(1)), Start.AddMinutes(1));
        tracker.FinishSession(new SymptomReport(4, Back), completed: false, Start.AddMinutes(2));

        var restored = AdviceTracker.FromJson(tracker.Advisor, tracker.ToJson()).GetValueOrThrow();

        restored.ToHistory().Should().Be(tracker.ToHistory());
        restored.Advise(Start.AddMinutes(3)).Advice.Should().Be(tracker.Advise(Start.AddMinutes(3)).Advice);
        restored.Advise(Start.AddMinutes(3)).Advice!.Step.Should().Be(AdviceStep.SeekUrgentCare);
    }

    [Fact]
    public void FromJson_InvalidHistory_GivesItsErrors()
    {
        var json = ExerciseRulesJson.Serialize(new History(baseline: new SymptomReport(12)));

        var result = AdviceTracker.FromJson(new Advisor(), json);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("baseline.pain");
    }

    [Fact]
    public void StartSession_AfterACompletedSession_TheNewSetIsUnderWay()
    {
        var tracker = new AdviceTracker(new Advisor());
        tracker.StartSession(Exercise.ProneLying, Start, new SymptomReport(4, Buttock), Start);
        for (var i = 1; i <= 10; i++)
        {
            tracker.AddRep(new Rep(Pain: 4, Location: Buttock, At: Start.AddMinutes(i)), Start.AddMinutes(i));
        }

        tracker.FinishSession(new SymptomReport(4, Buttock), completed: true, Start.AddMinutes(11)).Advice!.Step.Should().Be(AdviceStep.NextSession);
        var later = Start.AddHours(2);

        var advice = tracker.StartSession(Exercise.ProneOnElbows, later, new SymptomReport(4, Buttock), later).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.StartSet);
        advice.Exercise.Should().Be(Exercise.ProneOnElbows);
        advice.Should().Be(new Advisor().Advise(tracker.ToHistory(), later).Advice);
    }

    [Fact]
    public void SessionCount_CountsEverySessionStarted()
    {
        var tracker = new AdviceTracker(new Advisor());
        for (var i = 0; i < 3; i++)
        {
            var at = Start.AddHours(2 * i);
            tracker.StartSession(Exercise.ProneLying, at, null, at);
        }

        tracker.SessionCount.Should().Be(3);
        tracker.ToHistory().Sessions.Should().HaveCount(3);
    }
}
