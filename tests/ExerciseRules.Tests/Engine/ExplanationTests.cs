using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests.Engine;

/// <summary>What an explained evaluation says about each rule: what fired with which facts, and for every other rule the first condition that did not hold, in words.</summary>
public sealed class ExplanationTests
{
    private static readonly RuleSet Traffic = RuleSet.Compile([new GoRule(), new StopRule(), new LogRule(), new WaitRule(), new UnknownLightRule()]);

    private static EvaluationTrace Explain(params object[] facts) => Traffic.Evaluate(facts, explain: true).Trace!;

    [Fact]
    public void Trace_Firings_ListTheRuleAndTheFactsItMatched()
    {
        var trace = Explain(new Light("red"));

        trace.Firings.Should().Equal(
            new RuleFiring(Traffic.Find("stop")!, 1, [new Light("red")]),
            new RuleFiring(Traffic.Find("log")!, 2, [new Signal("stop")]));
        trace.HasFired("stop").Should().BeTrue();
        trace.HasFired("go").Should().BeFalse();
        trace.MissOf("stop").Should().BeNull();
        trace.MissOf("honk").Should().BeNull();
        trace.ToString().Should().Be(string.Concat(new[]
        {
            "#1 fired decide/stop (priority 20) with Light { Colour = red }",
            "#2 fired compose/log (priority 0) with Signal { What = stop }",
            "skipped decide/go (priority 10): Light.Colour == \"green\" was false: Colour = \"red\"",
            "skipped decide/wait (priority 5): there is already a Light fact",
            "skipped decide/unknown-light (priority 4): the Light fact is known: Light { Colour = red }",
        }.Select(line => line + Environment.NewLine)), "every rule is accounted for, in priority order");
    }

    [Fact]
    public void Miss_TestFalse_NamesTheConditionAndTheValuesThatDecidedIt()
    {
        var miss = Explain(new Light("red")).MissOf("go")!;

        miss.Reason.Should().Be(MissReason.TestFalse);
        miss.Condition.Should().Be(new RuleCondition(ConditionKind.Match, typeof(Light), "Light.Colour == \"green\""));
        miss.Fact.Should().Be(new Light("red"));
        miss.Explanation.Should().Be("Light.Colour == \"green\" was false: Colour = \"red\"");
        miss.ToString().Should().Be("skipped decide/go (priority 10): Light.Colour == \"green\" was false: Colour = \"red\"");
    }

    [Fact]
    public void Miss_FactMissing_SaysThereIsNone()
    {
        var miss = Explain().MissOf("stop")!;

        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Fact.Should().BeNull();
        miss.Explanation.Should().Be("there is no Light fact");
    }

    [Fact]
    public void Miss_FactUnknown_QuotesWhyItIsUnknown()
    {
        var trace = Explain(new Unknown<Light>("the sensor is broken"));

        trace.MissOf("stop")!.Should().Match<RuleMiss>(m => m.Reason == MissReason.FactUnknown && m.Explanation == "the Light fact is unknown: the sensor is broken");
        trace.MissOf("wait")!.Explanation.Should().Be("the Light fact is unknown: the sensor is broken", "Absent<Light>() fails on an unknown light");
    }

    [Fact]
    public void Miss_FactKnown_WhenTheRuleWantedItUnknown()
    {
        var miss = Explain(new Light("amber")).MissOf("unknown-light")!;

        miss.Reason.Should().Be(MissReason.FactKnown);
        miss.Explanation.Should().Be("the Light fact is known: Light { Colour = amber }");
    }

    [Fact]
    public void Miss_FactPresent_SaysWhichRuleInsertedIt()
    {
        var miss = Explain(new Light("amber"), new Signal("flashing")).MissOf("wait")!;

        miss.Reason.Should().Be(MissReason.FactPresent);
        miss.Explanation.Should().Be("there is already a Light fact");
        Explain().MissOf("unknown-light")!.Explanation.Should().Be("there is no Light fact, known or unknown");
    }

