using ExerciseRules.Validation;

namespace ExerciseRules.Serialization;

/// <summary>A document read, or why it was not: a reason that follows "cannot read 'PATH': ".</summary>
/// <param name="Bytes">The bytes read, or <see langword="null"/>.</param>
/// <param name="Reason">Why nothing was read (e.g. <c>no such file</c>), or <see langword="null"/>.</param>
internal readonly record struct BoundedRead(byte[]? Bytes, string? Reason)
{
    public static BoundedRead Failed(string reason) => new(null, reason);
}

/// <summary>
/// Reads files and streams through a bound that counts the bytes actually read, never the length a file reports:
/// <c>/dev/zero</c>, a pipe or a file that grows stops at the limit instead of filling memory. Every file the library
/// and the command line open is read here.
/// </summary>
internal static class BoundedInput
{
    private const int Chunk = 64 * 1024;

    /// <summary>Why a document over <paramref name="limit"/> bytes is refused.</summary>
    public static string TooBig(int limit) => $"it holds more than {InputLimits.Grouped(limit)} bytes; at most {InputLimits.Grouped(limit)} are allowed";

    /// <summary>Reads a stream to its end, or stops at <paramref name="limit"/> + 1 bytes.</summary>
    public static BoundedRead Read(Stream stream, int limit, long expected = 0)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[(int)Math.Clamp(expected > 0 ? expected + 1 : Chunk, 1, (long)limit + 1)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    return BoundedRead.Failed(TooBig(limit));
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)limit + 1));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > limit)
        {
            return BoundedRead.Failed(TooBig(limit));
        }

        Array.Resize(ref buffer, total);
        return new BoundedRead(buffer, null);
    }

    /// <summary>
    /// Reads a file of at most <paramref name="limit"/> bytes. With <paramref name="regularOnly"/>, a file that reports
    /// no length is not opened at all: FIFOs, devices and sockets report none, and opening a FIFO waits for a writer
    /// (an empty regular file would be refused as empty anyway).
    /// </summary>
    public static BoundedRead ReadFile(string path, int limit, bool regularOnly)
    {
        if (string.IsNullOrEmpty(path))
        {
            return BoundedRead.Failed("the path is empty");
        }

        try
        {
            if (Directory.Exists(path))
            {
                return BoundedRead.Failed("it is a directory, not a file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return BoundedRead.Failed(Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent && File.Exists(parent)
                    ? "a part of the path is a file, not a directory"
                    : "no such file");
            }

            if (regularOnly && info.Length == 0)
            {
                return BoundedRead.Failed("it is empty, or not a regular file (a FIFO, device or socket), so it is not read");
            }

            if (info.Length > limit)
            {
                return BoundedRead.Failed($"it is {InputLimits.Grouped(info.Length)} bytes; at most {InputLimits.Grouped(limit)} are allowed");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.SequentialScan);
            return Read(stream, limit, info.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return BoundedRead.Failed(ReasonOf(ex));
        }
    }

    /// <summary>An I/O failure in a person's words, without exception type names or parameter names.</summary>
    public static string ReasonOf(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
        PathTooLongException => "the path is too long",
        ArgumentException or NotSupportedException => "it is not a valid path",
        IOException io when io.Message.Length > 0 => $"the system could not read it ({io.Message.TrimEnd('.')})",
        _ => "the system could not read it",
    };
}
