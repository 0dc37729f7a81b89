using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using NRules.Extensibility;

namespace ExerciseRules.Engine;

/// <summary>
/// An NRules expression compiler that starts every condition and action interpreted and compiles it to IL on the
/// thread pool once it has run <see cref="Threshold"/> times. Compiling every expression up front is most of the
/// cost of compiling the protocol (and so of a process's first advice, and of an advisor for new options); most
/// expressions run only a few times in a short-lived process, and those that run often soon run compiled.
/// Results are the same either way: the interpreter and the compiler run the same expression tree.
/// </summary>
/// <remarks>
/// It makes a holder type per delegate type at run time, which needs dynamic code: under Native AOT the rule set
/// keeps NRules's own compiler (which interprets there anyway). A delegate type it has no holder for is compiled
/// at once, as NRules would. A background compile that fails leaves the expression interpreted.
/// </remarks>
[RequiresDynamicCode("Makes a generic holder for each of NRules's delegate types at run time; under Native AOT use NRules's own expression compiler.")]
internal sealed class TieredExpressionCompiler : IExpressionCompiler
{
    /// <summary>How many times an expression runs interpreted before it is compiled.</summary>
    internal const int Threshold = 64;

    private static readonly ConcurrentDictionary<Type, Func<LambdaExpression, Delegate, Delegate>?> Wrappers = new();

    /// <summary>Gets the compiler.</summary>
    public static TieredExpressionCompiler Instance { get; } = new();

    /// <inheritdoc />
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (Wrappers.GetOrAdd(typeof(TDelegate), WrapperFor) is not { } wrap)
        {
            return expression.Compile();
        }

        return (TDelegate)wrap(expression, expression.Compile(preferInterpretation: true));
    }

    /// <summary>
    /// The wrapper maker for a delegate type NRules compiles to (a <see cref="Func{T, TResult}"/> or
    /// <see cref="Action{T1, T2}"/> of one to four parameters), or null for any other.
    /// </summary>
    private static Func<LambdaExpression, Delegate, Delegate>? WrapperFor(Type delegateType)
    {
        if (!delegateType.IsGenericType)
        {
            return null;
        }

        var definition = delegateType.GetGenericTypeDefinition();
        var maker = definition == typeof(Func<,>) ? nameof(Func1)
            : definition == typeof(Func<,,>) ? nameof(Func2)
            : definition == typeof(Action<,>) ? nameof(Action2)
            : definition == typeof(Action<,,,>) ? nameof(Action4)
            : null;
        if (maker is null)
        {
            return null;
        }

        return typeof(TieredExpressionCompiler)
            .GetMethod(maker, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(delegateType.GetGenericArguments())
            .CreateDelegate<Func<LambdaExpression, Delegate, Delegate>>();
    }

    private static Delegate Func1<T1, TResult>(LambdaExpression expression, Delegate interpreted)
    {
        var tier = new Tier<Func<T1, TResult>>(expression, (Func<T1, TResult>)interpreted);
        return new Func<T1, TResult>(a => tier.Current(a));
    }

    private static Delegate Func2<T1, T2, TResult>(LambdaExpression expression, Delegate interpreted)
    {
        var tier = new Tier<Func<T1, T2, TResult>>(expression, (Func<T1, T2, TResult>)interpreted);
        return new Func<T1, T2, TResult>((a, b) => tier.Current(a, b));
    }

    private static Delegate Action2<T1, T2>(LambdaExpression expression, Delegate interpreted)
    {
        var tier = new Tier<Action<T1, T2>>(expression, (Action<T1, T2>)interpreted);
        return new Action<T1, T2>((a, b) => tier.Current(a, b));
    }

    private static Delegate Action4<T1, T2, T3, T4>(LambdaExpression expression, Delegate interpreted)
    {
        var tier = new Tier<Action<T1, T2, T3, T4>>(expression, (Action<T1, T2, T3, T4>)interpreted);
        return new Action<T1, T2, T3, T4>((a, b, c, d) => tier.Current(a, b, c, d));
    }

    /// <summary>One expression: the delegate that runs it now, interpreted until the compiled one is ready.</summary>
    private sealed class Tier<TDelegate>(LambdaExpression expression, TDelegate interpreted)
        where TDelegate : Delegate
    {
        private TDelegate _current = interpreted;
        private int _calls;

        public TDelegate Current
        {
            get
            {
                if (_calls < Threshold && Interlocked.Increment(ref _calls) == Threshold)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static tier => tier.CompileNow(), this, preferLocal: false);
                }

                return Volatile.Read(ref _current);
            }
        }

        private void CompileNow()
        {
            try
            {
                Volatile.Write(ref _current, (TDelegate)expression.Compile());
            }
            catch (Exception)
            {
                // Nothing may escape onto the thread pool (it would end the host's process); the expression keeps
                // running interpreted, which gives the same results.
            }
        }
    }
}
