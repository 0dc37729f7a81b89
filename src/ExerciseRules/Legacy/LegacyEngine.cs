using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules.Legacy;

/// <summary>
/// The retired home-made engine and its rules, kept only while the differential test holds the NRules-backed
/// advisor to what they decide (docs/quality.md). Nothing else uses it.
/// </summary>
internal static class LegacyEngine
{
    /// <summary>Compiles the protocol's rules on the old engine.</summary>
    public static RuleSet Compile(ProtocolOptions options) =>
        RuleSet.Compile([.. DeriveRules.All(options), .. DecideRules.All(options), .. ComposeRules.All(options)]);

    /// <summary>Fires the old rules on measured facts: the decision, the message codes, the first decide rule that fired, and every rule that fired, in order.</summary>
    public static (Decision Decision, ImmutableArray<string> Codes, string DecidedBy, ImmutableArray<string> Fired) Decide(RuleSet rules, EpisodeMeasurement measurement)
    {
        var session = rules.CreateSession();
        var messages = new ComposedMessages();
        session.Insert(measurement.Episode);
        session.Insert(measurement.RedFlags);
        session.Insert(measurement.FinishedSets);
        if (measurement.LatestSession is not null)
        {
            session.Insert(measurement.LatestSession);
        }

        session.Insert(messages);
        session.Fire();
        var decidedBy = session.FiredRules.First(r => r.Metadata.Stage == RuleStage.Decide).Name;
        return (session.Get<Decision>(), [.. messages.Codes], decidedBy, [.. session.FiredRules.Select(r => r.Name)]);
    }
}
