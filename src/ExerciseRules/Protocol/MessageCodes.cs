namespace ExerciseRules.Protocol;

/// <summary>
/// The codes of the messages that go with advice. Every advice starts with a message whose code is its step
/// (e.g. <c>reduceRange</c>) and ends with <see cref="NotMedicalAdvice"/>.
/// </summary>
public static class MessageCodes
{
    /// <summary>The symptoms are centralising: a good sign.</summary>
    public const string Centralising = "centralising";

    /// <summary>The last rep moved the symptoms down the leg.</summary>
    public const string Peripheralising = "peripheralising";

    /// <summary>The last rep was quicker than <c>MinRepSeconds</c>.</summary>
    public const string MoveSlowly = "moveSlowly";

    /// <summary>The pain has not improved after <c>PersistDays</c>, but the exercise was not regular.</summary>
    public const string ExerciseRegularly = "exerciseRegularly";

    /// <summary>How to rise from the floor after a set.</summary>
    public const string RiseSafely = "riseSafely";

    /// <summary>Keep the lower back relaxed during the press-up.</summary>
    public const string KeepRelaxed = "keepRelaxed";

    /// <summary>Report symptoms so the protocol can judge.</summary>
    public const string ReportSymptoms = "reportSymptoms";

    /// <summary>The pain is severe: do not go further; if it stays this strong, stop and contact the therapist (with rule 9).</summary>
    public const string SeverePain = "severePain";

    /// <summary>This is self-management guidance, not medical advice.</summary>
    public const string NotMedicalAdvice = "notMedicalAdvice";

    /// <summary>Gets the code of the message that explains a step: the step's wire name, e.g. <c>reduceRange</c>.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The code.</returns>
    public static string ForStep(AdviceStep step) => step switch
    {
        AdviceStep.SeekUrgentCare => "seekUrgentCare",
        AdviceStep.ContactTherapist => "contactTherapist",
        AdviceStep.StopSet => "stopSet",
        AdviceStep.FinishSet => "finishSet",
        AdviceStep.ReduceRange => "reduceRange",
        AdviceStep.HoldRange => "holdRange",
        AdviceStep.ProgressRange => "progressRange",
        AdviceStep.StartSet => "startSet",
        AdviceStep.NextSession => "nextSession",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Value should be a defined AdviceStep."),
    };
}
