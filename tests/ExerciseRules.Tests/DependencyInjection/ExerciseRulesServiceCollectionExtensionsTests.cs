using ExerciseRules.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ExerciseRules.Tests.DependencyInjection;

public sealed class ExerciseRulesServiceCollectionExtensionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"ExerciseRules:{v.Key}", v.Value))).Build();

    [Fact]
    public void AddExerciseRules_Configuration_BindsOptionsOverTheirDefaults()
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("MaxReps", "12"), ("SessionInterval", "01:30:00")).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var advisor = provider.GetRequiredService<Advisor>();

        advisor.Options.Should().Be(ProtocolOptions.Default with { MaxReps = 12, SessionInterval = TimeSpan.FromMinutes(90) });
        provider.GetRequiredService<Advisor>().Should().BeSameAs(advisor);
    }

    [Fact]
    public void AddExerciseRules_InvalidConfiguration_FailsAtStartWithEveryProblem()
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("MaxReps", "0"), ("MinRange", "2")).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("maxReps: must be between 1 and 100; minRange: must be greater than 0 and at most 1");
    }

    [Fact]
    public void AddExerciseRules_UnknownOptionName_IsAnError()
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("MaxRepz", "12")).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<Advisor>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*MaxRepz*");
    }

    [Fact]
    public void AddExerciseRules_TakesTheTimeProviderAndTextsFromTheContainer()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var texts = MessageTexts.FromTemplates(new Dictionary<string, string> { ["startSet.noTarget"] = "Empieza." });
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(texts)
            .AddExerciseRules(o => o.RequireProgression = true)
            .BuildServiceProvider();

        var advisor = provider.GetRequiredService<Advisor>();
        var advice = advisor.Advise(new History()).GetAdviceOrThrow();

        advisor.TimeProvider.Should().BeSameAs(clock);
        advice.Messages[0].Text.Should().Be("Empieza.");
    }

    [Fact]
    public void AddExerciseRules_TakesTheHostsRulesFromTheContainer()
    {
        var rule = ExerciseRules.Engine.Rule.Define("host-message")
            .Describe("Host: add a message.")
            .From("host policy")
            .InStage(ExerciseRules.Engine.RuleStage.Compose)
            .WithPriority(85)
            .When<ExerciseRules.Protocol.ComposedMessages>()
            .Then((_, messages) => messages.Add("hostMessage"));
        using var provider = new ServiceCollection()
            .AddSingleton(rule)
            .AddExerciseRules()
            .BuildServiceProvider();

        var advisor = provider.GetRequiredService<Advisor>();

        advisor.RuleSet.Rules.Should().Contain(rule);
        advisor.Advise(new History(), DateTimeOffset.UnixEpoch).GetAdviceOrThrow().HasMessage("hostMessage").Should().BeTrue();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
