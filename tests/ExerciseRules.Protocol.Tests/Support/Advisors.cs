using System.Collections.Concurrent;
using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Support;

/// <summary>
/// Advisors for generated options, one per options value: an advisor is immutable and thread-safe, and building one
/// compiles the NRules rules for its options, so each is built once and shared by every case with those options.
/// </summary>
internal static class Advisors
{
    private static readonly ConcurrentDictionary<ProtocolOptions, Advisor> Cache = new();

    public static Advisor For(ProtocolOptions options) => Cache.GetOrAdd(options, o => new Advisor(o));
}
