using System.ComponentModel;
using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>
/// Input fact: what the whole episode says at the moment of advice.
/// </summary>
/// <param name="Now">The moment the advice is for.</param>
/// <param name="Baseline">The symptoms when self-treatment started, if known.</param>
/// <param name="FirstSessionAt">When the first session started, or <see langword="null"/> if there is none.</param>
/// <param name="LatestPain">The last pain reported in any session (before, during or after a set), if any; the baseline does not count.</param>
/// <param name="LatestLocation">The last location reported in any session, if any; the baseline does not count.</param>
/// <param name="SessionsPerDay">
/// Sessions started in each of the last <c>PersistDays</c> 24-hour windows counted back from <paramref name="Now"/>:
/// element 0 counts the sessions started in the last 24 hours, element 1 the 24 hours before that, and so on.
/// </param>
[DisplayName("episode")]
public sealed record Episode(
    DateTimeOffset Now,
    SymptomReport? Baseline,
    DateTimeOffset? FirstSessionAt,
    int? LatestPain,
    SymptomLocation? LatestLocation,
    ImmutableArray<int> SessionsPerDay)
{
    /// <summary>Gets the time since the first session started, or <see langword="null"/> if there is none.</summary>
    public TimeSpan? SinceFirstSession => Now - FirstSessionAt;

    /// <summary>Gets whether the baseline is missing or reports nothing.</summary>
    public bool BaselineMissing => Baseline is null || !Baseline.IsReported;

    /// <summary>The derived fact of centralisation (rule <c>centralisation</c>), or why it is unknown.</summary>
    /// <param name="latest">The latest session, if there is one (its <c>before</c> is the "current session's before").</param>
    /// <returns>A <see cref="Centralisation"/>, or an <see cref="Engine.Unknown{T}"/> of it.</returns>
    internal object CentralisationOrUnknown(LatestSession? latest)
    {
        if (LatestLocation is not { } location)
        {
            return new Engine.Unknown<Centralisation>("no session reported where the symptoms reach");
        }

        var before = latest?.Session.Before?.Location;
        var baseline = Baseline?.Location;
        if (before is null && baseline is null)
        {
            return new Engine.Unknown<Centralisation>("neither the current session's before nor the baseline reports where the symptoms reach");
        }

        return new Centralisation(location < before || location < baseline);
    }

    /// <summary>The derived fact of improvement (rule <c>improvement</c>), or why it is unknown.</summary>
    /// <param name="options">The protocol options.</param>
    /// <returns>An <see cref="Improvement"/>, or an <see cref="Engine.Unknown{T}"/> of it.</returns>
    internal object ImprovementOrUnknown(ProtocolOptions options)
    {
        if (Baseline is not { IsReported: true } baseline)
        {
            return new Engine.Unknown<Improvement>("no baseline symptoms were reported");
        }

        if (baseline.Location is { } startLocation && LatestLocation is { } latestLocation && latestLocation != startLocation)
        {
            // Location outranks intensity: centralised is improved, spread is not, whatever the pain number does.
            return new Improvement(latestLocation < startLocation);
        }

        if (baseline.Pain is { } startPain && LatestPain is { } latestPain)
        {
            return new Improvement(latestPain <= startPain - options.ImprovementPoints
                || latestPain <= startPain * (1 - (options.ImprovementPercent / 100.0)));
        }

        return new Engine.Unknown<Improvement>("no pain reported in a session can be compared with the baseline pain, and the location has not moved");
    }

    /// <summary>Gets whether each of the last <c>PersistDays</c> 24-hour windows holds at least <paramref name="minSessionsPerDay"/> session starts.</summary>
    /// <param name="minSessionsPerDay">The sessions a window needs.</param>
    /// <returns><see langword="true"/> if every window has them.</returns>
    internal bool IsRegular(int minSessionsPerDay)
    {
        foreach (var count in SessionsPerDay.AsSpan())
        {
            if (count < minSessionsPerDay)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"Episode {{ Now = {Now:O}, Baseline = {Baseline}, FirstSessionAt = {FirstSessionAt:O}, LatestPain = {LatestPain}, " +
        $"LatestLocation = {LatestLocation}, SessionsPerDay = [{string.Join(", ", SessionsPerDay.IsDefault ? [] : SessionsPerDay)}] }}";
}
