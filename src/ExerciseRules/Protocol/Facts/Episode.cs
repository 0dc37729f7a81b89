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

    /// <inheritdoc />
    public override string ToString() =>
        $"Episode {{ Now = {Now:O}, Baseline = {Baseline}, FirstSessionAt = {FirstSessionAt:O}, LatestPain = {LatestPain}, " +
        $"LatestLocation = {LatestLocation}, SessionsPerDay = [{string.Join(", ", SessionsPerDay.IsDefault ? [] : SessionsPerDay)}] }}";
}
