using ExerciseRules.Scenarios;
using System.Globalization;
using System.Text.Json;
using Clinic;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseRules.Samples.Tests.Docs.Examples;

/// <summary>The code of docs/custom-rules.md, compiled and run (SnippetTests keeps the doc equal to it).</summary>
public sealed class CustomRulesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T09:58:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public void Clinic_HighPain_AddsTheClinicsMessageToTheProtocolsAdvice()
    {
        var history = PressUpSet(lastPain: 8);
        var now = Now;

        // begin-snippet: clinic-usage
        var texts = MessageTexts.FromTemplates(new Dictionary<string, string>
        {
            [ClinicRules.HighPainCode] = "Your pain is high after that rep. If it is still 7 or more once you have rested, stop for today and call the clinic.",
        });
        var advisor = new Advisor(new AdvisorSettings
        {
            Texts = texts,
            AdditionalRules = [.. ClinicRules.All(threshold: 7)], // compiled with the protocol's rules, once
        });

        AdviceResult result = advisor.Advise(history, now);
        // result.Advice.Step == AdviceStep.ReduceRange, as the protocol decides; the messages now include "highPain".
        // end-snippet

        var advice = result.GetAdviceOrThrow();
        advice.Step.Should().Be(AdviceStep.ReduceRange);
        advice.Messages.Select(m => m.Code).Should().Equal(
            MessageCodes.ForStep(AdviceStep.ReduceRange), MessageCodes.Centralising, ClinicRules.HighPainCode, MessageCodes.NotMedicalAdvice);
        advice.Messages[2].Text.Should().StartWith("Your pain is high after that rep.");
        advice.FiredRules.Select(r => r.Name).Should().Contain([ClinicRules.HighPainRule, ClinicRules.HighPainMessageRule]);
        advice.FiredRules.Single(r => r.Name == ClinicRules.HighPainRule).Stage.Should().Be(Engine.RuleStage.Derive);
    }

    [Fact]
    public void Clinic_RedFlag_LeavesTheClinicsMessageOut()
    {
        var history = PressUpSet(lastPain: 9) with { RedFlags = [RedFlag.Fever] };

        var advice = Clinic().Advise(history, Now).GetAdviceOrThrow();

        advice.Step.Should().Be(AdviceStep.SeekUrgentCare);
        advice.HasMessage(ClinicRules.HighPainCode).Should().BeFalse();
    }

    [Fact]
    public void Clinic_PainBelowTheThreshold_GivesTheLibrarysAdvice()
    {
        var history = PressUpSet(lastPain: 6);

        Clinic().Advise(history, Now).GetAdviceOrThrow().Should().Be(new Advisor().Advise(history, Now).GetAdviceOrThrow());
    }

    [Fact]
    public void Clinic_EveryExampleHistory_DecidesAsTheProtocolDoes()
    {
        // The clinic's rules add a message and never change the protocol's decision: with them taken out, the advice
        // for every shipped example is the library's own.
        var scenarios = ScenarioDirectory.Load(
            Repository.PathOf("tests", "ExerciseRules.Protocol.Tests", "Scenarios"),
            new ScenarioLoadOptions { AllowOutside = Repository.PathOf("docs", "examples") }).Scenarios;
        var checkedWithMessage = 0;
        foreach (var scenario in scenarios.Where(s => s.Options is null))
        {
            var history = scenario.History!;
            var now = scenario.Now;

            var clinic = Clinic(highPain: 5).Advise(history, now).GetAdviceOrThrow();
            var library = new Advisor().Advise(history, now).GetAdviceOrThrow();

            checkedWithMessage += clinic.HasMessage(ClinicRules.HighPainCode) ? 1 : 0;
            var withoutClinic = clinic with
            {
                Messages = [.. clinic.Messages.Where(m => m.Code != ClinicRules.HighPainCode)],
                FiredRules = [.. clinic.FiredRules.Where(r => !r.Name.StartsWith("clinic-", StringComparison.Ordinal))],
            };
            withoutClinic.Should().Be(library, scenario.Name);
        }

        checkedWithMessage.Should().BeGreaterThan(0, "some examples have a pain of 5 or more after the last rep");
    }

    [Fact]
    public void Clinic_InvalidHistory_GivesErrorsNotAdvice()
    {
        var history = PressUpSet(lastPain: 11);

        var result = Clinic().Advise(history, Now);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("sessions[0].reps[1].pain");
    }

    [Fact]
    public void Clinic_Tracker_RunsTheClinicsRulesToo()
    {
        var history = PressUpSet(lastPain: 8);
        var clinic = Clinic();

        var tracker = AdviceTracker.FromHistory(clinic, history).GetValueOrThrow();

        tracker.Advise(Now).GetAdviceOrThrow().Should().Be(clinic.Advise(history, Now).GetAdviceOrThrow());
        tracker.Advise(Now).GetAdviceOrThrow().HasMessage(ClinicRules.HighPainCode).Should().BeTrue();
    }

    [Fact]
    public void Options_InCode()
    {
        // begin-snippet: options-in-code
        var options = ProtocolOptions.Default with { MaxReps = 12, SessionInterval = TimeSpan.FromMinutes(90) };
        var advisor = new Advisor(options); // invalid options throw InvalidProtocolOptionsException, listing every problem
        // end-snippet

        advisor.Options.MaxReps.Should().Be(12);
    }

    [Fact]
    public void Options_FromJson()
    {
        // begin-snippet: options-from-json
        var parsed = ExerciseRulesJson.ParseOptions("""{ "maxReps": 12, "sessionInterval": "01:30:00" }""");
        if (!parsed.IsValid)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error); // e.g. "maxReps: must be between 1 and 100"
            }
        }

        var advisor = new Advisor(parsed.GetValueOrThrow()); // what the file leaves out keeps its default
        // end-snippet

        advisor.Options.Should().Be(ProtocolOptions.Default with { MaxReps = 12, SessionInterval = TimeSpan.FromMinutes(90) });
    }

    [Fact]
    public void Options_FromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("ExerciseRules:MaxReps", "12"), new("ExerciseRules:SessionInterval", "01:30:00")])
            .Build();
        var services = new ServiceCollection();

        // begin-snippet: options-from-configuration
        // appsettings.json: { "ExerciseRules": { "MaxReps": 12, "SessionInterval": "01:30:00" } }
        services.AddExerciseRules(configuration.GetSection("ExerciseRules"));
        // Advisor is now a singleton; unknown names and invalid values stop the host at start-up.
        // end-snippet

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Advisor>().Options.Should().Be(ProtocolOptions.Default with { MaxReps = 12, SessionInterval = TimeSpan.FromMinutes(90) });
    }

    [Fact]
    public void MessageTexts_OwnWords()
    {
        var history = PressUpSet(lastPain: 8);

        // begin-snippet: message-texts
        var texts = MessageTexts.FromTemplates(
            new Dictionary<string, string>
            {
                ["reduceRange"] = "Tus síntomas aumentan. Baja despacio, descansa {restSeconds} segundos y vuelve a subir, pero menos (hasta un {target}).",
                ["notMedicalAdvice"] = "Esto es una guía de autocuidado, no un consejo médico ni un diagnóstico.",
            },
            CultureInfo.GetCultureInfo("es-ES")); // keys left out fall back to the English texts
        var advisor = new Advisor(new AdvisorSettings { Texts = texts });
        // end-snippet

        var advice = advisor.Advise(history, Now).GetAdviceOrThrow();
        advice.Messages[0].Text.Should().Be("Tus síntomas aumentan. Baja despacio, descansa 5 segundos y vuelve a subir, pero menos (hasta un 40%).");
        advice.Messages[^1].Text.Should().StartWith("Esto es una guía");
    }

    [Fact]
    public void MessageTexts_UnknownPlaceholder_IsRejectedWhenTheTextsAreBuilt()
    {
        var build = () => MessageTexts.FromTemplates(new Dictionary<string, string> { ["reduceRange"] = "Rest {seconds} s." });

        build.Should().Throw<ArgumentException>().WithMessage("*'reduceRange' uses {seconds}, which is not a placeholder*");
    }

    private static Advisor Clinic(int highPain = 7) => new(new AdvisorSettings
    {
        Texts = MessageTexts.FromTemplates(new Dictionary<string, string> { [ClinicRules.HighPainCode] = "Call the clinic if it stays high." }),
        AdditionalRules = [.. ClinicRules.All(highPain)],
    });

    private static History PressUpSet(int lastPain) => new(
        sessions:
        [
            new Session(Exercise.PressUp, Now.AddMinutes(-3),
                [
                    new Rep(Range: 0.4, Pain: 5, Location: SymptomLocation.Buttock, At: Now.AddMinutes(-2)),
                    new Rep(Range: 0.5, Pain: lastPain, Location: SymptomLocation.Buttock, At: Now.AddMinutes(-1)),
                ],
                before: new SymptomReport(5, SymptomLocation.Buttock)),
        ],
        baseline: new SymptomReport(6, SymptomLocation.Thigh));
}
