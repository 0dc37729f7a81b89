using System.CommandLine;
using ExerciseRules.Model;
using ExerciseRules.Scenarios;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Cli;

/// <summary>
/// The <c>exrules</c> command line. <c>exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json]</c>
/// prints advice JSON on stdout (<c>-</c> reads the history from stdin). Exit 0 with advice; 2 on bad input with
/// one line per problem on stderr; 1 on an unexpected fault. <c>exrules check SCENARIO_DIR [--options OPTIONS.json]
/// [--allow-outside DIR]</c> runs every scenario file of a directory and prints PASS/FAIL for each; exit 0 when all
/// pass, 3 when any fails.
/// </summary>
/// <remarks>
/// Every file it reads (the history, the options, stdin, scenario and history files) is read through a bound that
/// counts the bytes actually read: the history at most <see cref="InputLimits.MaxDocumentBytes"/> of
/// <see cref="InputLimits.Default"/> (8 MiB), an options file at most <see cref="MaxOptionsBytes"/>. Response files
/// (<c>@file</c> arguments) are not read: an argument starting with <c>@</c> is taken as it is.
/// </remarks>
public static class CliApp
{
    /// <summary>The largest options file read, in bytes (64 KiB): every option with its longest value takes well under 1 KiB.</summary>
    public const int MaxOptionsBytes = 64 * 1024;

    /// <summary>What the command line says about a fault, instead of the exception (set EXRULES_DEBUG=1 for that).</summary>
    internal const string FaultMessage = "exrules: unexpected fault: nothing was advised. This is a bug in exrules; please report it with the command and its input (set EXRULES_DEBUG=1 to print the details).";

    /// <summary>Runs the command line with the given streams and clock.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input, as bytes (it is read as UTF-8, at most once).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="clock">The clock for advice when <c>--now</c> is not given.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var root = BuildCommand(stdin, stdout, stderr, clock);
            root.Subcommands.Add(RulesCommand.Create(stdout));

