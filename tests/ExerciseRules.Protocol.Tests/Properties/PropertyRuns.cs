using CsCheck;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>
/// How many cases each property runs in a normal test run. Set <c>EXERCISERULES_PROPERTY_SCALE</c> (a whole number)
/// to run that many times more, e.g. overnight; a failure prints a seed to replay with <c>CsCheck_Seed</c>.
/// </summary>
internal static class PropertyRuns
{
    /// <summary>Cases for each invariant property.</summary>
    public const long Invariant = 10_000;

    /// <summary>Cases of mutated history documents (each mutation is of a small document; the very large inputs are fixed cases).</summary>
    public const long Fuzz = 5_000;

    /// <summary>Event streams for the tracker (each checks the advice after every event against the stateless advisor, so a case costs as much as a few hundred advices).</summary>
    public const long Tracker = 1_000;

    /// <summary>Cases for the engine-oracle agreement.</summary>
    public const long Agreement = 100_000;

    private static readonly long Scale =
        long.TryParse(Environment.GetEnvironmentVariable("EXERCISERULES_PROPERTY_SCALE"), out var scale) && scale > 1 ? scale : 1;

    /// <summary>Samples <paramref name="gen"/> <paramref name="iterations"/> times (times the scale); a failure prints the shrunk case and its seed.</summary>
    public static void Check<T>(this Gen<T> gen, Action<T> property, long iterations = Invariant) =>
        gen.Sample(property, iter: iterations * Scale, print: c => c?.ToString() ?? "null");
}
