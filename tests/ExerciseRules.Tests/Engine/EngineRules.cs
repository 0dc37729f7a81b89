using ExerciseRules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ExerciseRules.Tests.Engine;

// Facts and rules of a small rule set the engine's tests run: a traffic light, as a host would write them.

public sealed record Light(string Colour);

public sealed record Signal(string What);

/// <summary>A fact a rule changes in place.</summary>
public sealed class Counter
{
    public int Value { get; set; }
}

[Name("stop"), Description("Red means stop."), Tag(RuleStages.Decide), Priority(20), Source("traffic code 1")]
public sealed class StopRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "red");
        Then().Do(ctx => ctx.Insert(new Signal("stop")));
    }
}

[Name("go"), Description("Green means go."), Tag(RuleStages.Decide), Priority(10), Source("traffic code 2")]
public sealed class GoRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "green").Not<Signal>();
        Then().Do(ctx => ctx.Insert(new Signal("go")));
    }
}

[Name("wait"), Description("Without a light, wait."), Tag(RuleStages.Decide), Priority(5)]
public sealed class WaitRule : Rule
{
    public override void Define()
    {
        When().Absent<Light>().Not<Signal>();
        Then().Do(ctx => ctx.Insert(new Signal("wait")));
    }
}

[Name("unknown-light"), Description("An unknown light means caution."), Tag(RuleStages.Decide), Priority(4)]
public sealed class UnknownLightRule : Rule
{
    public override void Define()
    {
        When().Match<Unknown<Light>>().Not<Signal>();
        Then().Do(ctx => ctx.Insert(new Signal("caution")));
    }
}

[Name("log"), Description("Every signal is logged."), Tag(RuleStages.Compose), Priority(0)]
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

[Name("count-forever"), Tag(RuleStages.Derive), Priority(300)]
public sealed class CountForeverRule : Rule
{
    public override void Define()
    {
        Counter counter = null!;
        When().Match(() => counter);
        Then().Do(ctx => Increment(ctx, counter));
    }

    private static void Increment(IContext context, Counter counter)
    {
        counter.Value++;
        context.Update(counter);
    }
}

[Name("throwing-action"), Tag(RuleStages.Decide), Priority(30)]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        Light light = null!;
        When().Match(() => light, l => l.Colour == "blue");
        Then().Do(_ => Fail(light));
    }

    private static void Fail(Light light) => throw new InvalidOperationException($"no rule for {light.Colour}");
}

[Name("throwing-condition"), Tag(RuleStages.Decide), Priority(40)]
public sealed class ThrowingConditionRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour.Length / (l.Colour.Length - 4) > 0);
        Then().Do(ctx => ctx.Insert(new Signal("odd")));
    }
}

[Name("stop"), Tag(RuleStages.Decide), Priority(21)]
public sealed class SecondStopRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("stop")));
    }
}

[Name("untagged"), Priority(50)]
public sealed class UntaggedRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("untagged")));
    }
}

[Name("two-stages"), Tag(RuleStages.Derive), Tag(RuleStages.Decide), Priority(250)]
public sealed class TwoStagesRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("two")));
    }
}

[Name("decide-in-the-derive-band"), Tag(RuleStages.Decide), Priority(250)]
public sealed class MisplacedRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("misplaced")));
    }
}

[Name("go-again"), Tag(RuleStages.Decide), Priority(10)]
public sealed class GoAgainRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "green");
        Then().Do(ctx => ctx.Insert(new Signal("go")));
    }
}

[Name("broken-definition"), Tag(RuleStages.Decide), Priority(60)]
public sealed class BrokenDefinitionRule : Rule
{
    public override void Define() => throw new InvalidOperationException("the rule's definition is unfinished");
}
