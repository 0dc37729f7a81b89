using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol.Facts;

public sealed class EpisodeTests
{
    [Fact]
    public void SinceFirstSession_FirstSessionKnown_IsTheTimeSinceItStarted()
    {
        var episode = new Episode(Now, null, Now.AddHours(-30), null, null, [0, 0, 0]);

        episode.SinceFirstSession.Should().Be(TimeSpan.FromHours(30));
    }

    [Fact]
    public void SinceFirstSession_NoSession_IsNull()
    {
        new Episode(Now, null, null, null, null, [0, 0, 0]).SinceFirstSession.Should().BeNull();
    }

    [Fact]
    public void ToString_EveryValue_ListsThemForTheTrace()
    {
        var episode = new Episode(Now, Symptoms(6, SymptomLocation.Thigh), Now.AddHours(-30), 4, SymptomLocation.Buttock, [3, 1, 2]);

        episode.ToString().Should().Be(
            "Episode { Now = 2026-11-24T10:00:00.0000000+00:00, Baseline = SymptomReport { Pain = 6, Location = Thigh, IsReported = True }, " +
            "FirstSessionAt = 2026-11-23T04:00:00.0000000+00:00, LatestPain = 4, LatestLocation = Buttock, SessionsPerDay = [3, 1, 2] }");
    }

    [Fact]
    public void ToString_DefaultSessionsPerDay_ListsNone()
    {
        var episode = new Episode(Now, null, null, null, null, default);

        episode.ToString().Should().Be(
            "Episode { Now = 2026-11-24T10:00:00.0000000+00:00, Baseline = , FirstSessionAt = , LatestPain = , LatestLocation = , SessionsPerDay = [] }");
    }

    [Fact]
    public void ToString_NoSessionsPerDayYet_ListsAnEmptyArray()
    {
        new Episode(Now, null, null, null, null, ImmutableArray<int>.Empty).ToString().Should().EndWith("SessionsPerDay = [] }");
    }
}
