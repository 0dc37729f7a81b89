using ExerciseRules.Model;

namespace ExerciseRules.Tests.Model;

public sealed class ProtocolOptionsBuilderTests
{
    [Fact]
    public void Builder_MirrorsEveryOption()
    {
        var options = typeof(ProtocolOptions).GetProperties().Where(p => p.Name != nameof(ProtocolOptions.Default) && p.CanWrite)
            .Select(p => (p.Name, p.PropertyType));
        var builder = typeof(ProtocolOptionsBuilder).GetProperties().Select(p => (p.Name, p.PropertyType));

        builder.Should().BeEquivalentTo(options);
    }

    [Fact]
    public void Build_NewBuilder_GivesTheDefaults()
    {
        new ProtocolOptionsBuilder().Build().Should().Be(ProtocolOptions.Default);
    }

    [Fact]
    public void Build_FromOptions_RoundTrips()
    {
        var options = ProtocolOptions.Default with { MaxReps = 12, MinRange = 0.2, SessionTimeout = TimeSpan.FromMinutes(10), RequireProgression = false };

        new ProtocolOptionsBuilder(options).Build().Should().Be(options);
    }
}
