using System.Globalization;
using System.Text;
using ExerciseRules;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using ExerciseRules.Serialization;
using Spectre.Console;

namespace PressUpCoach;

/// <summary>Shows advice in plain words: a headline, the messages, the target, a progress bar of reps and when the next session is due.</summary>
public static class AdviceView
{
    /// <summary>Writes the welcome and the reminder that this is not medical advice.</summary>
    /// <param name="console">The console.</param>
    public static void Welcome(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule("[bold]Press-up coach[/]").LeftJustified());
        console.MarkupLine("A coach for the lower-back press-up programme. It asks how you feel before the set and after every rep,");
        console.MarkupLine("and tells you what to do next. [bold]This is self-management guidance, not medical advice.[/]");
        console.WriteLine();
    }

    /// <summary>Writes one advice.</summary>
    /// <param name="console">The console.</param>
    /// <param name="advice">The advice.</param>
    /// <param name="options">The protocol options in force (for the rep counts).</param>
    /// <param name="now">The moment of the advice.</param>
    public static void Show(IAnsiConsole console, Advice advice, ProtocolOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(options);
        var color = advice.Urgency switch
        {
            Urgency.Emergency or Urgency.Urgent => "red",
            Urgency.Routine => "yellow",
            _ => advice.Step is AdviceStep.ReduceRange or AdviceStep.StopSet ? "yellow" : "green",
        };
        var time = now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        console.Write(new Rule($"[bold {color}]{Markup.Escape(Words.Headline(advice.Step))}[/] [grey]({WireNames.Of(advice.Step)}, {time})[/]").LeftJustified());

        // Two columns, so a long message wraps under its own text rather than under the bullet.
        var messages = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
        foreach (var message in advice.Messages)
        {
            var style = message.Code == MessageCodes.NotMedicalAdvice ? "grey" : "default";
            messages.AddRow(new Markup("•"), new Markup($"[{style}]{Markup.Escape(message.Text)}[/]"));
        }

        console.Write(messages);

        var details = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn();
        if (advice.TargetRange is { } target)
        {
            details.AddRow(new Markup("[bold]Target[/]"), new Markup($"about {Words.Percent(target)} of your full range"));
        }

        if (advice.RepsDone is { } done)
        {
            details.AddRow(new Markup("[bold]Reps[/]"), new Markup(RepsBar(done, options, console.Profile.Capabilities.Unicode)));
        }

        if (advice.NextSessionDue is { } due)
        {
            details.AddRow(new Markup("[bold]Next session due[/]"), new Markup(Markup.Escape(Time(due))));
        }

        if (details.Rows.Count > 0)
        {
            console.Write(details);
        }

        console.WriteLine();
    }

    /// <summary>Gets the progress bar of reps as markup: done reps, the reps still to reach <c>MinReps</c>, then those up to <c>MaxReps</c>.</summary>
    /// <param name="done">The reps done.</param>
    /// <param name="options">The protocol options.</param>
    /// <param name="unicode">Whether the console can show block characters.</param>
    /// <returns>The markup.</returns>
    public static string RepsBar(int done, ProtocolOptions options, bool unicode = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filled = Math.Min(done, options.MaxReps);
        var toMin = Math.Max(0, options.MinReps - filled);
        var toMax = Math.Max(0, options.MaxReps - filled - toMin);
        var bar = new StringBuilder()
            .Append("[green]").Append(unicode ? '█' : '#', filled).Append("[/]")
            .Append("[grey]").Append(unicode ? '░' : '-', toMin).Append(unicode ? '·' : '.', toMax).Append("[/]");
        return FormattableString.Invariant(
            $"{bar} {done} done, aim for {options.MinReps}–{options.MaxReps}");
    }

    /// <summary>Formats a time for a person: <c>11:37 on 2026-11-24 (UTC+00:00)</c>.</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string Time(DateTimeOffset value) =>
        value.ToString("HH:mm 'on' yyyy-MM-dd '(UTC'zzz')'", CultureInfo.InvariantCulture);
}
