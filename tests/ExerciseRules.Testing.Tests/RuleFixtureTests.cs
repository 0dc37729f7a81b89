using ExerciseRules.Engine;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Scenarios;
using NRules.Fluent.Dsl;
using static ExerciseRules.Model.SymptomLocation;

namespace ExerciseRules.Testing.Tests;

public sealed class RuleFixtureTests
{
    /// <summary>A host's own rules: a discount for big orders, and a note composed from it.</summary>
    private static RuleFixture Shop() => new(new BigOrderRule(), new VipOrderRule(), new DiscountNoteRule());

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
        var counter = new Counter();
        var fixture = new RuleFixture(new CountUpRule());

        fixture.Insert(counter).Fire();

        fixture.Should().HaveFiredTimes("count-up", 3).And.HaveFiredWith("count-up", counter);
        fixture.Get<Counter>().Value.Should().Be(3);
    }

    [Fact]
    public void InsertUnknown_KeepsRulesThatNeedTheFactFromFiring()
    {
        var fixture = Shop().InsertUnknown<Order>("the basket was not sent").Fire();

        fixture.Should().HaveFiredTimes("big-order", 0);
        fixture.GetState<Order>().Should().Be(FactState.Unknown);
        fixture.Trace.MissOf("big-order")!.Explanation.Should().Be("the Order fact is unknown: the basket was not sent");
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

        act.Should().Throw<InvalidOperationException>().WithMessage("Call Fire() before reading the evaluation, the trace or asserting on what fired.");
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

    [Fact]
    public void Constructor_RulesThatCannotRunTogether_ThrowsListingEveryProblem()
    {
        var act = () => new RuleFixture(new BigOrderRule(), new BigOrderRule());

        act.Should().Throw<ArgumentException>().WithMessage(
            "The rules cannot be compiled together: more than one rule is named 'big-order': give each rule a name of its own ([Name(\"...\")]). (Parameter 'rules')");
    }

    [Fact]
    public void InsertUnknown_BlankReason_Throws()
    {
        var act = () => Shop().InsertUnknown<Order>(" ");

        act.Should().Throw<ArgumentException>().WithMessage("The reason a fact is unknown should say why, in words the trace can show. (Parameter 'reason')");
    }
}

public sealed record Order(decimal Total);

public sealed record Discount(decimal Rate);

public sealed record Note(string Text);

/// <summary>A fact a rule changes in place (an update makes NRules evaluate it again).</summary>
public sealed class Counter
{
    public int Value { get; set; }
}

[Name("big-order"), Tag(RuleStages.Decide), Priority(10)]
public sealed class BigOrderRule : Rule
{
    public override void Define()
    {
        When().Match<Order>(o => o.Total > 100).Not<Discount>();
        Then().Do(ctx => ctx.Insert(new Discount(0.1m)));
    }
}

[Name("vip-order"), Tag(RuleStages.Decide), Priority(20)]
public sealed class VipOrderRule : Rule
{
    public override void Define()
    {
        When().Match<Order>(o => o.Total > 1000);
        Then().Do(ctx => ctx.Insert(new Discount(0.2m)));
    }
}

[Name("discount-note"), Tag(RuleStages.Compose), Priority(0)]
public sealed class DiscountNoteRule : Rule
{
    public override void Define()
    {
        Discount discount = null!;
        Order order = null!;
        When().Match(() => discount).Match(() => order);
        Then().Do(ctx => ctx.Insert(new Note($"{discount.Rate * 100:0}% off {order.Total}")));
    }
}

[Name("count-up"), Tag(RuleStages.Derive), Priority(300)]
public sealed class CountUpRule : Rule
{
    public override void Define()
    {
        Counter counter = null!;
        When().Match(() => counter, c => c.Value < 3);
        Then().Do(ctx => Increment(ctx, counter));
    }

    private static void Increment(NRules.RuleModel.IContext context, Counter counter)
    {
        counter.Value++;
        context.Update(counter);
    }
}
