using CsCheck;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>
/// How many cases each property runs in a normal test run. Set <c>EXERCISERULES_PROPERTY_SCALE</c> (a whole number)
/// to run that many times more, e.g. overnight; a failure prints a seed to replay with <c>CsCheck_Seed</c>.
/// Set <c>EXERCISERULES_PROPERTY_CASES_DIVISOR</c> (a whole number) to run that many times fewer, for mutation
/// testing only (see docs/quality.md): a normal run sets neither and runs the counts below.
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

    private static readonly long Scale = WholeNumberAbove1("EXERCISERULES_PROPERTY_SCALE");

    private static readonly long Divisor = WholeNumberAbove1("EXERCISERULES_PROPERTY_CASES_DIVISOR");

    /// <summary>Gets the cases a property of <paramref name="iterations"/> normal cases runs: times the scale, divided by the divisor, at least one.</summary>
    /// <param name="iterations">The cases in a normal run.</param>
    /// <returns>The cases this run.</returns>
    public static long Cases(long iterations) => Math.Max(1, iterations * Scale / Divisor);

    /// <summary>
    /// Gets whether this is a reduced run (<c>EXERCISERULES_PROPERTY_CASES_DIVISOR</c> above 1): the properties still hold
    /// for every case, but there are too few cases to require that a generator reaches rare ones.
    /// </summary>
    public static bool IsReduced => Divisor > 1;

    /// <summary>Samples <paramref name="gen"/> <paramref name="iterations"/> times (times the scale, divided by the divisor); a failure prints the shrunk case and its seed.</summary>
    public static void Check<T>(this Gen<T> gen, Action<T> property, long iterations = Invariant) =>
        gen.Sample(property, iter: Cases(iterations), print: c => c?.ToString() ?? "null");

    private static long WholeNumberAbove1(string variable) =>
        long.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 1 ? value : 1;
}
