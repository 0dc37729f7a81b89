using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol;

/// <summary>The input facts measured from a history: what they say, not how they are computed.</summary>
public sealed class EpisodeMeasurementTests
{
    private static readonly ProtocolOptions Options = ProtocolOptions.Default;

    private static EpisodeMeasurement Measure(params Session[] sessions) => EpisodeMeasurement.Of(History(sessions), Now, Options);

    private static Session Started(TimeSpan ago) => DoneSet(Exercise.ProneLying, Now - ago, null, null);

    // ---- arguments ----

    [Fact]
    public void Of_NullHistory_ThrowsArgumentNullException()
    {
        var act = () => EpisodeMeasurement.Of(null!, Now, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("history");
    }

    [Fact]
    public void Of_NullOptions_ThrowsArgumentNullException()
    {
        var act = () => EpisodeMeasurement.Of(History(), Now, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void LastActivityOf_Null_ThrowsArgumentNullException()
    {
        var act = () => EpisodeMeasurement.LastActivityOf(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("session");
    }

    // ---- the latest symptoms of the episode ----

    [Fact]
    public void Of_NoSessions_NoLatestSymptomsAndNoFirstSession()
    {
        var episode = Measure().Episode;

        episode.LatestPain.Should().BeNull();
        episode.LatestLocation.Should().BeNull();
        episode.FirstSessionAt.Should().BeNull();
        episode.Baseline.Should().Be(Symptoms(6, Thigh));
        episode.Now.Should().Be(Now);
    }

    [Fact]
    public void Of_SessionReportingOnlyBefore_LatestSymptomsAreTheBefore()
    {
        var episode = Measure(OpenSet(Symptoms(5, Knee))).Episode;

        episode.LatestPain.Should().Be(5);
        episode.LatestLocation.Should().Be(Knee);
    }

    [Fact]
    public void Of_RepsAfterTheBefore_LatestSymptomsAreTheLastRepThatReportedThem()
    {
        var episode = Measure(OpenSet(Symptoms(6, Thigh), Rep(0.3, 4, Buttock), Rep(0.4))).Episode;

        episode.LatestPain.Should().Be(4);
        episode.LatestLocation.Should().Be(Buttock);
    }

    [Fact]
    public void Of_RepReportingPainOnly_KeepsTheEarlierLocation()
    {
        var episode = Measure(OpenSet(Symptoms(6, Thigh), Rep(0.3, 4))).Episode;

        episode.LatestPain.Should().Be(4);
        episode.LatestLocation.Should().Be(Thigh);
    }

    [Fact]
    public void Of_RepReportingLocationOnly_KeepsTheEarlierPain()
    {
        var episode = Measure(OpenSet(Symptoms(6, Thigh), Rep(0.3, null, Back))).Episode;

        episode.LatestPain.Should().Be(6);
        episode.LatestLocation.Should().Be(Back);
    }

    [Fact]
    public void Of_AfterReportingPainOnly_KeepsTheEarlierLocation()
    {
        var episode = Measure(DoneSet(Exercise.ProneLying, Now.AddHours(-1), Symptoms(6, Thigh), Symptoms(3))).Episode;

        episode.LatestPain.Should().Be(3);
        episode.LatestLocation.Should().Be(Thigh);
    }

    [Fact]
    public void Of_AfterReportingLocationOnly_KeepsTheEarlierPain()
    {
        var episode = Measure(DoneSet(Exercise.ProneLying, Now.AddHours(-1), Symptoms(6, Thigh), Symptoms(null, Buttock))).Episode;

        episode.LatestPain.Should().Be(6);
        episode.LatestLocation.Should().Be(Buttock);
    }

    [Fact]
    public void Of_LaterSessionReportingNothing_KeepsTheSymptomsOfTheEarlierOne()
    {
        var episode = Measure(
            DoneSet(Exercise.ProneLying, Now.AddHours(-3), Symptoms(6, Thigh), Symptoms(5, Buttock)),
            DoneSet(Exercise.ProneLying, Now.AddHours(-1), null, Symptoms(null, null), Rep(null))).Episode;

        episode.LatestPain.Should().Be(5);
        episode.LatestLocation.Should().Be(Buttock);
        episode.FirstSessionAt.Should().Be(Now.AddHours(-3));
    }

    [Fact]
    public void Of_ThreeSessions_LatestSymptomsComeFromTheLastSessionThatReportedThem()
    {
        // The first reports after its set, the second on a rep only, the third nothing at all.
        var episode = Measure(
            DoneSet(Exercise.ProneLying, Now.AddHours(-5), null, Symptoms(5, Buttock)),
            DoneSet(Exercise.ProneLying, Now.AddHours(-3), null, null, Rep(null, 4, Back)),
            DoneSet(Exercise.ProneLying, Now.AddHours(-1), null, null, Rep(null))).Episode;

        episode.LatestPain.Should().Be(4);
        episode.LatestLocation.Should().Be(Back);
    }

    [Fact]
    public void Of_TwoSessionsReportingNothingAfterTheFirst_KeepTheFirstSessionsSymptoms()
    {
        var episode = Measure(
            DoneSet(Exercise.ProneLying, Now.AddHours(-5), null, Symptoms(5, Buttock)),
            DoneSet(Exercise.ProneLying, Now.AddHours(-3), null, null, Rep(null)),
            DoneSet(Exercise.ProneLying, Now.AddHours(-1), null, null, Rep(null))).Episode;

        episode.LatestPain.Should().Be(5);
        episode.LatestLocation.Should().Be(Buttock);
    }

    [Fact]
    public void Of_LatestSessionReportingOnARep_ItsRepWinsOverTheEarlierSession()
    {
        var episode = Measure(
            DoneSet(Exercise.ProneLying, Now.AddHours(-3), null, Symptoms(5, Buttock)),
            OpenSet(Exercise.ProneLying, null, Rep(null, 4, Back))).Episode;

        episode.LatestPain.Should().Be(4);
        episode.LatestLocation.Should().Be(Back);
    }

    // ---- sessions per 24-hour window ----

    [Fact]
    public void Of_SessionsOverTheLastDays_CountedInTheirTwentyFourHourWindow()
    {
        var measurement = Measure(
            Started(TimeSpan.FromHours(72)),
            Started(TimeSpan.FromHours(71) + TimeSpan.FromMinutes(59)),
            Started(TimeSpan.FromHours(48)),
            Started(TimeSpan.FromHours(24)),
            Started(TimeSpan.FromHours(23)),
            Started(TimeSpan.FromHours(1)),
            Started(TimeSpan.Zero));

        measurement.Episode.SessionsPerDay.Should().Equal(3, 1, 2);
    }

    [Fact]
    public void Of_SessionStartedAtTheMomentOfAdvice_CountsInTheLastTwentyFourHours()
    {
        Measure(Started(TimeSpan.Zero)).Episode.SessionsPerDay.Should().Equal(1, 0, 0);
    }

    [Fact]
    public void Of_PersistDaysOption_OneWindowPerDay()
    {
        var measurement = EpisodeMeasurement.Of(History(Started(TimeSpan.FromHours(100))), Now, Options with { PersistDays = 5 });

        measurement.Episode.SessionsPerDay.Should().Equal(0, 0, 0, 0, 1);
    }

    [Fact]
    public void Of_ASessionEveryTwelveHoursForTwentyDays_OnlyTheLastWindowsCount()
    {
        // 41 sessions: the older ones leave the windows as later ones come (the measurement keeps only starts that
        // can still count, and reuses its storage).
        var sessions = Enumerable.Range(0, 41).Select(i => Started(TimeSpan.FromHours(12 * (40 - i)))).ToArray();

        Measure(sessions).Episode.SessionsPerDay.Should().Equal(2, 2, 2);
    }

    [Fact]
    public void Of_ASessionEveryTwoHoursForTenDays_CountsTwelveInEachWindow()
    {
        var sessions = Enumerable.Range(0, 121).Select(i => Started(TimeSpan.FromHours(2 * (120 - i)))).ToArray();

        Measure(sessions).Episode.SessionsPerDay.Should().Equal(12, 12, 12);
    }

    [Fact]
    public void Of_FiftySessionsInOneDay_CountsThemAll()
    {
        var sessions = Enumerable.Range(0, 50).Select(i => Started(TimeSpan.FromMinutes(20 * (49 - i)))).ToArray();

        Measure(sessions).Episode.SessionsPerDay.Should().Equal(50, 0, 0);
    }

    [Fact]
    public void Of_SessionsOutOfTimeOrder_StillCountedInTheirWindows()
    {
        // Of expects a valid history (sessions in time order), but the counts do not depend on the order.
        var measurement = Measure(Started(TimeSpan.FromHours(25)), Started(TimeSpan.FromHours(1)), Started(TimeSpan.FromHours(49)), Started(TimeSpan.FromHours(2)));

        measurement.Episode.SessionsPerDay.Should().Equal(2, 1, 1);
    }

    [Fact]
    public void Of_LatestSessionWithMoreRepsThanAnyLimit_RecordsEveryResponse()
    {
        var reps = Enumerable.Range(0, 40).Select(i => Rep(0.5, 4 - (i % 2), Back)).ToArray();

        var responses = Measure(OpenSet(Symptoms(4, Back), reps)).LatestSession!.Measures.Responses;

        responses.Should().HaveCount(40);
        responses[0].Should().Be(SymptomChange.Same);
        responses[39].Should().Be(SymptomChange.Better);
    }

    [Fact]
    public void IsOpen_NullSession_ThrowsArgumentNullException()
    {
        var act = () => EpisodeMeasurement.IsOpen(null!, TimeSpan.Zero, Options);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("session");
    }

    [Fact]
    public void IsOpen_NullOptions_ThrowsArgumentNullException()
    {
        var act = () => EpisodeMeasurement.IsOpen(OpenSet(null), TimeSpan.Zero, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    // ---- the latest session ----

    [Fact]
    public void Of_Sessions_LatestSessionIsTheLastWithItsActivityAndIdleTime()
    {
        var last = new Session(Exercise.PressUp, Now.AddMinutes(-20), [new Rep(0.3, 4, Back, At: Now.AddMinutes(-15)), new Rep(0.4, 4, Back, At: Now.AddMinutes(-12))]);

        var latest = Measure(ToleratedSet(Exercise.ProneLying, Now.AddHours(-3)), last).LatestSession!;

        latest.Session.Should().BeSameAs(last);
        latest.LastActivity.Should().Be(Now.AddMinutes(-12));
        latest.IdleFor.Should().Be(TimeSpan.FromMinutes(12));
        latest.Measures.Responses.Should().Equal(SymptomChange.Unknown, SymptomChange.Same);
    }

    [Fact]
    public void Of_NoSessions_NoLatestSession()
    {
        Measure().LatestSession.Should().BeNull();
    }

    [Fact]
    public void LastActivityOf_RepsOutOfOrder_IsTheLatestTimeNeverBeforeTheStart()
    {
        var session = new Session(Exercise.PressUp, Now.AddMinutes(-20), [new Rep(0.3, At: Now.AddMinutes(-10)), new Rep(0.3, At: Now.AddMinutes(-30)), Rep(0.3)]);

        EpisodeMeasurement.LastActivityOf(session).Should().Be(Now.AddMinutes(-10));
        EpisodeMeasurement.LastActivityOf(session with { Reps = [new Rep(0.3, At: Now.AddMinutes(-30))] }).Should().Be(Now.AddMinutes(-20));
    }

    // ---- finished sets ----

    [Fact]
    public void Of_TwoToleratedSetsOfOneExercise_ItStaysTolerated()
    {
        var finished = Measure(ToleratedSet(Exercise.ProneLying, Now.AddHours(-6)), ToleratedSet(Exercise.ProneLying, Now.AddHours(-4), range: 0.7)).FinishedSets;

        finished.HasTolerated(Exercise.ProneLying).Should().BeTrue();
        finished.HasTolerated(Exercise.ProneOnElbows).Should().BeFalse();
        finished.LastToleratedRangeOf(Exercise.ProneLying).Should().Be(0.7);
        finished.Last.Should().Be((Exercise.ProneLying, SetOutcome.Tolerated));
    }

    [Fact]
    public void Of_ToleratedThenNotToleratedSet_ItStaysToleratedAndTheLastOutcomeIsTheNewOne()
    {
        var notTolerated = DoneSet(Exercise.ProneLying, Now.AddHours(-4), Symptoms(4, Buttock), Symptoms(4, Buttock), Rep(0.2, 4, Buttock));

        var finished = Measure(ToleratedSet(Exercise.ProneLying, Now.AddHours(-6)), notTolerated).FinishedSets;

        finished.HasTolerated(Exercise.ProneLying).Should().BeTrue();
        finished.Last.Should().Be((Exercise.ProneLying, SetOutcome.Neither));
        finished.LastToleratedRangeOf(Exercise.ProneLying).Should().Be(0.2);
    }

    [Fact]
    public void Of_LastSessionStillOpen_IsNotAFinishedSet()
    {
        var finished = Measure(ToleratedSet(Exercise.ProneLying, Now.AddHours(-6)), OpenSet(Exercise.ProneOnElbows, Symptoms(4, Back), Same(10, 0.5, 4, Back))).FinishedSets;

        finished.Last.Should().Be((Exercise.ProneLying, SetOutcome.Tolerated));
        finished.HasTolerated(Exercise.ProneOnElbows).Should().BeFalse();
        finished.LastToleratedRangeOf(Exercise.ProneOnElbows).Should().BeNull();
    }

    [Fact]
    public void ToFacts_OpenSession_GivesEveryInputFact()
    {
        var measurement = Measure(OpenSet(Symptoms(4, Back)));

        measurement.ToFacts().Should().Equal(measurement.Episode, measurement.RedFlags, measurement.FinishedSets, measurement.LatestSession!);
    }

    [Fact]
    public void ToFacts_NoLatestSession_LeavesItOut()
    {
        var measurement = Measure();

        measurement.ToFacts().Should().Equal(measurement.Episode, measurement.RedFlags, measurement.FinishedSets);
    }
}
