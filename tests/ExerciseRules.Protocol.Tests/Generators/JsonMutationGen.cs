using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ExerciseRules.Serialization;

namespace ExerciseRules.Protocol.Tests.Generators;

/// <summary>A JSON document made by breaking a valid one, with what was done to it.</summary>
/// <param name="Json">The broken document.</param>
/// <param name="What">What was done, for the failure message.</param>
/// <param name="Now">The moment of advice for the history it came from.</param>
public sealed record MutatedJson(string Json, string What, DateTimeOffset Now)
{
    /// <inheritdoc />
    public override string ToString() => $"{What} (now {Now:O}): {(Json.Length > 3000 ? Json[..3000] + $"... ({Json.Length} chars)" : Json)}";
}

/// <summary>
/// Breaks valid wire-format documents in the ways hostile or broken clients do: wrong types, out-of-range and huge
/// numbers, invalid number syntax, missing and extra fields, duplicate keys, odd unicode, truncation, stray
/// characters, deleted spans, deep nesting and huge arrays.
/// </summary>
public static class JsonMutationGen
{
    private const string Marker = "\u0001MARK\u0001";

    private static readonly string[] RawValues =
    [
        "\"text\"", "42", "-1", "11", "true", "false", "null", "{}", "[]", "1.5", "0.5", "1e308", "-1e308", "1e400", "-1e400", "1e-400",
        "2147483648", "-2147483649", "123456789012345678901234567890", "-0", "0.0000000000000000000000000000001",
        "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+1", "0x10", "1e", "--1", "\"2026-13-45T99:99:99Z\"", "\"25:00:00\"",
        "\"-01:00:00\"", "\"10675199.02:48:05.4775808\"", "\"P1D\"", "\"2026-11-24\"", "\"\"", "[null]", "[{}]", "{\"a\":1}",
    ];

    private static readonly string[] OddStrings =
    [
        "pressUp\u0000", "pres\u200BsUp", "\uD800", "\uDFFF\uD800", "ｐｒｅｓｓＵｐ", "PRESSUP", "PressUp", "\U0001F4AA", "\u202Epussrep",
        "press\u0301Up", "back, buttock", "1", "0", " back", "back ", "\uFEFFback", new string('x', 100_000),
    ];

    private static readonly string[] Names = ["extra", "Pain", "PAIN", "pain ", "", "\u0000", "$type", "$id", "__proto__", "\uD800", "pa\u200Bin"];

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly char[] Stray = ['{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', ' ', 'x', '\u0000', '\u00A0', '\uFFFF'];

    /// <summary>
    /// Gets broken history documents, each made from the first three sessions of a generated valid history (small
    /// documents keep the run short and make each mutation more likely to hit a field; the very large inputs are
    /// in <c>JsonFuzzTests</c>).
    /// </summary>
    public static Gen<MutatedJson> History { get; } =
        Gen.Select(ProtocolGen.Case, Gen.Int[0, 11], Gen.Double[0, 1], Gen.Int[0, 1_000_000], (c, kind, pick, n) =>
            Mutate(ExerciseRulesJson.Serialize(c.History with { Sessions = [.. c.History.Sessions.Take(3)] }), kind, pick, n, c.Now));

    /// <summary>Gets broken options documents, each made from generated valid options (every option written).</summary>
    public static Gen<MutatedJson> Options { get; } =
        Gen.Select(ProtocolGen.Options, Gen.Int[0, 11], Gen.Double[0, 1], Gen.Int[0, 1_000_000], (o, kind, pick, n) =>
            Mutate(ExerciseRulesJson.Serialize(o), kind, pick, n, DateTimeOffset.UnixEpoch));

