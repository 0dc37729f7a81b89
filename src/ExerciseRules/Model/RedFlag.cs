namespace ExerciseRules.Model;

/// <summary>
/// Warning signs that a person reports and that always override the exercise programme.
/// </summary>
/// <remarks>
/// The first three may be signs of cauda equina syndrome and call for emergency care; the others call for an
/// urgent medical review. <c>ExerciseRules.Protocol.RedFlags</c> tells the two groups apart.
/// </remarks>
public enum RedFlag
{
    /// <summary>Numbness around the genitals, buttocks or inner thighs (the "saddle" area). Emergency.</summary>
    SaddleNumbness = 0,

    /// <summary>New difficulty controlling or passing urine or stool. Emergency.</summary>
    BladderOrBowelChange = 1,

    /// <summary>Weakness in one or both legs that is getting worse. Emergency.</summary>
    ProgressiveLegWeakness = 2,

    /// <summary>A fever together with the back pain. Urgent.</summary>
    Fever = 3,

    /// <summary>Weight loss with no explanation. Urgent.</summary>
    UnexplainedWeightLoss = 4,

    /// <summary>The pain started after a fall, accident or other significant injury. Urgent.</summary>
    SignificantTrauma = 5,

    /// <summary>Constant pain at night that does not ease with rest or a change of position. Urgent.</summary>
    ConstantNightPain = 6,

    /// <summary>A past or present cancer. Urgent.</summary>
    HistoryOfCancer = 7,
}