            // No response files: "@/dev/zero" would be read, unbounded, as a list of arguments.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine(error.Message);
                }

                stderr.WriteLine("Usage: exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json] [--fhir]");
                stderr.WriteLine("       exrules check SCENARIO_DIR [--options OPTIONS.json] [--allow-outside DIR]");
                stderr.WriteLine("       exrules rules [--markdown]  (exrules --help for more)");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // A person gets words they can act on, not a type name or a stack; the details are there on request.
            stderr.WriteLine(FaultMessage);
            if (Environment.GetEnvironmentVariable("EXRULES_DEBUG") == "1")
            {
                stderr.WriteLine(ex.ToString());
            }

            return ExitCodes.Fault;
        }
    }

    private static RootCommand BuildCommand(Stream stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var history = new Argument<string>("HISTORY")
        {
            Description = "The history as wire-format JSON, UTF-8 (a file path, or - for stdin); at most 8 MiB.",
        };
        var now = new Option<string?>("--now")
        {
            Description = "The moment of advice, ISO 8601 with an offset (e.g. 2026-11-24T10:00:00Z or 2026-11-24T11:00:00+01:00). Default: the current time.",
        };
        var options = new Option<string?>("--options")
        {
            Description = "Protocol options as JSON (a file path, or - for stdin when the history is a file; at most 64 KiB); options left out keep their defaults.",
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
            Description = "A directory of scenario files (*.json, searched recursively; symbolic links are not followed).",
        };
        var checkOptions = new Option<string?>("--options")
        {
            Description = "Protocol options as JSON (a file path, or - for stdin) that replace every scenario's own options; options left out keep their defaults.",
        };
        var allowOutside = new Option<string?>("--allow-outside")
        {
            Description = "A directory outside SCENARIO_DIR whose files a scenario's historyFile may also name (e.g. docs/examples). Without it, history files must be inside SCENARIO_DIR.",
            HelpName = "DIR",
        };
        var check = new Command("check", "Run every scenario file of a directory: PASS or FAIL for each, with the mismatches and the trace of each failure, then a summary. Exit 0 when all pass, 3 when any fails.")
        {
            directory,
            checkOptions,
            allowOutside,
        };
        check.SetAction(parse => Check(parse.GetValue(directory)!, parse.GetValue(checkOptions), parse.GetValue(allowOutside), stdin, stdout, stderr));

        return new RootCommand("exrules: advice for the lower-back press-up programme. Self-management guidance, not medical advice.")
        {
            advise,
            check,
        };
    }

    private static int Advise(string historyPath, string? nowText, string? optionsPath, bool fhir, Stream stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var problems = new List<InputError>();
        var moment = clock.GetUtcNow();
        if (nowText is not null && !WireNames.TryParseTime(nowText, out moment, out var nowProblem))
        {
            problems.Add(new InputError("--now", nowProblem));
        }

        if (historyPath == "-" && optionsPath == "-")
        {
            // Reading stdin twice would give the history's fields to the options reader: refuse before reading either.
            problems.Add(new InputError("--options", "cannot be - as well: stdin holds the history (HISTORY is -) and is read once; give the options as a file"));
            return Report(problems, stderr);
        }

        var protocolOptions = ReadOptions(optionsPath, stdin, problems) ?? ProtocolOptions.Default;
        var historyJson = TryRead(historyPath, "HISTORY", "a history file", InputLimits.Default.MaxDocumentBytes, stdin, problems);
        if (problems.Count > 0 || historyJson is null)
        {
            return Report(problems, stderr);
        }

        var advisor = new Advisor(protocolOptions, clock);
        AdviceResult result;
        if (fhir)
        {
            result = FhirInput.Advise(advisor, historyJson, moment);
        }
        else
        {
            var parsed = ExerciseRulesJson.ParseHistory(historyJson, advisor.Limits);
            result = parsed.IsValid ? advisor.Advise(parsed.Value, moment) : AdviceResult.FromErrors(parsed.Errors);
        }
        if (!result.IsValid)
        {
            return Report(result.Errors, stderr);
        }

        stdout.WriteLine(ExerciseRulesJson.Serialize(result.Advice));
        return ExitCodes.Success;
    }

    private static int Check(string directoryPath, string? optionsPath, string? allowOutside, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var problems = new List<InputError>();
        var protocolOptions = ReadOptions(optionsPath, stdin, problems);
        if (string.IsNullOrWhiteSpace(directoryPath))
        {
            problems.Add(new InputError("SCENARIO_DIR", "is empty: give the path of a directory of scenario files"));
        }

        if (allowOutside is not null && DirectoryProblem(allowOutside) is { } outsideProblem)
        {
            problems.Add(new InputError("--allow-outside", outsideProblem));
        }

        if (problems.Any(p => p.Path is "SCENARIO_DIR" or "--allow-outside"))
        {
            return Report(problems, stderr);
        }

        var directory = ScenarioDirectory.Load(directoryPath, new ScenarioLoadOptions { AllowOutside = allowOutside });
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

    private static ProtocolOptions? ReadOptions(string? optionsPath, Stream stdin, List<InputError> problems)
    {
        if (optionsPath is null || TryRead(optionsPath, "--options", "an options file", MaxOptionsBytes, stdin, problems) is not { } optionsJson)
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

    /// <summary>Reads a file, or stdin for <c>-</c>, through a bound that counts the bytes read (a device or a pipe is no exception).</summary>
    private static byte[]? TryRead(string path, string name, string what, int limit, Stream stdin, List<InputError> problems)
    {
        if (path.Length == 0)
        {
            problems.Add(new InputError(name, $"is empty: give the path of {what}, or - to read it from stdin"));
            return null;
        }

        var read = path == "-" ? BoundedInput.Read(stdin, limit) : BoundedInput.ReadFile(path, limit, regularOnly: false);
        if (read.Bytes is null)
        {
            problems.Add(new InputError(name, path == "-" ? $"cannot read stdin: {read.Reason}" : $"cannot read '{path}': {read.Reason}"));
        }

        return read.Bytes;
    }

    private static string? DirectoryProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "is empty: give the path of a directory";
        }

        if (Directory.Exists(path))
        {
            return null;
        }

        return File.Exists(path) ? $"'{path}' is a file, not a directory" : $"'{path}': no such directory";
    }

    private static int Report(IEnumerable<InputError> problems, TextWriter stderr)
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        return ExitCodes.BadInput;
    }
}
