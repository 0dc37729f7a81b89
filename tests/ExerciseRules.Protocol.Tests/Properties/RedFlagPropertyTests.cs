using ExerciseRules.Model;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: a red flag always yields seekUrgentCare, whatever else is true.</summary>
public sealed class RedFlagPropertyTests
{
    private static readonly RedFlag[] Emergency = [RedFlag.SaddleNumbness, RedFlag.BladderOrBowelChange, RedFlag.ProgressiveLegWeakness];

    [Fact]
    public void Advise_RedFlag_AlwaysSeeksUrgentCare() =>
        ProtocolGen.CaseWithRedFlag.Check(c =>
        {
            c.History.RedFlags.Should().NotBeEmpty();

            var advice = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();

            advice.Step.Should().Be(AdviceStep.SeekUrgentCare);
            advice.Urgency.Should().Be(c.History.RedFlags.Any(Emergency.Contains) ? Urgency.Emergency : Urgency.Urgent);
            advice.TargetRange.Should().BeNull();
        });
}
