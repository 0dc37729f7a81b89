using CsCheck;
using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: no advice ever asks for a rep beyond maxReps.</summary>
public sealed class MaxRepsPropertyTests
{
    private static readonly AdviceStep[] AnotherRep = [AdviceStep.ReduceRange, AdviceStep.HoldRange, AdviceStep.ProgressRange];

    [Fact]
    public void Advise_AnyHistory_NeverAsksForARepBeyondMaxReps()
    {
        var atOrOverMax = 0;
        Gen.OneOf(ProtocolGen.Case, ProtocolGen.CaseWithOpenSet).Check(c =>
        {
            var max = c.Options.MaxReps;
            var open = c.OpenSession;

            var advice = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();

            if (AnotherRep.Contains(advice.Step))
            {
                open.Should().NotBeNull("an in-set step needs a set under way");
                open!.Reps.Length.Should().BeLessThan(max, "the next rep would be rep {0}", open.Reps.Length + 1);
                advice.RepsDone.Should().Be(open.Reps.Length);
            }

            if (open is not null && open.Reps.Length >= max)
            {
                Interlocked.Increment(ref atOrOverMax);
                advice.Step.Should().BeOneOf(AdviceStep.SeekUrgentCare, AdviceStep.ContactTherapist, AdviceStep.StopSet, AdviceStep.FinishSet);
            }

            if (advice.RepsRemaining is { } remaining)
            {
                remaining.Should().BeGreaterThanOrEqualTo(0);
                var done = advice.RepsDone!.Value;
                if (done <= max)
                {
                    (done + remaining).Should().BeLessThanOrEqualTo(max);
                }
                else
                {
                    remaining.Should().Be(0, "a set already past maxReps ({0}) allows no more", max);
                }
            }
        });
        if (!PropertyRuns.IsReduced)
        {
            atOrOverMax.Should().BeGreaterThan(100, "the generator must reach sets at maxReps");
        }
    }
}
