using CsCheck;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;
using ExerciseRules.Protocol.Tests.Oracle;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariants: after a worse rep the target never exceeds the last range; a target is within [minRange, 1].</summary>
public sealed class TargetRangePropertyTests
{
    [Fact]
    public void Advise_AfterWorseRep_TargetNeverExceedsTheLastRange()
    {
        var withTarget = 0;
        ProtocolGen.CaseEndingWithWorseRep.Check(c =>
        {
            var last = c.OpenSession!.Reps[^1];
            ProtocolOracle.Responses(c.OpenSession, c.Options)[^1].Should().Be(Response.Worse);

            var advice = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();

            advice.Step.Should().NotBe(AdviceStep.ProgressRange, "row 10 needs a rep that was the same or better");
            if (advice.TargetRange is { } target)
            {
                Interlocked.Increment(ref withTarget);
                last.Range.Should().NotBeNull();
                target.Should().BeLessThanOrEqualTo(last.Range!.Value);
            }
        });
        if (!PropertyRuns.IsReduced)
        {
            withTarget.Should().BeGreaterThan((int)(PropertyRuns.Invariant / 10), "the property must see many targets after a worse rep");
        }
    }

    /// <summary>
    /// Every target is within [minRange, 1], with one documented exception (docs/protocol-decisions.md rows 3–4):
    /// when the last rep of the set under way was already below minRange and the step is reduceRange (it was worse)
    /// or holdRange (its symptoms are unknown), the target is exactly that last range — never further than the last
    /// rep, never raised to minRange blind.
    /// </summary>
    [Fact]
    public void Advise_AnyHistory_TargetWithinMinRangeAndOneExceptBelowMinRangeNeverFurtherThanTheLastRep()
    {
        var withTarget = 0;
        var exception = 0;
        Gen.OneOf(ProtocolGen.Case, ProtocolGen.CaseWithOpenSet).Check(c =>
        {
            var advice = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();

            if (advice.TargetRange is not { } target)
            {
                return;
            }

            Interlocked.Increment(ref withTarget);
            target.Should().BeLessThanOrEqualTo(1.0);
            if (target >= c.Options.MinRange)
            {
                return;
            }

            Interlocked.Increment(ref exception);
            advice.Step.Should().BeOneOf(AdviceStep.ReduceRange, AdviceStep.HoldRange);
            c.OpenSession.Should().NotBeNull();
            var lastRange = c.OpenSession!.Reps[^1].Range;
            lastRange.Should().BeLessThan(c.Options.MinRange);
            target.Should().Be(lastRange!.Value);
        });
        if (!PropertyRuns.IsReduced)
        {
            withTarget.Should().BeGreaterThan((int)(PropertyRuns.Invariant / 4));
            exception.Should().BeGreaterThan(0, "the generator must reach the documented exception");
        }
    }
}
