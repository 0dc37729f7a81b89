using System.Collections.Immutable;
using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class EvaluationTraceTests
{
    private sealed record Temperature(int Celsius);

    private sealed record Humidity(int Percent);

    private sealed record Fever(int Celsius);

    private static EvaluationTrace TraceOf(Action<RuleSession> arrange, params Rule[] rules)
    {
        var session = RuleSet.Compile(rules).CreateSession();
        arrange(session);
        session.Fire(trace: true);
        return session.Trace!;
    }

    [Fact]
    public void Firings_RulesThatFired_InOrderWithSequenceAndMatchedFacts()
    {
        var trace = TraceOf(
            s =>
            {
                s.Insert(new Temperature(39));
                s.Insert(new Humidity(80));
            },
            Rule.Define("derive-fever").InStage(RuleStage.Derive).When<Temperature>(t => t.Celsius >= 38)
                .Then((ctx, t) => ctx.Insert(new Fever(t.Celsius))),
            Rule.Define("decide").When<Fever>().And<Humidity>().Then((_, _, _) => { }),
            Rule.Define("compose").InStage(RuleStage.Compose).Exists<Fever>().Then(_ => { }));

        trace.Firings.Select(f => (f.Rule.Name, f.Sequence)).Should().Equal(("derive-fever", 1), ("decide", 2), ("compose", 3));
        trace.Firings[0].Facts.Should().Equal(new Temperature(39));
        trace.Firings[1].Facts.Should().Equal(new Fever(39), new Humidity(80));
        trace.Firings[2].Facts.Should().BeEmpty();
        trace.Misses.Should().BeEmpty();
    }

    [Fact]
    public void Firings_RuleFiringTwice_RecordsEachFiringWithTheFactItSawThen()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(20)),
            Rule.Define("warm-up").When<Temperature>(t => t.Celsius < 22).Then((ctx, t) => ctx.Update(new Temperature(t.Celsius + 1))));

        trace.Firings.Select(f => f.Facts.Single()).Should().Equal(new Temperature(20), new Temperature(21));
        trace.Firings.Select(f => f.Sequence).Should().Equal(1, 2);
    }

    [Fact]
    public void MissOf_FactAbsent_FactMissingWithExplanation()
    {
        var trace = TraceOf(_ => { }, Rule.Define("needs-fever").When<Fever>().Then((_, _) => { }));

        var miss = trace.MissOf("needs-fever")!;
        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Condition.Should().Be(new RuleCondition(ConditionKind.Match, typeof(Fever), string.Empty));
        miss.Fact.Should().BeNull();
        miss.Explanation.Should().Be("no Fever fact");
    }

    [Fact]
    public void MissOf_FactUnknown_FactUnknownWithTheReasonInTheExplanation()
    {
        var trace = TraceOf(
            s => s.InsertUnknown<Humidity>("the hygrometer is broken"),
            Rule.Define("humid").When<Humidity>(h => h.Percent > 70).Then((_, _) => { }));

        var miss = trace.MissOf("humid")!;
        miss.Reason.Should().Be(MissReason.FactUnknown);
        miss.UnknownReason.Should().Be("the hygrometer is broken");
        miss.Fact.Should().BeNull();
        miss.Explanation.Should().Be("Humidity is unknown: the hygrometer is broken");
    }

    [Fact]
    public void MissOf_TestFalse_TestFalseWithTheTestAndTheFact()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(35)),
            Rule.Define("very-hot").When<Temperature>(t => t.Celsius > 40).Then((_, _) => { }));

        var miss = trace.MissOf("very-hot")!;
        miss.Reason.Should().Be(MissReason.TestFalse);
        miss.Fact.Should().Be(new Temperature(35));
        miss.Explanation.Should().Be("'match Temperature where t => t.Celsius > 40' was false for Temperature { Celsius = 35 }");
    }

    [Fact]
    public void MissOf_ExistsTestFalse_TestFalse()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(35)),
            Rule.Define("very-hot").Exists<Temperature>(t => t.Celsius > 40).Then(_ => { }));

        trace.MissOf("very-hot")!.Explanation.Should().Be("'exists Temperature where t => t.Celsius > 40' was false for Temperature { Celsius = 35 }");
    }

    [Fact]
    public void MissOf_NotConditionWithFactPresent_FactPresentWithExplanation()
    {
        var trace = TraceOf(
            s => s.Insert(new Fever(39)),
            Rule.Define("no-high-fever").Not<Fever>(f => f.Celsius > 38).Then(_ => { }));

        var miss = trace.MissOf("no-high-fever")!;
        miss.Reason.Should().Be(MissReason.FactPresent);
        miss.Fact.Should().Be(new Fever(39));
        miss.Explanation.Should().Be("'not Fever where f => f.Celsius > 38' failed: Fever { Celsius = 39 } is present");
    }

    [Fact]
    public void MissOf_NotConditionWithFactUnknown_FactUnknown()
    {
        var trace = TraceOf(
            s => s.InsertUnknown<Fever>("no thermometer"),
            Rule.Define("no-fever").Not<Fever>().Then(_ => { }));

        var miss = trace.MissOf("no-fever")!;
        miss.Reason.Should().Be(MissReason.FactUnknown);
        miss.Explanation.Should().Be("Fever is unknown: no thermometer");
    }

    [Fact]
    public void MissOf_UnknownConditionWithFactKnown_FactKnownWithExplanation()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(35)),
            Rule.Define("ask-temperature").Unknown<Temperature>().Then(_ => { }));

        var miss = trace.MissOf("ask-temperature")!;
        miss.Reason.Should().Be(MissReason.FactKnown);
        miss.Fact.Should().Be(new Temperature(35));
        miss.Explanation.Should().Be("'unknown Temperature' failed: Temperature is known (Temperature { Celsius = 35 })");
    }

    [Fact]
    public void MissOf_UnknownConditionWithFactAbsent_FactMissing()
    {
        var trace = TraceOf(_ => { }, Rule.Define("ask-temperature").Unknown<Temperature>().Then(_ => { }));

        trace.MissOf("ask-temperature")!.Reason.Should().Be(MissReason.FactMissing);
    }

    [Fact]
    public void MissOf_AStateAndATestFail_ReportsTheStateMissAsFireDecides()
    {
        // Fire checks every fact state a rule needs before it runs the rule's tests, and the trace explains the same way.
        var trace = TraceOf(
            s => s.Insert(new Temperature(10)),
            Rule.Define("r").When<Temperature>(t => t.Celsius > 30).And<Fever>().Then((_, _, _) => { }));

        var miss = trace.MissOf("r")!;
        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Condition.FactType.Should().Be(typeof(Fever));
    }

    [Fact]
    public void MissOf_SeveralTestsFail_ReportsTheFirstInDeclarationOrder()
    {
        var trace = TraceOf(
            s =>
            {
                s.Insert(new Temperature(10));
                s.Insert(new Fever(37));
            },
            Rule.Define("r").When<Temperature>(t => t.Celsius > 30).And<Fever>(f => f.Celsius > 38).Then((_, _, _) => { }));

        var miss = trace.MissOf("r")!;
        miss.Reason.Should().Be(MissReason.TestFalse);
        miss.Condition.FactType.Should().Be(typeof(Temperature));
    }

    [Fact]
    public void Misses_RuleWithSeveralFailingConditions_IsOneMissForTheFirstStateMiss()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(10)),
            Rule.Define("r").When<Temperature>(t => t.Celsius > 30).And<Fever>().Exists<Humidity>().Then((_, _, _) => { }));

        var miss = trace.Misses.Should().ContainSingle().Which;
        miss.Reason.Should().Be(MissReason.FactMissing);
        miss.Condition.FactType.Should().Be(typeof(Fever));
    }

    [Fact]
    public void MissOf_FiredRuleOrUnknownName_IsNull()
    {
        var trace = TraceOf(_ => { }, Rule.Define("fires").Then(_ => { }));

        trace.MissOf("fires").Should().BeNull();
        trace.MissOf("no-such-rule").Should().BeNull();
    }

    [Fact]
    public void HasFired_FiredAndNotFired_TellsThemApart()
    {
        var trace = TraceOf(
            _ => { },
            Rule.Define("fires").Then(_ => { }),
            Rule.Define("misses").Exists<Fever>().Then(_ => { }));

        trace.HasFired("fires").Should().BeTrue();
        trace.HasFired("misses").Should().BeFalse();
        trace.HasFired("no-such-rule").Should().BeFalse();
    }

    [Fact]
    public void Misses_AcrossStages_InEvaluationOrder()
    {
        var trace = TraceOf(
            _ => { },
            Rule.Define("compose-miss").InStage(RuleStage.Compose).Exists<Fever>().Then(_ => { }),
            Rule.Define("decide-miss").Exists<Fever>().Then(_ => { }),
            Rule.Define("derive-miss-low").InStage(RuleStage.Derive).WithPriority(1).Exists<Fever>().Then(_ => { }),
            Rule.Define("derive-miss-high").InStage(RuleStage.Derive).WithPriority(2).Exists<Fever>().Then(_ => { }));

        trace.Misses.Select(m => m.Rule.Name).Should().Equal("derive-miss-high", "derive-miss-low", "decide-miss", "compose-miss");
    }

    [Fact]
    public void Misses_RuleThatFiredOnceThenStoppedMatching_IsNotAMiss()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(20)),
            Rule.Define("warm-up").When<Temperature>(t => t.Celsius < 21).Then((ctx, t) => ctx.Update(new Temperature(t.Celsius + 1))));

        trace.HasFired("warm-up").Should().BeTrue();
        trace.Misses.Should().BeEmpty();
    }

    [Fact]
    public void ToString_FiringsThenMisses_OneLineEach()
    {
        var trace = TraceOf(
            s => s.Insert(new Temperature(35)),
            Rule.Define("hot").WithPriority(5).When<Temperature>(t => t.Celsius > 30).Then((_, _) => { }),
            Rule.Define("plain").Then(_ => { }),
            Rule.Define("fever").InStage(RuleStage.Compose).Exists<Fever>().Then(_ => { }));

        trace.ToString().Should().Be(
            "#1 fired decide/hot (priority 5) with Temperature { Celsius = 35 }" + Environment.NewLine +
            "#2 fired decide/plain (priority 0)" + Environment.NewLine +
            "skipped compose/fever (priority 0): no Fever fact" + Environment.NewLine);
    }

    [Fact]
    public void Constructor_DefaultArrays_AreEmpty()
    {
        var trace = new EvaluationTrace(default, default);

        trace.Firings.IsDefault.Should().BeFalse();
        trace.Firings.Should().BeEmpty();
        trace.Misses.IsDefault.Should().BeFalse();
        trace.Misses.Should().BeEmpty();
        trace.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Trace_SecondFireWithTrace_HoldsOnlyTheNewFirings()
    {
        var session = RuleSet.Compile([Rule.Define("r").When<Temperature>().Then((_, _) => { })]).CreateSession();
        session.Insert(new Temperature(1));
        session.Fire(trace: true);

        session.Update(new Temperature(2));
        session.Fire(trace: true);

        session.Trace!.Firings.Should().ContainSingle().Which.Facts.Should().Equal(new Temperature(2));
    }

    [Fact]
    public void Misses_ByReason_EveryReasonCanBeProduced()
    {
        var trace = TraceOf(
            s =>
            {
                s.Insert(new Temperature(35));
                s.InsertUnknown<Humidity>("broken");
            },
            Rule.Define("missing").Exists<Fever>().Then(_ => { }),
            Rule.Define("unknown").Exists<Humidity>().Then(_ => { }),
            Rule.Define("false").Exists<Temperature>(t => t.Celsius < 0).Then(_ => { }),
            Rule.Define("present").Not<Temperature>().Then(_ => { }),
            Rule.Define("known").Unknown<Temperature>().Then(_ => { }));

        trace.Misses.Select(m => (m.Rule.Name, m.Reason)).Should().BeEquivalentTo(
            [
                ("missing", MissReason.FactMissing),
                ("unknown", MissReason.FactUnknown),
                ("false", MissReason.TestFalse),
                ("present", MissReason.FactPresent),
                ("known", MissReason.FactKnown),
            ]);
    }

    [Fact]
    public void Constructor_GivenArrays_KeepsThem()
    {
        var metadata = new RuleMetadata("r", "d", RuleStage.Decide, 1, "s");
        var firing = new RuleFiring(metadata, 1, [new Temperature(3)]);
        var miss = new RuleMiss(metadata, MissReason.FactMissing, new RuleCondition(ConditionKind.Match, typeof(Fever), string.Empty), null, null);

        var trace = new EvaluationTrace(ImmutableArray.Create(firing), ImmutableArray.Create(miss));

        trace.Firings.Should().Equal(firing);
        trace.Misses.Should().Equal(miss);
    }
}
