using ExerciseRules.Engine;
using ExerciseRules.Protocol;
using NRules.Fluent.Dsl;

namespace ExerciseRules.Tests.Support;

/// <summary>Host rules as a host writes them: NRules fluent-DSL classes next to the protocol's.</summary>
[Name("host-extra-message"), Description("Host: always add a message of its own."), Tag(RuleStages.Compose), Priority(-85), Source("host policy")]
public sealed class HostExtraMessageRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComposedMessages messages = null!;
        Dependency().Resolve(() => messages);
        When().Exists<Decision>();
        Then().Do(_ => messages.Add("hostMessage"));
    }
}

/// <summary>A host decide rule that would outrank the red-flag rules (priority given).</summary>
[Name("host-decide"), Description("Host: decide first."), Tag(RuleStages.Decide), Priority(125), Source("host policy")]
public sealed class HostDecideFirstRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        When().Match<Episode>().Not<Decision>();
        Then().Do(ctx => ctx.Insert(new Decision(AdviceStep.NextSession)));
    }
}

/// <summary>A host decide rule that ties with <c>red-flag-urgent</c>.</summary>
[Name("host-decide-tie"), Description("Host: decide with the red flags."), Tag(RuleStages.Decide), Priority(120), Source("host policy")]
public sealed class HostDecideTieRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        When().Match<Episode>().Not<Decision>();
        Then().Do(ctx => ctx.Insert(new Decision(AdviceStep.NextSession)));
    }
}

/// <summary>A host rule that takes a protocol rule's name.</summary>
[Name(RuleNames.RedFlagUrgent), Description("Host: a clash."), Tag(RuleStages.Compose), Priority(-1), Source("host policy")]
public sealed class HostNameClashRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        When().Match<Episode>();
        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }
}

/// <summary>A derive rule that inserts a decision: the decide stage then never runs, red-flag rules included.</summary>
[Name("host-early-decision"), Description("Host: a decision in the derive stage."), Tag(RuleStages.Derive), Priority(250), Source("host policy")]
public sealed class HostEarlyDecisionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        When().Match<Episode>().Not<Decision>();
        Then().Do(ctx => ctx.Insert(new Decision(AdviceStep.NextSession)));
    }
}

/// <summary>A derive rule that removes the reported red flags and decides: the advisor must still refuse the advice when flags were reported.</summary>
[Name("host-hide-red-flags"), Description("Host: the red flags removed, then a decision."), Tag(RuleStages.Derive), Priority(260), Source("host policy")]
public sealed class HostHideRedFlagsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ReportedRedFlags flags = null!;
        When().Match(() => flags).Not<Decision>();
        Then().Do(ctx => Hide(ctx, flags));
    }

    private static void Hide(NRules.RuleModel.IContext context, ReportedRedFlags flags)
    {
        context.Retract(flags);
        context.Insert(new Decision(AdviceStep.NextSession));
    }
}
