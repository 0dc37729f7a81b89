using System.Diagnostics.Metrics;

namespace ExerciseRules.CdsHooks;

/// <summary>
/// The names of the CDS Hooks service's log category and metrics (a <see cref="Meter"/> named <see cref="Name"/>,
/// made with the host's <see cref="IMeterFactory"/>). Logs and metrics hold counts and codes, never patient data.
/// </summary>
public static class CdsHooksTelemetry
{
    /// <summary>The name of the meter and of the log category.</summary>
    public const string Name = "ExerciseRules.CdsHooks";

    /// <summary>The counter of service calls, tagged <c>outcome</c>: cards, bad-request, precondition-failed, not-found, too-large, unsupported-media-type.</summary>
    public const string RequestCounter = "exerciserules.cdshooks.requests";

    /// <summary>The counter of cards returned, tagged <c>indicator</c>: info, warning, critical.</summary>
    public const string CardCounter = "exerciserules.cdshooks.cards";

    internal static Meter SharedMeter { get; } = new(Name);
}
