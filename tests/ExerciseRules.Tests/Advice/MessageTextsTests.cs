using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests;

public sealed class MessageTextsTests
{
    private static readonly string[] Steps =
        ["seekUrgentCare", "contactTherapist", "stopSet", "finishSet", "reduceRange", "holdRange", "progressRange", "startSet", "nextSession"];

    [Fact]
    public void English_HasATemplateForEveryStepAndMessageCode()
    {
        string[] codes =
        [
            .. Steps, MessageCodes.Centralising, MessageCodes.Peripheralising, MessageCodes.MoveSlowly, MessageCodes.ExerciseRegularly,
            MessageCodes.RiseSafely, MessageCodes.KeepRelaxed, MessageCodes.ReportSymptoms, MessageCodes.SeverePain, MessageCodes.NotMedicalAdvice,
        ];

        codes.Should().OnlyContain(code => MessageTexts.English.Find(code) != null || MessageTexts.English.Keys.Any(k => k.StartsWith(code + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void English_UsesOnlyKnownPlaceholders()
    {
        var act = () => MessageTexts.FromTemplates(MessageTexts.English.Keys.ToDictionary(k => k, k => MessageTexts.English.Find(k)!));

        act.Should().NotThrow();
    }

    [Fact]
    public void Advise_RendersNoPlaceholderLeftUnfilled()
    {
        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Buttock))));

        advice.Messages.Should().OnlyContain(m => !m.Text.Contains('{'));
        advice.Messages[0].Text.Should().Be("Your symptoms are intensifying. Slowly lower down and rest for 5 seconds, then press up again but do not go so far this time (about 40% of your full range).");
    }

    [Fact]
    public void Render_NoTarget_UsesTheNoTargetVariant()
    {
        var advice = Advise(History(OpenSet(Exercise.ProneOnElbows, Symptoms(5, Buttock), Rep(null, 6, Buttock))));

        advice.Messages[0].Text.Should().Be("Your symptoms are intensifying. Slowly lower down and rest for 5 seconds, then prop yourself up again but do not go so far this time.");
    }

    [Fact]
    public void Render_WorseRepAtTheBottomOfTheRange_DoesNotAskToPressUp()
    {
        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.0, 6, Buttock))));

        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.TargetRange.Should().Be(0.0);
        advice.Messages[0].Text.Should().Be("Your symptoms are intensifying, even at the bottom of the range. Slowly lower down and rest for 5 seconds, lying flat. Stay at the bottom of the range on the next rep: do not press up.");
    }

    [Fact]
    public void Render_HoldAtTheBottomOfTheRange_SaysStayDown()
    {
        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.0))));

        advice.Step.Should().Be(AdviceStep.HoldRange);
        advice.Messages[0].Text.Should().Be("Do the next rep at the bottom of the range, as the last one: stay down, without pressing up.");
    }

    [Fact]
    public void Render_NegativeZeroRange_NeverReadsMinusZero()
    {
        var worse = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(-0.0, 6, Buttock))));
        var unknown = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(-0.0))));
        var severe = Advise(History(OpenSet(Symptoms(9, Buttock), Rep(-0.0, 9, Buttock))));

        foreach (var advice in new[] { worse, unknown, severe })
        {
            double.IsNegative(advice.TargetRange!.Value).Should().BeFalse("a target of -0 would be shown as \"-0\" ({0})", advice.DecidedBy());
            ExerciseRules.Serialization.ExerciseRulesJson.Serialize(advice).Should().Contain("\"targetRange\": 0,").And.NotContain("-0");
            advice.Messages.Should().NotContain(m => m.Text.Contains("-0"));
        }
    }

    [Fact]
    public void Render_TargetBelowOnePercent_ReadsOnePercentNotZero()
    {
        var options = ProtocolOptions.Default with { MinRange = 0.001, RangeStep = 0.001 };

        var advice = Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.003, 6, Buttock))), options);

        advice.TargetRange.Should().Be(0.002);
        advice.Messages[0].Text.Should().Contain("(about 1% of your full range)");
    }

    [Fact]
    public void FromTemplates_HostTexts_ReplaceTheEnglishAndFallBackForTheRest()
    {
        var spanish = MessageTexts.FromTemplates(
            new Dictionary<string, string>
            {
                ["reduceRange"] = "Tus síntomas aumentan: baja despacio, descansa {restSeconds} segundos y vuelve a subir hasta un {target}.",
            },
            CultureInfo.GetCultureInfo("es-ES"));
        var advisor = new Advisor(new AdvisorSettings { Texts = spanish });

        var advice = advisor.Advise(History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Buttock))), Now).GetAdviceOrThrow();

        advice.Messages[0].Text.Should().Be("Tus síntomas aumentan: baja despacio, descansa 5 segundos y vuelve a subir hasta un 40%.");
        advice.Messages[^1].Text.Should().StartWith("This is self-management guidance");
    }

    [Fact]
    public void FromTemplates_UnknownPlaceholdersAndEmptyTemplates_AreAllReported()
    {
        var act = () => MessageTexts.FromTemplates(new Dictionary<string, string> { ["holdRange"] = "Hold {targt}.", ["finishSet"] = " " });

        act.Should().Throw<ArgumentException>()
            .WithMessage("The message templates are not valid: 'finishSet' is empty; 'holdRange' uses {targt}, which is not a placeholder (known: *). (Parameter 'templates')");
    }

    [Fact]
    public void Render_CodeWithoutTemplate_ShowsTheCode()
    {
        var context = new MessageContext(new Decision(AdviceStep.HoldRange), ProtocolOptions.Default, new Episode(Now, null, null, null, null, [0, 0, 0]));

        MessageTexts.English.Render("hostCustomCode", context).Should().Be("hostCustomCode");
    }

    [Fact]
    public void Render_SeveralRedFlags_ListsThemWithOr()
    {
        var history = History() with { RedFlags = [RedFlag.Fever, RedFlag.HistoryOfCancer, RedFlag.ConstantNightPain] };

        var advice = Advise(history);

        advice.Messages[0].Text.Should().Be("Stop the exercises and see a doctor today. A fever, a history of cancer or constant pain at night together with back pain needs a medical check before you carry on with the programme.");
    }
}
