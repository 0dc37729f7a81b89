using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ExerciseRules;

/// <summary>Argument checks with messages that say what to do (in the manner of NodaTime's Preconditions).</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    public static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value should not be empty or white space.", paramName);
        }

        return argument;
    }

    public static int CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}].");
        }

        return value;
    }
}
