using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Protocol;

namespace ExerciseRules;

/// <summary>What a message text may draw on: the decision, the protocol options and the episode.</summary>
/// <param name="Decision">The decision the advice carries.</param>
/// <param name="Options">The protocol options in force.</param>
/// <param name="Episode">What the episode says at the moment of advice.</param>
public sealed record MessageContext(Decision Decision, ProtocolOptions Options, Episode Episode);

/// <summary>The English texts of the messages, written for the person doing the exercises.</summary>
internal static class DefaultAdviceTexts
{
    public static string For(string code, MessageContext context)
    {
        var d = context.Decision;
        var o = context.Options;
        return code switch
        {
            "seekUrgentCare" when d.Urgency == Urgency.Emergency =>
                $"Stop the exercises and get emergency medical help now: call your local emergency number or go to an emergency department. {Flags(d)} can be a sign of pressure on the nerves at the bottom of the spine (cauda equina syndrome), which needs treatment straight away.",
            "seekUrgentCare" =>
                $"Stop the exercises and see a doctor today. {Flags(d)} together with back pain needs a medical check before you carry on with the programme.",
            "contactTherapist" =>
                $"Your pain has not improved as expected ({Days(context)} since your first session). Contact your physical therapist now to make them aware of your situation, and follow their advice before you carry on.",
            "stopSet" =>
                $"Stop this set now: your symptoms got worse with {(d.RepsDone == 1 ? "the last rep" : "several reps in a row")}. Lower down slowly and rest lying on your stomach. {StepBack(d.Exercise)}{Due(d)}",
            "finishSet" =>
                $"Well done, this set is finished after {d.RepsDone} {(d.RepsDone == 1 ? "rep" : "reps")}. Relax once again on your stomach for a moment before you get up.{Due(d)}",
            "reduceRange" =>
                $"Your symptoms are intensifying. Slowly lower down and rest for {d.RestSeconds} seconds, then {Again(d.Exercise)} but do not go so far this time{Target(d, "about")}.",
            "holdRange" =>
                $"Do the next rep to the same range as the last one{Target(d, "about")}.",
            "progressRange" =>
                $"Your symptoms did not get worse. On the next rep, try to go a little further{Target(d, "to about")}, moving slowly.",
            "startSet" =>
                $"Start a set of {Describe(d.Exercise)}. Go slowly{Target(d, "to about")}, and aim for {o.MinReps} to {o.MaxReps} repetitions.",
            "nextSession" =>
                $"Rest for now. Your next session, {Describe(d.Exercise)}, is due at {Time(d.NextSessionDue)}.",
            MessageCodes.Centralising =>
                "Your symptoms are moving toward your back (centralising). This is a good sign and indicates recovery.",
            MessageCodes.Peripheralising =>
                "Your symptoms moved further down your leg with the last rep. That counts as worse, even if the pain number fell.",
            MessageCodes.MoveSlowly =>
                $"Move slowly: the last rep took less than {o.MinRepSeconds.ToString("0.#", CultureInfo.InvariantCulture)} seconds.",
            MessageCodes.ExerciseRegularly =>
                $"Your pain has not improved after {o.PersistDays} days, but the exercises were not done regularly. Aim for at least {o.MinSessionsPerDay} sessions every day.",
            MessageCodes.RiseSafely =>
                "To rise from the floor, press up one last time, then slowly bend one knee up and then the other until your feet are on the floor and you can stand normally. Keep the forward curve in your lower back as you rise.",
            MessageCodes.KeepRelaxed =>
                "Keep your lower back relaxed: let your arms do the work while your pelvis stays on the floor.",
            MessageCodes.ReportSymptoms =>
                "Please report your pain (0 to 10) and how far it reaches (back, buttock, thigh, knee, calf or foot) before the set and after each rep, so the programme can tell whether the exercise helps.",
            MessageCodes.NotMedicalAdvice =>
                "This is self-management guidance for an exercise programme, not medical advice or a diagnosis. If you are worried about your symptoms, contact your physical therapist or doctor.",
            _ => code,
        };
    }

    private static string Target(Decision d, string preposition) =>
        d.TargetRange is { } t ? $" ({preposition} {Math.Round(t * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}% of your full range)" : string.Empty;

    private static string Due(Decision d) => d.NextSessionDue is { } due ? $" Your next session is due at {Time(due)}." : string.Empty;

    private static string Time(DateTimeOffset? time) =>
        time is { } t
            ? t.ToString("HH:mm 'on' yyyy-MM-dd", CultureInfo.InvariantCulture) + (t.Offset == TimeSpan.Zero ? " (UTC)" : t.ToString(" (UTC zzz)", CultureInfo.InvariantCulture))
            : "a later time";

    private static string Days(MessageContext context)
    {
        var days = context.Episode.SinceFirstSession is { } since ? (int)since.TotalDays : 0;
        return days == 1 ? "1 day" : $"{days} days";
    }

    private static string Flags(Decision d)
    {
        var names = d.RedFlags.Select(f => f switch
        {
            RedFlag.SaddleNumbness => "numbness around the saddle area",
            RedFlag.BladderOrBowelChange => "a change in bladder or bowel control",
            RedFlag.ProgressiveLegWeakness => "leg weakness that is getting worse",
            RedFlag.Fever => "a fever",
            RedFlag.UnexplainedWeightLoss => "unexplained weight loss",
            RedFlag.SignificantTrauma => "a significant injury",
            RedFlag.ConstantNightPain => "constant pain at night",
            RedFlag.HistoryOfCancer => "a history of cancer",
            _ => f.ToString(),
        }).ToList();
        var text = names.Count switch
        {
            0 => "what you reported",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1],
        };
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Describe(Exercise? exercise) => exercise switch
    {
        Exercise.ProneLying => "lying on your stomach, relaxed",
        Exercise.ProneOnElbows => "propping yourself up on your elbows with your lower back relaxed",
        Exercise.PressUp => "press-ups: hands flat under your shoulders, press your upper body up while your pelvis stays on the floor",
        _ => "the exercise",
    };

    private static string Again(Exercise? exercise) => exercise switch
    {
        Exercise.PressUp => "press up again",
        Exercise.ProneOnElbows => "prop yourself up again",
        _ => "go into the position again",
    };

    private static string StepBack(Exercise? exercise) => exercise switch
    {
        Exercise.PressUp => "Your next session goes back to propping up on your elbows.",
        Exercise.ProneOnElbows => "Your next session goes back to lying on your stomach.",
        _ => "Your next session stays with lying on your stomach.",
    };
}
