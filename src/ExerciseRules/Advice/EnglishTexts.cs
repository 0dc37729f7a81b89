namespace ExerciseRules;

/// <summary>
/// The English message templates shipped with the library (<see cref="MessageTexts.English"/>), by key. They are
/// compiled in rather than read from a resource at start-up: a ResourceReader cost about 12 ms of a cold start.
/// </summary>
internal static class EnglishTexts
{
    /// <summary>Creates the templates (a new dictionary each call: <see cref="MessageTexts"/> keeps the one it is given).</summary>
    public static Dictionary<string, string> Create() => new(StringComparer.Ordinal)
    {
        ["format.list"] = "{items} or {last}",
        ["format.time"] = "HH:mm 'on' yyyy-MM-dd '(UTC'zzz')'",
        ["stopSet.proneLying"] = "Stop this set now: your symptoms kept getting worse. Lower down slowly and rest lying on your stomach. Your next session stays with lying on your stomach. Your next session is due at {nextSessionDue}.",
        ["exercise.pressUp"] = "press-ups: hands flat under your shoulders, press your upper body up while your pelvis stays on the floor",
        ["reportSymptoms"] = "Please report your pain (0 to 10) and how far it reaches (back, buttock, thigh, knee, calf or foot) before the set and after each rep, so the programme can tell whether the exercise helps.",
        ["nextSession"] = "Rest for now. Your next session is due at {nextSessionDue}. It will be {exercise}.",
        ["stopSet.proneOnElbows"] = "Stop this set now: your symptoms kept getting worse. Lower down slowly and rest lying on your stomach. Your next session goes back to lying on your stomach. Your next session is due at {nextSessionDue}.",
        ["notMedicalAdvice"] = "This is self-management guidance for an exercise programme, not medical advice or a diagnosis. If you are worried about your symptoms, contact your physical therapist or doctor.",
        ["riseSafely"] = "To rise from the floor, press up one last time, then slowly bend one knee up and then the other until your feet are on the floor and you can stand normally. Keep the forward curve in your lower back as you rise.",
        ["exercise.proneLying"] = "lying on your stomach, relaxed",
        ["redFlag.unexplainedWeightLoss"] = "unexplained weight loss",
        ["moveSlowly"] = "Move slowly: the last rep took less than {minRepSeconds} seconds.",
        ["seekUrgentCare.urgent"] = "Stop the exercises and see a doctor today. {RedFlags} together with back pain needs a medical check before you carry on with the programme.",
        ["reduceRange.noTarget"] = "Your symptoms are intensifying. Slowly lower down and rest for {restSeconds} seconds, then {again} but do not go so far this time.",
        ["redFlag.constantNightPain"] = "constant pain at night",
        ["stopSet.pressUp"] = "Stop this set now: your symptoms kept getting worse. Lower down slowly and rest lying on your stomach. Your next session goes back to propping up on your elbows. Your next session is due at {nextSessionDue}.",
        ["again.proneOnElbows"] = "prop yourself up again",
        ["exerciseRegularly"] = "Your pain has not improved after {persistDays} days, but the exercises were not done regularly. Aim for at least {minSessionsPerDay} sessions every day.",
        ["redFlag.bladderOrBowelChange"] = "a change in bladder or bowel control",
        ["startSet"] = "Start a set of {exercise}. Go slowly (to about {target} of your full range), and aim for {minReps} to {maxReps} repetitions.",
        ["finishSet"] = "Well done, this set is finished. Relax once again on your stomach for a moment before you get up. Your next session is due at {nextSessionDue}.",
        ["startSet.noTarget"] = "Start a set of {exercise}. Go slowly, and aim for {minReps} to {maxReps} repetitions.",
        ["keepRelaxed"] = "Keep your lower back relaxed: let your arms do the work while your pelvis stays on the floor.",
        ["contactTherapist"] = "Your pain has not improved as expected ({daysSinceStart} days since your first session). Contact your physical therapist now to make them aware of your situation, and follow their advice before you carry on.",
        ["redFlag.fever"] = "a fever",
        ["centralising"] = "Your symptoms are moving toward your back (centralising). This is a good sign and indicates recovery.",
        ["peripheralising"] = "Your symptoms moved further down your leg with the last rep. That counts as worse, even if the pain number fell.",
        ["progressRange"] = "Your symptoms did not get worse. On the next rep, try to go a little further (to about {target} of your full range), moving slowly.",
        ["progressRange.noTarget"] = "Your symptoms did not get worse. On the next rep, try to go a little further, moving slowly.",
        ["seekUrgentCare.emergency"] = "Stop the exercises and get emergency medical help now: call your local emergency number or go to an emergency department. {RedFlags} can be a sign of pressure on the nerves at the bottom of the spine (cauda equina syndrome), which needs treatment straight away.",
        ["again.pressUp"] = "press up again",
        ["redFlag.saddleNumbness"] = "numbness around the saddle area",
        ["redFlag.historyOfCancer"] = "a history of cancer",
        ["exercise.proneOnElbows"] = "propping yourself up on your elbows with your lower back relaxed",
        ["holdRange.noTarget"] = "Do the next rep to the same range as the last one.",
        ["redFlag.significantTrauma"] = "a significant injury",
        ["reduceRange"] = "Your symptoms are intensifying. Slowly lower down and rest for {restSeconds} seconds, then {again} but do not go so far this time (about {target} of your full range).",
        ["again.proneLying"] = "go into the position again",
        ["holdRange"] = "Do the next rep to the same range as the last one (about {target} of your full range).",
        ["redFlag.progressiveLegWeakness"] = "leg weakness that is getting worse",
    };
}
