using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests;

public sealed class RuleFixtureTests
{
    private sealed record Order(decimal Total);

    private sealed record Discount(decimal Rate);

    private sealed record Note(string Text);

    /// <summary>A host's own rules: a discount for big orders, and a note composed from it.</summary>
    private static RuleFixture Shop() => new(
        Rule.Define("big-order").WithPriority(10).When<Order>(o => o.Total > 100).Not<Discount>().Then((ctx, o) => ctx.Insert(new Discount(0.1m))),
        Rule.Define("vip-order").WithPriority(20).When<Order>(o => o.Total > 1000).Then((ctx, o) => ctx.Insert(new Discount(0.2m))),
        Rule.Define("discount-note").InStage(RuleStage.Compose).When<Discount>().And<Order>().Then((ctx, d, o) => ctx.Insert(new Note($"{d.Rate * 100:0}% off {o.Total}"))));

    [Fact]
    public void Fire_HostRules_AssertsOnceWithFactsAndOrder()
    {
        var fixture = Shop().Insert(new Order(150)).Fire();

        fixture.Should().HaveFiredOnce("big-order")
            .And.NotHaveFired("vip-order")
            .And.HaveFiredWith("discount-note", new Discount(0.1m), new Order(150))
            .And.HaveFiredInOrder("big-order", "discount-note")
            .And.HaveFiredSequence("big-order", "discount-note");
        fixture.Get<Note>().Should().Be(new Note("10% off 150"));
        fixture.TryGet<Discount>(out var discount).Should().BeTrue();
        discount.Should().Be(new Discount(0.1m));
    }

    [Fact]
    public void Fire_RuleThatFiresAgainOnAnUpdate_CountsEachFiring()
    {
        var fixture = new RuleFixture(
            Rule.Define("count-up").When<Order>(o => o.Total < 3).Then((ctx, o) => ctx.Update(new Order(o.Total + 1))));

        fixture.Insert(new Order(0)).Fire();

        fixture.Should().HaveFiredTimes("count-up", 3).And.HaveFiredWith("count-up", new Order(2));
        fixture.Get<Order>().Should().Be(new Order(3));
    }

    [Fact]
    public void InsertUnknown_KeepsRulesThatNeedTheFactFromFiring()
    {
        var fixture = Shop().InsertUnknown<Order>("the basket was not sent").Fire();

        fixture.Should().HaveFiredTimes("big-order", 0);
        fixture.Trace.MissOf("big-order")!.Explanation.Should().Be("Order is unknown: the basket was not sent");
    }

    [Fact]
    public void Reset_StartsAgain()
    {
        var fixture = Shop().Insert(new Order(150)).Fire().Reset();

        fixture.Insert(new Order(2000)).Fire();

        fixture.Should().HaveFiredInOrder("vip-order", "discount-note").And.NotHaveFired("big-order");
    }

    [Fact]
    public void Trace_BeforeFire_Throws()
    {
        var fixture = Shop().Insert(new Order(1));

        var act = () => fixture.Should();

        act.Should().Throw<InvalidOperationException>().WithMessage("Call Fire() before reading the trace or asserting on what fired.");
    }

    [Fact]
    public void ForProtocol_InsertHistory_RunsThePressUpRules()
    {
        var history = Scenario.At("2026-11-24T10:00:00Z")
            .Baseline(6, Thigh)
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .History();

        var fixture = RuleFixture.ForProtocol().InsertHistory(history, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)).Fire();

        fixture.ProtocolOptions.Should().Be(ProtocolOptions.Default);
        fixture.Should().HaveFiredOnce(RuleNames.SymptomsIntensify)
            .And.HaveFiredWith(RuleNames.SymptomsIntensify, new LastRep(2, new Rep(0.5, 6, Buttock), SymptomChange.Worse, Peripheralised: false))
            .And.NotHaveFired(RuleNames.Progress)
            .And.HaveFiredInOrder(RuleNames.LastRep, RuleNames.SymptomsIntensify, RuleNames.StepMessage, RuleNames.NotMedicalAdviceMessage);
        fixture.Get<Decision>().Step.Should().Be(AdviceStep.ReduceRange);
    }

    [Fact]
    public void ForProtocol_Options_AreUsedByTheRulesAndTheMeasurement()
    {
        var history = Scenario.At("2026-11-24T10:00:00Z")
            .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
            .History();

        var fixture = RuleFixture.ForProtocol(ProtocolOptions.Default with { RangeStep = 0.2 })
            .InsertHistory(history, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero))
            .Fire();

        fixture.Get<Decision>().TargetRange.Should().BeApproximately(0.3, 1e-9);
    }
}
