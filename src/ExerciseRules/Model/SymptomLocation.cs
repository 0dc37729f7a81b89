namespace ExerciseRules.Model;

/// <summary>
/// The most distal place the symptoms reach, ordered from central to distal:
/// <see cref="None"/> &lt; <see cref="Back"/> &lt; <see cref="Buttock"/> &lt; <see cref="Thigh"/> &lt;
/// <see cref="Knee"/> &lt; <see cref="Calf"/> &lt; <see cref="Foot"/>.
/// </summary>
/// <remarks>
/// Symptoms that move toward the back (or vanish) are <em>centralising</em>, a good sign; symptoms that move
/// further down the leg are <em>peripheralising</em>, which counts as worse even if the pain number falls.
/// The numeric values follow the order, so a larger value is more distal.
/// </remarks>
public enum SymptomLocation
{
    /// <summary>No symptoms anywhere.</summary>
    None = 0,

    /// <summary>The lower back only.</summary>
    Back = 1,

    /// <summary>Reaching the buttock.</summary>
    Buttock = 2,

    /// <summary>Reaching the thigh.</summary>
    Thigh = 3,

    /// <summary>Reaching the knee.</summary>
    Knee = 4,

    /// <summary>Reaching the calf.</summary>
    Calf = 5,

    /// <summary>Reaching the foot.</summary>
    Foot = 6,
}
