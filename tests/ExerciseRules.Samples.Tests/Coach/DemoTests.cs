using System.Text.RegularExpressions;
using PressUpCoach;

namespace ExerciseRules.Samples.Tests.Coach;

/// <summary>Runs <c>PressUpCoach --demo</c> in-process and checks the episode it plays.</summary>
public sealed partial class DemoTests
{
    [Fact]
    public void Demo_Run_PlaysTheEpisodeInOrder()
    {
        var output = RunDemo();

        // Each advice is headed "── Headline (step, hh:mm:ss) ──"; the messages follow it.
        var expected = new[]
        {
            "(startSet, 09:00:00)",
            "(progressRange, 09:00:40)",                 // rep 1 the same: a little further
            "(progressRange, 09:01:20)",                 // rep 2 better
            "(reduceRange, 09:02:00)",                   // rep 3 intensified
            "rest for 5 seconds, then press up again but do not go so far this time (about 40% of your full range)",
            "(progressRange, 09:02:40)",
            "(progressRange, 09:03:20)",                 // rep 5 moved toward the back
            "moving toward your back (centralising)",
            "(finishSet, 09:06:40)",                     // 10 reps, the last no better
            "To rise from the floor, press up one last time",
            "Next session due 11:06 on 2026-11-24 (UTC+00:00)",
            "(nextSession, 09:06:40)",                   // the set recorded as completed
            "Start the next session now? > yes",
            "numbness around the genitals",              // a red flag before the next session
            "(seekUrgentCare, 11:06:40)",
            "get emergency medical help now",
            "The coach stops here.",
        };
        var at = 0;
        foreach (var text in expected)
        {
            var found = output.IndexOf(text, at, StringComparison.Ordinal);
            found.Should().BeGreaterThanOrEqualTo(0, $"the demo should show \"{text}\" after position {at}; the output was:\n{output}");
            at = found + text.Length;
        }
    }

    [Fact]
    public void Demo_EveryAdvice_SaysItIsNotMedicalAdvice()
    {
        var output = RunDemo();

        var advices = AdviceHeading().Matches(output).Count;
        advices.Should().Be(13, "the demo advises at the start of the set, after reps 1 to 9, at the end of the set, after it and on the red flag");
        Regex.Matches(output, "not medical advice or a diagnosis").Count.Should().Be(advices);
    }

    [Fact]
    public void Demo_RunTwice_WritesTheSameOutput()
    {
        RunDemo().Should().Be(RunDemo(), "the demo's clock is fixed");
    }

    [Fact]
    public void Demo_Run_ShowsTheProgressBarOfReps()
    {
        var output = RunDemo();

        output.Should().Contain("███░░░░░░░····· 3 done, aim for 10–15");
        output.Should().Contain("██████████····· 10 done, aim for 10–15");
    }

    private static string RunDemo()
    {
        var console = new TextConsole();
        Demo.Run(console.Console);
        return console.Output;
    }

    [GeneratedRegex(@"\((seekUrgentCare|contactTherapist|stopSet|finishSet|reduceRange|holdRange|progressRange|startSet|nextSession), \d{2}:\d{2}:\d{2}\)")]
    private static partial Regex AdviceHeading();
}
