using ExerciseRules.Protocol.Tests.Generators;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>Invariant: the same history, options and time give the same advice.</summary>
public sealed class DeterminismPropertyTests
{
    [Fact]
    public void Advise_SameInputTwice_GivesEqualAdvice() =>
        ProtocolGen.Case.Check(c =>
        {
            var advisor = new Advisor(c.Options);

            var first = advisor.Advise(c.History, c.Now).GetAdviceOrThrow();
            var second = advisor.Advise(c.History, c.Now).GetAdviceOrThrow();
            var fromAnotherAdvisor = new Advisor(c.Options with { }).Advise(c.History with { }, c.Now).GetAdviceOrThrow();

            second.Should().Be(first);
            fromAnotherAdvisor.Should().Be(first);
        });

    [Fact]
    public void Advise_AfterJsonRoundTripOfTheHistory_GivesEqualAdvice() =>
        ProtocolGen.Case.Check(c =>
        {
            var advisor = new Advisor(c.Options);
            var json = ExerciseRulesJson.Serialize(c.History);

            var direct = advisor.Advise(c.History, c.Now).GetAdviceOrThrow();
            var viaJson = advisor.AdviseJson(json, c.Now).GetAdviceOrThrow();

            viaJson.Should().Be(direct);
        });
}
