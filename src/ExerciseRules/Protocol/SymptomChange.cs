namespace ExerciseRules.Protocol;

/// <summary>How the symptoms after a rep (or a set) compare with the last symptoms reported before it.</summary>
public enum SymptomChange
{
    /// <summary>Nothing comparable was reported, so the change is not known.</summary>
    Unknown = 0,

    /// <summary>The symptoms moved toward the back, or the pain fell by at least one point.</summary>
    Better = 1,

    /// <summary>Neither better nor worse.</summary>
    Same = 2,

    /// <summary>The symptoms moved down the leg, or the pain rose by at least <c>IntensifyingPainDelta</c>.</summary>
    Worse = 3,
}
