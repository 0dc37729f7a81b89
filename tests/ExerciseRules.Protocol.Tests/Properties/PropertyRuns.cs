using CsCheck;

namespace ExerciseRules.Protocol.Tests.Properties;

/// <summary>How many cases each property runs in a normal test run.</summary>
internal static class PropertyRuns
{
    /// <summary>Cases for each invariant property.</summary>
    public const long Invariant = 10_000;

    /// <summary>Cases of mutated history documents (each mutation is of a small document; the very large inputs are fixed cases).</summary>
    public const long Fuzz = 5_000;

    /// <summary>Cases for the engine-oracle agreement.</summary>
    public const long Agreement = 100_000;

    /// <summary>Samples <paramref name="gen"/> <paramref name="iterations"/> times; a failure prints the shrunk case and its seed.</summary>
    public static void Check<T>(this Gen<T> gen, Action<T> property, long iterations = Invariant) =>
        gen.Sample(property, iter: iterations, print: c => c?.ToString() ?? "null");
}
