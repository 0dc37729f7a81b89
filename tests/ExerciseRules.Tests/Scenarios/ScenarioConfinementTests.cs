using ExerciseRules.Scenarios;
using ExerciseRules.Tests.Support;
using ExerciseRules.Validation;

namespace ExerciseRules.Tests.Scenarios;

/// <summary>
/// The C# side of scenario reading: <see cref="ScenarioFile.Load"/>, <see cref="ScenarioDirectory.Load"/> and
/// <see cref="Scenario.Parse"/> read regular files only, bounded, follow no directory links, and read a
/// <c>historyFile</c> only inside the scenario's tree or <see cref="ScenarioLoadOptions.AllowOutside"/>.
/// </summary>
public sealed class ScenarioConfinementTests : IDisposable
{
    private const string EmptyHistory = """{ "sessions": [] }""";
    private const string Outside = "so it is not read (allow one more directory with exrules check --allow-outside DIR, or ScenarioLoadOptions.AllowOutside)";

    private readonly string _dir = Directory.CreateTempSubdirectory("exrules-confinement-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string ScenarioJson(string historyFile) =>
        $$"""{ "name": "s", "now": "2026-11-24T10:00:00Z", "historyFile": "{{historyFile}}", "expect": {} }""";

    [Fact]
    public void Load_HistoryFileInTheSameTree_IsRead()
    {
        Write("histories/h.json", EmptyHistory);
        var path = Write("s.json", ScenarioJson("histories/./h.json"));

        var file = ScenarioFile.Load(path);

        file.IsValid.Should().BeTrue(string.Join("; ", file.Errors));
        file.Scenario!.History!.Sessions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("../h.json")]
    [InlineData("histories/../../h.json")]
    public void Load_HistoryFileUpAndOutOfTheTree_IsAnErrorAndNotRead(string historyFile)
    {
        Write("h.json", "SECRET-TOKEN-1234");
        var path = Write("scenarios/s.json", ScenarioJson(historyFile));

        var file = ScenarioFile.Load(path);

        file.Errors.Should().ContainSingle().Which.Should().Be(new InputError(
            "historyFile", $"cannot read '{historyFile}': it is outside the scenario directory '{Path.Combine(_dir, "scenarios")}', {Outside}"));
    }

    [Fact]
    public void Load_AbsoluteHistoryFileElsewhere_IsAnError()
    {
        var secret = Write("h.json", EmptyHistory);
        var path = Write("scenarios/s.json", ScenarioJson(secret));

        var file = ScenarioFile.Load(path);

        file.Errors.Should().ContainSingle().Which.Message.Should().StartWith($"cannot read '{secret}': it is outside the scenario directory");
    }

    [Fact]
    public void Load_HistoryFileThatIsALinkOutOfTheTree_IsAnError()
    {
        var target = Write("h.json", EmptyHistory);
        var path = Write("scenarios/s.json", ScenarioJson("h.json"));
        SpecialFiles.Link(Path.Combine(_dir, "scenarios", "h.json"), target, directory: false);

        var file = ScenarioFile.Load(path);

        file.Errors.Should().ContainSingle().Which.Message.Should().StartWith("cannot read 'h.json': it is outside the scenario directory");
    }

    [Fact]
    public void Load_HistoryFileThroughALinkThatStaysInTheTree_IsRead()
    {
        Write("scenarios/data/h.json", EmptyHistory);
        var path = Write("scenarios/s.json", ScenarioJson("shortcut/h.json"));
        SpecialFiles.Link(Path.Combine(_dir, "scenarios", "shortcut"), "data", directory: true);

        ScenarioFile.Load(path).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Load_HistoryFileInALinkLoop_IsAnError()
    {
        var path = Write("s.json", ScenarioJson("loop/h.json"));
        SpecialFiles.Link(Path.Combine(_dir, "loop"), "loop", directory: true);

        var file = ScenarioFile.Load(path);

        file.Errors.Should().ContainSingle().Which.Should().Be(new InputError(
            "historyFile", "cannot read 'loop/h.json': it goes through more than 40 symbolic links (a loop?), so it is not read"));
    }

    [Fact]
    public void Load_AllowOutside_LetsThatDirectoryIn()
    {
        Write("examples/h.json", EmptyHistory);
        var path = Write("scenarios/s.json", ScenarioJson("../examples/h.json"));

        var file = ScenarioFile.Load(path, new ScenarioLoadOptions { AllowOutside = Path.Combine(_dir, "examples") });

        file.IsValid.Should().BeTrue(string.Join("; ", file.Errors));
    }

    [Fact]
    public void Load_HistoryFileOverTheLimit_IsAnError()
    {
        var history = Write("h.json", EmptyHistory + new string(' ', 300));
        var path = Write("s.json", ScenarioJson("h.json"));

        var file = ScenarioFile.Load(path, new ScenarioLoadOptions { Limits = InputLimits.Default with { MaxDocumentBytes = 200 } });

        file.Errors.Should().ContainSingle().Which.Should().Be(
            new InputError("historyFile", $"cannot read 'h.json': it is {new FileInfo(history).Length} bytes; at most 200 are allowed"));
    }

    [Fact]
    public void Load_ScenarioFileOverTheLimit_IsAnErrorWithItsPath()
    {
        var path = Write("s.json", ScenarioJson("h.json") + new string(' ', 300));

        var file = ScenarioFile.Load(path, new ScenarioLoadOptions { Limits = InputLimits.Default with { MaxDocumentBytes = 200 } });

        file.Errors.Should().ContainSingle().Which.ToString().Should().Be($"{path}: cannot be read: it is {new FileInfo(path).Length} bytes; at most 200 are allowed");
    }

    [Fact]
    public void Load_Directory_SaysItIsADirectory()
    {
        var path = Path.Combine(_dir, "d.json");
        Directory.CreateDirectory(path);

        ScenarioFile.Load(path).Errors.Should().ContainSingle().Which.ToString().Should().Be($"{path}: cannot be read: it is a directory, not a file");
    }

    [Fact]
    public async Task Load_Fifo_IsAnErrorWithoutOpeningIt()
    {
        var path = Path.Combine(_dir, "f.json");
        SpecialFiles.Fifo(path);

        var file = await SpecialFiles.Within(() => ScenarioFile.Load(path));

        file.Errors.Should().ContainSingle().Which.ToString().Should().Be($"{path}: cannot be read: it is empty, or not a regular file (a FIFO, device or socket), so it is not read");
    }

    [Fact]
    public async Task DirectoryLoad_LinkLoop_IsNotFollowed()
    {
        Write("a.json", """{ "name": "a", "now": "2026-11-24T10:00:00Z", "history": { "sessions": [] }, "expect": {} }""");
        SpecialFiles.Link(Path.Combine(_dir, "self"), ".", directory: true);
        SpecialFiles.Link(Path.Combine(_dir, "up"), "..", directory: true);

        var directory = await SpecialFiles.Within(() => ScenarioDirectory.Load(_dir));

        directory.IsValid.Should().BeTrue();
        directory.Files.Select(f => f.RelativePath).Should().Equal("a.json");
    }

    [Fact]
    public void DirectoryLoad_LinkedJsonFile_IsAnErrorOnThatFile()
    {
        var target = Write("data/a.txt", """{ "name": "a", "now": "2026-11-24T10:00:00Z", "history": { "sessions": [] }, "expect": {} }""");
        var link = Path.Combine(_dir, "a.json");
        SpecialFiles.Link(link, target, directory: false);

        var directory = ScenarioDirectory.Load(_dir);

        directory.Files.Should().ContainSingle().Which.Errors.Should().Equal(
            new InputError(link, "is a symbolic link, which is not followed: a scenario directory holds regular files only"));
    }

    [Fact]
    public void DirectoryLoad_HistoryFileElsewhereInTheTree_IsRead()
    {
        Write("histories/h.json", EmptyHistory);
        Write("scenarios/s.json", ScenarioJson("../histories/h.json"));

        var directory = ScenarioDirectory.Load(_dir);

        directory.IsValid.Should().BeTrue(string.Join("; ", directory.Files.SelectMany(f => f.Errors)));
        directory.Files.Select(f => f.RelativePath).Should().Equal("scenarios/s.json");
    }

    [Fact]
    public void DirectoryLoad_AFile_SaysItIsNotADirectory()
    {
        var path = Write("s.json", ScenarioJson("h.json"));

        ScenarioDirectory.Load(path).Errors.Should().ContainSingle().Which.ToString()
            .Should().Be($"{path}: is a file, not a directory: give the directory that holds the scenario files");
    }

    [Fact]
    public void Parse_HistoryFileOutsideTheBaseDirectory_IsAnError()
    {
        Write("h.json", EmptyHistory);
        var baseDirectory = Path.Combine(_dir, "scenarios");
        Directory.CreateDirectory(baseDirectory);

        var result = Scenario.Parse(ScenarioJson("../h.json"), baseDirectory);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be($"cannot read '../h.json': it is outside the scenario directory '{baseDirectory}', {Outside}");
        Scenario.Parse(ScenarioJson("../h.json"), baseDirectory, new ScenarioLoadOptions { AllowOutside = _dir }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Options_BlankAllowOutside_Throws()
    {
        var act = () => new ScenarioLoadOptions { AllowOutside = " " };

        act.Should().Throw<ArgumentException>().WithMessage("Value should not be empty or white space.*");
    }

    [Fact]
    public void Options_NullLimits_Throw()
    {
        var act = () => new ScenarioLoadOptions { Limits = null! };

        act.Should().Throw<ArgumentNullException>();
    }
}
