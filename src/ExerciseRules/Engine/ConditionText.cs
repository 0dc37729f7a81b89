using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace ExerciseRules.Engine;

/// <summary>
/// Writes a rule's condition (an NRules lambda expression) in words a therapist can read, and reads the values it
/// looked at. <c>s =&gt; s.RepsDone &gt;= value(rule)._options.MinReps</c> reads <c>OpenSet.RepsDone &gt;= MinReps (10)</c>:
/// a fact is named by its type, a captured value (an option, a local) by its name with its value in brackets, an
/// enum by its name (never <c>Convert(x, Int32) == 3</c>), <c>&amp;&amp;</c>, <c>||</c> and <c>!</c> by
/// <c>and</c>, <c>or</c> and <c>not</c>, and no compiler-generated name ever appears.
/// </summary>
internal static class ConditionText
{
    /// <summary>Writes a condition.</summary>
    /// <param name="condition">The lambda expression.</param>
    /// <returns>The condition in words.</returns>
    public static string Of(LambdaExpression condition) => Write(condition.Body, Precedence.Lowest);

    /// <summary>
    /// Reads the values of the fact members a condition looks at, e.g. <c>RepsDone = 7</c>, from the facts it was
    /// evaluated with (one per lambda parameter, in order).
    /// </summary>
    /// <param name="condition">The lambda expression.</param>
    /// <param name="arguments">The facts, one per parameter.</param>
    /// <returns>Each member path and its value, in the order they are first used.</returns>
    public static string ValuesOf(LambdaExpression condition, IReadOnlyList<object?> arguments)
    {
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(condition.Body, node =>
        {
            // A value the rule calculated (a parameter that is not a fact) is a value of its own.
            if (node is ParameterExpression calculated && ValueName(calculated) is { } name)
            {
                var at = condition.Parameters.IndexOf(calculated);
                if (at >= 0 && at < arguments.Count && seen.Add(name))
                {
                    values.Add($"{name} = {Value(arguments[at])}");
                }

                return;
            }

            if (node is not MemberExpression member || PathFromParameter(member) is not var (parameter, path) || !seen.Add(path))
            {
                return;
            }

            var index = condition.Parameters.IndexOf(parameter);
            if (index < 0 || index >= arguments.Count)
            {
                return;
            }

            var prefix = condition.Parameters.Count > 1 ? $"{FactName(parameter.Type)}." : string.Empty;
            values.Add(Read(member, arguments[index], out var value) ? $"{prefix}{path} = {Value(value)}" : $"{prefix}{path} = ?");
        });
        return string.Join(", ", values);
    }

