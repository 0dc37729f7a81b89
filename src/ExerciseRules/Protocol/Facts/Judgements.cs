using System.ComponentModel;
namespace ExerciseRules.Protocol;

/// <summary>Derived fact: whether the latest reported location is more central than the current session's <c>before</c>, or than the baseline.</summary>
/// <param name="IsCentralising">Whether the symptoms are centralising.</param>
[DisplayName("centralisation")]
public sealed record Centralisation(bool IsCentralising);

/// <summary>
/// Derived fact: whether the person has improved against the baseline. Unknown when the baseline, or every
/// report since, is missing.
/// </summary>
/// <param name="IsImproved">Whether the latest pain is <c>ImprovementPoints</c> or <c>ImprovementPercent</c> below the baseline, or the location centralised (and did not spread) against the baseline.</param>
[DisplayName("improvement")]
public sealed record Improvement(bool IsImproved);

/// <summary>Derived fact: whether the person exercises regularly: at least <c>MinSessionsPerDay</c> sessions in each of the last <c>PersistDays</c> 24-hour windows.</summary>
/// <param name="IsRegular">Whether the person exercises regularly.</param>
[DisplayName("regularity")]
public sealed record Regularity(bool IsRegular);
