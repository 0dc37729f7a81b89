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

[Name("stop"), Tag(RuleStages.Decide), Priority(30)]
public sealed class ThirdStopRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "red");
        Then().Do(ctx => ctx.Insert(new Signal("stop")));
    }
}

[Name("low-derive"), Tag(RuleStages.Derive), Priority(10)]
public sealed class LowDeriveRule : Rule
{
    public override void Define()
    {
        When().Match<Light>();
        Then().Do(ctx => ctx.Insert(new Signal("low")));
    }
}

[Name("high-compose"), Tag(RuleStages.Compose), Priority(20)]
public sealed class HighComposeRule : Rule
{
    public override void Define()
    {
        When().Match<Signal>();
        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }
}

[Name("go-unless-stopped"), Tag(RuleStages.Decide), Priority(15)]
public sealed class GoUnlessStoppedRule : Rule
{
    public override void Define()
    {
        When().Match<Light>().Not<Signal>(s => s.What == "stop");
        Then().Do(ctx => ctx.Insert(new Signal("go")));
    }
}

[Name("long-colour"), Tag(RuleStages.Decide), Priority(14)]
public sealed class LongColourRule : Rule
{
    public override void Define()
    {
        Light light = null!;
        var length = 0;
        When()
            .Match(() => light)
            .Let(() => length, () => light.Colour.Length)
            .Having(() => length > 5);
        Then().Do(ctx => ctx.Insert(new Signal("long")));
    }
}

[Name("halt"), Tag(RuleStages.Derive), Priority(210)]
public sealed class HaltRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "off");
        Then().Do(ctx => ctx.Halt());
    }
}

[Name("throwing-calculation"), Tag(RuleStages.Decide), Priority(42)]
public sealed class ThrowingCalculationRule : Rule
{
    public override void Define()
    {
        Light light = null!;
        var ratio = 0;
        When()
            .Match(() => light)
            .Let(() => ratio, () => 10 / (light.Colour.Length - 4));
        Then().Do(ctx => ctx.Insert(new Signal("ratio")));
    }
}

[Name("turn-blue"), Tag(RuleStages.Derive), Priority(220)]
public sealed class TurnBlueRule : Rule
{
    public override void Define()
    {
        When().Match<Signal>(s => s.What == "paint").Not<Light>();
        Then().Do(ctx => ctx.Insert(new Light("blue")));
    }
}

[Name("bad-argument"), Tag(RuleStages.Decide), Priority(43)]
public sealed class BadArgumentRule : Rule
{
    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "grey");
        Then().Do(_ => Fail());
    }

    private static void Fail() => throw new ArgumentException("grey is not a colour");
}

[Name("nested-loop"), Tag(RuleStages.Decide), Priority(44)]
public sealed class NestedLoopRule : Rule
{
    private static readonly ExerciseRules.Engine.RuleSet Looping = ExerciseRules.Engine.RuleSet.Compile([new CountForeverRule()], new RuleSetOptions { MaxFirings = 3 });

    public override void Define()
    {
        When().Match<Light>(l => l.Colour == "loop");
        Then().Do(_ => Loop());
    }

    private static void Loop() => Looping.Evaluate([new Counter()]);
}

[Name("zig"), Tag(RuleStages.Derive), Priority(230)]
public sealed class ZigRule : Rule
{
    public override void Define()
    {
        Counter counter = null!;
        When().Match(() => counter, c => c.Value % 2 == 0);
        Then().Do(ctx => Step(ctx, counter));
    }

    internal static void Step(IContext context, Counter counter)
    {
        counter.Value++;
        context.Update(counter);
    }
}

[Name("zag"), Tag(RuleStages.Derive), Priority(231)]
public sealed class ZagRule : Rule
{
    public override void Define()
    {
        Counter counter = null!;
        When().Match(() => counter, c => c.Value % 2 == 1);
        Then().Do(ctx => ZigRule.Step(ctx, counter));
    }
}

[Name("any-signal"), Tag(RuleStages.Compose), Priority(-5)]
public sealed class AnySignalRule : Rule
{
    public override void Define()
    {
        When().Exists<Signal>();
        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }
}
