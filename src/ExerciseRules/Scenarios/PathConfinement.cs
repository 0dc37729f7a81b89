namespace ExerciseRules.Scenarios;

/// <summary>
/// Whether a path stays inside a directory once every symbolic link on the way is followed, as the system would
/// follow them when the file is opened. A path is judged by where it really leads, so neither <c>..</c> nor a link
/// inside the directory that points out of it (<c>histories -&gt; /</c>) gets out.
/// </summary>
internal static class PathConfinement
{
    /// <summary>The most links followed in one path before it counts as a loop (Linux's own limit).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static StringComparison Comparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Gets the path with every symbolic link in it resolved, or <see langword="null"/> when the links loop.
    /// Parts that do not exist are kept as they are (opening the path will say it is missing).
    /// </summary>
    /// <param name="path">The path; made absolute against the current directory.</param>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The link's target replaces it: an absolute target starts again from its root, a relative one from the
            // link's own directory.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? string.Empty;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    /// <summary>Gets whether <paramref name="path"/> is <paramref name="directory"/> or inside it; both resolved with <see cref="Resolve"/>.</summary>
    public static bool IsWithin(string path, string directory)
    {
        var root = directory.TrimEnd(Separators);
        return path.Equals(root, Comparison)
            || (path.StartsWith(root, Comparison) && path.Length > root.Length && Array.IndexOf(Separators, path[root.Length]) >= 0)
            || root.Length == 0;
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return info.LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
