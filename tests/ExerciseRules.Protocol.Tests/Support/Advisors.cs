using ExerciseRules.Model;

namespace ExerciseRules.Protocol.Tests.Support;

/// <summary>Advisors for generated options. An advisor is immutable and thread-safe, so the one for the defaults (used by 40% of the cases) is shared.</summary>
internal static class Advisors
{
    private static readonly Advisor DefaultAdvisor = new();

    public static Advisor For(ProtocolOptions options) => options == ProtocolOptions.Default ? DefaultAdvisor : new Advisor(options);
}
