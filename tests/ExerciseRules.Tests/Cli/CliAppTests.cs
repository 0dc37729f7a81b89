using System.Text;
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
        var code = CliApp.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr, TimeProvider.System);
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

    private string Scenario(string name, string expect, string extra = "") =>
        Write(name, $$"""{ "name": "{{Path.GetFileNameWithoutExtension(name)}}", "source": "PROTOCOL row 7", "now": "2026-11-24T09:58:00Z", {{extra}} "history": {{History}}, "expect": {{expect}} }""");

    [Fact]
    public void Check_AllPass_PrintsOneLinePerFileAndTheSummaryAndExitsZero()
    {
        Scenario("a.json", """{ "step": "reduceRange", "targetRange": 0.4 }""");
        Directory.CreateDirectory(Path.Combine(_dir, "more"));
        Scenario("more/b.json", """{ "decidedBy": "symptoms-intensify" }""");

        var (code, output, error) = Run(string.Empty, "check", _dir);

        code.Should().Be(ExitCodes.Success);
        error.Should().BeEmpty();
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal("PASS a", "PASS b", "2 passed, 0 failed");
    }

    [Fact]
    public void Check_Failure_PrintsTheMismatchesAndTraceAndExitsThree()
    {
        Scenario("a.json", """{ "step": "reduceRange" }""");
        Scenario("b.json", """{ "step": "progressRange", "targetRange": 0.6 }""");

        var (code, output, error) = Run(string.Empty, "check", _dir);

        code.Should().Be(ExitCodes.ScenarioFailed);
        error.Should().BeEmpty();
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[..6].Should().Equal(
            "PASS a",
            "FAIL b",
            "  file: b.json",
            "  source: PROTOCOL row 7",
            "  step: expected progressRange, got reduceRange",
            "  targetRange: expected 0.6, got 0.4");
        lines[6].Should().StartWith("  advice: Advice { Step = ReduceRange");
        lines[7].Should().Be("  trace:");
        lines.Should().Contain(l => l.StartsWith("    #", StringComparison.Ordinal) && l.Contains("fired decide/symptoms-intensify (priority 70)"));
        lines[^1].Should().Be("1 passed, 1 failed");
        output.Should().NotContain("\u001b[", "redirected output is plain text");
    }

    [Fact]
    public void Check_Options_ReplaceEveryScenariosOwn()
    {
        Scenario("a.json", """{ "targetRange": 0.3 }""", """ "options": { "rangeStep": 0.2 }, """);
        var options = Write("options.txt", """{ "rangeStep": 0.1 }""");

        Run(string.Empty, "check", _dir).Code.Should().Be(ExitCodes.Success);
        var (code, output, _) = Run(string.Empty, "check", _dir, "--options", options);

        code.Should().Be(ExitCodes.ScenarioFailed);
        output.Should().Contain("  targetRange: expected 0.3, got 0.4");
    }

    [Fact]
    public void Check_InvalidScenarioFile_PrintsOneLinePerProblemRunsNothingAndExitsTwo()
    {
        Scenario("a.json", """{ "step": "reduceRange" }""");
        Scenario("b.json", """{ "stepp": "reduceRange" }""");
        Write("c.json", """{ "name": "c", "now": "2026-11-24T09:58:00Z", "historyFile": "missing.json", "expect": { "firedInclude": ["progres"] } }""");

        var (code, output, error) = Run(string.Empty, "check", _dir);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "b.json: expect.stepp: is not a known property",
            "c.json: expect.firedInclude[0]: 'progres' is not a rule of the press-up protocol (rule names look like symptoms-intensify; see RuleNames)",
            "c.json: historyFile: cannot read 'missing.json': no such file");
    }

    [Fact]
    public void Check_HistoryThatIsNotValid_IsAFailedScenario()
    {
        Scenario("a.json", "{}").Should().NotBeNull();
        File.WriteAllText(Path.Combine(_dir, "a.json"), File.ReadAllText(Path.Combine(_dir, "a.json")).Replace("\"range\": 0.4", "\"range\": 1.4"));

        var (code, output, _) = Run(string.Empty, "check", _dir);

        code.Should().Be(ExitCodes.ScenarioFailed);
        output.Should().Contain("FAIL a").And.Contain("  history.sessions[0].reps[0].range: must be between 0 and 1 (a fraction of full range)");
    }

    [Fact]
    public void Check_MissingDirectory_ExitsTwo()
    {
        var missing = Path.Combine(_dir, "missing");

        var (code, output, error) = Run(string.Empty, "check", missing);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"{missing}: cannot be read: no such directory");
    }

    [Fact]
    public void Check_DirectoryWithoutScenarios_ExitsTwo()
    {
        var (code, _, error) = Run(string.Empty, "check", _dir);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be($"SCENARIO_DIR: '{_dir}' holds no scenario files (*.json)");
    }

    [Fact]
    public void Check_BadOptions_ExitsTwoNamingEachOption()
    {
        Scenario("a.json", "{}");
        var options = Write("options.txt", """{ "maxReps": 0 }""");

        var (code, output, error) = Run(string.Empty, "check", _dir, "--options", options);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be("options.maxReps: must be between 1 and 100");
    }

    [Fact]
    public void Advise_FileOverTheDocumentLimit_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_dir, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(ExerciseRules.Validation.InputLimits.Default.MaxDocumentBytes + 1L);
        }

        var (code, output, error) = Run(string.Empty, "advise", path, "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"HISTORY: cannot read '{path}': it is 8 388 609 bytes; at most 8 388 608 are allowed");
    }

    [Fact]
    public void Advise_StdinOverTheDocumentLimit_IsRefused()
    {
        var (code, _, error) = Run(new string(' ', ExerciseRules.Validation.InputLimits.Default.MaxDocumentBytes + 1), "advise", "-", "--now", "2026-11-24T09:58:00Z");

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("HISTORY: cannot read stdin: it holds more than 8 388 608 bytes; at most 8 388 608 are allowed");
    }
}
