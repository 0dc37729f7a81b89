using System.CommandLine;
using System.Globalization;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;

namespace ExerciseRules.Cli;

/// <summary>
/// The <c>exrules</c> command line. <c>exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json]</c>
/// prints advice JSON on stdout (<c>-</c> reads the history from stdin). Exit 0 with advice; 2 on bad input with
/// one line per problem on stderr; 1 on an unexpected fault.
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

                stderr.WriteLine("Usage: exrules advise HISTORY.json [--now ISO-8601] [--options OPTIONS.json]  (exrules --help for more)");
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

        var advise = new Command("advise", "Print advice JSON for a history: the next step, with the messages to show and the rules that fired.")
        {
            history,
            now,
            options,
        };
        advise.SetAction(parse => Advise(parse.GetValue(history)!, parse.GetValue(now), parse.GetValue(options), stdin, stdout, stderr, clock));

        return new RootCommand("exrules: advice for the lower-back press-up programme. Self-management guidance, not medical advice.")
        {
            advise,
        };
    }

    private static int Advise(string historyPath, string? nowText, string? optionsPath, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var problems = new List<InputError>();
        var moment = clock.GetUtcNow();
        if (nowText is not null && !TryParseNow(nowText, out moment))
        {
            problems.Add(new InputError("--now", "must be a date and time in ISO 8601 form, e.g. 2026-11-24T10:00:00Z"));
        }

        var protocolOptions = ProtocolOptions.Default;
        if (optionsPath is not null)
        {
            if (TryRead(optionsPath, "--options", stdin, problems) is { } optionsJson)
            {
                var parsed = ExerciseRulesJson.ParseOptions(optionsJson);
                if (parsed.IsValid)
                {
                    protocolOptions = parsed.Value;
                }
                else
                {
                    problems.AddRange(parsed.Errors.Select(e => e with { Path = e.Path == InputError.RootPath ? "options" : $"options.{e.Path}" }));
                }
            }
        }

        var historyJson = TryRead(historyPath, "HISTORY", stdin, problems);
        if (problems.Count > 0 || historyJson is null)
        {
            return Report(problems, stderr);
        }

        var result = new Advisor(protocolOptions, clock).AdviseJson(historyJson, moment);
        if (!result.IsValid)
        {
            return Report(result.Errors, stderr);
        }

        stdout.WriteLine(ExerciseRulesJson.Serialize(result.Advice));
        return ExitCodes.Success;
    }

    private static string? TryRead(string path, string name, TextReader stdin, List<InputError> problems)
    {
        if (path == "-")
        {
            return stdin.ReadToEnd();
        }

        try
        {
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
