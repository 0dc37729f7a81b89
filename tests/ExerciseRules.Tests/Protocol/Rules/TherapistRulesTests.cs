using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Rules;

/// <summary>Rules 3 and 4: contact the therapist when the pain persists.</summary>
public sealed class TherapistRulesTests
{
    /// <summary>Sessions every <paramref name="hours"/> hours from <paramref name="first"/> until just before now, each reporting the pain after the set.</summary>
    private static Session[] Sessions(DateTimeOffset first, double hours, int painAfter, SymptomLocation location = SymptomLocation.Thigh)
    {
        var sessions = new List<Session>();
        for (var start = first; start <= Now.AddMinutes(-40); start = start.AddHours(hours))
        {
            sessions.Add(DoneSet(Exercise.ProneLying, start, Symptoms(6, location), Symptoms(painAfter, location), Rep(null, 6, location)));
        }

        return [.. sessions];
    }

    private static History Episode(TimeSpan sinceFirst, double everyHours, int latestPain, SymptomLocation location = SymptomLocation.Thigh) =>
        History(Symptoms(6, SymptomLocation.Thigh), Sessions(Now - sinceFirst, everyHours, latestPain, location));

    [Fact]
    public void Advise_PersistDaysOfRegularExerciseNotImproved_ContactsTherapist()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(3), everyHours: 4, latestPain: 5));

        advice.Step.Should().Be(AdviceStep.ContactTherapist);
        advice.Urgency.Should().Be(Urgency.Routine);
        advice.DecidedBy().Should().Be(RuleNames.PainPersists);
        advice.Messages[0].Text.Should().Contain("Contact your physical therapist");
    }

    [Fact]
    public void Advise_OneMinuteShortOfPersistDays_DoesNotContactTherapist()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), everyHours: 4, latestPain: 5));

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
    }

    [Fact]
    public void Advise_PersistDaysButNotRegular_AsksToExerciseRegularly()
    {
        // Every 12 hours is two sessions a day, one short of MinSessionsPerDay.
        var advice = Advise(Episode(TimeSpan.FromDays(3), everyHours: 12, latestPain: 5));

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
        advice.Codes().Should().Contain(MessageCodes.ExerciseRegularly);
    }

    [Theory]
    [InlineData(6, 4, true)] // 6 - 2 points
    [InlineData(6, 5, false)]
    [InlineData(3, 2, true)] // 3 x 0.7 = 2.1
    [InlineData(3, 3, false)]
    [InlineData(10, 7, true)] // both criteria
    public void Advise_PersistDaysRegular_ContactsTherapistOnlyIfNotImproved(int baselinePain, int latestPain, bool improved)
    {
        var history = History(Symptoms(baselinePain, SymptomLocation.Thigh), Sessions(Now - TimeSpan.FromDays(3), 4, latestPain));

        var advice = Advise(history);

        (advice.Step == AdviceStep.ContactTherapist).Should().Be(!improved);
    }

    [Fact]
    public void Advise_PainUnchangedButCentralisedAgainstBaseline_CountsAsImproved()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(3), everyHours: 4, latestPain: 6, location: SymptomLocation.Buttock));

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
    }

    [Fact]
    public void Advise_PainFellButSpreadFurtherThanBaseline_IsNotImproved()
    {
        // Location outranks intensity: the number fell by 3, but the symptoms now reach the calf.
        var advice = Advise(Episode(TimeSpan.FromDays(3), everyHours: 4, latestPain: 3, location: SymptomLocation.Calf));

        advice.Step.Should().Be(AdviceStep.ContactTherapist);
    }

    [Fact]
    public void Advise_NoBaseline_CannotJudgeAndAsksForSymptoms()
    {
        var history = History(null, Sessions(Now - TimeSpan.FromDays(20), 4, painAfter: 6));

        var advice = Advise(history);

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
        advice.Codes().Should().Contain(MessageCodes.ReportSymptoms);
    }

    [Fact]
    public void Advise_ReviewDaysNotImprovedEvenIfIrregular_ContactsTherapist()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(14), everyHours: 24, latestPain: 6));

        advice.Step.Should().Be(AdviceStep.ContactTherapist);
        advice.DecidedBy().Should().Be(RuleNames.NoImprovementOnReview);
    }

    [Fact]
    public void Advise_OneMinuteShortOfReviewDays_DoesNotContactTherapist()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1), everyHours: 24, latestPain: 6));

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
    }

    [Fact]
    public void Advise_PainPersistsDuringAWorseningSet_ContactTherapistOutranksStoppingTheSet()
    {
        var sessions = Sessions(Now - TimeSpan.FromDays(3), 4, painAfter: 6).ToList();
        sessions.Add(OpenSet(Symptoms(6, SymptomLocation.Thigh), Rep(0.3, 7, SymptomLocation.Thigh), Rep(0.3, 8, SymptomLocation.Thigh), Rep(0.3, 9, SymptomLocation.Thigh)));

        var advice = Advise(History(Symptoms(6, SymptomLocation.Thigh), [.. sessions]));

        advice.Step.Should().Be(AdviceStep.ContactTherapist);
    }
    [Fact]
    public void Advise_ReviewDaysNotImproved_ContactIsRoutine()
    {
        var advice = Advise(Episode(TimeSpan.FromDays(14), everyHours: 24, latestPain: 6));

        advice.Urgency.Should().Be(Urgency.Routine);
        advice.Exercise.Should().BeNull();
        advice.TargetRange.Should().BeNull();
        advice.NextSessionDue.Should().BeNull();
    }

    [Theory]
    [InlineData(4, true)] // exactly ImprovementPoints below
    [InlineData(5, false)]
    public void Advise_PainImprovementPointsBelowBaseline_IsImproved(int latestPain, bool improved)
    {
        // ImprovementPercent 100 leaves the points as the only way to improve by pain.
        var options = ProtocolOptions.Default with { ImprovementPercent = 100 };

        var advice = Advise(Episode(TimeSpan.FromDays(3), everyHours: 4, latestPain), options);

        (advice.Step == AdviceStep.ContactTherapist).Should().Be(!improved);
    }

    [Theory]
    [InlineData(4, true)] // exactly ImprovementPercent below: 8 x 0.5
    [InlineData(5, false)]
    public void Advise_PainImprovementPercentBelowBaseline_IsImproved(int latestPain, bool improved)
    {
        // ImprovementPoints 10 leaves the percentage as the only way to improve by pain.
        var options = ProtocolOptions.Default with { ImprovementPoints = 10, ImprovementPercent = 50 };
        var history = History(Symptoms(8, SymptomLocation.Thigh), Sessions(Now - TimeSpan.FromDays(3), 4, latestPain));

        var advice = Advise(history, options);

        (advice.Step == AdviceStep.ContactTherapist).Should().Be(!improved);
    }

    [Fact]
    public void Advise_ExactlyMinSessionsPerDayInEachWindow_IsRegularAndContactsTherapist()
    {
        // The first session 72 hours ago opens the episode; then three sessions in each of the last three 24-hour windows.
        var sessions = new List<Session> { DoneSet(Exercise.ProneLying, Now.AddHours(-72), Symptoms(6, SymptomLocation.Thigh), Symptoms(5, SymptomLocation.Thigh), Rep(null, 6, SymptomLocation.Thigh)) };
        sessions.AddRange(Sessions(Now.AddHours(-71), 8, painAfter: 5));

        var advice = Advise(History(Symptoms(6, SymptomLocation.Thigh), [.. sessions]));

        sessions.Should().HaveCount(10);
        advice.Step.Should().Be(AdviceStep.ContactTherapist);
        advice.DecidedBy().Should().Be(RuleNames.PainPersists);
    }

    [Fact]
    public void Advise_OneWindowWithTooFewSessions_IsNotRegular()
    {
        // Many sessions in the last two days, none in the 24 hours before them.
        var sessions = new List<Session> { DoneSet(Exercise.ProneLying, Now.AddHours(-72), Symptoms(6, SymptomLocation.Thigh), Symptoms(5, SymptomLocation.Thigh), Rep(null, 6, SymptomLocation.Thigh)) };
        sessions.AddRange(Sessions(Now.AddHours(-47), 2, painAfter: 5));

        var advice = Advise(History(Symptoms(6, SymptomLocation.Thigh), [.. sessions]));

        advice.Step.Should().NotBe(AdviceStep.ContactTherapist);
        advice.Codes().Should().Contain(MessageCodes.ExerciseRegularly);
    }
}
