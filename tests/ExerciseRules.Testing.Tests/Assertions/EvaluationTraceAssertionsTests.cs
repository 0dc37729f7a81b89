using ExerciseRules.Engine;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Testing.Tests.Assertions;

public sealed class EvaluationTraceAssertionsTests
{
    private static EvaluationTrace Traffic(string colour) =>
        new RuleFixture(new StopRule(), new GoRule(), new LogRule()).Insert(new Light(colour)).Fire().Trace;

    private static string FailureOf(System.Action assertion) => assertion.Should().Throw<Exception>().Which.Message;

    [Fact]
    public void Assertions_MetByTheTrace_Pass()
    {
        Traffic("red").Should()
            .HaveFired("stop")
            .And.HaveFiredOnce("log")
            .And.HaveFiredTimes("go", 0)
            .And.NotHaveFired("go")
            .And.HaveFiredWith("stop", new Light("red"))
            .And.HaveFiredWith("log", new Signal("stop"))
            .And.HaveFiredInOrder("stop", "log")
            .And.HaveFiredSequence("stop", "log");
    }

    [Fact]
    public void HaveFired_Failure_SaysWhyItDidNotAndPrintsTheTrace()
    {
        var trace = Traffic("red");

        FailureOf(() => trace.Should().HaveFired("go")).Should().Be(
            "Expected rule go to have fired, but it did not: Light.Colour == \"green\" was false: Colour = \"red\".\n" +
            "Trace:\n" +
            "  #1 fired decide/stop (priority 10) with Light { Colour = red }\n" +
            "  #2 fired compose/log (priority 0) with Signal { What = stop }\n" +
            "  skipped decide/go (priority 5): Light.Colour == \"green\" was false: Colour = \"red\"");
    }

    [Fact]
    public void Failures_EachSayWhatWasExpectedAndPrintTheTrace()
    {
        var trace = Traffic("red");
        const string Trace = "\nTrace:\n  #1 fired decide/stop (priority 10) with Light { Colour = red }\n";

        FailureOf(() => trace.Should().HaveFiredOnce("go")).Should().StartWith("Expected rule go to have fired once, but it fired never: Light.Colour == \"green\" was false").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredTimes("stop", 2)).Should().StartWith("Expected rule stop to have fired 2 times, but it fired once.").And.Contain(Trace);
        FailureOf(() => trace.Should().NotHaveFired("stop", "the light is {0}", "red")).Should().StartWith("Expected rule stop not to have fired because the light is red, but it fired once.").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredWith("stop", new Light("green")))
            .Should().StartWith("Expected rule stop to have fired with Light { Colour = green }, but it fired with:\n  #1: Light { Colour = red }.").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredWith("go", new Light("green")))
            .Should().StartWith("Expected rule go to have fired with Light { Colour = green }, but it did not fire: Light.Colour == \"green\" was false").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredInOrder("log", "stop"))
            .Should().StartWith("Expected rules to have fired in the order log, stop, but stop did not fire after log. They fired in the order stop, log.").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredInOrder("stop", "go"))
            .Should().StartWith("Expected rules to have fired in the order stop, go, but go did not fire. They fired in the order stop, log.").And.Contain(Trace);
        FailureOf(() => trace.Should().HaveFiredSequence("stop"))
            .Should().StartWith("Expected exactly the rules stop to have fired, in that order, but they were stop, log.").And.Contain(Trace);
    }

    [Fact]
    public void UnknownRuleName_FailsEvenWhenNotExpectedToFire()
    {
        var trace = Traffic("red");

        FailureOf(() => trace.Should().NotHaveFired("stopp"))
            .Should().StartWith("Expected a rule named stopp, but the rule set has none; its rules are go, log, stop.\nTrace:");
        FailureOf(() => trace.Should().HaveFiredInOrder("stop", "lgo")).Should().StartWith("Expected a rule named lgo, but the rule set has none;");
    }

    [Fact]
    public void NothingFired_SaysSo()
    {
        var trace = new RuleFixture(new NeverRule()).Fire().Trace;

        FailureOf(() => trace.Should().HaveFiredSequence("never"))
            .Should().Be("Expected exactly the rules never to have fired, in that order, but they were (none fired).\nTrace:\n  skipped decide/never (priority 1): there is no Light fact");
    }

    [Fact]
    public void NullTrace_Fails()
    {
        EvaluationTrace? trace = null;

        FailureOf(() => trace.Should().HaveFired("stop")).Should().Be("Expected trace to be a trace, but found <null>.");
    }
}

public sealed record Light(string Colour);

public sealed record Signal(string What);

[Name("stop"), Tag(RuleStages.Decide), Priority(10)]
public sealed class StopRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "red");
        Then().Do(ctx => ctx.Insert(new Signal("stop")));
    }
}

[Name("go"), Tag(RuleStages.Decide), Priority(5)]
public sealed class GoRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "green");
        Then().Do(ctx => ctx.Insert(new Signal("go")));
    }
}

[Name("log"), Tag(RuleStages.Compose), Priority(0)]
public sealed class LogRule : Rule
{
    public override void Define()
    {
        Signal signal = null!;
        When().Match(() => signal);
        Then().Do(_ => Log(signal));
    }

    private static void Log(Signal signal) => GC.KeepAlive(signal);
}

[Name("never"), Tag(RuleStages.Decide), Priority(1)]
public sealed class NeverRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }
}
