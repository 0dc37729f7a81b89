using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Protocol;

/// <summary>The session-by-session measurement of an episode (internal; <see cref="EpisodeMeasurementTests"/> covers what it measures).</summary>
public sealed class EpisodeAccumulatorTests
{
    [Fact]
    public void Measure_SessionFedButNoLatestSessionGiven_ThrowsNamingTheParameter()
    {
        var episode = new EpisodeAccumulator(ProtocolOptions.Default);
        episode.BeginSession(Exercise.ProneLying, Now.AddMinutes(-5), null, recordResponses: true);

        var act = () => episode.Measure(Now, null, [], latestSession: null);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("latestSession")
            .WithMessage("A session was fed, so the latest session is needed.*");
    }

    [Fact]
    public void BeginSession_AfterACompletedSession_TheNewSessionIsNotCompleted()
    {
        var episode = new EpisodeAccumulator(ProtocolOptions.Default);
        var first = ToleratedSet(Exercise.ProneLying, Now.AddHours(-2));
        episode.AddSession(first, recordResponses: false);
        episode.BeginSession(Exercise.ProneOnElbows, Now.AddMinutes(-1), null, recordResponses: true);
        var second = new Session(Exercise.ProneOnElbows, Now.AddMinutes(-1));

        var measurement = episode.Measure(Now, null, [], second);

        // Not completed and idle for a minute: the second set is under way, so the first is the last finished one.
        measurement.FinishedSets.Last.Should().Be((Exercise.ProneLying, SetOutcome.Tolerated));
        episode.SessionCount.Should().Be(2);
    }
}
