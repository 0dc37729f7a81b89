using System.CommandLine;
using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Cli;

/// <summary>
/// The <c>exrules</c> command line. <c>exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json]</c>
/// prints advice JSON on stdout (<c>-</c> reads the history from stdin). Exit 0 with advice; 2 on bad input with
/// one line per problem on stderr; 1 on an unexpected fault. <c>exrules check SCENARIO_DIR [--options OPTIONS.json]</c>
/// runs every scenario file of a directory and prints PASS/FAIL for each; exit 0 when all pass, 3 when any fails.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line with the given streams and clock.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="clock">The clock for advice when <c>--now</c> is not given.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var root = BuildCommand(stdin, stdout, stderr, clock);
            root.Subcommands.Add(RulesCommand.Create(stdout));
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine(error.Message);
                }

                stderr.WriteLine("Usage: exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json] [--fhir]");
                stderr.WriteLine("       exrules check SCENARIO_DIR [--options OPTIONS.json]");
                stderr.WriteLine("       exrules rules [--markdown]  (exrules --help for more)");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"exrules: unexpected fault: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Fault;
        }
    }

    private static RootCommand BuildCommand(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var history = new Argument<string>("HISTORY")
        {
            Description = "The history as wire-format JSON (a file path, or - for stdin).",
        };
        var now = new Option<string?>("--now")
        {
            Description = "The moment of advice, ISO 8601 (e.g. 2026-11-24T10:00:00Z; without an offset it is taken as UTC). Default: the current time.",
        };
        var options = new Option<string?>("--options")
        {
            Description = "Protocol options as JSON (a file path); options left out keep their defaults.",
        };

        var fhir = FhirInput.CreateOption();
        var advise = new Command("advise", "Print advice JSON for a history: the next step, with the messages to show and the rules that fired.")
        {
            history,
            now,
            options,
            fhir,
        };
        advise.SetAction(parse => Advise(parse.GetValue(history)!, parse.GetValue(now), parse.GetValue(options), parse.GetValue(fhir), stdin, stdout, stderr, clock));

        var directory = new Argument<string>("SCENARIO_DIR")
        {
            Description = "A directory of scenario files (*.json, searched recursively).",
        };
        var checkOptions = new Option<string?>("--options")
        {
            Description = "Protocol options as JSON (a file path) that replace every scenario's own options; options left out keep their defaults.",
        };
        var check = new Command("check", "Run every scenario file of a directory: PASS or FAIL for each, with the mismatches and the trace of each failure, then a summary. Exit 0 when all pass, 3 when any fails.")
        {
            directory,
            checkOptions,
        };
        check.SetAction(parse => Check(parse.GetValue(directory)!, parse.GetValue(checkOptions), stdin, stdout, stderr));

        return new RootCommand("exrules: advice for the lower-back press-up programme. Self-management guidance, not medical advice.")
        {
            advise,
            check,
        };
    }

    private static int Advise(string historyPath, string? nowText, string? optionsPath, bool fhir, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var problems = new List<InputError>();
        var moment = clock.GetUtcNow();
        if (nowText is not null && !TryParseNow(nowText, out moment))
        {
            problems.Add(new InputError("--now", "must be a date and time in ISO 8601 form, e.g. 2026-11-24T10:00:00Z"));
        }

        var protocolOptions = ReadOptions(optionsPath, stdin, problems) ?? ProtocolOptions.Default;
        var historyJson = TryRead(historyPath, "HISTORY", stdin, problems);
        if (problems.Count > 0 || historyJson is null)
        {
            return Report(problems, stderr);
        }

        var advisor = new Advisor(protocolOptions, clock);
        var result = fhir ? FhirInput.Advise(advisor, historyJson, moment) : advisor.AdviseJson(historyJson, moment);
        if (!result.IsValid)
        {
            return Report(result.Errors, stderr);
        }

        stdout.WriteLine(ExerciseRulesJson.Serialize(result.Advice));
        return ExitCodes.Success;
    }

    private static int Check(string directoryPath, string? optionsPath, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var problems = new List<InputError>();
        var protocolOptions = ReadOptions(optionsPath, stdin, problems);
        var directory = ScenarioDirectory.Load(directoryPath);
        problems.AddRange(directory.Errors);
        if (directory.Errors.IsEmpty && directory.Files.IsEmpty)
        {
            problems.Add(new InputError("SCENARIO_DIR", $"'{directoryPath}' holds no scenario files (*.json)"));
        }

        var lines = new List<string>();
        foreach (var file in directory.Files.Where(f => !f.IsValid))
        {
            lines.AddRange(file.Errors.Select(e => e.Path == file.Path ? e.ToString() : $"{file.RelativePath}: {e}"));
        }

        if (problems.Count > 0 || lines.Count > 0)
        {
            Report(problems, stderr);
            foreach (var line in lines)
            {
                stderr.WriteLine(line);
            }

            return ExitCodes.BadInput;
        }

        var advisors = new Dictionary<ProtocolOptions, Advisor>();
        int passed = 0, failed = 0;
        foreach (var file in directory.Files)
        {
            var scenario = file.Scenario!;
            var options = protocolOptions ?? scenario.Options ?? ProtocolOptions.Default;
            if (!advisors.TryGetValue(options, out var advisor))
            {
                advisor = advisors[options] = new Advisor(options);
            }

            var outcome = scenario.Run(advisor);
            var text = outcome.ToString().Split('\n');
            stdout.WriteLine(text[0]);
            if (!outcome.Passed)
            {
                stdout.WriteLine($"  file: {file.RelativePath}");
            }

            foreach (var line in text.Skip(1))
            {
                stdout.WriteLine(line);
            }

            if (outcome.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
            }
        }

        stdout.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.ScenarioFailed;
    }

    private static ProtocolOptions? ReadOptions(string? optionsPath, TextReader stdin, List<InputError> problems)
    {
        if (optionsPath is null || TryRead(optionsPath, "--options", stdin, problems) is not { } optionsJson)
        {
            return null;
        }

        var parsed = ExerciseRulesJson.ParseOptions(optionsJson);
        if (parsed.IsValid)
        {
            return parsed.Value;
        }

        problems.AddRange(parsed.Errors.Select(e => e with { Path = e.Path == InputError.RootPath ? "options" : $"options.{e.Path}" }));
        return null;
    }

    private static string? TryRead(string path, string name, TextReader stdin, List<InputError> problems)
    {
        // Never read more than a document may hold: a huge file or stream is refused, not loaded into memory.
        var limit = InputLimits.Default.MaxDocumentBytes;
        if (path == "-")
        {
            var buffer = new char[limit + 1];
            var read = stdin.ReadBlock(buffer, 0, buffer.Length);
            if (read > limit)
            {
                problems.Add(new InputError(name, $"stdin holds more than {limit} characters; at most {limit} bytes are allowed"));
                return null;
            }

            return new string(buffer, 0, read);
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                problems.Add(new InputError(name, $"'{path}' is {length} bytes; at most {limit} are allowed"));
                return null;
            }

            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message;
            problems.Add(new InputError(name, $"cannot read '{path}': {reason}"));
            return null;
        }
    }

    private static bool TryParseNow(string text, out DateTimeOffset now) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now);

    private static int Report(IEnumerable<InputError> problems, TextWriter stderr)
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        return ExitCodes.BadInput;
    }
}
