using ExerciseRules;
using Spectre.Console;

namespace PressUpCoach;

/// <summary>The entry point: <c>PressUpCoach</c> coaches interactively; <c>PressUpCoach --demo</c> plays the scripted episode.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            AnsiConsole.MarkupLine("Usage: PressUpCoach [--demo]");
            AnsiConsole.MarkupLine("  (no option)  coach yourself through the press-up programme, answering at the terminal");
            AnsiConsole.MarkupLine("  --demo       play a scripted episode with a fixed clock (no input needed)");
            return 0;
        }

        if (args.Contains("--demo"))
        {
            Demo.Run(AnsiConsole.Console);
            return 0;
        }

        if (args.Length > 0)
        {
            AnsiConsole.MarkupLine($"[red]Unknown argument {Markup.Escape(args[0])}.[/] Usage: PressUpCoach [[--demo]]");
            return 2;
        }

        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.MarkupLine("The coach asks questions, so it needs an interactive terminal. Try [bold]--demo[/] for the scripted episode.");
            return 2;
        }

        var coach = new CoachSession(new Advisor(), TimeProvider.System);
        AdviceView.Welcome(AnsiConsole.Console);
        new CoachLoop(AnsiConsole.Console, new SpectreCoachInput(AnsiConsole.Console), coach).Run();
        return 0;
    }
}
