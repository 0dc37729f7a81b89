using Spectre.Console;

namespace ExerciseRules.Samples.Tests.Coach;

/// <summary>A Spectre console that writes plain text (no colours, no ANSI codes) to a string.</summary>
internal sealed class TextConsole
{
    private readonly StringWriter _writer = new();

    public TextConsole(int width = 200)
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = width;
    }

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString().ReplaceLineEndings("\n");
}