    /// <summary>Gets how a fact type is named in a condition: its type name, generics as <c>Unknown LastRep</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string FactName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick < 0 ? name : name[..tick])} {string.Join(" ", type.GetGenericArguments().Select(FactName))}";
    }

    /// <summary>Formats a value the way conditions show them.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Value(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => $"\"{s}\"",
        Enum e => e.ToString(),
        _ => Formats.Of(value),
    };

    private enum Precedence
    {
        Lowest = 0,
        Conditional = 1,
        Or = 2,
        And = 3,
        Equality = 4,
        Relational = 5,
        Additive = 6,
        Multiplicative = 7,
        Unary = 8,
        Primary = 9,
    }

    private static string Write(Expression node, Precedence context)
    {
        var (text, precedence) = WriteNode(node);
        return precedence < context ? $"({text})" : text;
    }

    private static (string Text, Precedence Precedence) WriteNode(Expression node)
    {
        switch (node)
        {
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs or ExpressionType.Quote } u:
                return WriteNode(u.Operand);
            case UnaryExpression { NodeType: ExpressionType.Not } u when u.Type == typeof(bool) || u.Type == typeof(bool?):
                return ($"not {Write(u.Operand, Precedence.Unary)}", Precedence.Unary);
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } u:
                return ($"-{Write(u.Operand, Precedence.Unary)}", Precedence.Unary);
            case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.OnesComplement } u:
                return ($"~{Write(u.Operand, Precedence.Unary)}", Precedence.Unary);
            case BinaryExpression b:
                return WriteBinary(b);
            case ConditionalExpression c:
                return ($"if {Write(c.Test, Precedence.Or)} then {Write(c.IfTrue, Precedence.Or)} else {Write(c.IfFalse, Precedence.Or)}", Precedence.Conditional);
            case ParameterExpression p:
                return (ValueName(p) ?? FactName(p.Type), Precedence.Primary);
            case ConstantExpression c:
                return (Value(c.Value), Precedence.Primary);
            case MemberExpression m:
                return (WriteMember(m), Precedence.Primary);
            case MethodCallExpression call:
                return (WriteCall(call), Precedence.Primary);
            case TypeBinaryExpression t when t.NodeType == ExpressionType.TypeIs:
                return ($"{Write(t.Expression, Precedence.Relational)} is {FactName(t.TypeOperand)}", Precedence.Relational);
            case NewExpression n:
                return ($"new {FactName(n.Type)}({string.Join(", ", n.Arguments.Select(a => Write(a, Precedence.Lowest)))})", Precedence.Primary);
            case DefaultExpression:
                return ("default", Precedence.Primary);
            default:
                return (FactName(node.Type), Precedence.Primary);
        }
    }

    private static (string, Precedence) WriteBinary(BinaryExpression b)
    {
        var (op, precedence) = b.NodeType switch
        {
            ExpressionType.AndAlso or ExpressionType.And when IsBoolean(b) => ("and", Precedence.And),
            ExpressionType.OrElse or ExpressionType.Or when IsBoolean(b) => ("or", Precedence.Or),
            ExpressionType.Equal => ("==", Precedence.Equality),
            ExpressionType.NotEqual => ("!=", Precedence.Equality),
            ExpressionType.LessThan => ("<", Precedence.Relational),
            ExpressionType.LessThanOrEqual => ("<=", Precedence.Relational),
            ExpressionType.GreaterThan => (">", Precedence.Relational),
            ExpressionType.GreaterThanOrEqual => (">=", Precedence.Relational),
            ExpressionType.Add or ExpressionType.AddChecked => ("+", Precedence.Additive),
            ExpressionType.Subtract or ExpressionType.SubtractChecked => ("-", Precedence.Additive),
            ExpressionType.Multiply or ExpressionType.MultiplyChecked => ("*", Precedence.Multiplicative),
            ExpressionType.Divide => ("/", Precedence.Multiplicative),
            ExpressionType.Modulo => ("%", Precedence.Multiplicative),
            ExpressionType.Coalesce => ("??", Precedence.Conditional),
            ExpressionType.And => ("&", Precedence.And),
            ExpressionType.Or => ("|", Precedence.Or),
            ExpressionType.ExclusiveOr => ("^", Precedence.Or),
            ExpressionType.ArrayIndex => ("[]", Precedence.Primary),
            _ => (b.NodeType.ToString(), Precedence.Relational),
        };
        if (b.NodeType == ExpressionType.ArrayIndex)
        {
            return ($"{Write(b.Left, Precedence.Primary)}[{Write(b.Right, Precedence.Lowest)}]", Precedence.Primary);
        }

        // An enum compared with a constant is compiled as Convert(e, Int32) == 3: show the constant as the enum's name.
        var left = Write(b.Left, precedence);
        var right = b.Right is var r && EnumTypeOf(b.Left) is { } leftEnum && ConstantValue(r) is { } rightValue
            ? EnumName(leftEnum, rightValue)
            : null;
        if (right is null && EnumTypeOf(b.Right) is { } rightEnum && ConstantValue(b.Left) is { } leftValue)
        {
            left = EnumName(rightEnum, leftValue);
        }

        // Left-associative: the right operand of the same precedence needs brackets (a - (b - c)).
        right ??= Write(b.Right, precedence + 1);
        return ($"{left} {op} {right}", precedence);
    }

    private static bool IsBoolean(BinaryExpression b) => b.Type == typeof(bool) || b.Type == typeof(bool?);

    private static string WriteMember(MemberExpression m)
    {
        // A value captured from outside the condition (an option, a rule's field, a local): its name and value.
        if (CapturedValue(m, out var value))
        {
            var name = ReadableName(m.Member.Name);
            return IsSimple(value) ? $"{name} ({Value(value)})" : name;
        }

        if (m.Expression is null)
        {
            return $"{FactName(m.Member.DeclaringType!)}.{m.Member.Name}";
        }

        return $"{Write(m.Expression, Precedence.Primary)}.{m.Member.Name}";
    }

    private static string WriteCall(MethodCallExpression call)
    {
        // A method group passed as a delegate (l.Colour.Any(char.IsDigit)) is compiled as MethodInfo.CreateDelegate.
        if (call.Method.Name == nameof(MethodInfo.CreateDelegate) && call.Object is ConstantExpression { Value: MethodInfo target })
        {
            return $"{FactName(target.DeclaringType!)}.{target.Name}";
        }

        var arguments = string.Join(", ", call.Arguments.Select(a => Write(a, Precedence.Lowest)));
        if (call.Method.DeclaringType == typeof(TimeSpan) && call.Object is null && call.Arguments.Count == 1
            && call.Method.Name is "FromDays" or "FromHours" or "FromMinutes" or "FromSeconds")
        {
            return $"{arguments} {call.Method.Name[4..].ToLowerInvariant()}";
        }

        if (call.Object is null)
        {
            // A static call: extension methods read as calls on their first argument.
            if (call.Method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false) && call.Arguments.Count > 0)
            {
                var rest = string.Join(", ", call.Arguments.Skip(1).Select(a => Write(a, Precedence.Lowest)));
                return $"{Write(call.Arguments[0], Precedence.Primary)}.{call.Method.Name}({rest})";
            }

            return $"{FactName(call.Method.DeclaringType!)}.{call.Method.Name}({arguments})";
        }

        if (CapturedValue(call.Object, out _))
        {
            return $"{call.Method.Name}({arguments})";
        }

        return $"{Write(call.Object, Precedence.Primary)}.{call.Method.Name}({arguments})";
    }

    /// <summary>Whether a member chain starts at a constant (a closure or a rule instance), and its value.</summary>
    private static bool CapturedValue(Expression node, out object? value)
    {
        value = null;
        switch (node)
        {
            case ConstantExpression c:
                value = c.Value;
                return true;
            case MemberExpression { Expression: null } m:
                return Read(m.Member, null, out value);
            case MemberExpression m when CapturedValue(m.Expression!, out var owner):
                return Read(m.Member, owner, out value);
            default:
                return false;
        }
    }

    /// <summary>
    /// The name of a parameter that stands for a value the rule calculated (NRules <c>Let</c>: a number, a text), or
    /// null for a fact, which is named by its type.
    /// </summary>
    private static string? ValueName(ParameterExpression parameter) =>
        IsSimpleType(parameter.Type) && parameter.Name is { Length: > 0 } name ? ReadableName(name) : null;

    private static bool IsSimpleType(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan) || t == typeof(DateTimeOffset);
    }

    private static bool IsSimple(object? value) =>
        value is null or string or bool or Enum or TimeSpan or DateTimeOffset || value.GetType().IsPrimitive || value is decimal;

    /// <summary>A captured member's name as a reader should see it: <c>_minReps</c> and <c>&lt;minReps&gt;P</c> read <c>minReps</c>.</summary>
    private static string ReadableName(string name)
    {
        // A compiler-generated name (a primary constructor's captured parameter, a closure field) is <name>suffix.
        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is var end and > 1)
        {
            name = name[1..end];
        }

        name = name.TrimStart('_');
        return name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : "value";
    }

    private static Type? EnumTypeOf(Expression node)
    {
        var inner = node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u ? u.Operand : node;
        var type = Nullable.GetUnderlyingType(inner.Type) ?? inner.Type;
        return type.IsEnum && inner != node ? type : null;
    }

    private static object? ConstantValue(Expression node) => node switch
    {
        ConstantExpression c => c.Value,
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u => ConstantValue(u.Operand),
        _ => null,
    };

    private static string EnumName(Type enumType, object value)
    {
        try
        {
            return Enum.ToObject(enumType, value).ToString() ?? Value(value);
        }
        catch (ArgumentException)
        {
            return Value(value);
        }
    }

    /// <summary>The parameter a member chain starts at, and the chain's path below it (<c>Measures.ConsecutiveWorse</c>).</summary>
    private static (ParameterExpression Parameter, string Path)? PathFromParameter(MemberExpression member)
    {
        var names = new List<string>();
        Expression? node = member;
        while (node is MemberExpression m)
        {
            names.Add(m.Member.Name);
            node = m.Expression;
        }

        if (node is not ParameterExpression parameter)
        {
            return null;
        }

        names.Reverse();
        return (parameter, string.Join(".", names));
    }

    /// <summary>Reads a member chain below a parameter on the fact the parameter stood for.</summary>
    private static bool Read(MemberExpression member, object? fact, out object? value)
    {
        if (member.Expression is null)
        {
            return Read(member.Member, null, out value);
        }

        if (member.Expression is ParameterExpression)
        {
            return Read(member.Member, fact, out value);
        }

        value = null;
        return member.Expression is MemberExpression owner && Read(owner, fact, out var ownerValue) && Read(member.Member, ownerValue, out value);
    }

    private static bool Read(MemberInfo member, object? owner, out object? value)
    {
        value = null;
        if (owner is null && !IsStatic(member))
        {
            return false;
        }

        try
        {
            value = member switch
            {
                FieldInfo f => f.GetValue(owner),
                PropertyInfo p when p.GetIndexParameters().Length == 0 => p.GetValue(owner),
                _ => null,
            };
            return member is FieldInfo or PropertyInfo;
        }
        catch (TargetInvocationException)
        {
            return false;
        }
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsStatic,
        PropertyInfo p => p.GetMethod?.IsStatic == true,
        _ => false,
    };

    /// <summary>Calls <paramref name="visit"/> on every node of an expression, depth first, left to right.</summary>
    private static void Visit(Expression? node, Action<Expression> visit)
    {
        if (node is null)
        {
            return;
        }

        visit(node);
        switch (node)
        {
            case UnaryExpression u:
                Visit(u.Operand, visit);
                break;
            case BinaryExpression b:
                Visit(b.Left, visit);
                Visit(b.Right, visit);
                break;
            case ConditionalExpression c:
                Visit(c.Test, visit);
                Visit(c.IfTrue, visit);
                Visit(c.IfFalse, visit);
                break;
            case MemberExpression m:
                // A member chain is read as one path; its inner members are not values of their own.
                break;
            case MethodCallExpression call:
                Visit(call.Object, visit);
                foreach (var argument in call.Arguments)
                {
                    Visit(argument, visit);
                }

                break;
            case TypeBinaryExpression t:
                Visit(t.Expression, visit);
                break;
            case NewExpression n:
                foreach (var argument in n.Arguments)
                {
                    Visit(argument, visit);
                }

                break;
        }
    }
}
