using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests;

public sealed class ScenarioBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_OnTheScenarioType_StartsABuilderNamedAfterTheTest()
    {
        var scenario = Scenario.At("2026-11-24T10:00:00Z").Build();

        scenario.Name.Should().Be(nameof(At_OnTheScenarioType_StartsABuilderNamedAfterTheTest));
        scenario.Now.Should().Be(Now);
        scenario.History.Should().Be(new History());
        scenario.Options.Should().BeNull();
        scenario.Expect.Should().Be(ScenarioExpectation.None);
    }

    [Fact]
    public void At_TimeWithoutOffset_IsUtc()
    {
        Scenario.At("2026-11-24T10:00:00").Now.Should().Be(Now);
    }

    [Fact]
    public void At_NotATime_Throws()
    {
        var act = () => Scenario.At("tomorrow");

        act.Should().Throw<ArgumentException>().WithMessage(
            "'tomorrow' must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z; without an offset it is read as UTC. (Parameter 'now')");
    }

    [Theory]
    [InlineData("03/04/2026")]
    [InlineData("10:00")]
    [InlineData("2026-11-24T10:00:00Z\n")]
    [InlineData("2026-11-24 10:00:00Z")]
    public void At_ACultureFormOrTrailingText_IsRefusedNotGuessed(string now)
    {
        var act = () => Scenario.At(now);

        act.Should().Throw<ArgumentException>().WithMessage("*must be a date and time in ISO 8601 form with an offset*");
    }

    [Fact]
    public void PressUpSet_BuildsTheSameScenarioAsTheScenarioFile()
    {
        var json = """
            { "name": "row 7", "source": "PROTOCOL row 7", "now": "2026-11-24T10:00:00Z", "options": { "rangeStep": 0.2 },
              "history": { "baseline": { "pain": 6, "location": "thigh" }, "redFlags": ["fever"],
                "sessions": [ { "exercise": "pressUp", "startedAt": "2026-11-24T09:55:00Z", "before": { "pain": 5, "location": "buttock" },
                  "reps": [ { "range": 0.4, "pain": 5, "location": "buttock", "durationSeconds": 4, "at": "2026-11-24T09:56:00Z" },
                            { "range": 0.5, "pain": 6, "location": "buttock" } ],
                  "completed": false } ] },
              "expect": { "step": "seekUrgentCare", "targetRange": null, "messagesInclude": ["notMedicalAdvice"] } }
            """;

        var built = Scenario.At("2026-11-24T10:00:00Z")
            .Named("row 7")
            .Checking("PROTOCOL row 7")
            .WithOptions(o => o with { RangeStep = 0.2 })
            .Baseline(6, Thigh)
            .RedFlags(RedFlag.Fever)
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock, durationSeconds: 4, afterStart: TimeSpan.FromMinutes(1)).Rep(0.5, 6, Buttock))
            .Expect(new() { Step = AdviceStep.SeekUrgentCare, TargetRange = ExpectedValue<double>.Null, MessagesInclude = [MessageCodes.NotMedicalAdvice] })
            .Build();

        built.Should().Be(Scenario.Parse(json).GetValueOrThrow(), "files and code share one model");
    }

    [Fact]
    public void Sets_OfEachExercise_OpenUntilFinished()
    {
        var history = Scenario.At(Now)
            .ProneLyingSet(TimeSpan.FromHours(6), (6, Buttock), s => s.Reps(10, pain: 5, location: Buttock).Finish((5, Buttock)))
            .ProneOnElbowsSet(minutesAgo: 240, set: s => s.Rep(pain: 5).After(5, Back))
            .PressUpSet(TimeSpan.FromMinutes(90), (null, Back), s => s.Finish())
            .Set(Exercise.PressUp, Now.AddMinutes(-5))
            .History();

        history.Sessions.Select(s => (s.Exercise, s.StartedAt, s.Completed)).Should().Equal(
            (Exercise.ProneLying, Now.AddHours(-6), true),
            (Exercise.ProneOnElbows, Now.AddHours(-4), false),
            (Exercise.PressUp, Now.AddMinutes(-90), true),
            (Exercise.PressUp, Now.AddMinutes(-5), false));
        history.Sessions[0].Reps.Should().HaveCount(10).And.AllBeEquivalentTo(new Rep(null, 5, Buttock));
        history.Sessions[0].Before.Should().Be(new SymptomReport(6, Buttock));
        history.Sessions[0].After.Should().Be(new SymptomReport(5, Buttock));
        history.Sessions[1].After.Should().Be(new SymptomReport(5, Back));
        history.Sessions[2].Before.Should().Be(new SymptomReport(null, Back));
        history.Sessions[2].After.Should().BeNull();
        history.Sessions[3].Reps.Should().BeEmpty();
        history.Baseline.Should().BeNull();
    }

    [Fact]
    public void Rep_Times_AreRelativeToTheSetOrAbsolute()
    {
        var history = Scenario.At(Now)
            .PressUpSet(minutesAgo: 10, set: s => s.Rep(0.3, afterStart: TimeSpan.FromSeconds(30)).Rep(0.4, at: Now.AddMinutes(-8)).Rep(0.5))
            .PressUpSet(minutesAgo: 5, set: s => s.RepsEvery(TimeSpan.FromSeconds(40)).Rep(0.3).Rep(0.4, afterStart: TimeSpan.FromSeconds(50)).Rep(0.5))
            .History();

        history.Sessions[0].Reps.Select(r => r.At).Should().Equal(Now.AddMinutes(-10).AddSeconds(30), Now.AddMinutes(-8), null);
        history.Sessions[1].Reps.Select(r => r.At).Should().Equal(Now.AddMinutes(-5).AddSeconds(40), Now.AddMinutes(-5).AddSeconds(50), Now.AddMinutes(-5).AddSeconds(120));
    }

    [Fact]
    public void Rep_BothTimes_Throws()
    {
        var act = () => Scenario.At(Now).PressUpSet(minutesAgo: 5, set: s => s.Rep(0.3, afterStart: TimeSpan.Zero, at: Now));

        act.Should().Throw<ArgumentException>().WithMessage("Give the time of a rep once: afterStart or at, not both. (Parameter 'at')");
    }

    [Fact]
    public void PositionsTolerated_AllowsThePressUp()
    {
        Scenario.At(Now).Baseline(6, Buttock).PositionsTolerated(TimeSpan.FromHours(4)).Advise()
            .Should().BeStep(AdviceStep.StartSet).And.HaveExercise(Exercise.PressUp).And.HaveMessage(MessageCodes.KeepRelaxed);
    }

    [Fact]
    public void ToleratedSet_UsesMinRepsOfTheOptions()
    {
        var history = Scenario.At(Now).WithOptions(ProtocolOptions.Default with { MinReps = 6 }).ToleratedSet(Exercise.PressUp, TimeSpan.FromHours(3), 0.7).History();

        history.Sessions.Should().ContainSingle().Which.Reps.Should().HaveCount(6).And.OnlyContain(r => r.Range == 0.7);
    }

    [Fact]
    public void RegularSets_FillEachDayWindowOldestFirst()
    {
        var history = Scenario.At(Now).RegularSets(days: 2, perDay: 3, Exercise.PressUp, (s, i) => s.Rep(0.3 + (i / 10.0), 6, Thigh).Finish()).History();

        history.Sessions.Select(s => s.StartedAt).Should().Equal(
            Now.AddHours(-42), Now.AddHours(-36), Now.AddHours(-30), Now.AddHours(-18), Now.AddHours(-12), Now.AddHours(-6));
        history.Sessions.Select(s => s.Reps[0].Range).Should().Equal(0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
        history.Sessions.Should().OnlyContain(s => s.Completed);
    }

    [Fact]
    public void RegularSets_AnEpisodeOfPersistentPain_ContactsTheTherapist()
    {
        Scenario.At(Now)
            .Checking("PROTOCOL row 3")
            .Baseline(6, Thigh)
            .PositionsTolerated(TimeSpan.FromDays(5))
            .RegularSets(days: 4, perDay: 4, Exercise.PressUp, s => s.Reps(10, 0.5, 6, Thigh).Finish((6, Thigh)))
            .Run()
            .Should().BeStep(AdviceStep.ContactTherapist).And.HaveUrgency(Urgency.Routine).And.BeDecidedBy(RuleNames.PainPersists);
    }

    [Fact]
    public void Session_AddsItAsItIs()
    {
        var session = new Session(Exercise.PressUp, Now.AddMinutes(-1), [new Rep(0.2)]);

        Scenario.At(Now).Session(session).History().Sessions.Should().Equal(session);
    }

    [Fact]
    public void Advise_ExplainsWithTheOptions()
    {
        var result = Scenario.At(Now)
            .WithOptions(o => o with { RangeStep = 0.2 })
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .Advise();

        result.Trace.Should().NotBeNull();
        result.Should().BeStep(AdviceStep.ReduceRange).And.HaveTargetRange(0.3);
    }

    [Fact]
    public void Run_ComparesWithTheExpectations()
    {
        var outcome = Scenario.At(Now)
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .Expect(new() { Step = AdviceStep.ProgressRange })
            .Run();

        outcome.Mismatches.Select(m => m.ToString()).Should().Equal("step: expected progressRange, got reduceRange");
    }
}
