using ExerciseRules.Scenarios;

namespace ExerciseRules.Tests.Scenarios;

public sealed class ScenarioDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("exrules-scenario-dir-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Scenario(string name, string history = "\"history\": { \"sessions\": [] }") =>
        $$"""{ "name": "{{name}}", "now": "2026-11-24T10:00:00Z", {{history}}, "expect": {} }""";

    [Fact]
    public void Load_Directory_ReadsEveryJsonFileRecursivelyInOrdinalOrder()
    {
        Write("b.json", Scenario("b"));
        Write("a/z.json", Scenario("a/z"));
        Write("B.json", Scenario("B"));
        Write("notes.txt", "not a scenario");

        var directory = ScenarioDirectory.Load(_dir);

        directory.IsValid.Should().BeTrue();
        directory.Files.Select(f => f.RelativePath).Should().Equal("B.json", "a/z.json", "b.json");
        directory.Scenarios.Select(s => s.Name).Should().Equal("B", "a/z", "b");
    }

    [Fact]
    public void Load_InvalidFile_IsKeptWithItsErrors()
    {
        Write("good.json", Scenario("good"));
        Write("bad.json", """{ "name": "bad" }""");

        var directory = ScenarioDirectory.Load(_dir);

        directory.IsValid.Should().BeFalse();
        directory.Files.Should().HaveCount(2);
        directory.Files[0].RelativePath.Should().Be("bad.json");
        directory.Files[0].Errors.Select(e => e.Path).Should().Equal("now", "expect", "history");
        directory.Scenarios.Select(s => s.Name).Should().Equal("good");
    }

    [Fact]
    public void Load_FilesUsedAsHistoryFile_AreNotScenarios()
    {
        Write("histories/h.json", """{ "sessions": [] }""");
        Write("s.json", Scenario("s", "\"historyFile\": \"histories/h.json\""));

        var directory = ScenarioDirectory.Load(_dir);

        directory.IsValid.Should().BeTrue();
        directory.Files.Select(f => f.RelativePath).Should().Equal("s.json");
    }

    [Fact]
    public void Load_MissingDirectory_IsAnErrorWithItsPath()
    {
        var path = Path.Combine(_dir, "missing");

        var directory = ScenarioDirectory.Load(path);

        directory.IsValid.Should().BeFalse();
        directory.Files.Should().BeEmpty();
        directory.Errors.Should().ContainSingle().Which.ToString().Should().Be($"{path}: cannot be read: no such directory");
    }
}
