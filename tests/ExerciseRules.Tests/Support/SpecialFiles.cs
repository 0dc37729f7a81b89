using System.Diagnostics;

namespace ExerciseRules.Tests.Support;

/// <summary>FIFOs, links and devices for the tests of bounded, confined reading; a test skips only where the OS has none.</summary>
internal static class SpecialFiles
{
    /// <summary>The longest a read that should end at once may take before the test fails instead of hanging.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Makes a FIFO with <c>mkfifo</c>, or skips the test where the OS cannot make one.</summary>
    public static void Fifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Windows has no FIFOs in the file system.");
        }

        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false, RedirectStandardError = true })!;
            if (!mkfifo.WaitForExit(Patience) || mkfifo.ExitCode != 0 || !File.Exists(path))
            {
                Assert.Skip($"mkfifo could not make a FIFO: {mkfifo.StandardError.ReadToEnd()}");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Skip($"No mkfifo on this system: {ex.Message}");
        }
    }

    /// <summary>Makes a symbolic link, or skips the test where the OS does not let this user make one.</summary>
    public static void Link(string path, string target, bool directory)
    {
        try
        {
            if (directory)
            {
                Directory.CreateSymbolicLink(path, target);
            }
            else
            {
                File.CreateSymbolicLink(path, target);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Assert.Skip($"Symbolic links cannot be made here: {ex.Message}");
        }
    }

    /// <summary>The endless character device, or skips the test where there is none.</summary>
    public static string Zero()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Skip("No /dev/zero on this system.");
        }

        return "/dev/zero";
    }

    /// <summary>Runs <paramref name="action"/> and fails the test, instead of hanging it, when it does not end in time.</summary>
    public static async Task<T> Within<T>(Func<T> action) =>
        await Task.Run(action, TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
}

/// <summary>A stream that never ends (stdin from a program that writes forever): only a bound that counts bytes stops reading it.</summary>
internal sealed class EndlessStream : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Array.Fill(buffer, (byte)' ', offset, count);
        BytesRead += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
