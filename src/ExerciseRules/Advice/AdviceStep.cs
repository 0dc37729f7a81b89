namespace ExerciseRules;

/// <summary>The next step a person should take.</summary>
public enum AdviceStep
{
    /// <summary>Stop the exercises and get medical care now (see <see cref="Advice.Urgency"/>).</summary>
    SeekUrgentCare = 0,

    /// <summary>Contact the physical therapist (routine).</summary>
    ContactTherapist = 1,

    /// <summary>Stop the set: symptoms keep getting worse. The next session steps back one exercise.</summary>
    StopSet = 2,

    /// <summary>The set is done: relax on the stomach, then rise from the floor safely.</summary>
    FinishSet = 3,

    /// <summary>Symptoms intensified: lower down slowly, rest, and go less far on the next rep.</summary>
    ReduceRange = 4,

    /// <summary>Do the next rep to the same range.</summary>
    HoldRange = 5,

    /// <summary>Symptoms did not get worse: go a little further on the next rep.</summary>
    ProgressRange = 6,

    /// <summary>Start a set of the given exercise.</summary>
    StartSet = 7,

    /// <summary>Rest until the next session is due.</summary>
    NextSession = 8,
}
