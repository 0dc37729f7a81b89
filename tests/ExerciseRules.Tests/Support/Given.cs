using System.Collections.Immutable;
using ExerciseRules.Model;

namespace ExerciseRules.Tests.Support;

/// <summary>Short ways to write the histories the protocol tests need. All times are relative to <see cref="Now"/>.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static Rep Rep(double? range, int? pain = null, SymptomLocation? location = null, double? seconds = null) =>
        new(range, pain, location, seconds);

    public static SymptomReport Symptoms(int? pain, SymptomLocation? location = null) => new(pain, location);

    /// <summary>A press-up set under way: started five minutes ago, not completed.</summary>
    public static Session OpenSet(SymptomReport? before, params Rep[] reps) =>
        OpenSet(Exercise.PressUp, before, reps);

    public static Session OpenSet(Exercise exercise, SymptomReport? before, params Rep[] reps) =>
        new(exercise, Now.AddMinutes(-5), [.. reps], completed: false, before: before);

    /// <summary>A completed set that started at <paramref name="startedAt"/>.</summary>
    public static Session DoneSet(Exercise exercise, DateTimeOffset startedAt, SymptomReport? before, SymptomReport? after, params Rep[] reps) =>
        new(exercise, startedAt, [.. reps], completed: true, before: before, after: after);

    /// <summary>Reps of the same range and symptoms.</summary>
    public static Rep[] Same(int count, double range, int pain, SymptomLocation location) =>
        [.. Enumerable.Repeat(new Rep(range, pain, location), count)];

    /// <summary>A tolerated set: ten reps whose symptoms stay the same, after no worse than before.</summary>
    public static Session ToleratedSet(Exercise exercise, DateTimeOffset startedAt, double range = 0.5) =>
        DoneSet(exercise, startedAt, Symptoms(4, SymptomLocation.Buttock), Symptoms(4, SymptomLocation.Buttock), Same(10, range, 4, SymptomLocation.Buttock));

    /// <summary>Tolerated sets of lying and on the elbows, long ago, so the press-up is allowed.</summary>
    public static ImmutableArray<Session> PressUpAllowed(DateTimeOffset before) =>
        [ToleratedSet(Exercise.ProneLying, before.AddHours(-6)), ToleratedSet(Exercise.ProneOnElbows, before.AddHours(-4))];

    public static History History(params Session[] sessions) =>
        new([.. sessions], baseline: Symptoms(6, SymptomLocation.Thigh));

    public static History History(SymptomReport? baseline, params Session[] sessions) => new([.. sessions], baseline);

    public static Advice Advise(History history, ProtocolOptions? options = null, DateTimeOffset? now = null) =>
        new Advisor(options).Advise(history, now ?? Now).GetAdviceOrThrow();

    public static string? DecidedBy(this Advice advice) => advice.DecidedBy?.Name;

    public static IEnumerable<string> Codes(this Advice advice) => advice.Messages.Select(m => m.Code);
}
