using System.Diagnostics.Metrics;
using ExerciseRules.Model;
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
}
