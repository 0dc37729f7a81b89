using System.Globalization;
using System.Text.Json;
using ExerciseRules.Cli;

namespace ExerciseRules.Tests.Cli;

/// <summary>
/// Runs every invalid example input of <c>docs/examples/invalid</c> through the real command line
/// (<c>exrules advise</c>, in-process) and checks that stderr names each bad field by its path, as
/// <c>docs/examples/invalid/invalid.json</c> lists them. The valid example histories are checked by the scenario
/// files of <c>tests/ExerciseRules.Protocol.Tests/Scenarios</c>.
/// </summary>
public sealed class ExampleHistoriesTests
{
    private static readonly string ExamplesDirectory = Path.Combine(FindRepositoryRoot(), "docs", "examples");

    public static TheoryData<string> InvalidExamples() => Ids(Path.Combine(ExamplesDirectory, "invalid", "invalid.json"));

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void Advise_InvalidExample_ReportsEachProblemWithItsPath(string id)
    {
        var directory = Path.Combine(ExamplesDirectory, "invalid");
        using var manifest = LoadManifest(Path.Combine(directory, "invalid.json"));
        var entry = Find(manifest.RootElement, id);
        if (entry.TryGetProperty("knownMismatch", out var mismatch))
        {
            Assert.Skip($"Known mismatch with the spec: {mismatch.GetString()}");
        }

        var options = entry.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object ? o : (JsonElement?)null;
        var (exitCode, stdout, stderr) = RunAdvise(
            Path.Combine(directory, entry.GetProperty("file").GetString()!), entry.GetProperty("now").GetString()!, options);

        exitCode.Should().Be(2, stderr);
        stdout.Should().BeEmpty();
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = entry.GetProperty("errors").EnumerateArray().ToList();
        lines.Should().HaveCount(errors.Count, "one line per problem: " + stderr);
        foreach (var error in errors)
        {
            var prefix = error.GetProperty("path").GetString() + ":";
            var line = lines.SingleOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            line.Should().NotBeNull($"a line must name the field path '{prefix}'; stderr was: {stderr}");
            if (error.TryGetProperty("contains", out var contains))
            {
                line.Should().Contain(contains.GetString());
            }
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) RunAdvise(string historyPath, string now, JsonElement? options)
    {
        string? optionsPath = null;
        try
        {
            var args = new List<string> { "advise", historyPath, "--now", now };
            if (options is { } value)
            {
                optionsPath = Path.Combine(Path.GetTempPath(), $"exrules-options-{Guid.NewGuid():N}.json");
                File.WriteAllText(optionsPath, value.GetRawText());
                args.Add("--options");
                args.Add(optionsPath);
            }

            using var stdout = new StringWriter(CultureInfo.InvariantCulture);
            using var stderr = new StringWriter(CultureInfo.InvariantCulture);
            var exitCode = CliApp.Run([.. args], Stream.Null, stdout, stderr, TimeProvider.System);
            return (exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            if (optionsPath is not null)
            {
                File.Delete(optionsPath);
            }
        }
    }

    private static TheoryData<string> Ids(string manifestPath)
    {
        using var manifest = LoadManifest(manifestPath);
        var data = new TheoryData<string>();
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            data.Add(IdOf(entry));
        }

        return data;
    }

    private static JsonElement Find(JsonElement manifest, string id) =>
        manifest.EnumerateArray().Single(e => IdOf(e) == id).Clone();

    private static string IdOf(JsonElement entry) =>
        entry.TryGetProperty("id", out var id) ? id.GetString()! : entry.GetProperty("file").GetString()!;

    private static JsonDocument LoadManifest(string path) => JsonDocument.Parse(File.ReadAllText(path));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ExerciseRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ExerciseRules.sln above {AppContext.BaseDirectory}.");
    }
}
