namespace ExerciseRules.Protocol;

/// <summary>The names of the press-up protocol's rules, as they appear in advice and traces.</summary>
public static class RuleNames
{
    /// <summary>Derive: the latest session is open (not completed, active less than <c>SessionTimeout</c> ago).</summary>
    public const string OpenSet = "open-set";

    /// <summary>Derive: the response of the open set's last rep, or that it is unknown.</summary>
    public const string LastRep = "last-rep";

    /// <summary>Derive: whether the symptoms are centralising.</summary>
    public const string Centralisation = "centralisation";

    /// <summary>Derive: whether the person improved against the baseline.</summary>
    public const string Improvement = "improvement";

    /// <summary>Derive: whether the person exercises regularly.</summary>
    public const string Regularity = "regularity";

    /// <summary>Rule 14 (derive): the exercise of the next new set.</summary>
    public const string Progression = "progression";

    /// <summary>Rule 1: an emergency red flag.</summary>
    public const string RedFlagEmergency = "red-flag-emergency";

    /// <summary>Rule 2: an urgent red flag.</summary>
    public const string RedFlagUrgent = "red-flag-urgent";

    /// <summary>Rule 3: pain persists despite regular exercise.</summary>
    public const string PainPersists = "pain-persists";

    /// <summary>Rule 4: no improvement on review.</summary>
    public const string NoImprovementOnReview = "no-improvement-on-review";

    /// <summary>Rule 5: the symptoms keep worsening.</summary>
    public const string KeepsWorsening = "keeps-worsening";

    /// <summary>Rule 6: the set reached <c>MaxReps</c>.</summary>
    public const string SetDoneMaxReps = "set-done-max-reps";

    /// <summary>Rule 6: the set reached <c>MinReps</c> and the last rep was not better.</summary>
    public const string SetDone = "set-done";

    /// <summary>Rule 7: the symptoms intensify.</summary>
    public const string SymptomsIntensify = "symptoms-intensify";

    /// <summary>Rule 8: the last rep's symptoms are unknown.</summary>
    public const string SymptomsUnknown = "symptoms-unknown";

    /// <summary>Rule 9: the last rep was the same or better, but its pain is severe: hold the range.</summary>
    public const string SeverePain = "severe-pain";

    /// <summary>Rule 10: go a little further.</summary>
    public const string Progress = "progress";

    /// <summary>Rule 11: full range reached.</summary>
    public const string FullRange = "full-range";

    /// <summary>Rule 12: start the set of an open session.</summary>
    public const string StartSet = "start-set";

    /// <summary>Rule 13: no session is open.</summary>
    public const string BetweenSessions = "between-sessions";

    /// <summary>Compose: the message that explains the step.</summary>
    public const string StepMessage = "step-message";

    /// <summary>Compose: the <c>severePain</c> message with rule 9.</summary>
    public const string SeverePainMessage = "severe-pain-message";

    /// <summary>Compose: the <c>centralising</c> message.</summary>
    public const string CentralisingMessage = "centralising-message";

    /// <summary>Compose: the <c>peripheralising</c> message.</summary>
    public const string PeripheralisingMessage = "peripheralising-message";

    /// <summary>Compose: the <c>moveSlowly</c> message.</summary>
    public const string MoveSlowlyMessage = "move-slowly-message";

    /// <summary>Compose: the <c>exerciseRegularly</c> message.</summary>
    public const string ExerciseRegularlyMessage = "exercise-regularly-message";

    /// <summary>Compose: the <c>riseSafely</c> message.</summary>
    public const string RiseSafelyMessage = "rise-safely-message";

    /// <summary>Compose: the <c>keepRelaxed</c> message.</summary>
    public const string KeepRelaxedMessage = "keep-relaxed-message";

    /// <summary>Compose: the <c>reportSymptoms</c> message after a rep with unknown symptoms.</summary>
    public const string ReportRepSymptomsMessage = "report-rep-symptoms-message";

    /// <summary>Compose: the <c>reportSymptoms</c> message when the baseline is missing.</summary>
    public const string ReportBaselineMessage = "report-baseline-message";

    /// <summary>Compose: the <c>notMedicalAdvice</c> message.</summary>
    public const string NotMedicalAdviceMessage = "not-medical-advice-message";
}
