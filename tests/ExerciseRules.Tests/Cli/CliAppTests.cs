using System.Text.Json;
using ExerciseRules.Cli;

namespace ExerciseRules.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private const string History = """
        {
          "baseline": { "pain": 6, "location": "thigh" },
          "sessions": [
            {
              "exercise": "pressUp",
              "startedAt": "2026-11-24T09:55:00Z",
              "before": { "pain": 5, "location": "buttock" },
              "reps": [ { "range": 0.4, "pain": 5, "location": "buttock", "durationSeconds": 4, "at": "2026-11-24T09:56:00Z" },
                        { "range": 0.5, "pain": 6, "location": "buttock", "durationSeconds": 4, "at": "2026-11-24T09:57:00Z" } ],
              "completed": false
            }
          ]
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("exrules-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new StringReader(stdin), stdout, stderr, TimeProvider.System);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Advise_ValidHistory_PrintsAdviceJsonAndExitsZero()
    {
        var (code, output, error) = Run(string.Empty, "advise", Write("h.json", History), "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("step").GetString().Should().Be("reduceRange");
        json.RootElement.GetProperty("targetRange").GetDouble().Should().Be(0.4);
        json.RootElement.GetProperty("nextSessionDue").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Advise_Dash_ReadsTheHistoryFromStdin()
    {
        var (code, output, _) = Run(History, "advise", "-", "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("\"step\": \"reduceRange\"");
    }

    [Fact]
    public void Advise_BadHistory_PrintsOneLinePerProblemAndExitsTwo()
    {
        var bad = History.Replace("\"pain\": 6, \"location\": \"buttock\"", "\"pain\": 11, \"location\": \"buttock\"")
            .Replace("\"range\": 0.4", "\"range\": 1.4");

        var (code, output, error) = Run(bad, "advise", "-", "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(
            "sessions[0].reps[0].range: must be between 0 and 1 (a fraction of full range)",
            "sessions[0].reps[1].pain: must be between 0 and 10");
    }

    [Fact]
    public void Advise_UnknownProperty_NamesItsPath()
    {
        var (code, _, error) = Run(History.Replace("\"durationSeconds\": 4, \"at\": \"2026-11-24T09:57:00Z\"", "\"durationSeconds\": 4, \"painn\": 3"), "advise", "-", "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("sessions[0].reps[1].painn: is not a known property");
    }

    [Fact]
    public void Advise_Options_AreApplied()
    {
        var options = Write("o.json", """{ "rangeStep": 0.2 }""");

        var (code, output, _) = Run(History, "advise", "-", "--now", "2026-11-24T09:58:00Z", "--options", options);

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("\"targetRange\": 0.3");
    }

    [Fact]
    public void Advise_BadOptions_NamesEachOption()
    {
        var options = Write("o.json", """{ "maxReps": 0, "minRange": 2 }""");

        var (code, output, error) = Run(History, "advise", "-", "--now", "2026-11-24T09:58:00Z", "--options", options);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Should().Contain("options.maxReps: must be between 1 and 100").And.Contain("options.minRange: must be greater than 0 and at most 1");
    }

    [Fact]
    public void Advise_BadNowAndMissingFile_ReportsBoth()
    {
        var (code, _, error) = Run(string.Empty, "advise", Path.Combine(_dir, "missing.json"), "--now", "tomorrow");

        code.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("--now: must be a date and time in ISO 8601 form").And.Contain("HISTORY: cannot read").And.Contain("no such file");
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithUsage()
    {
        var (code, output, error) = Run(string.Empty, "advize", "x.json");

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Should().Contain("Usage: exrules advise");
    }
}
