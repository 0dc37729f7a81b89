using System.Diagnostics;
using ExerciseRules.Model;
using ExerciseRules.Protocol;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static ExerciseRules.Model.SymptomLocation;
using static ExerciseRules.Tests.Support.Given;

namespace ExerciseRules.Tests;

public sealed class ExerciseRulesTelemetryTests
{
    private static readonly History Intensifying = History(OpenSet(Symptoms(5, Buttock), Rep(0.4, 5, Buttock), Rep(0.5, 6, Buttock)));

    [Fact]
    public void Advise_LogsTheDecisionAtDebugWithoutSymptoms()
    {
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var advisor = new Advisor(new AdvisorSettings { LoggerFactory = factory });

        advisor.Advise(Intensifying, Now);

        var record = logs.GetSnapshot().Should().ContainSingle().Subject;
        record.Level.Should().Be(LogLevel.Debug);
        record.Message.Should().StartWith("Advice reduceRange (urgency none) decided by symptoms-intensify; rules fired: open-set, last-rep");
        record.Message.Should().NotContainAny("buttock", "0.4", "0.5", "2026");
    }

    [Fact]
    public void Advise_LogsNothingAtInformationOrAbove()
    {
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new FakeLoggerProvider(logs)));
        var advisor = new Advisor(new AdvisorSettings { LoggerFactory = factory });

        advisor.Advise(Intensifying, Now);
        advisor.Advise(History(OpenSet(Symptoms(11, Buttock))), Now);

        logs.GetSnapshot().Should().BeEmpty();
    }

    [Fact]
    public void Advise_BadInput_LogsOnlyThePaths()
    {
        var logs = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));

        new Advisor(new AdvisorSettings { LoggerFactory = factory }).Advise(History(OpenSet(Symptoms(11, Buttock))), Now);

        logs.LatestRecord.Message.Should().Be("History rejected with 1 problem(s) at sessions[0].before.pain");
    }

    [Fact]
    public void Advise_CountsAdviceByStepAndRuleFirings()
    {
        using var meterFactory = new TestMeterFactory();
        var advisor = new Advisor(new AdvisorSettings { MeterFactory = meterFactory });
        using var advice = new MetricCollector<long>(meterFactory, ExerciseRulesTelemetry.Name, ExerciseRulesTelemetry.AdviceCounter);
        using var firings = new MetricCollector<long>(meterFactory, ExerciseRulesTelemetry.Name, ExerciseRulesTelemetry.RuleFiringCounter);
        using var rejected = new MetricCollector<long>(meterFactory, ExerciseRulesTelemetry.Name, ExerciseRulesTelemetry.RejectedCounter);

        advisor.Advise(Intensifying, Now);
        advisor.Advise(History(OpenSet(Symptoms(11, Buttock))), Now);

        var measurement = advice.GetMeasurementSnapshot().Should().ContainSingle().Subject;
        measurement.Value.Should().Be(1);
        measurement.Tags.Should().Contain(new KeyValuePair<string, object?>("step", "reduceRange"))
            .And.Contain(new KeyValuePair<string, object?>("urgency", "none"));
        firings.GetMeasurementSnapshot().Should().Contain(m => Equals(m.Tags["rule"], RuleNames.SymptomsIntensify) && Equals(m.Tags["stage"], "decide"));
        rejected.GetMeasurementSnapshot().Should().ContainSingle().Which.Value.Should().Be(1);
    }

    [Fact]
    public void Advise_StartsAnActivityTaggedWithTheStep()
    {
        var stopped = new List<Activity>();
        using var testSource = new ActivitySource("ExerciseRules.Tests");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is ExerciseRulesTelemetry.Name or "ExerciseRules.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) { stopped.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var parent = testSource.StartActivity("test")!;

        new Advisor().Advise(Intensifying, Now);

        // Tests run in parallel and may start under this test's activity: look for this advice among them. Their
        // activities keep stopping while this test reads, so read a copy taken under the lock.
        Activity[] seen;
        lock (stopped)
        {
            seen = [.. stopped];
        }

        seen.Where(a => a.TraceId == parent.TraceId && a.OperationName == ExerciseRulesTelemetry.AdviseActivity)
            .Should().Contain(a => Equals(a.GetTagItem("exerciserules.step"), "reduceRange")
                && Equals(a.GetTagItem("exerciserules.decided_by"), RuleNames.SymptomsIntensify)
                && Equals(a.GetTagItem("exerciserules.valid"), true));
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        private readonly List<System.Diagnostics.Metrics.Meter> _meters = [];

        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options)
        {
            var meter = new System.Diagnostics.Metrics.Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
