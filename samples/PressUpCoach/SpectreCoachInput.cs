using System.Globalization;
using ExerciseRules.Model;
using Spectre.Console;

namespace PressUpCoach;

/// <summary>Asks a person at the terminal, with Spectre.Console prompts.</summary>
public sealed class SpectreCoachInput : ICoachInput
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates the input.</summary>
    /// <param name="console">The console to prompt on.</param>
    public SpectreCoachInput(IAnsiConsole console) => _console = console;

    /// <inheritdoc />
    public SymptomReport AskSymptoms(string question)
    {
        _console.MarkupLine($"[bold]{Markup.Escape(question)}[/]");
        var pain = _console.Prompt(new TextPrompt<int>("  Pain from 0 (none) to 10 (worst imaginable):")
            .Validate(p => p is >= 0 and <= 10 ? ValidationResult.Success() : ValidationResult.Error("Enter a whole number from 0 to 10.")));
        var location = _console.Prompt(new SelectionPrompt<SymptomLocation>()
            .Title("  How far down do the symptoms reach?")
            .UseConverter(Words.Location)
            .AddChoices(Enum.GetValues<SymptomLocation>()));
        _console.MarkupLine($"  [grey]{Markup.Escape(Words.Location(location))}[/]");
        return new SymptomReport(pain, location);
    }

    /// <inheritdoc />
    public IReadOnlyList<RedFlag> AskRedFlags()
    {
        var flags = _console.Prompt(new MultiSelectionPrompt<RedFlag>()
            .Title("[bold]Since your last session, have you had any of these?[/] (space to mark, enter when done; none is fine)")
            .NotRequired()
            .UseConverter(Words.RedFlag)
            .AddChoices(Enum.GetValues<RedFlag>()));
        _console.MarkupLine($"[grey]Warning signs: {Markup.Escape(flags.Count == 0 ? "none" : string.Join("; ", flags.Select(Words.RedFlag)))}[/]");
        return flags;
    }

    /// <inheritdoc />
    public double AskRange(int repNumber, double? target)
    {
        var prompt = new TextPrompt<int>($"[bold]Rep {repNumber}:[/] how far did you press up, in % of your full range (elbows straight, pelvis down)?")
            .Validate(p => p is >= 0 and <= 100 ? ValidationResult.Success() : ValidationResult.Error("Enter a whole number from 0 to 100."));
        if (target is { } t)
        {
            prompt.DefaultValue((int)Math.Round(t * 100, MidpointRounding.AwayFromZero));
        }

        return _console.Prompt(prompt) / 100.0;
    }

    /// <inheritdoc />
    public bool AskStartNextSession(DateTimeOffset? due)
    {
        var when = due is { } d ? $" (it is due at {d.ToString("HH:mm", CultureInfo.InvariantCulture)})" : string.Empty;
        return _console.Confirm($"Start the next session now{when}? Answer no to stop for today.", defaultValue: false);
    }
}
