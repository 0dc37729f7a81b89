namespace ExerciseRules.Protocol.Tests.Fuzz;

/// <summary>Runs a piece of work with a time bound, so that a hang fails the test instead of stalling the run.</summary>
internal static class Bounded
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static T Run<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        if (!task.Wait(Limit))
        {
            throw new TimeoutException($"{what} took longer than {Limit.TotalSeconds} s");
        }

        return task.Result;
    }
}
