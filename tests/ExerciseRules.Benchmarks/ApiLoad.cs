using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ExerciseRules.Model;
using ExerciseRules.Serialization;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// <c>--api-load [--requests N] [--connections C] [--warmup N]</c> (N warm-up requests a round): starts samples/AdviceApi in this process on a free
/// loopback port (Kestrel, the Production environment), sends a fixed, repeating mix of requests over C connections
/// (valid advice, invalid input of every kind the API refuses, and /explain) and checks every answer against the
/// library's own answer for the same input: advice equal to <c>ExerciseRulesJson.Serialize(advisor.Advise(...))</c>
/// at the same <c>now</c>, errors equal to the library's errors, /explain's advice and trace equal to
/// <c>advisor.Explain</c>'s. It reports requests a second, latency percentiles, the statuses, 5xx and mismatches on
/// standard output, and exits 1 if any answer was a 5xx, a mismatch or a failed exchange (never for being slow).
/// </summary>
internal static class ApiLoad
{
    private const string Now = "2026-11-24T09:58:00Z";
    private const int MaxWarmupRounds = 15;
    private const int QuietCompilations = 10;
    private static readonly TimeSpan WarmupPause = TimeSpan.FromMilliseconds(500);
    /// <summary>What the API must answer for a bad <c>?now=</c>: the library's own words for that time (AdviceApi reads it with <see cref="WireNames.TryParseTime"/>).</summary>
    private static string NowExpectation(string text) =>
        WireNames.TryParseTime(text, out _, out var problem) ? throw new InvalidOperationException($"'{text}' is a valid time") : problem;

    public static int Run(string[] args)
    {
        var requests = Option(args, "--requests", 20_000);
        var connections = Option(args, "--connections", 32);
        var warmup = Option(args, "--warmup", 2_000);

        using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(host =>
        {
            // The app's own folder, for its appsettings.json, from wherever the benchmark runs.
            host.UseContentRoot(Path.Combine(Repository.Root, "samples", "AdviceApi"));
            host.UseEnvironment("Production");

            // A free port on the loopback address (UseKestrel(0) alone would lose to the app's default of 5080).
            host.UseSetting("urls", "http://127.0.0.1:0");
            host.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;

        // The library's own answers come from an advisor of its own, with the options the server runs with.
        var advisor = new Advisor(factory.Services.GetRequiredService<ProtocolOptions>());
        var workload = Workload(advisor);

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

        Console.Error.WriteLine($"# AdviceApi on {address}; {workload.Count} distinct requests of {workload.Average(r => r.Body.Length) / 1024:0.0} KB on average; {Environment.ProcessorCount} cores; server GC {System.Runtime.GCSettings.IsServerGC}");
        // Warm up in rounds until the runtime has stopped compiling (tier 0, then instrumented, then optimised code:
        // on a busy machine that takes many seconds), so that what is measured is the steady state of a server.
        var warm = new List<Outcome>();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 1; round <= MaxWarmupRounds; round++)
        {
            warm.Add(Send(client, workload, warmup, connections));
            Thread.Sleep(WarmupPause);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            Console.Error.WriteLine($"# warm-up round {round}: {warmup} requests, {now - compiled} methods compiled");
            if (now - compiled < QuietCompilations)
            {
                break;
            }

            compiled = now;
        }

        var run = Send(client, workload, requests, connections);
        var all = warm.SelectMany(w => w.Failures).Concat(run.Failures).ToList();

        var latencies = run.Latencies.Order().ToArray();
        Console.WriteLine($"api-load requests: {requests} over {connections} connections (after {warm.Count} warm-up rounds of {warmup})");
        Console.WriteLine($"api-load mix: {string.Join(", ", run.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}"))}");
        Console.WriteLine($"api-load requests/s: {requests / run.Elapsed.TotalSeconds:0}");

