using System.Runtime.CompilerServices;
using ExerciseRules.Scenarios;

namespace ExerciseRules.Testing;

/// <summary>
/// The entry to the scenario builder: <c>Scenario.At(...)</c> on the library's <see cref="Scenario"/> type, so that a
/// test reads like the protocol and builds the same scenarios as scenario files.
/// </summary>
/// <example>
/// <code>
/// using ExerciseRules.Scenarios;
/// using ExerciseRules.Testing;
/// using static ExerciseRules.Model.SymptomLocation;
///
/// Scenario.At("2026-11-24T10:00:00Z")
///     .Baseline(6, Thigh)
///     .PressUpSet(minutesAgo: 5, before: (5, Buttock), s => s.Rep(0.4, 5, Buttock).Rep(0.5, 6, Buttock))
///     .Advise()
///     .Should().BeStep(AdviceStep.ReduceRange).And.HaveTargetRange(0.4);
/// </code>
/// </example>
public static class ScenarioDsl
{
    /// <summary>Starts scenarios on the <see cref="Scenario"/> type.</summary>
    extension(Scenario)
    {
        /// <summary>Starts a scenario at a moment of advice given in ISO 8601 form (without an offset it is taken as UTC).</summary>
        /// <param name="now">The moment of advice, e.g. <c>2026-11-24T10:00:00Z</c>.</param>
        /// <param name="name">The scenario's name; by default the calling method's name (the test's).</param>
        /// <returns>A builder for the scenario.</returns>
        /// <exception cref="ArgumentException"><paramref name="now"/> is not a date and time.</exception>
        public static ScenarioBuilder At(string now, [CallerMemberName] string name = "") => ScenarioBuilder.At(now, name);

        /// <summary>Starts a scenario at a moment of advice.</summary>
        /// <param name="now">The moment of advice.</param>
        /// <param name="name">The scenario's name; by default the calling method's name (the test's).</param>
        /// <returns>A builder for the scenario.</returns>
        public static ScenarioBuilder At(DateTimeOffset now, [CallerMemberName] string name = "") => ScenarioBuilder.At(now, name);
    }
}
