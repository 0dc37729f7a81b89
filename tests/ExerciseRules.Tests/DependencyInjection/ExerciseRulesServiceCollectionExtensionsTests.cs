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

        act.Should().Throw<OptionsValidationException>().WithMessage("MaxRepz: is not a known option; the options are *MaxReps*");
    }

    [Theory]
    [InlineData("2", "sessionInterval: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days); a bare number has no unit")]
    [InlineData("1.02:00:00", "sessionInterval: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days); days are written as hours: 1.02:00:00 is 26:00:00")]
    [InlineData("01:30", "sessionInterval: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days)")]
    [InlineData("02:00:00 ", "sessionInterval: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days); it has white space or a line break before or after it")]
    public void AddExerciseRules_DurationNotHoursMinutesSeconds_FailsAtStartInsteadOfGuessing(string value, string message)
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("SessionInterval", value)).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("MaxReps", "0x10", "maxReps: must be a whole number, written in digits (e.g. 12)")]
    [InlineData("MaxReps", "#10", "maxReps: must be a whole number, written in digits (e.g. 12)")]
    [InlineData("MaxReps", "2147483648", "maxReps: must be a whole number between -2147483648 and 2147483647")]
    [InlineData("MaxReps", " 12", "maxReps: must be a whole number, written in digits (e.g. 12); it has white space or a line break before or after it")]
    [InlineData("MaxReps", "", "maxReps: is empty: give a value, or leave the option out to keep its default")]
    [InlineData("MinRepSeconds", "1,5", "minRepSeconds: must be a number written with a decimal point, not a comma (e.g. 0.2)")]
    [InlineData("MinRepSeconds", "NaN", "minRepSeconds: must be a number (e.g. 0.2)")]
    [InlineData("RequireProgression", "yes", "requireProgression: must be true or false")]
    public void AddExerciseRules_ValueInAnotherForm_FailsAtStartNamingTheOption(string key, string value, string message)
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config((key, value)).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void AddExerciseRules_SectionWhereAValueBelongs_IsAnError()
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("MaxReps:Value", "12")).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<Advisor>();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Be("maxReps: must be a value, not a section");
    }

    [Fact]
    public void AddExerciseRules_BindingAndValidationProblems_AreReportedTogether()
    {
        using var provider = new ServiceCollection()
            .AddExerciseRules(Config(("SessionTimeout", "30"), ("MaxReps", "0")).GetSection("ExerciseRules"))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "sessionTimeout: must be a duration as hh:mm:ss, e.g. 01:30:00 (hours may be more than 23: 48:00:00 is two days); a bare number has no unit",
            "maxReps: must be between 1 and 100");
    }

    [Fact]
    public void AddExerciseRules_EveryOptionInItsWireForm_IsBound()
    {
        // Every option, as the wire format writes it, with a value other than its default: a property of the builder
        // that configuration cannot set, or sets wrongly, fails here.
        var options = ProtocolOptions.Default with
        {
            IntensifyingPainDelta = 2, ImprovementPoints = 3, ImprovementPercent = 40, PersistDays = 4, MinSessionsPerDay = 2,
            ReviewDays = 10, ConsecutiveWorseLimit = 2, MaxReps = 12, MinReps = 8, RestSeconds = 7, MinRange = 0.2, RangeStep = 0.05,
            StartRange = 0.4, SessionInterval = TimeSpan.FromHours(26), SessionTimeout = TimeSpan.FromMinutes(45), MinRepSeconds = 1.5,
            RequireProgression = false,
        };
        using var json = System.Text.Json.JsonDocument.Parse(ExerciseRules.Serialization.ExerciseRulesJson.Serialize(options));
        var values = json.RootElement.EnumerateObject()
            .Select(p => (p.Name, p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
            .ToArray();
        using var provider = new ServiceCollection().AddExerciseRules(Config(values).GetSection("ExerciseRules")).BuildServiceProvider();

        provider.GetRequiredService<Advisor>().Options.Should().Be(options);
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
        using var provider = new ServiceCollection()
            .AddSingleton<NRules.Fluent.Dsl.Rule>(new ExerciseRules.Tests.Support.HostExtraMessageRule())
            .AddExerciseRules()
            .BuildServiceProvider();

        var advisor = provider.GetRequiredService<Advisor>();

        advisor.RuleSet.Find("host-extra-message").Should().NotBeNull();
        advisor.Advise(new History(), DateTimeOffset.UnixEpoch).GetAdviceOrThrow().HasMessage("hostMessage").Should().BeTrue();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
