using ExerciseRules.Model;

namespace ExerciseRules.Protocol;

/// <summary>Which red flags call for emergency care and which for an urgent review (NHS/CKS red-flag lists).</summary>
public static class RedFlags
{
    /// <summary>Gets whether the flag may be a sign of cauda equina syndrome and calls for emergency care.</summary>
    /// <param name="flag">The red flag.</param>
    /// <returns><see langword="true"/> for saddle numbness, a bladder or bowel change and progressive leg weakness.</returns>
    public static bool IsEmergency(RedFlag flag) =>
        flag is RedFlag.SaddleNumbness or RedFlag.BladderOrBowelChange or RedFlag.ProgressiveLegWeakness;

    /// <summary>Gets the urgency the flag calls for.</summary>
    /// <param name="flag">The red flag.</param>
    /// <returns><see cref="Urgency.Emergency"/> or <see cref="Urgency.Urgent"/>.</returns>
    public static Urgency UrgencyOf(RedFlag flag) => IsEmergency(flag) ? Urgency.Emergency : Urgency.Urgent;
}
