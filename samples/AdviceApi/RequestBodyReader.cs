using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;
using ExerciseRules.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AdviceApi;

/// <summary>
/// Reads a request body into memory, bounded in size and in time, so that nothing a client sends can make the API
/// answer 500, wait for ever or hold more than the library's own limit: the body must be UTF-8
/// <c>application/json</c> (else 415), at most <see cref="InputLimits.MaxDocumentBytes"/> bytes (else 413, with or
/// without <c>Content-Length</c>), and whole within <see cref="Timeout"/> and at Kestrel's minimum data rate (else 408);
/// a body that is cut short or is not UTF-8 gets 400 at <c>$</c>. A client that goes away gets no answer.
/// </summary>
public sealed class RequestBodyReader
{
    /// <summary>The 415 detail for a body of another type.</summary>
    public const string NotJson = "The body must be sent as application/json (UTF-8); the request's Content-Type is another type.";

    private const int FirstBuffer = 16 * 1024;
    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Creates the reader.</summary>
    /// <param name="maxBytes">The largest body, in bytes: the advisor's <see cref="InputLimits.MaxDocumentBytes"/>.</param>
    /// <param name="timeout">The time allowed for the whole body to arrive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive.</exception>
    public RequestBodyReader(int maxBytes, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        MaxBytes = maxBytes;
        Timeout = timeout;
    }

    /// <summary>Gets the largest body, in bytes.</summary>
    public int MaxBytes { get; }

    /// <summary>Gets the time allowed for the whole body to arrive.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Reads the body of a request.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The body as UTF-8 (without a byte order mark), or the problem to answer with. Dispose it when done: its buffer is pooled.</returns>
    public async Task<RequestBody> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (MediaTypeProblem(request) is { } unsupported)
        {
            // Kestrel reads and drops the unread body after the answer (within its own size and time limits), so the
            // connection stays open for the client's next request.
            return Fail(context, unsupported, close: false);
        }

        if (request.ContentLength is { } announced && announced > MaxBytes)
        {
            return Fail(context, ApiProblems.TooLarge(announced, MaxBytes), close: true);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length ? (int)Math.Max(length, 1) : Math.Min(FirstBuffer, MaxBytes + 1));
        var read = 0;

        // The deadline cancels the pending read rather than the read's token, so that the body reader stays usable
        // and Kestrel can drain (or drop) the rest of the body after the answer.
        var pipe = request.BodyReader;
        using var deadline = new CancellationTokenSource(Timeout);
        using var onDeadline = deadline.Token.UnsafeRegister(static state => ((PipeReader)state!).CancelPendingRead(), pipe);
        try
        {
            while (true)
            {
                var result = await pipe.ReadAsync(context.RequestAborted);
                var data = result.Buffer;
                if (result.IsCanceled)
                {
                    pipe.AdvanceTo(data.Start);
                    return Fail(context, ApiProblems.BodyTimedOut(Timeout), close: true, buffer);
                }

                if (read + data.Length > MaxBytes)
                {
                    pipe.AdvanceTo(data.End);
                    return Fail(context, ApiProblems.TooLarge(null, MaxBytes), close: !result.IsCompleted, buffer);
                }

                if (read + data.Length > buffer.Length)
                {
                    buffer = Grow(buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, read + data.Length), MaxBytes));
                }

                data.CopyTo(buffer.AsSpan(read));
                read += (int)data.Length;
                pipe.AdvanceTo(data.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            return Gone(buffer);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (MaxRequestBodySize, MinRequestBodyDataRate) and a body cut short.
            var problem = ex.StatusCode switch
            {
                StatusCodes.Status408RequestTimeout => ApiProblems.BodyTooSlow(),
                StatusCodes.Status413PayloadTooLarge => ApiProblems.TooLarge(null, MaxBytes),
                _ => ApiProblems.Invalid([BodyError(request, read, ex)]),
            };
            return Fail(context, problem, close: true, buffer);
        }
        catch (IOException)
        {
            // The connection was reset.
            return Gone(buffer);
        }

