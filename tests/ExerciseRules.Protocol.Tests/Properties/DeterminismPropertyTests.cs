using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Protocol.Tests.Support;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: the same history, options and time give the same advice.</summary>
public sealed class DeterminismPropertyTests
{
    [Fact]
    public void Advise_SameInputTwice_GivesEqualAdvice() =>
        ProtocolGen.Case.Check(c =>
        {
            // The second time from another advisor built from equal options, with an equal copy of the history:
            // nothing may depend on an advisor's past calls, on object identity, or on anything but the input.
            var first = Advisors.For(c.Options).Advise(c.History, c.Now).GetAdviceOrThrow();
            var second = new Advisor(c.Options with { }).Advise(c.History with { }, c.Now).GetAdviceOrThrow();

            second.Should().Be(first);
        });

    [Fact]
    public void Advise_AfterJsonRoundTripOfTheHistory_GivesEqualAdvice() =>
        ProtocolGen.Case.Check(c =>
        {
            var advisor = Advisors.For(c.Options);
            var json = ExerciseRulesJson.Serialize(c.History);

            var direct = advisor.Advise(c.History, c.Now).GetAdviceOrThrow();
            var viaJson = advisor.AdviseJson(json, c.Now).GetAdviceOrThrow();

            viaJson.Should().Be(direct);
        });
}
