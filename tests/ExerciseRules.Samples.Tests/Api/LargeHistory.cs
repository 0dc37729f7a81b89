using System.Collections.Immutable;
using ExerciseRules.Model;
using ExerciseRules.Serialization;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>A long, valid history: a session every two hours, 12 reps each with every field, as the library writes it.</summary>
internal static class LargeHistory
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Builds a history of <paramref name="sessions"/> sessions and a moment of advice an hour after its last rep.</summary>
    /// <param name="sessions">How many sessions.</param>
    /// <returns>The history's JSON and the moment.</returns>
    public static (string Json, DateTimeOffset Now) Build(int sessions)
    {
        var list = ImmutableArray.CreateBuilder<Session>(sessions);
        var now = Start;
        for (var i = 0; i < sessions; i++)
        {
            var start = Start.AddHours(2 * i);
            var reps = ImmutableArray.CreateBuilder<Rep>(12);
            for (var r = 0; r < 12; r++)
            {
                var at = start.AddSeconds(30 * (r + 1));
                reps.Add(new Rep(Math.Round(0.3 + (0.05 * r), 2), 3, SymptomLocation.Back, 3.25, at));
                now = at.AddHours(1);
            }

            list.Add(new Session(Exercise.PressUp, start, reps.MoveToImmutable(), completed: true,
                new SymptomReport(3, SymptomLocation.Back), new SymptomReport(3, SymptomLocation.Back)));
        }

        var history = new History(list.MoveToImmutable(), new SymptomReport(5, SymptomLocation.Buttock));
        return (ExerciseRulesJson.Serialize(history), now);
    }
}
