using ExerciseRules.Scenarios;

namespace ExerciseRules.Tests.Scenarios;

public sealed class ScenarioFileTests : IDisposable
{
    private const string Valid = """{ "name": "empty", "now": "2026-11-24T10:00:00Z", "history": { "sessions": [] }, "expect": { "step": "startSet" } }""";

    private readonly string _dir = Directory.CreateTempSubdirectory("exrules-scenario-file-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_ValidFile_ReadsTheScenario()
    {
        var file = ScenarioFile.Load(Write("empty.json", Valid));

        file.IsValid.Should().BeTrue();
        file.Errors.Should().BeEmpty();
        file.Scenario!.Name.Should().Be("empty");
        file.RelativePath.Should().Be("empty.json");
        file.Scenario.Run().Passed.Should().BeTrue();
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorWithItsPath()
    {
        var path = Path.Combine(_dir, "missing.json");

        var file = ScenarioFile.Load(path);

        file.IsValid.Should().BeFalse();
        file.Scenario.Should().BeNull();
        file.Errors.Should().ContainSingle().Which.ToString().Should().Be($"{path}: cannot be read: no such file");
    }

    [Fact]
    public void Load_NotJson_SaysWhere()
    {
        var file = ScenarioFile.Load(Write("broken.json", "{ \"name\": \"n\",\n  \"now\" 1 }"));

        file.Errors.Should().ContainSingle().Which.ToString().Should().Be("$: is not valid JSON at line 2, column 9: '1' is invalid after a property name. Expected a ':'");
    }

    [Fact]
    public void Load_HistoryFile_IsRelativeToTheScenarioFile()
    {
        Write("histories/h.json", """{ "sessions": [] }""");
        var path = Write("scenarios/s.json", """{ "name": "s", "now": "2026-11-24T10:00:00Z", "historyFile": "../histories/h.json", "expect": {} }""");

        var file = ScenarioFile.Load(path, new ScenarioLoadOptions { AllowOutside = Path.Combine(_dir, "histories") });

        file.Scenario!.HistoryFile.Should().Be(Path.Combine(_dir, "histories", "h.json"));
        file.Scenario.History!.Sessions.Should().BeEmpty();
    }
}
