using System.Collections.Immutable;
using System.Diagnostics.Metrics;
using ExerciseRules.Engine;
using ExerciseRules.Model;
using FluentRule = NRules.Fluent.Dsl.Rule;
using Microsoft.Extensions.Logging;

namespace ExerciseRules;

/// <summary>Everything an <see cref="Advisor"/> is built from. Every setting has a sensible default.</summary>
public sealed record AdvisorSettings
{
    /// <summary>Gets the protocol options. Default: <see cref="ProtocolOptions.Default"/>.</summary>
    public ProtocolOptions Options { get; init; } = ProtocolOptions.Default;

    /// <summary>Gets the clock used when no moment of advice is given. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the limits on the size of a history (sessions, reps, red flags, document bytes). Default: <see cref="Validation.InputLimits.Default"/>.</summary>
    public Validation.InputLimits Limits { get; init; } = Validation.InputLimits.Default;

    /// <summary>Gets the words of the messages. Default: <see cref="MessageTexts.English"/>.</summary>
    public MessageTexts Texts { get; init; } = MessageTexts.English;

    /// <summary>
    /// Gets where the advisor logs, or <see langword="null"/> for nowhere. Decisions are logged at Debug (step and
    /// fired rules); nothing the person reported (symptoms, times) is logged at Information or above.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Gets the factory for the <c>ExerciseRules</c> meter, or <see langword="null"/> for a meter shared by the
    /// process. Hosts using dependency injection pass theirs so metrics stay per container.
    /// </summary>
    public IMeterFactory? MeterFactory { get; init; }

    /// <summary>
    /// Gets NRules rules of the host's own (fluent-DSL rule classes, as instances), compiled into one NRules rule
    /// set with the protocol's and run with them by every advice, explanation and <see cref="AdviceTracker"/> of the
    /// advisor. Default: none (the protocol alone); never default.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Typical host rules derive a fact of their own and add a message code in the compose stage; give that code
    /// words in <see cref="Texts"/> (a code without a template is shown as the code itself). Each rule needs a
    /// <c>[Name]</c> no other rule has (prefix yours: <c>clinic-...</c>), one stage tag (<see cref="RuleStages"/>)
    /// and a <c>[Priority]</c> in its stage's band that no other rule has.
    /// </para>
    /// <para>
    /// Safety: a red flag must always yield <see cref="AdviceStep.SeekUrgentCare"/>. The advisor refuses decide rules
    /// whose priority is not below the protocol's red-flag rules, and an advice where a host rule kept the red-flag
    /// rules from deciding fails with an <see cref="InvalidOperationException"/> instead of being returned. Have a
    /// clinician review what your rules tell people. See <c>docs/custom-rules.md</c>.
    /// </para>
    /// </remarks>
    public ImmutableArray<FluentRule> AdditionalRules
    {
        get => _additionalRules;
        init => _additionalRules = value.IsDefault ? [] : value;
    }

    private readonly ImmutableArray<FluentRule> _additionalRules = [];
}
