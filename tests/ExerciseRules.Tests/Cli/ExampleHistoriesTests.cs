using System.Globalization;
using System.Text.Json;
using ExerciseRules.Cli;

namespace ExerciseRules.Tests.Cli;

/// <summary>
/// Runs every example history of <c>docs/examples</c> through the real command line (<c>exrules advise</c>,
/// in-process) and checks the advice against the expectations in <c>docs/examples/examples.json</c>, which were
/// written from PROTOCOL.md, DESIGN.md and the clinical source text alone. Entries marked <c>knownMismatch</c>
/// are places where the command line disagrees with the spec; they are skipped with the reason.
/// </summary>
public sealed class ExampleHistoriesTests
{
    private const double Tolerance = 1e-9;

    private static readonly string ExamplesDirectory = Path.Combine(FindRepositoryRoot(), "docs", "examples");

    private static readonly HashSet<string> KnownExpectKeys =
    [
        "step", "urgency", "exercise", "targetRange", "restSeconds", "repsDone", "nextSessionDue",
        "messagesInclude", "messagesExclude", "decidedBy", "firedInclude",
    ];

    public static TheoryData<string> Examples() => Ids(Path.Combine(ExamplesDirectory, "examples.json"));

    public static TheoryData<string> InvalidExamples() => Ids(Path.Combine(ExamplesDirectory, "invalid", "invalid.json"));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Advise_Example_GivesExpectedAdvice(string id)
    {
        using var manifest = LoadManifest(Path.Combine(ExamplesDirectory, "examples.json"));
        var entry = Find(manifest.RootElement, id);
        if (entry.TryGetProperty("knownMismatch", out var mismatch))
        {
            Assert.Skip($"Known mismatch with the spec: {mismatch.GetString()}");
        }

        var path = Path.Combine(ExamplesDirectory, entry.GetProperty("file").GetString()!);
        var options = entry.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Object ? o : (JsonElement?)null;

        var (exitCode, stdout, stderr) = RunAdvise(path, entry.GetProperty("now").GetString()!, options);

        stderr.Should().BeEmpty();
        exitCode.Should().Be(0);
        using var advice = JsonDocument.Parse(stdout);
        var root = advice.RootElement;
        var expect = entry.GetProperty("expect");
        var because = $"{id} checks: {entry.GetProperty("checks").GetString()}";

        foreach (var property in expect.EnumerateObject())
        {
            KnownExpectKeys.Should().Contain(property.Name, "every expectation in the manifest must be checked");
        }

        CheckString(root, expect, "step", because);
        CheckString(root, expect, "urgency", because);
        CheckString(root, expect, "exercise", because);
        CheckNumber(root, expect, "targetRange", because);
        CheckNumber(root, expect, "restSeconds", because);
        CheckNumber(root, expect, "repsDone", because);

        if (expect.TryGetProperty("nextSessionDue", out var due))
        {
            root.GetProperty("nextSessionDue").ValueKind.Should().Be(JsonValueKind.String, because);
            ParseTime(root.GetProperty("nextSessionDue").GetString()!).Should().Be(ParseTime(due.GetString()!), because);
        }

        var codes = root.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        foreach (var code in Strings(expect, "messagesInclude"))
        {
            codes.Should().Contain(code, because);
        }

        foreach (var code in Strings(expect, "messagesExclude"))
        {
            codes.Should().NotContain(code, because);
        }

        var fired = root.GetProperty("firedRules").EnumerateArray().ToList();
        if (expect.TryGetProperty("decidedBy", out var decidedBy))
        {
            var firstDecide = fired.FirstOrDefault(r => r.GetProperty("stage").GetString() == "decide");
            firstDecide.ValueKind.Should().Be(JsonValueKind.Object, "a decide rule must have fired; " + because);
            firstDecide.GetProperty("name").GetString().Should().Be(decidedBy.GetString(), because);
        }

        var firedNames = fired.Select(r => r.GetProperty("name").GetString()).ToList();
        foreach (var name in Strings(expect, "firedInclude"))
        {
            firedNames.Should().Contain(name, because);
        }

        CheckInvariants(root, options, because);

        // Invariant: the same history, options and time give the same advice.
        var again = RunAdvise(path, entry.GetProperty("now").GetString()!, options);
        again.Stdout.Should().Be(stdout, "advice is deterministic");
    }

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

    private static void CheckInvariants(JsonElement advice, JsonElement? options, string because)
    {
        var minRange = options is { } a && a.TryGetProperty("minRange", out var m) ? m.GetDouble() : 0.1;
        var maxReps = options is { } b && b.TryGetProperty("maxReps", out var x) ? x.GetInt32() : 15;

        // Invariant: a target range is always within [minRange, 1].
        if (advice.GetProperty("targetRange").ValueKind == JsonValueKind.Number)
        {
            advice.GetProperty("targetRange").GetDouble().Should().BeInRange(minRange - Tolerance, 1 + Tolerance, because);
        }

        // Invariant: no advice ever asks for a rep beyond maxReps.
        if (advice.GetProperty("repsDone").ValueKind == JsonValueKind.Number
            && advice.GetProperty("repsRemaining").ValueKind == JsonValueKind.Number)
        {
            (advice.GetProperty("repsDone").GetInt32() + advice.GetProperty("repsRemaining").GetInt32())
                .Should().BeLessThanOrEqualTo(maxReps, because);
        }
    }

    private static void CheckString(JsonElement advice, JsonElement expect, string name, string because)
    {
        if (!expect.TryGetProperty(name, out var expected))
        {
            return;
        }

        var actual = advice.GetProperty(name);
        if (expected.ValueKind == JsonValueKind.Null)
        {
            actual.ValueKind.Should().Be(JsonValueKind.Null, $"{name} should be null; {because}");
        }
        else
        {
            actual.ValueKind.Should().Be(JsonValueKind.String, $"{name}; {because}");
            actual.GetString().Should().Be(expected.GetString(), $"{name}; {because}");
        }
    }

    private static void CheckNumber(JsonElement advice, JsonElement expect, string name, string because)
    {
        if (!expect.TryGetProperty(name, out var expected))
        {
            return;
        }

        var actual = advice.GetProperty(name);
        if (expected.ValueKind == JsonValueKind.Null)
        {
            actual.ValueKind.Should().Be(JsonValueKind.Null, $"{name} should be null; {because}");
        }
        else
        {
            actual.ValueKind.Should().Be(JsonValueKind.Number, $"{name}; {because}");
            actual.GetDouble().Should().BeApproximately(expected.GetDouble(), Tolerance, $"{name}; {because}");
        }
    }

    private static IEnumerable<string> Strings(JsonElement expect, string name) =>
        expect.TryGetProperty(name, out var array)
            ? array.EnumerateArray().Select(e => e.GetString()!)
            : [];

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

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
            var exitCode = CliApp.Run([.. args], TextReader.Null, stdout, stderr, TimeProvider.System);
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
