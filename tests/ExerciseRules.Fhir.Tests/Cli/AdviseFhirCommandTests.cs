using ExerciseRules.Cli;
using ExerciseRules.Fhir.Tests.Support;
using ExerciseRules.Serialization;

namespace ExerciseRules.Fhir.Tests.Cli;

/// <summary><c>exrules advise --fhir BUNDLE.json</c>: advice from a FHIR Bundle, problems by their FHIR path, every read bounded.</summary>
public sealed class AdviseFhirCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("exrules-fhir-").FullName;

    [Fact]
    public void AdviseFhir_ExampleBundle_PrintsTheAdviceOfTheSameEpisodeInTheWireFormat()
    {
        var bundle = Repository.PathOf("docs", "fhir", "examples", "Bundle-quickstart.json");

        var (exit, stdout, stderr) = Run("advise", "--fhir", bundle, "--now", "2026-11-24T09:58:00Z");

        stderr.Should().BeEmpty();
        exit.Should().Be(ExitCodes.Success);
        var expected = new Advisor().AdviseJson(Repository.ReadText("docs", "examples", "quickstart.json"), DateTimeOffset.Parse("2026-11-24T09:58:00Z", System.Globalization.CultureInfo.InvariantCulture));
        stdout.Should().Be(ExerciseRulesJson.Serialize(expected.GetAdviceOrThrow()) + Environment.NewLine);
    }

    [Fact]
    public void AdviseFhir_BadValue_ExitsTwoWithTheFhirPath()
    {
        var path = Path.Combine(_directory, "bad.json");
        var json = Repository.ReadText("docs", "fhir", "examples", "Bundle-quickstart.json");
        var first = json.IndexOf("\"valueInteger\": 6", StringComparison.Ordinal);
        File.WriteAllText(path, json[..first] + "\"valueInteger\": 16" + json[(first + "\"valueInteger\": 6".Length)..]);

        var (exit, stdout, stderr) = Run("advise", "--fhir", path, "--now", "2026-11-24T09:58:00Z");

        exit.Should().Be(ExitCodes.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be("Bundle.entry[1].resource.valueInteger: must be between 0 and 10" + Environment.NewLine);
    }

    [Fact]
    public void AdviseFhir_WireFormatGivenAsFhir_IsRefusedNotGuessed()
    {
        var (exit, _, stderr) = Run("advise", "--fhir", Repository.PathOf("docs", "examples", "quickstart.json"));

        exit.Should().Be(ExitCodes.BadInput);
        stderr.Should().Be("$: has no resourceType: a FHIR resource is required" + Environment.NewLine);
    }

    [Fact]
    public void AdviseFhir_FileOverTheDocumentLimit_IsRefusedBeforeItIsRead()
    {
        var path = Path.Combine(_directory, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength((8 * 1024 * 1024) + 1);
        }

        var (exit, _, stderr) = Run("advise", "--fhir", path);

        exit.Should().Be(ExitCodes.BadInput);
        stderr.Should().Be($"HISTORY: cannot read '{path}': it is 8 388 609 bytes; at most 8 388 608 are allowed" + Environment.NewLine);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, Stream.Null, stdout, stderr, TimeProvider.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
