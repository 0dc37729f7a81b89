using System.Text;
using ExerciseRules.Cli;
using ExerciseRules.Tests.Support;

namespace ExerciseRules.Tests.Cli;

/// <summary>
/// What a hostile or careless user can give <c>exrules</c>: devices, FIFOs, links, paths out of the scenario
/// directory, culture-dependent times, stdin twice. Each ends in one clear line and exit 2 (or advice), never a hang,
/// an unbounded read or a stray fault. Anything that could block runs with a time limit.
/// </summary>
public sealed class CliAppHostileInputTests : IDisposable
{
    private const string Now = "2026-11-24T10:00:00Z";
    private const string EmptyHistory = """{ "sessions": [] }""";

    private readonly string _dir = Directory.CreateTempSubdirectory("exrules-cli-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Scenario(string name, string history) =>
        Write(name, $$"""{ "name": "{{Path.GetFileNameWithoutExtension(name)}}", "now": "{{Now}}", {{history}}, "expect": { "step": "startSet" } }""");

    private static (int Code, string Out, string Err) Run(Stream stdin, TimeProvider clock, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdin, stdout, stderr, clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => Run(Stream.Null, TimeProvider.System, args);

    private static Task<(int Code, string Out, string Err)> RunWithin(params string[] args) => SpecialFiles.Within(() => Run(args));

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    // Reads that are bounded: the limit counts the bytes read, not the length a file reports.

    [Fact]
    public async Task Advise_DeviceAsHistory_StopsAtTheLimitWithOneLine()
    {
        var zero = SpecialFiles.Zero();

        var (code, output, error) = await RunWithin("advise", zero, "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be("HISTORY: cannot read '/dev/zero': it holds more than 8 388 608 bytes; at most 8 388 608 are allowed");
    }

    [Fact]
    public async Task Advise_DeviceAsOptions_StopsAtTheOptionsLimit()
    {
        var zero = SpecialFiles.Zero();

        var (code, _, error) = await RunWithin("advise", Write("h.json", EmptyHistory), "--options", zero, "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("--options: cannot read '/dev/zero': it holds more than 65 536 bytes; at most 65 536 are allowed");
    }

    [Fact]
    public async Task Advise_EndlessStdin_IsReadNoFurtherThanTheLimit()
    {
        var stdin = new EndlessStream();

        var (code, _, error) = await SpecialFiles.Within(() => Run(stdin, TimeProvider.System, "advise", "-", "--now", Now));

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("HISTORY: cannot read stdin: it holds more than 8 388 608 bytes; at most 8 388 608 are allowed");
        stdin.BytesRead.Should().BeLessThan(9 * 1024 * 1024, "reading stops just past the limit");
    }

    [Fact]
    public async Task Advise_FifoAsHistory_IsReadAsTheShellsProcessSubstitutionGivesIt()
    {
        var fifo = Path.Combine(_dir, "history-pipe");
        SpecialFiles.Fifo(fifo);
        var writer = Task.Run(() => File.WriteAllText(fifo, EmptyHistory), TestContext.Current.CancellationToken);

        var (code, output, error) = await RunWithin("advise", fifo, "--now", Now);
        await writer.WaitAsync(SpecialFiles.Patience, TestContext.Current.CancellationToken);

        code.Should().Be(ExitCodes.Success, error);
        output.Should().Contain("\"step\": \"startSet\"");
    }

    [Fact]
    public async Task Advise_ResponseFileArgument_IsNotRead()
    {
        var zero = SpecialFiles.Zero();

        var (code, output, error) = await RunWithin("advise", Write("h.json", EmptyHistory), $"@{zero}");

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        Lines(error)[0].Should().Be("Unrecognized command or argument '@/dev/zero'.");
    }

    // exrules check: regular files only, no links followed, each file bounded, history files confined.

    [Fact]
    public async Task Check_LinkToItsOwnDirectory_IsNotFollowedSoEachScenarioRunsOnce()
    {
        Scenario("a.json", $"\"history\": {EmptyHistory}");
        SpecialFiles.Link(Path.Combine(_dir, "self"), ".", directory: true);

        var (code, output, error) = await RunWithin("check", _dir);

        code.Should().Be(ExitCodes.Success, error);
        Lines(output).Should().Equal("PASS a", "1 passed, 0 failed");
    }

    [Fact]
    public async Task Check_FifoNamedJson_IsAnErrorOnThatFileNotAHang()
    {
        Scenario("a.json", $"\"history\": {EmptyHistory}");
        var fifo = Path.Combine(_dir, "b.json");
        SpecialFiles.Fifo(fifo);

        var (code, output, error) = await RunWithin("check", _dir);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"{fifo}: cannot be read: it is empty, or not a regular file (a FIFO, device or socket), so it is not read");
    }

    [Fact]
    public async Task Check_ScenarioFileThatIsALinkOutOfTheDirectory_IsAnErrorThatShowsNoByteOfItsTarget()
    {
        var outside = Directory.CreateTempSubdirectory("exrules-cli-outside-").FullName;
        try
        {
            var secret = Path.Combine(outside, "secret.txt");
            File.WriteAllText(secret, "SECRET-TOKEN-1234");
            Scenario("a.json", $"\"history\": {EmptyHistory}");
            var link = Path.Combine(_dir, "b.json");
            SpecialFiles.Link(link, secret, directory: false);

            var (code, _, error) = await RunWithin("check", _dir);

            code.Should().Be(ExitCodes.BadInput);
            error.Trim().Should().Be($"{link}: is a symbolic link, which is not followed: a scenario directory holds regular files only");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Check_ScenarioFileOverTheLimit_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_dir, "huge.json");
        using (var file = File.Create(path))
        {
            file.SetLength(ExerciseRules.Validation.InputLimits.Default.MaxDocumentBytes + 1L);
        }

        var (code, _, error) = Run("check", _dir);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be($"{path}: cannot be read: it is 8 388 609 bytes; at most 8 388 608 are allowed");
    }

    [Fact]
    public async Task Check_HistoryFileOutsideTheDirectory_IsRefusedWithoutOpeningIt()
    {
        var scenarios = Path.Combine(_dir, "scenarios");
        Write("secret.json", "SECRET-TOKEN-1234");
        Scenario("scenarios/a.json", "\"historyFile\": \"../secret.json\"");
        Scenario("scenarios/b.json", "\"historyFile\": \"/dev/zero\"");

        var (code, output, error) = await RunWithin("check", scenarios);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        Lines(error).Should().Equal(
            $"a.json: historyFile: cannot read '../secret.json': it is outside the scenario directory '{scenarios}', so it is not read (allow one more directory with exrules check --allow-outside DIR, or ScenarioLoadOptions.AllowOutside)",
            $"b.json: historyFile: cannot read '/dev/zero': it is outside the scenario directory '{scenarios}', so it is not read (allow one more directory with exrules check --allow-outside DIR, or ScenarioLoadOptions.AllowOutside)");
    }

    [Fact]
    public void Check_HistoryFileThroughALinkOutOfTheDirectory_IsRefused()
    {
        var scenarios = Path.Combine(_dir, "scenarios");
        Write("elsewhere/h.json", EmptyHistory);
        Scenario("scenarios/a.json", "\"historyFile\": \"histories/h.json\"");
        SpecialFiles.Link(Path.Combine(scenarios, "histories"), Path.Combine(_dir, "elsewhere"), directory: true);

        var (code, _, error) = Run("check", scenarios);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().StartWith($"a.json: historyFile: cannot read 'histories/h.json': it is outside the scenario directory '{scenarios}', so it is not read");
    }

    [Fact]
    public void Check_AllowOutside_LetsHistoryFilesOfThatDirectoryIn()
    {
        var scenarios = Path.Combine(_dir, "scenarios");
        Write("examples/h.json", EmptyHistory);
        Scenario("scenarios/a.json", "\"historyFile\": \"../examples/h.json\"");

        var (code, output, error) = Run("check", scenarios, "--allow-outside", Path.Combine(_dir, "examples"));

        code.Should().Be(ExitCodes.Success, error);
        Lines(output).Should().Equal("PASS a", "1 passed, 0 failed");
    }

    [Fact]
    public void Check_AllowOutside_StillRefusesEverywhereElse()
    {
        var scenarios = Path.Combine(_dir, "scenarios");
        var examples = Path.Combine(_dir, "examples");
        Directory.CreateDirectory(examples);
        Write("other/h.json", EmptyHistory);
        Scenario("scenarios/a.json", "\"historyFile\": \"../other/h.json\"");

        var (code, _, error) = Run("check", scenarios, "--allow-outside", examples);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be($"a.json: historyFile: cannot read '../other/h.json': it is outside the scenario directory '{scenarios}' and outside '{examples}', so it is not read");
    }

    [Fact]
    public async Task Check_HistoryFileThatIsADeviceInAnAllowedDirectory_IsNotOpened()
    {
        var zero = SpecialFiles.Zero();
        Scenario("a.json", $"\"historyFile\": \"{zero}\"");

        var (code, _, error) = await RunWithin("check", _dir, "--allow-outside", "/dev");

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("a.json: historyFile: cannot read '/dev/zero': it is empty, or not a regular file (a FIFO, device or socket), so it is not read");
    }

    [Fact]
    public void Check_AllowOutsideThatIsNoDirectory_IsAnError()
    {
        Scenario("a.json", $"\"history\": {EmptyHistory}");
        var missing = Path.Combine(_dir, "missing");

        var (code, output, error) = Run("check", _dir, "--allow-outside", missing);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"--allow-outside: '{missing}': no such directory");
    }

    [Fact]
    public void Check_ShippedScenarios_NeedDocsExamplesAllowedAndThenAllPass()
    {
        var root = FindRepositoryRoot();
        var scenarios = Path.Combine(root, "tests", "ExerciseRules.Protocol.Tests", "Scenarios");

        var refused = Run("check", scenarios);
        var (code, output, error) = Run("check", scenarios, "--allow-outside", Path.Combine(root, "docs", "examples"));

        refused.Code.Should().Be(ExitCodes.BadInput);
        Lines(refused.Err)[0].Should().Contain("historyFile: cannot read '../../../docs/examples/");
        code.Should().Be(ExitCodes.Success, error);
        Lines(output)[^1].Should().MatchRegex(@"^\d+ passed, 0 failed\z");
    }

    // Input that is refused instead of guessed.

    [Theory]
    [InlineData("03/04/2026", "")]
    [InlineData("10:00", "")]
    [InlineData("2026-11-24T10:00:00", "; it has no offset: add Z for UTC, or an offset such as +01:00")]
    [InlineData("2026-11-24T10:00:00Z\n", "; it has white space or a line break before or after it")]
    [InlineData("2026-11-24 10:00:00Z", "; write a T between the date and the time, not a space")]
    [InlineData("2026-11-24T10:00:00+14:01", "; the offset +14:01 is out of range (offsets run from -14:00 to +14:00)")]
    [InlineData("2026-02-30T10:00:00Z", "; 2026-02-30 is not a date in the calendar")]
    [InlineData("0001-01-01T00:00:00+01:00", "; in UTC it falls before 0001-01-01T00:00:00Z, the earliest time there is")]
    public void Advise_NowNotAnIsoTimeWithAnOffset_IsAnErrorThatSaysWhy(string now, string why)
    {
        var (code, output, error) = Run("advise", Write("h.json", EmptyHistory), "--now", now);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be($"--now: must be a date and time in ISO 8601 form with an offset, e.g. 2026-11-24T09:55:00Z{why}");
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T11:00:00+01:00")]
    public void Advise_NowWithAnOffset_IsTheMomentOfAdvice(string now)
    {
        var (code, output, _) = Run("advise", Write("h.json", EmptyHistory), "--now", now);

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("\"step\": \"startSet\"");
    }

    [Fact]
    public void Advise_StdinForBothHistoryAndOptions_IsRefusedWithOneLineBeforeReadingIt()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(EmptyHistory));

        var (code, output, error) = Run(stdin, TimeProvider.System, "advise", "-", "--options", "-", "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        output.Should().BeEmpty();
        error.Trim().Should().Be("--options: cannot be - as well: stdin holds the history (HISTORY is -) and is read once; give the options as a file");
        stdin.Position.Should().Be(0, "stdin is not read at all");
    }

    [Fact]
    public void Advise_OptionsFromStdinWithAHistoryFile_AreRead()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("""{ "sessionInterval": "2" }"""));

        var (code, _, error) = Run(stdin, TimeProvider.System, "advise", Write("h.json", EmptyHistory), "--options", "-", "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("options.sessionInterval: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days); a bare number has no unit");
    }