    [Fact]
    public void Miss_DecideRuleWhoseConditionsHold_SaysWhichRuleDecided()
    {
        // The rep was the same, so progress's own conditions hold; a red flag decided first.
        var history = History(OpenSet(Symptoms(4, Back), Rep(0.4, 4, Back))) with { RedFlags = [RedFlag.Fever] };

        var trace = new Advisor().Explain(history, Now).Trace!;

        trace.MissOf(RuleNames.Progress)!.Should().Match<RuleMiss>(m => m.Reason == MissReason.FactPresent && m.Explanation == "a decision was already made by red-flag-urgent");
        trace.MissOf(RuleNames.CentralisingMessage)!.Explanation.Should().Be(
            "the decision made by red-flag-urgent meets Decision.Step == SeekUrgentCare: Step = SeekUrgentCare");
        trace.MissOf(RuleNames.BetweenSessions)!.Explanation.Should().Be("there is already an open set (from open-set)");
    }

    [Fact]
    public void Miss_ProtocolRules_ReadAsTheIssueShowsThem()
    {
        var trace = new Advisor().Explain(History(OpenSet(Symptoms(4, Back), Rep(0.3, 4, Back), Rep(0.3, 5, Back), Rep(0.4))), Now).Trace!;

        trace.MissOf(RuleNames.SetDone)!.ToString().Should().Be("skipped decide/set-done (priority 80): OpenSet.RepsDone >= MinReps (10) was false: RepsDone = 3");
        trace.MissOf(RuleNames.SymptomsIntensify)!.Explanation.Should().Be("the last rep is unknown: rep 3 reported neither pain nor location");
        trace.MissOf(RuleNames.Progress)!.Explanation.Should().Be("the last rep is unknown: rep 3 reported neither pain nor location");
    }

    [Fact]
    public void Miss_ExcludedFactThatMeetsTheTests_SaysWhichTestsItMeets()
    {
        var rules = RuleSet.Compile([new GoUnlessStoppedRule()]);

        var miss = rules.Evaluate([new Light("red"), new Signal("stop")], explain: true).Trace!.MissOf("go-unless-stopped")!;

        miss.Reason.Should().Be(MissReason.FactPresent);
        miss.Fact.Should().Be(new Signal("stop"));
        miss.Explanation.Should().Be("there is already a Signal fact that meets Signal.What == \"stop\": What = \"stop\"");
    }

    [Fact]
    public void Miss_CalculatedValueFailingAFilter_SaysTheFilterDidNotHold()
    {
        var rules = RuleSet.Compile([new LongColourRule()]);

        var trace = rules.Evaluate([new Light("red")], explain: true).Trace!;
        var miss = trace.MissOf("long-colour")!;

        miss.Reason.Should().Be(MissReason.TestFalse, "a calculated value is not a fact, so it is never missing");
        miss.Condition.Should().Be(new RuleCondition(ConditionKind.Query, typeof(int), "length = Light.Colour.Length and length > 5"));
        miss.Fact.Should().Be(3);
        miss.Explanation.Should().Be("length > 5 was false: length = 3");
        rules.Evaluate([new Light("yellow")], explain: true).Trace!.HasFired("long-colour").Should().BeTrue();
    }

    [Fact]
    public void Miss_RuleWhoseConditionsHoldAfterTheSessionHalted_SaysItHadNotFired()
    {
        var rules = RuleSet.Compile([new HaltRule(), new WaitRule(), new UnknownLightRule(), new GoUnlessStoppedRule()]);

        var miss = rules.Evaluate([new Light("off")], explain: true).Trace!.MissOf("go-unless-stopped")!;

        miss.Reason.Should().Be(MissReason.TestFalse);
        miss.Fact.Should().BeNull();
        miss.Explanation.Should().Be("its conditions hold, but it had not fired when the evaluation ended");
    }

    [Fact]
    public void Miss_ExistsWithoutTheFact_SaysThereIsNone()
    {
        var rules = RuleSet.Compile([new AnySignalRule()]);

        var miss = rules.Evaluate([new Light("red")], explain: true).Trace!.MissOf("any-signal")!;

        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Condition.Should().Be(new RuleCondition(ConditionKind.Exists, typeof(Signal), string.Empty));
        miss.Explanation.Should().Be("there is no Signal fact");
    }
}
