using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ExerciseRules.Serialization;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// Reading the wire format's times, one operation = every time of a 360-session history (4,674): the strict
/// reader (<see cref="WireNames.TryParseTime"/>, which says why a time is refused) against what the library did
/// before it, a <c>$</c>-anchored regex and <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>, as the baseline.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public partial class TimeReadBenchmarks
{
    private string[] _times = [];

    [GlobalSetup]
    public void Setup()
    {
        var (history, _) = Histories.Build(360);
        _times = [.. history.Sessions.SelectMany(s => s.Reps.Select(r => r.At).Prepend(s.StartedAt)).OfType<DateTimeOffset>().Select(t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))];
        foreach (var text in _times)
        {
            if (!WireNames.TryParseTime(text, out var strict, out _) || !OldTryParse(text, out var old) || strict != old || strict.Offset != old.Offset)
            {
                throw new InvalidOperationException($"The two readers disagree on {text}.");
            }
        }

        Console.WriteLine($"// times: {_times.Length}; both readers read every one to the same value");
    }

    [Benchmark(Baseline = true, Description = "time: regex $ + DateTimeOffset.TryParse (before)")]
    public long Old()
    {
        long sum = 0;
        foreach (var text in _times)
        {
            sum += OldTryParse(text, out var value) ? value.UtcTicks : 0;
        }

        return sum;
    }

    [Benchmark(Description = "time: WireNames.TryParseTime")]
    public long Strict()
    {
        long sum = 0;
        foreach (var text in _times)
        {
            sum += WireNames.TryParseTime(text, out var value, out _) ? value.UtcTicks : 0;
        }

        return sum;
    }

    private static bool OldTryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return OldForm().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OldForm();
}

/// <summary>
/// A whole history read from UTF-8 (360 sessions, 912 KB as the library writes it, indented): <see cref="ExerciseRulesJson.ParseHistory(ReadOnlySpan{byte})"/>,
/// with its strict converters for times and whole numbers, against System.Text.Json's own parse of the same bytes
/// into a <see cref="JsonDocument"/> as the baseline (what reading JSON at all costs).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class HistoryReadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        var (history, _) = Histories.Build(360);
        _json = Encoding.UTF8.GetBytes(ExerciseRulesJson.Serialize(history));
        if (!ExerciseRulesJson.ParseHistory(_json).IsValid)
        {
            throw new InvalidOperationException("The benchmark history does not read back.");
        }

        Console.WriteLine($"// history: {_json.Length:N0} bytes, {history.Sessions.Length} sessions");
    }

    [Benchmark(Baseline = true, Description = "read: JsonDocument.Parse (bare JSON)")]
    public int Document()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.GetProperty("sessions").GetArrayLength();
    }

    [Benchmark(Description = "read: ExerciseRulesJson.ParseHistory")]
    public int History() => ExerciseRulesJson.ParseHistory(_json).Value!.Sessions.Length;
}
