using BenchmarkDotNet.Running;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet suites (see docs/benchmarks.md);
/// <c>-- --quick</c> prints the ratios in under a minute without BenchmarkDotNet.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--coldstart-child")
        {
            return ColdStart.Child(args[1]);
        }

        if (args.Length == 3 && args[0] == "--loop")
        {
            return Loop.Run(args[1], args[2]);
        }

        if (args.Length > 0 && args[0] == "--api-load")
        {
            return ApiLoad.Run(args);
        }

        if (args.Contains("--quick"))
        {
            return Quick.Run();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
