using System.Text;
using System.Text.Json;
using ExerciseRules.Validation;

namespace ExerciseRules.Fhir;

/// <summary>
/// A bounded look at a JSON document before the FHIR deserializer builds objects from it: the syntax, the root (an
/// object), the depth, and the length of every array, so that a hostile document (a million entries, a huge array of
/// codings) is refused with its path before it costs memory. It keeps one small frame per open container.
/// </summary>
internal static class JsonPreScan
{
    /// <summary>The deepest nesting read; FHIR resources, even in a Bundle, stay far below.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest array of any other element; no element the library reads needs more than the reps of a session.</summary>
    public static int MaxArrayLength(InputLimits limits) => Math.Max(1_000, limits.MaxRepsPerSession + 2);

    /// <summary>
    /// The most entries a Bundle may hold: every session with all its reps and both symptom reports, a pain report per
    /// session, every red flag, and 1,000 other resources.
    /// </summary>
    public static long MaxEntries(InputLimits limits) =>
        ((long)limits.MaxSessions * (limits.MaxRepsPerSession + 4)) + limits.MaxRedFlags + 1_000;

    /// <summary>Scans a document.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="name">The document's path for errors, or <see langword="null"/> to name it by its resourceType.</param>
    /// <param name="limits">The limits.</param>
    /// <param name="rootName">The path the document's elements start with.</param>
    /// <returns>The problems (empty when the document may be deserialized).</returns>
    public static List<InputError> Scan(ReadOnlySpan<byte> utf8Json, string? name, InputLimits limits, out string rootName)
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
        {
            rootName = name ?? InputError.RootPath;
            return [new InputError(rootName, "is empty: a FHIR resource (a JSON object with a resourceType) is required")];
        }

        var problems = new List<(string RelativePath, string Message)>();
        string? resourceType = null;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var maxArray = MaxArrayLength(limits);
        var maxEntries = MaxEntries(limits);

        // One frame per open container: its path, whether it is an array, and the elements seen so far.
        var frames = new List<Frame>();
        string? pendingProperty = null;
        try
        {
            if (!reader.Read())
            {
                rootName = name ?? InputError.RootPath;
                return [new InputError(rootName, "is empty: a FHIR resource (a JSON object with a resourceType) is required")];
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                rootName = name ?? InputError.RootPath;
                return [new InputError(rootName, "must be a FHIR resource: a JSON object with a resourceType")];
            }

            frames.Add(new Frame(string.Empty, IsArray: false));
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        if (frames.Count == 1 && pendingProperty == "resourceType" && reader.Read())
                        {
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                resourceType = reader.GetString();
                            }

                            pendingProperty = null;
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ChildPath(frames, ref pendingProperty);
                        frames.Add(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var closed = frames[^1];
                        frames.RemoveAt(frames.Count - 1);
                        if (closed.IsArray)
                        {
                            var isEntries = frames.Count == 1 && closed.Path == ".entry";
                            var max = isEntries ? maxEntries : maxArray;
                            if (closed.Count > max)
                            {
                                problems.Add((closed.Path, $"has {Grouped(closed.Count)} elements; at most {Grouped(max)} are allowed"));
                            }
                        }

                        if (frames.Count > 0)
                        {
                            frames[^1] = frames[^1] with { Count = frames[^1].Count + (frames[^1].IsArray ? 1 : 0) };
                        }

                        break;
                    default:
                        if (frames[^1].IsArray)
                        {
                            frames[^1] = frames[^1] with { Count = frames[^1].Count + 1 };
                        }

                        pendingProperty = null;
                        break;
                }

                if (problems.Count >= 100)
                {
                    break;
                }
            }
        }
        catch (JsonException ex)
        {
            rootName = name ?? resourceType ?? InputError.RootPath;
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }

            var line = ex.LineNumber is { } l ? l + 1 : 1;
            var position = ex.BytePositionInLine is { } p ? p + 1 : 1;
            return [new InputError(rootName, $"is not valid JSON (line {line}, byte {position}): {reason.TrimEnd('.')}")];
        }

        rootName = name ?? resourceType ?? InputError.RootPath;
        if (resourceType is null)
        {
            return [new InputError(rootName, "has no resourceType: a FHIR resource is required")];
        }

        var root = rootName;
        return [.. problems.Select(p => new InputError(root + p.RelativePath, p.Message))];
    }

    /// <summary>Writes 8388608 as <c>8 388 608</c>, as the library's own limit messages do.</summary>
    public static string Grouped(long value) =>
        value.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = " ", NumberGroupSizes = [3] });

    private static string ChildPath(List<Frame> frames, ref string? pendingProperty)
    {
        var parent = frames[^1];
        var builder = new StringBuilder(parent.Path);
        if (parent.IsArray)
        {
            builder.Append('[').Append(parent.Count).Append(']');
        }
        else
        {
            builder.Append('.').Append(pendingProperty);
        }

        pendingProperty = null;
        return builder.ToString();
    }

    private readonly record struct Frame(string Path, bool IsArray, long Count = 0);
}
