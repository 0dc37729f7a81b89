using System.Linq.Expressions;
using ExerciseRules.Engine;

namespace ExerciseRules.Tests.Engine;

public sealed class TieredExpressionCompilerTests
{
    [Fact]
    public void Compile_FuncRunManyTimes_GivesTheSameAnswersInterpretedAndCompiled()
    {
        Expression<Func<int, int, bool>> expression = (a, b) => a * 3 > b;
        var compiled = TieredExpressionCompiler.Instance.Compile(expression);

        var answers = Enumerable.Range(0, TieredExpressionCompiler.Threshold * 4).Select(i => compiled(i, 100)).ToArray();

        answers.Should().Equal(Enumerable.Range(0, TieredExpressionCompiler.Threshold * 4).Select(i => i * 3 > 100));
    }

    [Fact]
    public void Compile_ExpressionThatThrows_ThrowsTheSameExceptionInterpretedAndCompiled()
    {
        Expression<Func<string, int>> expression = s => 10 / (s.Length - 4);
        var compiled = TieredExpressionCompiler.Instance.Compile(expression);
        var interpreted = () => compiled("blue");

        interpreted.Should().Throw<DivideByZeroException>("the first calls run interpreted");
        for (var i = 0; i < TieredExpressionCompiler.Threshold * 2; i++)
        {
            compiled("amber").Should().Be(10);
        }

        SpinWait.SpinUntil(() => false, TimeSpan.FromMilliseconds(50));
        var later = () => compiled("blue");
        later.Should().Throw<DivideByZeroException>("compiled, it fails the same way");
    }

    [Fact]
    public void Compile_Action_RunsItEveryTime()
    {
        var counter = new Counter();
        Expression<Action<Counter, int>> expression = (c, by) => Add(c, by);
        var compiled = TieredExpressionCompiler.Instance.Compile(expression);

        for (var i = 0; i < TieredExpressionCompiler.Threshold * 3; i++)
        {
            compiled(counter, 2);
        }

        counter.Value.Should().Be(TieredExpressionCompiler.Threshold * 6);
    }

    [Fact]
    public void Compile_DelegateTypeWithoutHolder_IsCompiledAtOnce()
    {
        Expression<Func<int, int, int, int>> expression = (a, b, c) => a + b + c;

        TieredExpressionCompiler.Instance.Compile(expression)(1, 2, 3).Should().Be(6);
    }

    [Fact]
    public void Compile_Null_Throws()
    {
        var act = () => TieredExpressionCompiler.Instance.Compile<Func<int>>(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("expression");
    }

    // Whether a delegate runs interpreted shows in the stack of an exception thrown through it: the expression
    // interpreter's frames are there until the compiled delegate takes over.

    [Fact]
    public void Compile_FuncOfOneArgument_RunsInterpretedThenCompiled()
    {
        Expression<Func<int, int>> expression = a => Fail(a);

        AssertTiered(TieredExpressionCompiler.Instance.Compile(expression), run => run(1), run => run(-1));
    }

    [Fact]
    public void Compile_FuncOfTwoArguments_RunsInterpretedThenCompiled()
    {
        Expression<Func<int, int, int>> expression = (a, b) => Fail(a + b);

        AssertTiered(TieredExpressionCompiler.Instance.Compile(expression), run => run(1, 1), run => run(-1, -1));
    }

    [Fact]
    public void Compile_ActionOfTwoArguments_RunsInterpretedThenCompiled()
    {
        Expression<Action<int, int>> expression = (a, b) => Fail(a + b);

        AssertTiered(TieredExpressionCompiler.Instance.Compile(expression), run => run(1, 1), run => run(-1, -1));
    }

    [Fact]
    public void Compile_ActionOfFourArguments_RunsInterpretedThenCompiled()
    {
        Expression<Action<int, int, int, int>> expression = (a, b, c, d) => Fail(a + b + c + d);

        AssertTiered(TieredExpressionCompiler.Instance.Compile(expression), run => run(1, 1, 1, 1), run => run(-1, -1, -1, -1));
    }

    [Fact]
    public void Compile_DelegateTypeThatIsNotGeneric_IsCompiledAtOnce()
    {
        Expression<Predicate> expression = () => true;

        var compiled = TieredExpressionCompiler.Instance.Compile(expression);

        compiled().Should().BeTrue();
        Interpreted(() => { Expression<Failing> failing = () => Fail(-1); TieredExpressionCompiler.Instance.Compile(failing)(); }).Should().BeFalse();
    }

    private delegate bool Predicate();

    private delegate int Failing();

    private static int Fail(int value) => value < 0 ? throw new InvalidOperationException("negative") : value;

    /// <summary>Whether the exception the action throws came through the expression interpreter.</summary>
    private static bool Interpreted(Action action)
    {
        var exception = action.Should().Throw<InvalidOperationException>().Which;
        return exception.StackTrace!.Contains("System.Linq.Expressions.Interpreter", StringComparison.Ordinal);
    }

    private static void AssertTiered<TDelegate>(TDelegate compiled, Action<TDelegate> succeed, Action<TDelegate> fail)
    {
        Interpreted(() => fail(compiled)).Should().BeTrue("the first calls run interpreted");
        for (var i = 0; i < TieredExpressionCompiler.Threshold; i++)
        {
            succeed(compiled);
        }

        SpinWait.SpinUntil(() => !Interpreted(() => fail(compiled)), TimeSpan.FromSeconds(20))
            .Should().BeTrue("after Threshold calls the compiled delegate takes over (compiled on the thread pool)");
    }

    private static void Add(Counter counter, int by) => counter.Value += by;
}
