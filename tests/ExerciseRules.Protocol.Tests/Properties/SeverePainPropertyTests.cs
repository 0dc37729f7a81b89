using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: after a rep whose pain is at least <c>severePain</c>, the advice is never <c>progressRange</c>.</summary>
public sealed class SeverePainPropertyTests
{
    [Fact]
    public void Advise_AfterASeverePainRep_NeverProgresses()
    {
        var severe = 0;
        ProtocolGen.CaseWithOpenSet.Check(c =>
        {
            var last = c.OpenSession!.Reps[^1];
            if (!(last.Pain >= c.Options.SeverePain))
            {
                return;
            }

            Interlocked.Increment(ref severe);
            var advice = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();

            advice.Step.Should().NotBe(AdviceStep.ProgressRange, "the last rep's pain {0} is at least severePain {1}", last.Pain, c.Options.SeverePain);
            if (advice.TargetRange is { } target && last.Range is { } range)
            {
                target.Should().BeLessThanOrEqualTo(range, "the range never goes further while the pain is severe");
            }
        });
        if (!PropertyRuns.IsReduced)
        {
            severe.Should().BeGreaterThan((int)(PropertyRuns.Invariant / 10), "the property must see many severe-pain reps");
        }
    }
}