        var body = buffer.AsSpan(0, read);
        var start = body.StartsWith(s_byteOrderMark) ? s_byteOrderMark.Length : 0;
        if (!Utf8.IsValid(body[start..]))
        {
            return Fail(context, ApiProblems.Invalid([new InputError(InputError.RootPath, NotUtf8(body, start))]), close: false, buffer);
        }

        return new RequestBody(buffer, start, read - start);
    }

    /// <summary>The 415 for a request whose headers do not say UTF-8 JSON, or <see langword="null"/>.</summary>
    private static ProblemHttpResult? MediaTypeProblem(HttpRequest request)
    {
        if (request.Headers.ContentEncoding is { Count: > 0 } encoding
            && !(encoding.Count == 1 && string.Equals(encoding[0], "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return ApiProblems.UnsupportedMediaType("The body must not be compressed: the API takes no Content-Encoding.");
        }

        var contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return ApiProblems.UnsupportedMediaType("The request has no Content-Type; send the body as application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.UnsupportedMediaType(NotJson);
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.UnsupportedMediaType("The body must be UTF-8; the request's Content-Type names another charset.");
        }

        return null;
    }

    /// <summary>The problem to answer with; <paramref name="close"/> when the rest of the body is too large or too slow to be worth reading.</summary>
    private static RequestBody Fail(HttpContext context, ProblemHttpResult problem, bool close, byte[]? buffer = null)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        // Close the connection after the answer instead of letting Kestrel drain what is left of the body.
        if (close && HttpProtocol.IsHttp11(context.Request.Protocol))
        {
            context.Response.Headers.Connection = "close";
        }

        return new RequestBody(problem);
    }

    private static RequestBody Gone(byte[] buffer)
    {
        // The client went away (or reset the connection): there is no one to answer.
        ArrayPool<byte>.Shared.Return(buffer);
        return RequestBody.ClientGone;
    }

    private static byte[] Grow(byte[] buffer, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static InputError BodyError(HttpRequest request, int read, BadHttpRequestException ex) =>
        new(InputError.RootPath, request.ContentLength is { } length && read < length
            ? $"ended after {read} of the {length} bytes its Content-Length announced"
            : $"could not be read: {ex.Message.TrimEnd('.')}");

    private static string NotUtf8(ReadOnlySpan<byte> body, int start)
    {
        var offset = start;
        while (offset < body.Length)
        {
            if (Rune.DecodeFromUtf8(body[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        return $"must be UTF-8 text; the byte at offset {offset} (0x{body[offset]:X2}) is not valid UTF-8";
    }
}

/// <summary>A request body read by <see cref="RequestBodyReader"/>: its UTF-8 bytes, or the problem to answer with.</summary>
public sealed class RequestBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    internal RequestBody(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
    }

    internal RequestBody(ProblemHttpResult problem) => Problem = problem;

    private RequestBody()
    {
    }

    /// <summary>Gets the body of a client that went away: there is nothing to read and no one to answer.</summary>
    internal static RequestBody ClientGone { get; } = new();

    /// <summary>Gets the problem to answer with, or <see langword="null"/> when the body was read (or the client went away).</summary>
    public ProblemHttpResult? Problem { get; }

    /// <summary>Gets a value indicating whether the client went away before the body arrived.</summary>
    public bool IsClientGone => ReferenceEquals(this, ClientGone);

    /// <summary>Gets the body as UTF-8, without a byte order mark.</summary>
    /// <exception cref="ObjectDisposedException">The body was disposed.</exception>
    /// <exception cref="InvalidOperationException">The body has a problem instead.</exception>
    public ReadOnlySpan<byte> Utf8 =>
        Problem is null && !IsClientGone
            ? (_buffer ?? throw new ObjectDisposedException(nameof(RequestBody))).AsSpan(_start, _length)
            : throw new InvalidOperationException("The body was not read; answer with its Problem.");

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
