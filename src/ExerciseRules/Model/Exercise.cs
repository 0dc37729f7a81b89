namespace ExerciseRules.Model;

/// <summary>
/// The exercises of the press-up programme, in their order of progression: a person advances to the
/// next one once the current one is tolerated and steps back after a set stopped for worsening.
/// </summary>
/// <remarks>The numeric values follow the order of progression; compare them to tell which exercise is more advanced.</remarks>
public enum Exercise
{
    /// <summary>Lying on the stomach, relaxed (the first exercise).</summary>
    ProneLying = 0,

    /// <summary>Propped up on the elbows with the lower back relaxed (the second exercise).</summary>
    ProneOnElbows = 1,

    /// <summary>Hands under the shoulders, pressing the upper body up while the pelvis stays on the floor (the third exercise).</summary>
    PressUp = 2,
}
