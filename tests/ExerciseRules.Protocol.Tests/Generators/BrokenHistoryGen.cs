using CsCheck;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Generators;

/// <summary>A valid case with one field broken, and the wire-format path of that field.</summary>
/// <param name="Case">The valid case it was made from.</param>
/// <param name="Broken">The history with the one broken field.</param>
/// <param name="Path">The path the errors must name, e.g. <c>sessions[2].reps[0].pain</c>.</param>
/// <param name="What">What was broken, for the failure message.</param>
public sealed record BrokenCase(ProtocolCase Case, History Broken, string Path, string What)
{
    /// <inheritdoc />
    public override string ToString() => $"{What} at {Path}{Case}";
}

/// <summary>Breaks one field of a generated valid history: out-of-range numbers, unknown enum values, nulls, times out of order or after now.</summary>
public static class BrokenHistoryGen
{
    private const int Kinds = 17;

    /// <summary>Gets cases with exactly one broken field (and so at least one error at its path).</summary>
    public static Gen<BrokenCase> Case { get; } =
        Gen.Select(ProtocolGen.Case, Gen.Int[0, Kinds - 1], Gen.Double[0, 1], Gen.Int[0, 3], (c, kind, pick, variant) => Break(c, kind, pick, variant));

    private static BrokenCase Break(ProtocolCase c, int kind, double pick, int variant)
    {
        var h = c.History;
        var sessions = h.Sessions;
        var reps = sessions.SelectMany((s, i) => s.Reps.Select((_, j) => (i, j))).ToArray();
        if (kind >= 3 && sessions.Length == 0)
        {
            kind %= 3; // no session to break: break the baseline or the red flags instead
        }

        if (kind >= 7 && kind != 13 && kind != 15 && reps.Length == 0)
        {
            kind = 3 + (kind % 4);
        }

        var i = Math.Min(sessions.Length - 1, (int)(pick * sessions.Length));
        var (ri, rj) = reps.Length > 0 ? reps[Math.Min(reps.Length - 1, (int)(pick * reps.Length))] : (0, 0);
        var badPain = variant switch { 0 => 11, 1 => -1, 2 => int.MaxValue, _ => int.MinValue };
        var badRange = variant switch { 0 => 1.0000001, 1 => -0.1, 2 => double.NaN, _ => double.PositiveInfinity };
        var badDuration = variant switch { 0 => 0.0, 1 => -1, 2 => 600.0001, _ => double.NaN };
        var badLocation = variant % 2 == 0 ? (SymptomLocation)7 : (SymptomLocation)(-1);

        History WithSession(int index, Session s) => h with { Sessions = sessions.SetItem(index, s) };
        History WithRep(Func<Rep, Rep> change) =>
            WithSession(ri, sessions[ri] with { Reps = sessions[ri].Reps.SetItem(rj, change(sessions[ri].Reps[rj])) });
        string RepPath(string field) => $"sessions[{ri}].reps[{rj}]{field}";

        return kind switch
        {
            0 => new(c, h with { Baseline = (h.Baseline ?? new SymptomReport()) with { Pain = badPain } }, "baseline.pain", $"pain {badPain}"),
            1 => new(c, h with { Baseline = (h.Baseline ?? new SymptomReport()) with { Location = badLocation } }, "baseline.location", $"location {(int)badLocation}"),
            2 => new(c, h with { RedFlags = h.RedFlags.Add((RedFlag)(99 + variant)) }, $"redFlags[{h.RedFlags.Length}]", "an unknown red flag"),
            3 => new(c, WithSession(i, sessions[i] with { Exercise = (Exercise)(3 + variant) }), $"sessions[{i}].exercise", "an unknown exercise"),
            4 => new(c, WithSession(i, sessions[i] with { StartedAt = c.Now.AddTicks(1 + variant) }), $"sessions[{i}].startedAt", "a start after now"),
            5 => new(c, WithSession(i, sessions[i] with { Before = (sessions[i].Before ?? new SymptomReport()) with { Pain = badPain } }), $"sessions[{i}].before.pain", $"pain {badPain}"),
            6 => new(c, WithSession(i, sessions[i] with { After = (sessions[i].After ?? new SymptomReport()) with { Location = badLocation } }), $"sessions[{i}].after.location", $"location {(int)badLocation}"),
            7 => new(c, WithRep(r => r with { Pain = badPain }), RepPath(".pain"), $"pain {badPain}"),
            8 => new(c, WithRep(r => r with { Range = badRange }), RepPath(".range"), $"range {badRange}"),
            9 => new(c, WithSession(ri, sessions[ri] with
            {
                Exercise = Exercise.PressUp,
                Reps = sessions[ri].Reps.SetItem(rj, sessions[ri].Reps[rj] with { Range = null }),
            }), RepPath(".range"), "a press-up rep without range"),
            10 => new(c, WithRep(r => r with { DurationSeconds = badDuration }), RepPath(".durationSeconds"), $"duration {badDuration}"),
            11 => new(c, WithRep(r => r with { At = sessions[ri].StartedAt.AddTicks(-1 - variant) }), RepPath(".at"), "a rep before its session's start"),
            12 => new(c, WithRep(r => r with { At = c.Now.AddTicks(1 + variant) }), RepPath(".at"), "a rep after now"),
            13 when sessions.Length >= 2 => new(c, WithSession(Math.Max(1, i), sessions[Math.Max(1, i)] with { StartedAt = sessions[Math.Max(1, i) - 1].StartedAt.AddTicks(-1 - variant) }), $"sessions[{Math.Max(1, i)}].startedAt", "sessions out of time order"),
            13 => new(c, WithSession(i, sessions[i] with { StartedAt = c.Now.AddDays(1) }), $"sessions[{i}].startedAt", "a start after now"),
            14 => new(c, WithRep(r => r with { Location = badLocation }), RepPath(".location"), $"location {(int)badLocation}"),
            15 => new(c, h with { Sessions = sessions.SetItem(i, null!) }, $"sessions[{i}]", "a null session"),
            _ => new(c, WithSession(ri, sessions[ri] with { Reps = sessions[ri].Reps.SetItem(rj, null!) }), RepPath(string.Empty), "a null rep"),
        };
    }
}
