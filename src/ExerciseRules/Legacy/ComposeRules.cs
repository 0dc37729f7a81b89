using ExerciseRules.Protocol;
using ExerciseRules.Model;

namespace ExerciseRules.Legacy;

/// <summary>
/// The compose stage: the messages that go with the decision. Messages that encourage exercise are left out
/// when the step is to seek urgent care, so nothing distracts from it.
/// </summary>
internal static class ComposeRules
{
    public static IEnumerable<Rule> All(ProtocolOptions o)
    {
        yield return Rule.Define(RuleNames.StepMessage)
            .Describe("Every advice starts with a message that explains its step.")
            .From(Sources.PracticeStepMessage)
            .InStage(RuleStage.Compose).WithPriority(100)
            .When<Decision>()
            .Then((ctx, decision) => Add(ctx, MessageCodes.ForStep(decision.Step)));

        yield return Rule.Define(RuleNames.SeverePainMessage)
            .Describe("With rule 9: the pain is severe; do not go further, and if it stays this strong, stop and contact the therapist.")
            .From(Sources.PracticeSeverePain)
            .InStage(RuleStage.Compose).WithPriority(95)
            .When<Decision>(d => d.Step == AdviceStep.HoldRange)
            .And<LastRep>(r => r.Response != SymptomChange.Worse && r.IsSeverePain(o.SeverePain))
            .Then((ctx, _, _) => Add(ctx, MessageCodes.SeverePain));

        yield return Rule.Define(RuleNames.CentralisingMessage)
            .Describe("The symptoms are centralising: a good sign that indicates recovery.")
            .From(Sources.Centralisation)
            .InStage(RuleStage.Compose).WithPriority(90)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<Centralisation>(c => c.IsCentralising)
            .Then((ctx, _) => Add(ctx, MessageCodes.Centralising));

        yield return Rule.Define(RuleNames.PeripheralisingMessage)
            .Describe("The last rep moved the symptoms further down the leg.")
            .From(Sources.PracticePeripheralising)
            .InStage(RuleStage.Compose).WithPriority(80)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<LastRep>(r => r.Peripheralised)
            .Then((ctx, _) => Add(ctx, MessageCodes.Peripheralising));

        yield return Rule.Define(RuleNames.MoveSlowlyMessage)
            .Describe("The last rep took less than MinRepSeconds: move slowly.")
            .From(Sources.MoveSlowly)
            .InStage(RuleStage.Compose).WithPriority(70)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<OpenSet>(s => s.LastRep != null && s.LastRep.DurationSeconds < o.MinRepSeconds)
            .Then((ctx, _) => Add(ctx, MessageCodes.MoveSlowly));

        yield return Rule.Define(RuleNames.ExerciseRegularlyMessage)
            .Describe("The pain has not improved after PersistDays, but the exercise was not regular: exercise regularly.")
            .From(Sources.Regularly)
            .InStage(RuleStage.Compose).WithPriority(60)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<Episode>(e => e.SinceFirstSession >= TimeSpan.FromDays(o.PersistDays))
            .And<Improvement>(i => !i.IsImproved)
            .And<Regularity>(r => !r.IsRegular)
            .Then((ctx, _, _, _) => Add(ctx, MessageCodes.ExerciseRegularly));

        yield return Rule.Define(RuleNames.RiseSafelyMessage)
            .Describe("After a finished set: how to rise from the floor.")
            .From(Sources.RiseSafely)
            .InStage(RuleStage.Compose).WithPriority(50)
            .When<Decision>(d => d.Step == AdviceStep.FinishSet)
            .Then((ctx, _) => Add(ctx, MessageCodes.RiseSafely));

        yield return Rule.Define(RuleNames.KeepRelaxedMessage)
            .Describe("Starting a press-up set: keep the lower back relaxed.")
            .From(Sources.KeepRelaxed)
            .InStage(RuleStage.Compose).WithPriority(40)
            .When<Decision>(d => d.Step == AdviceStep.StartSet && d.Exercise == Exercise.PressUp)
            .Then((ctx, _) => Add(ctx, MessageCodes.KeepRelaxed));

        yield return Rule.Define(RuleNames.ReportRepSymptomsMessage)
            .Describe("The last rep's symptoms are unknown: report pain and where it reaches after each rep.")
            .From(Sources.PracticeNeverBlind)
            .InStage(RuleStage.Compose).WithPriority(30)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .Unknown<LastRep>()
            .Then(ctx => Add(ctx, MessageCodes.ReportSymptoms));

        yield return Rule.Define(RuleNames.ReportBaselineMessage)
            .Describe("The baseline is missing, so the pain-persists and review rules cannot judge: report the symptoms.")
            .From(Sources.PracticeNeverBlind)
            .InStage(RuleStage.Compose).WithPriority(29)
            .Not<Decision>(d => d.Step == AdviceStep.SeekUrgentCare)
            .When<Episode>(e => e.Baseline == null || !e.Baseline.IsReported)
            .Then((ctx, _) => Add(ctx, MessageCodes.ReportSymptoms));

        yield return Rule.Define(RuleNames.NotMedicalAdviceMessage)
            .Describe("Every advice says it is self-management guidance, not medical advice.")
            .From(Sources.PracticeNotMedicalAdvice)
            .InStage(RuleStage.Compose).WithPriority(0)
            .When<Decision>()
            .Then((ctx, _) => Add(ctx, MessageCodes.NotMedicalAdvice));
    }

    private static void Add(IRuleContext ctx, string code) => ctx.Get<ComposedMessages>().Add(code);
}
