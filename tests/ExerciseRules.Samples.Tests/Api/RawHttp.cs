using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>
/// HTTP/1.1 over a plain socket, for what HttpClient will not do: a body that stalls, trickles, stops half-way or
/// is bigger than its sender is willing to finish. The response is read while the body is still being sent.
/// </summary>
internal static class RawHttp
{
    /// <summary>A response: its status, headers (names in lower case) and decoded body.</summary>
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>One part of a body, sent after a pause.</summary>
    public sealed record Part(TimeSpan Pause, byte[] Bytes);

    /// <summary>Sends a request head (without its final blank line) and the parts of a body, and reads the response until the server closes the connection.</summary>
    /// <param name="server">The server's address.</param>
    /// <param name="head">The request line and headers, e.g. <c>POST /advice HTTP/1.1\r\nContent-Length: 10</c>; a Host header is added unless it has one.</param>
    /// <param name="parts">The body, in parts; sending stops when the response has arrived.</param>
    /// <param name="timeout">How long to wait for the whole exchange.</param>
    /// <returns>The response.</returns>
    public static async Task<Response> ExchangeAsync(Uri server, string head, IEnumerable<Part> parts, TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port, cancel.Token);
        var receive = ReceiveAsync(socket, cancel.Token);
        await socket.SendAsync(Head(server, head), cancel.Token);
        try
        {
            foreach (var part in parts)
            {
                if (receive.IsCompleted || await Task.WhenAny(receive, Task.Delay(part.Pause, cancel.Token)) == receive)
                {
                    break;
                }

                await socket.SendAsync(part.Bytes, cancel.Token);
            }
        }
        catch (SocketException)
        {
            // The server answered and closed the connection while the body was still being sent.
        }

        return Parse(await receive);
    }

    /// <summary>Sends a request head and the start of a body, then closes the connection at once.</summary>
    /// <param name="server">The server's address.</param>
    /// <param name="head">The request line and headers.</param>
    /// <param name="start">The start of the body.</param>
    /// <returns>The work.</returns>
    public static async Task SendAndDisconnectAsync(Uri server, string head, byte[] start)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port, TestContext.Current.CancellationToken);
        await socket.SendAsync(Head(server, head), TestContext.Current.CancellationToken);
        await socket.SendAsync(start, TestContext.Current.CancellationToken);
        socket.Close();
    }

    /// <summary>A body of <paramref name="count"/> parts of <paramref name="size"/> spaces, each after <paramref name="pause"/>.</summary>
    public static IEnumerable<Part> Spaces(int count, int size, TimeSpan pause) =>
        Enumerable.Range(0, count).Select(_ => new Part(pause, Encoding.ASCII.GetBytes(new string(' ', size))));

    /// <summary>The same, as HTTP chunks (<c>Transfer-Encoding: chunked</c>), without the final empty chunk.</summary>
    public static IEnumerable<Part> Chunks(int count, int size, TimeSpan pause) =>
        Enumerable.Range(0, count).Select(_ => new Part(pause, Encoding.ASCII.GetBytes($"{size:x}\r\n{new string(' ', size)}\r\n")));

    /// <summary>The head as bytes, with the server's Host unless it names one, and the blank line that ends it.</summary>
    private static byte[] Head(Uri server, string head) =>
        Encoding.ASCII.GetBytes(head.Contains("\r\nHost:", StringComparison.OrdinalIgnoreCase) ? $"{head}\r\n\r\n" : $"{head}\r\nHost: {server.Authority}\r\n\r\n");

    private static async Task<byte[]> ReceiveAsync(Socket socket, CancellationToken cancel)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var count = await socket.ReceiveAsync(buffer, cancel);
                if (count == 0)
                {
                    break;
                }

                received.Write(buffer, 0, count);
            }
        }
        catch (SocketException) when (received.Length > 0)
        {
            // A reset after the response: what arrived is the answer.
        }

        return received.ToArray();
    }

    private static Response Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"No complete response arrived: '{text}'.");
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = text[(end + 4)..];
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding == "chunked")
        {
            body = Unchunk(body);
        }

        return new Response(status, headers, body);
    }

    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = int.Parse(chunked[at..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return body.ToString();
            }

            // The body is ASCII (problem details), so characters and bytes count alike.
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