        // Processor time per request, server and client together: what the machine's load does not change much.
        Console.WriteLine($"api-load cpu µs per request: {run.Cpu.TotalMicroseconds / requests:0} (server and client; {Environment.ProcessorCount} cores: at most {Environment.ProcessorCount * 1e6 / (run.Cpu.TotalMicroseconds / requests):0} requests/s)");
        Console.Error.WriteLine($"# allocated per request: {run.Allocated / requests / 1024.0:0.0} KB (server and client); {run.Collections} garbage collections");
        Console.WriteLine($"api-load latency ms: p50 {Percentile(latencies, 0.50):0.00}, p99 {Percentile(latencies, 0.99):0.00}, max {latencies[^1]:0.00}");
        foreach (var kind in run.KindLatencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = kind.Value.Order().ToArray();
            Console.WriteLine($"api-load latency ms {kind.Key}: p50 {Percentile(sorted, 0.50):0.00}, p99 {Percentile(sorted, 0.99):0.00}");
        }

        Console.WriteLine($"api-load statuses: {string.Join(", ", run.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}");
        var serverErrors = warm.SelectMany(w => w.Statuses).Concat(run.Statuses).Where(s => s.Key >= 500).Sum(s => s.Value);
        Console.WriteLine($"api-load 5xx: {serverErrors}");
        Console.WriteLine($"api-load mismatches: {all.Count}");
        foreach (var failure in all.Take(10))
        {
            Console.Error.WriteLine($"# mismatch: {failure}");
        }

