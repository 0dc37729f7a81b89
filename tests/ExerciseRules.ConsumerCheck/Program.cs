// A host app in ten lines: configuration → DI → advisor → advice for a history.
using ExerciseRules;
using ExerciseRules.Fhir;
using ExerciseRules.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["ExerciseRules:MaxReps"] = "12" })
    .Build();
using var services = new ServiceCollection().AddExerciseRules(configuration.GetSection("ExerciseRules")).BuildServiceProvider();
var advisor = services.GetRequiredService<Advisor>();

var now = new DateTimeOffset(2026, 11, 24, 9, 58, 0, TimeSpan.Zero);
var history = new History(
    [
        new Session(Exercise.PressUp, now.AddMinutes(-3), [new Rep(0.4, 5, SymptomLocation.Buttock), new Rep(0.5, 6, SymptomLocation.Buttock)],
            before: new SymptomReport(5, SymptomLocation.Buttock)),
    ],
    baseline: new SymptomReport(6, SymptomLocation.Thigh));

var advice = advisor.Advise(history, now).GetAdviceOrThrow();
Console.WriteLine($"step={advice.Step} target={advice.TargetRange} remaining={advice.RepsRemaining}");
Console.WriteLine(advice.Messages[0].Text);

// The same episode as FHIR R4 (ExerciseRules.Fhir): written as a Bundle, read back, advised on.
var fromFhir = FhirHistory.Parse(FhirHistory.ToJson(history)).Advise(advisor, now).GetAdviceOrThrow();
Console.WriteLine($"fhir: step={fromFhir.Step} target={fromFhir.TargetRange}");

// The CDS Hooks service (ExerciseRules.CdsHooks) maps onto a host with the advisor's registration.
var web = WebApplication.CreateSlimBuilder();
web.Services.AddExerciseRules();
await using var app = web.Build();
app.MapExerciseRulesCdsHooks();
Console.WriteLine("cds-hooks: mapped /cds-services");

return advice is { Step: AdviceStep.ReduceRange, TargetRange: 0.4, RepsRemaining: 10 } && fromFhir == advice ? 0 : 1;
