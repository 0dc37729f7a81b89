namespace ExerciseRules.Legacy;

/// <summary>A process-wide small integer for each fact type, so a session finds a fact's slot by array index.</summary>
internal static class FactTypeId
{
    private static int s_next = -1;

    public static int Allocate() => Interlocked.Increment(ref s_next);

    public static int Count => Volatile.Read(ref s_next) + 1;
}

/// <summary>The id of fact type <typeparamref name="T"/>, allocated on first use.</summary>
internal static class FactTypeId<T>
{
    public static readonly int Value = FactTypeId.Allocate();
}