        var goals = requests / run.Elapsed.TotalSeconds >= 3_000 && Percentile(latencies, 0.99) <= 20;
        Console.Error.WriteLine($"# goals (>= 3,000 requests/s, p99 <= 20 ms): {(goals ? "met" : "not met")}; this run took {run.Elapsed.TotalSeconds:0.0} s");
        return serverErrors == 0 && all.Count == 0 ? 0 : 1;
    }

    /// <summary>Sends <paramref name="count"/> requests, cycling through the workload in order, over <paramref name="connections"/> concurrent senders.</summary>
    private static Outcome Send(HttpClient client, IReadOnlyList<Request> workload, int count, int connections)
    {
        var outcome = new Outcome(count);
        var next = -1;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var senders = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var request = workload[i % workload.Count];
                using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new ByteArrayContent(request.Body) };
                if (request.ContentType is { } type)
                {
                    message.Content.Headers.ContentType = type;
                }

                var start = Stopwatch.GetTimestamp();
                int status;
                byte[] body;
                try
                {
                    using var response = await client.SendAsync(message);
                    body = await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    outcome.Failures.Add($"{request.Name}: the exchange failed: {ex.Message}");
                    continue;
                }

                var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                outcome.Latencies[i] = milliseconds;
                outcome.KindLatencies.GetOrAdd(request.Kind, _ => new ConcurrentBag<double>()).Add(milliseconds);
                outcome.Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                outcome.Kinds.AddOrUpdate(request.Kind, 1, (_, n) => n + 1);
                if (request.Check(status, body) is { } mismatch)
                {
                    outcome.Failures.Add($"{request.Name}: {mismatch}");
                }
            }
        })).ToArray();
        Task.WaitAll(senders);
        outcome.Elapsed = clock.Elapsed;
        outcome.Cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        outcome.Allocated = GC.GetTotalAllocatedBytes() - allocated;
        outcome.Collections = GC.CollectionCount(0) - collections;
        return outcome;
    }

    /// <summary>The distinct requests, in a fixed order: about 60% valid advice, 20% invalid input, 20% /explain.</summary>
    private static List<Request> Workload(Advisor advisor)
    {
        var now = DateTimeOffset.Parse(Now, CultureInfo.InvariantCulture);
        var valid = new List<(string Name, string Json, DateTimeOffset Now)>();
        foreach (var (name, sessions) in new[] { ("open set", 1), ("1 day", 12), ("2 days", 24) })
        {
            var (history, at) = Histories.Build(sessions);
            valid.Add((name, ExerciseRulesJson.Serialize(history), at));
        }

        var invalidBodies = new List<(string Name, string Json)>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            if (advisor.AdviseJson(json, now).IsValid)
            {
                valid.Add((name, json, now));
            }
            else
            {
                invalidBodies.Add((name, json));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples", "invalid"), "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) is var name && name != "invalid.json" && !name.StartsWith("option", StringComparison.Ordinal) && name != "unknown-option.json")
            {
                invalidBodies.Add(("invalid/" + name, File.ReadAllText(file)));
            }
        }

        invalidBodies.Add(("bad JSON", """{ "sessions": [ """));
        invalidBodies.Add(("empty body", string.Empty));

        var advice = valid.Select(v => Request.Advice(advisor, v.Name, v.Json, v.Now)).ToList();
        var explain = valid.Select(v => Request.Explain(advisor, v.Name, v.Json, v.Now)).ToList();
        var invalid = invalidBodies.Select(b => Request.Advice(advisor, b.Name, b.Json, now)).ToList();
        var quickstart = File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", "quickstart.json"));
        invalid.Add(Request.Refused("now with a final newline", $"/advice?now={Uri.EscapeDataString(Now + "\n")}", quickstart, 400, "now", NowExpectation(Now + "\n")));
        invalid.Add(Request.Refused("now offset +14:01", $"/advice?now={Uri.EscapeDataString("2026-11-24T09:58:00+14:01")}", quickstart, 400, "now", NowExpectation("2026-11-24T09:58:00+14:01")));
        invalid.Add(Request.Refused("unknown parameter", $"/advice?now={Now}&nwo=1", quickstart, 400, "nwo", "is not a known query parameter; the only one is now"));
        invalid.Add(Request.Refused("no Content-Type", $"/advice?now={Now}", quickstart, 415, null, null, contentType: false));

        // Interleave: three advice, one invalid, one explain, so that every stretch of requests has the same mix.
        var mix = new List<Request>();
        for (var i = 0; mix.Count < 5 * Math.Max(advice.Count / 3, Math.Max(invalid.Count, explain.Count)); i++)
        {
            mix.Add(advice[(3 * i) % advice.Count]);
            mix.Add(advice[((3 * i) + 1) % advice.Count]);
            mix.Add(advice[((3 * i) + 2) % advice.Count]);
            mix.Add(invalid[i % invalid.Count]);
            mix.Add(explain[i % explain.Count]);
        }

        return mix;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return fallback;
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} needs a whole number above 0, e.g. {name} {fallback}.");
    }

    private sealed class Outcome(int count)
    {
        public double[] Latencies { get; } = new double[count];

        public ConcurrentDictionary<string, ConcurrentBag<double>> KindLatencies { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<int, int> Statuses { get; } = new();

        public ConcurrentDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

        public ConcurrentBag<string> Failures { get; } = [];

        public TimeSpan Elapsed { get; set; }

        /// <summary>Gets or sets the processor time this process (the server and the client) used.</summary>
        public TimeSpan Cpu { get; set; }

        /// <summary>Gets or sets the bytes this process allocated.</summary>
        public long Allocated { get; set; }

        /// <summary>Gets or sets the garbage collections (of generation 0 and above).</summary>
        public int Collections { get; set; }
    }

    /// <summary>
    /// One request and how to check its answer. An answer is checked in full against the library the first time it is
    /// seen; later answers to the same request must then be the same text, byte for byte.
    /// </summary>
    private sealed class Request
    {
        private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/json");
        private readonly Func<int, string, string?> _check;
        private byte[]? _checked;
        private int _checkedStatus;

        private Request(string kind, string name, string path, string body, MediaTypeHeaderValue? contentType, Func<int, string, string?> check)
        {
            Kind = kind;
            Name = name;
            Path = path;
            Body = Encoding.UTF8.GetBytes(body);
            ContentType = contentType;
            _check = check;
        }

        public string Kind { get; }

        public string Name { get; }

        public string Path { get; }

        public byte[] Body { get; }

        public MediaTypeHeaderValue? ContentType { get; }

        /// <summary>POST /advice: the library's advice, or its errors.</summary>
        public static Request Advice(Advisor advisor, string name, string json, DateTimeOffset now)
        {
            var result = advisor.AdviseJson(json, now);
            var path = $"/advice?now={Uri.EscapeDataString(now.ToString("O", CultureInfo.InvariantCulture))}";
            if (result.IsValid)
            {
                var expected = ExerciseRulesJson.Serialize(result.Advice);
                return new Request("advice", name, path, json, JsonType, (status, body) =>
                    status != 200 ? $"status {status}, expected 200: {body}" : body != expected ? $"advice differs from the library's:\n{body}\n{expected}" : null);
            }

            return new Request("invalid", name, path, json, JsonType, (status, body) => Errors(status, body, 400, result.Errors));
        }

        /// <summary>POST /explain: the library's advice, and its trace's firings and misses, in order.</summary>
        public static Request Explain(Advisor advisor, string name, string json, DateTimeOffset now)
        {
            var result = advisor.Explain(ExerciseRulesJson.ParseHistory(json, advisor.Limits).GetValueOrThrow(), now);
            var advice = JsonNode.Parse(ExerciseRulesJson.Serialize(result.Advice!));
            var fired = result.Trace!.Firings.Select(f => f.Rule.Name).ToList();
            var missed = result.Trace.Misses.Select(m => $"{m.Rule.Name}: {m.Explanation}").ToList();
            var path = $"/explain?now={Uri.EscapeDataString(now.ToString("O", CultureInfo.InvariantCulture))}";
            return new Request("explain", name, path, json, JsonType, (status, body) =>
            {
                if (status != 200)
                {
                    return $"status {status}, expected 200: {body}";
                }

                var answer = JsonNode.Parse(body)!;
                var trace = answer["trace"]!;
                return !JsonNode.DeepEquals(answer["advice"], advice) ? "the advice differs from the library's"
                    : !trace["fired"]!.AsArray().Select(f => (string)f!["rule"]!).SequenceEqual(fired) ? "the fired rules differ from the library's trace"
                    : !trace["notFired"]!.AsArray().Select(m => $"{m!["rule"]}: {m["explanation"]}").SequenceEqual(missed) ? "the rules not fired differ from the library's trace"
                    : null;
            });
        }

        /// <summary>A request the API refuses before the library sees it: a status, and the one error it names (if any).</summary>
        public static Request Refused(string name, string path, string json, int expectedStatus, string? errorPath, string? message, bool contentType = true) =>
            new("invalid", name, path, json, contentType ? JsonType : null, (status, body) => expectedStatus == 400
                ? Errors(status, body, 400, [new InputError(errorPath!, message!)])
                : status != expectedStatus ? $"status {status}, expected {expectedStatus}: {body}"
                : JsonNode.Parse(body)!["status"]!.GetValue<int>() != expectedStatus ? $"the problem's status is not {expectedStatus}: {body}" : null);

        public string? Check(int status, byte[] body)
        {
            if (Volatile.Read(ref _checked) is { } known)
            {
                return status == _checkedStatus && body.AsSpan().SequenceEqual(known) ? null : Changed(status, body, known);
            }

            if (_check(status, Encoding.UTF8.GetString(body)) is { } mismatch)
            {
                return mismatch;
            }

            _checkedStatus = status;
            var first = Interlocked.CompareExchange(ref _checked, body, null) ?? body;
            return body.AsSpan().SequenceEqual(first) ? null : Changed(status, body, first);
        }

        private static string Changed(int status, byte[] body, byte[] first) =>
            $"the answer changed (status {status}):\n{Encoding.UTF8.GetString(body)}\nfirst:\n{Encoding.UTF8.GetString(first)}";

        private static string? Errors(int status, string body, int expectedStatus, IReadOnlyList<InputError> expected)
        {
            if (status != expectedStatus)
            {
                return $"status {status}, expected {expectedStatus}: {body}";
            }

            var errors = JsonNode.Parse(body)!["errors"]!.AsArray().Select(e => new InputError((string)e!["path"]!, (string)e["message"]!));
            return errors.SequenceEqual(expected) ? null : $"errors differ from the library's: {body} / {string.Join("; ", expected)}";
        }
    }
}
