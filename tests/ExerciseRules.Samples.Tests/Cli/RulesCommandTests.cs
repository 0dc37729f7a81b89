using ExerciseRules.Cli;
using ExerciseRules.Protocol;

namespace ExerciseRules.Samples.Tests.Cli;

/// <summary><c>exrules rules [--markdown]</c>, run in-process.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_ListsEveryRuleWithStagePriorityConditionsAndSource()
    {
        var (exitCode, stdout, stderr) = Run("rules");

        exitCode.Should().Be(ExitCodes.Success);
        stderr.Should().BeEmpty();
        foreach (var rule in PressUpProtocol.Compile().Rules)
        {
            stdout.Should().Contain($"  {rule.Name} (priority {rule.Priority})\n    {rule.Description}\n");
            stdout.Should().Contain($"    when:   {rule.Conditions[0]}\n");
            stdout.Should().Contain($"    source: {rule.Source}\n");
        }

        stdout.Should().Contain("DERIVE:").And.Contain("DECIDE:").And.Contain("COMPOSE:");
        stdout.IndexOf("DERIVE:", StringComparison.Ordinal).Should().BeLessThan(stdout.IndexOf("DECIDE:", StringComparison.Ordinal));
        stdout.Should().Contain("  maxReps = 15\n").And.Contain("  sessionInterval = 02:00:00\n");
    }

    [Fact]
    public void Rules_Markdown_ListsEveryRuleInEvaluationOrder()
    {
        var (exitCode, stdout, _) = Run("rules", "--markdown");

        exitCode.Should().Be(ExitCodes.Success);
        var at = 0;
        foreach (var rule in PressUpProtocol.Compile().Rules)
        {
            var heading = $"### `{rule.Name}` (priority {rule.Priority})\n\n{rule.Description}\n";
            var found = stdout.IndexOf(heading, at, StringComparison.Ordinal);
            found.Should().BeGreaterThan(at, $"{rule.Name} should follow the rule before it");
            at = found;
            stdout.Should().Contain($"  > {rule.Source}\n");
        }
    }

    [Fact]
    public void Rules_UnknownOption_IsBadInput()
    {
        var (exitCode, _, stderr) = Run("rules", "--markdwn");

        exitCode.Should().Be(ExitCodes.BadInput);
        stderr.Should().Contain("--markdwn");
    }

    internal static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, Stream.Null, stdout, stderr, TimeProvider.System);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