    // Messages a person can act on.

    [Fact]
    public void Advise_EmptyPath_SaysWhatToGive()
    {
        var (code, _, error) = Run("advise", "", "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("HISTORY: is empty: give the path of a history file, or - to read it from stdin");
    }

    [Fact]
    public void Advise_EmptyOptionsPath_SaysWhatToGive()
    {
        var (_, _, error) = Run("advise", Write("h.json", EmptyHistory), "--options", "", "--now", Now);

        error.Trim().Should().Be("--options: is empty: give the path of an options file, or - to read it from stdin");
    }

    [Fact]
    public void Advise_DirectoryAsHistory_SaysItIsADirectory()
    {
        var (code, _, error) = Run("advise", _dir, "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be($"HISTORY: cannot read '{_dir}': it is a directory, not a file");
    }

    [Fact]
    public void Check_FileAsDirectory_SaysItIsAFile()
    {
        var file = Write("h.json", EmptyHistory);

        var (code, _, error) = Run("check", file);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be($"{file}: is a file, not a directory: give the directory that holds the scenario files");
    }

    [Fact]
    public void Check_EmptyPath_SaysWhatToGive()
    {
        var (code, _, error) = Run("check", "");

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("SCENARIO_DIR: is empty: give the path of a directory of scenario files");
    }

    [Fact]
    public void Advise_Utf16History_SaysTheDocumentMustBeUtf8()
    {
        var path = Path.Combine(_dir, "h.json");
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes(EmptyHistory));

        var (code, _, error) = Run("advise", path, "--now", Now);

        code.Should().Be(ExitCodes.BadInput);
        error.Trim().Should().Be("$: must be UTF-8; this document looks like UTF-16: save it as UTF-8");
    }

    [Fact]
    public void Advise_Utf8WithByteOrderMark_IsRead()
    {
        var path = Path.Combine(_dir, "h.json");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(EmptyHistory)]);

        Run("advise", path, "--now", Now).Code.Should().Be(ExitCodes.Success);
    }

    [Fact]
    public void Advise_TrailingComma_SaysSoWithoutTheParsersAdvice()
    {
        var (_, _, error) = Run("advise", Write("h.json", """{ "sessions": [], }"""), "--now", Now);

        error.Trim().Should().Be("$: is not valid JSON at line 1, column 19: a comma after the last item is not allowed; remove it");
    }

    // The fault path.

    [Fact]
    public void Run_UnexpectedFault_SaysWhatToDoWithoutInternalNames()
    {
        var (code, output, error) = Run(Stream.Null, new BrokenClock(), "advise", Write("h.json", EmptyHistory));

        code.Should().Be(ExitCodes.Fault);
        output.Should().BeEmpty();
        error.Trim().Should().Be("exrules: unexpected fault: nothing was advised. This is a bug in exrules; please report it with the command and its input (set EXRULES_DEBUG=1 to print the details).");
        error.Should().NotContain("Exception").And.NotContain("Internal.Clock");
    }

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("Internal.Clock.Source failed (Parameter 'state')");
    }

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
