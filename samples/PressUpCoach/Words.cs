using System.Globalization;
using ExerciseRules;
using ExerciseRules.Model;

namespace PressUpCoach;

/// <summary>Plain words for the library's values.</summary>
public static class Words
{
    /// <summary>Gets where the symptoms reach, in words.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The words.</returns>
    public static string Location(SymptomLocation location) => location switch
    {
        SymptomLocation.None => "no symptoms anywhere",
        SymptomLocation.Back => "the lower back only",
        SymptomLocation.Buttock => "down to the buttock",
        SymptomLocation.Thigh => "down to the thigh",
        SymptomLocation.Knee => "down to the knee",
        SymptomLocation.Calf => "down to the calf",
        SymptomLocation.Foot => "down to the foot",
        _ => location.ToString(),
    };

    /// <summary>Gets a red flag, in words.</summary>
    /// <param name="flag">The red flag.</param>
    /// <returns>The words.</returns>
    public static string RedFlag(RedFlag flag) => flag switch
    {
        ExerciseRules.Model.RedFlag.SaddleNumbness => "numbness around the genitals, buttocks or inner thighs",
        ExerciseRules.Model.RedFlag.BladderOrBowelChange => "new trouble controlling or passing urine or stool",
        ExerciseRules.Model.RedFlag.ProgressiveLegWeakness => "weakness in a leg that is getting worse",
        ExerciseRules.Model.RedFlag.Fever => "a fever",
        ExerciseRules.Model.RedFlag.UnexplainedWeightLoss => "weight loss with no explanation",
        ExerciseRules.Model.RedFlag.SignificantTrauma => "the pain started after a fall, accident or other injury",
        ExerciseRules.Model.RedFlag.ConstantNightPain => "constant pain at night that rest does not ease",
        ExerciseRules.Model.RedFlag.HistoryOfCancer => "cancer, now or in the past",
        _ => flag.ToString(),
    };

    /// <summary>Gets an exercise, in words.</summary>
    /// <param name="exercise">The exercise.</param>
    /// <returns>The words.</returns>
    public static string Exercise(Exercise exercise) => exercise switch
    {
        ExerciseRules.Model.Exercise.ProneLying => "lying on your stomach",
        ExerciseRules.Model.Exercise.ProneOnElbows => "propped up on your elbows",
        ExerciseRules.Model.Exercise.PressUp => "press-ups",
        _ => exercise.ToString(),
    };

    /// <summary>Gets the headline of a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The headline.</returns>
    public static string Headline(AdviceStep step) => step switch
    {
        AdviceStep.SeekUrgentCare => "Get medical help now",
        AdviceStep.ContactTherapist => "Contact your physical therapist",
        AdviceStep.StopSet => "Stop the set",
        AdviceStep.FinishSet => "Set finished",
        AdviceStep.ReduceRange => "Ease off",
        AdviceStep.HoldRange => "Same range again",
        AdviceStep.ProgressRange => "A little further",
        AdviceStep.StartSet => "Start the set",
        AdviceStep.NextSession => "Rest until the next session",
        _ => step.ToString(),
    };

    /// <summary>Gets a range as a percentage of full range.</summary>
    /// <param name="range">The range (0..1).</param>
    /// <returns>The text, e.g. "40%".</returns>
    public static string Percent(double range) =>
        Math.Round(range * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Gets a symptom report, in words.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The words, e.g. "pain 5/10, down to the thigh".</returns>
    public static string Symptoms(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pain = report.Pain is { } p ? $"pain {p.ToString(CultureInfo.InvariantCulture)}/10" : "pain not reported";
        var where = report.Location is { } l ? Location(l) : "location not reported";
        return $"{pain}, {where}";
    }
}
