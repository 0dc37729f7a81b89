using System.Diagnostics.Metrics;
using ExerciseRules.Model;
using ExerciseRules.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers ExerciseRules with a service collection. The advisor takes <see cref="TimeProvider"/>,
/// <c>ILoggerFactory</c>, <c>IMeterFactory</c>, <see cref="ExerciseRules.MessageTexts"/> and
/// <see cref="InputLimits"/> from the container when they are registered, and runs every
/// NRules rule (a <see cref="NRules.Fluent.Dsl.Rule"/> instance) registered as a singleton with the protocol's rules
/// (<see cref="ExerciseRules.AdvisorSettings.AdditionalRules"/>).
/// </summary>
public static class ExerciseRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ExerciseRules.Advisor"/> as a singleton, with protocol options bound from a
    /// configuration section (names as in <see cref="ProtocolOptions"/>, e.g. <c>"MaxReps": 12</c>,
    /// <c>"SessionInterval": "01:30:00"</c>; what is left out keeps its default) and validated when the host starts,
    /// with the same messages as everywhere else (<c>maxReps: must be between 1 and 100</c>).
    /// </summary>
    /// <remarks>
    /// Values are read as strictly as the wire format reads them, not by <c>ConfigurationBinder</c>'s converters:
    /// durations only as <c>hh:mm:ss</c> (hours may be more than 23; <c>"2"</c> is an error, not two days), whole
    /// numbers only as digits (no <c>0x10</c>), numbers with a <c>.</c>, booleans as <c>true</c> or <c>false</c>,
    /// and no white space around a value. A value in another form, an empty value, a section where a value belongs
    /// and an unknown name are errors, reported together with every other options problem by the validation at
    /// start-up (<see cref="OptionsValidationException"/>: <c>sessionInterval: must be a duration as hh:mm:ss ...</c>).
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration section holding the protocol options, e.g. <c>configuration.GetSection("ExerciseRules")</c>.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddExerciseRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Not ConfigurationBinder: its converters read "2" as two days and "0x10" as 16. The strict binding reads
        // every value in the wire format's one form, and its problems are reported by validation at start-up.
        services.AddOptions<ProtocolOptionsBuilder>();
        services.AddSingleton<IConfigureOptions<ProtocolOptionsBuilder>>(new ExerciseRules.Extensions.DependencyInjection.StrictOptionsBinding(configuration));
        services.AddSingleton<IOptionsChangeTokenSource<ProtocolOptionsBuilder>>(new ConfigurationChangeTokenSource<ProtocolOptionsBuilder>(configuration));
        return services.AddExerciseRulesCore();
    }

    /// <summary>Registers the <see cref="ExerciseRules.Advisor"/> as a singleton with the default protocol options.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddExerciseRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProtocolOptionsBuilder>();
        return services.AddExerciseRulesCore();
    }

    /// <summary>
    /// Registers the <see cref="ExerciseRules.Advisor"/> as a singleton, with protocol options set in code and
    /// validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the default protocol options, e.g. <c>o =&gt; o.MaxReps = 12</c>.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddExerciseRules(this IServiceCollection services, Action<ProtocolOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ProtocolOptionsBuilder>().Configure(configure);
        return services.AddExerciseRulesCore();
    }

    private static IServiceCollection AddExerciseRulesCore(this IServiceCollection services)
    {
        services.AddOptions<ProtocolOptionsBuilder>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProtocolOptionsBuilder>, ProtocolOptionsBuilderValidation>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ProtocolOptionsBuilder>>().Value.Build());
        services.TryAddSingleton(sp => new ExerciseRules.Advisor(new ExerciseRules.AdvisorSettings
        {
            Options = sp.GetRequiredService<ProtocolOptions>(),
            TimeProvider = sp.GetService<TimeProvider>() ?? TimeProvider.System,
            Texts = sp.GetService<ExerciseRules.MessageTexts>() ?? ExerciseRules.MessageTexts.English,
            LoggerFactory = sp.GetService<ILoggerFactory>(),
            MeterFactory = sp.GetService<IMeterFactory>(),
            Limits = sp.GetService<InputLimits>() ?? InputLimits.Default,
            AdditionalRules = [.. sp.GetServices<NRules.Fluent.Dsl.Rule>()],
        }));
        return services;
    }

    /// <summary>Checks bound options with the library's own validator, so start-up failures read like every other options error.</summary>
    private sealed class ProtocolOptionsBuilderValidation : IValidateOptions<ProtocolOptionsBuilder>
    {
        public ValidateOptionsResult Validate(string? name, ProtocolOptionsBuilder options)
        {
            var binding = ExerciseRules.Extensions.DependencyInjection.StrictOptionsBinding.ErrorsOf(options);
            var result = ProtocolOptionsValidator.Instance.Validate(options.Build());
            return result.IsValid && binding.Count == 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail([.. binding, .. result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")]);
        }
    }
}