    private static MutatedJson Mutate(string json, int kind, double pick, int n, DateTimeOffset now)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<(JsonNode? Parent, string? Name, int Index, JsonNode? Node)>();
        Collect(null, null, -1, root, nodes);
        var target = nodes[Math.Min(nodes.Count - 1, (int)(pick * nodes.Count))];
        var objects = nodes.Where(x => x.Node is JsonObject o && o.Count > 0).ToList();
        var arrays = nodes.Where(x => x.Node is JsonArray).ToList();
        var strings = nodes.Where(x => x.Node is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList();

        string Replace((JsonNode? Parent, string? Name, int Index, JsonNode? Node) at, string raw)
        {
            if (at.Parent is null)
            {
                return raw;
            }

            SetChild(at, JsonValue.Create(Marker));
            var text = root.ToJsonString();
            return text.Replace(JsonSerializer.Serialize(Marker), raw, StringComparison.Ordinal);
        }

        switch (kind)
        {
            case 0:
            {
                var raw = RawValues[n % RawValues.Length];
                return new(Replace(target, raw), $"value at {target.Node?.GetPath() ?? "$"} replaced by {raw}", now);
            }

            case 1 when objects.Count > 0:
            {
                var (_, _, _, node) = objects[n % objects.Count];
                var obj = (JsonObject)node!;
                var name = obj.ElementAt(n % obj.Count).Key;
                obj.Remove(name);
                return new(root.ToJsonString(), $"{name} removed from {obj.GetPath()}", now);
            }

            case 2 when objects.Count > 0:
            {
                var obj = (JsonObject)objects[n % objects.Count].Node!;
                var name = Names[n % Names.Length];
                var raw = RawValues[(n / 7) % RawValues.Length];
                obj[Marker] = 0;
                var text = root.ToJsonString().Replace($"{JsonSerializer.Serialize(Marker)}:0", $"{JsonSerializer.Serialize(name)}:{raw}", StringComparison.Ordinal);
                return new(text, $"property {JsonSerializer.Serialize(name)}: {raw} added to {obj.GetPath()}", now);
            }

            case 3 when objects.Count > 0:
            {
                var obj = (JsonObject)objects[n % objects.Count].Node!;
                var name = obj.ElementAt(n % obj.Count).Key;
                var raw = RawValues[(n / 7) % RawValues.Length];
                obj[Marker] = 0;
                var text = root.ToJsonString().Replace($"{JsonSerializer.Serialize(Marker)}:0", $"{JsonSerializer.Serialize(name)}:{raw}", StringComparison.Ordinal);
                return new(text, $"duplicate key {name}: {raw} in {obj.GetPath()}", now);
            }

            case 4 when strings.Count > 0:
            {
                var at = strings[n % strings.Count];
                var odd = OddStrings[(n / 3) % OddStrings.Length];
                SetChild(at, JsonValue.Create(odd));
                var raw = n % 2 == 0 ? root.ToJsonString() : root.ToJsonString(Unescaped);
                return new(raw, $"string at {at.Node!.GetPath()} replaced by an odd one ({odd.Length} chars, {(n % 2 == 0 ? "escaped" : "raw")})", now);
            }

            case 5:
                return new(json[..(n % json.Length)], $"truncated at {n % json.Length}", now);

            case 6:
            {
                var position = n % json.Length;
                var c = Stray[(n / 13) % Stray.Length];
                return new(json[..position] + c + json[(position + 1)..], $"character {position} replaced by U+{(int)c:X4}", now);
            }

            case 7:
            {
                var start = n % json.Length;
                var length = Math.Min(json.Length - start, 1 + ((n / 11) % 40));
                return new(json.Remove(start, length), $"{length} characters deleted at {start}", now);
            }

            case 8:
            {
                var depth = 20 + (n % 3_000);
                var open = n % 2 == 0 ? new StringBuilder().Insert(0, "[", depth).ToString() : new StringBuilder().Insert(0, "{\"a\":", depth).ToString();
                var close = n % 2 == 0 ? new string(']', depth) : new string('}', depth);
                return new(Replace(target, open + "1" + close), $"value at {target.Node?.GetPath() ?? "$"} nested {depth} deep", now);
            }

            case 9 when arrays.Count > 0:
            {
                var at = arrays[n % arrays.Count];
                var element = ((JsonArray)at.Node!).FirstOrDefault()?.ToJsonString() ?? RawValues[n % RawValues.Length];
                var count = Math.Min(100 + (n % 5_000), 100_000 / (element.Length + 1)); // the far larger ones are in JsonFuzzTests

                var raw = "[" + string.Join(",", Enumerable.Repeat(element, count)) + "]";
                return new(Replace(at, raw), $"array at {at.Node!.GetPath()} made {count} long", now);
            }

            case 10:
                return new(n % 2 == 0 ? "\uFEFF" + json : json + "\u0000", n % 2 == 0 ? "BOM before the document" : "NUL after the document", now);

            default:
            {
                var raw = RawValues[n % RawValues.Length];
                return new(raw, $"the whole document replaced by {raw}", now);
            }
        }
    }

    private static void Collect(JsonNode? parent, string? name, int index, JsonNode? node, List<(JsonNode?, string?, int, JsonNode?)> into)
    {
        into.Add((parent, name, index, node));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    Collect(obj, key, -1, child, into);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array, null, i, array[i], into);
                }

                break;
        }
    }

    private static void SetChild((JsonNode? Parent, string? Name, int Index, JsonNode? Node) at, JsonNode? value)
    {
        if (at.Parent is JsonObject obj)
        {
            obj[at.Name!] = value;
        }
        else if (at.Parent is JsonArray array)
        {
            array[at.Index] = value;
        }
    }
}
