using System.Reflection;
using System.Reflection.Emit;

namespace OfficeJourney;

/// <summary>
/// Which of an assembly's OfficeJourney namespaces use which. A type uses every type of the same assembly that its base
/// type, interfaces, fields, signatures, locals and attributes name, and every type whose member the IL of its methods
/// names (calls, field reads, new, typeof): most uses between namespaces sit in method bodies only, where a scan of
/// signatures would not see them. Lambdas and iterators are nested types, so they count for the type they are written in.
/// Linked into the test projects that keep their namespaces free of cycles.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    // Every IL opcode by its value (two-byte ones from 0xFE00), for the size of its operand.
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    // namespace → namespace it uses → one use, "Type → Type", to name in a failure.
    private readonly SortedDictionary<string, SortedDictionary<string, string>> uses = new(StringComparer.Ordinal);

    private NamespaceGraph(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => IsOurs(t, assembly)))
        {
            var from = type.Namespace!;
            if (!uses.TryGetValue(from, out var targets))
            {
                uses[from] = targets = new(StringComparer.Ordinal);
            }

            foreach (var used in Used(type).SelectMany(Flatten).Where(t => IsOurs(t, assembly) && t.Namespace != from))
            {
                targets.TryAdd(used.Namespace!, $"{Name(type)} → {Name(used)}");
            }
        }
    }

    public static NamespaceGraph Of(Assembly assembly) => new(assembly);

    /// <summary>The namespaces of the assembly that <paramref name="space"/> uses.</summary>
    public IReadOnlyCollection<string> Uses(string space) => uses.TryGetValue(space, out var used) ? used.Keys : [];

    /// <summary>
    /// Every group of namespaces that use each other, directly or round a longer loop (strongly connected components,
    /// Tarjan), each described by the uses inside it ("A → B (X → Y)").
    /// </summary>
    public IReadOnlyList<string> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<string>();

        void Visit(string space)
        {
            index[space] = low[space] = index.Count;
            stack.Push(space);
            foreach (var next in Uses(space))
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[space] = Math.Min(low[space], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[space] = Math.Min(low[space], seen);
                }
            }

            if (low[space] == index[space])
            {
                var group = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != space);

                if (group.Count > 1)
                {
                    cycles.Add(string.Join("; ", group.Order(StringComparer.Ordinal).SelectMany(from =>
                        uses[from].Where(u => group.Contains(u.Key)).Select(u => $"{from} → {u.Key} ({u.Value})"))));
                }
            }
        }

        foreach (var space in uses.Keys.Where(s => !index.ContainsKey(s)))
        {
            Visit(space);
        }

        return cycles;
    }

    // The project's own types: the compiler's (<PrivateImplementationDetails>, embedded attributes, generated regexes)
    // live in other namespaces.
    private static bool IsOurs(Type type, Assembly assembly) =>
        type.Assembly == assembly && type.Namespace is { } space && (space == "OfficeJourney" || space.StartsWith("OfficeJourney.", StringComparison.Ordinal));

    private static string Name(Type type) => type.DeclaringType is { } outer ? $"{Name(outer)}.{type.Name}" : type.Name;

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var used in type.GetInterfaces().Concat(Constraints(type.GetGenericArguments())).Concat(Attributes(type)))
        {
            yield return used;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            foreach (var used in Attributes(member).Concat(member switch
            {
                FieldInfo field => [field.FieldType],
                PropertyInfo property => [property.PropertyType],
                EventInfo handler => handler.EventHandlerType is { } handlerType ? [handlerType] : [],
                MethodBase method => Signature(method).Concat(Body(method)),
                _ => [],
            }))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> Signature(MethodBase method) =>
        method.GetParameters().Select(p => p.ParameterType)
            .Concat(method is MethodInfo info ? [info.ReturnType] : [])
            .Concat(method.IsGenericMethodDefinition ? Constraints(method.GetGenericArguments()) : []);

    private static IEnumerable<Type> Body(MethodBase method)
    {
        if (method.GetMethodBody() is not { } body)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in Tokens(body.GetILAsByteArray() ?? []))
        {
            switch (method.Module.ResolveMember(token, typeArguments, methodArguments))
            {
                case Type used:
                    yield return used;
                    break;
                case FieldInfo field:
                    yield return field.DeclaringType!;
                    yield return field.FieldType;
                    break;
                case MethodBase called:
                    yield return called.DeclaringType!;
                    foreach (var used in Signature(called).Concat(called.IsGenericMethod ? called.GetGenericArguments() : []))
                    {
                        yield return used;
                    }

                    break;
            }
        }
    }

    /// <summary>The metadata tokens the IL names: of types, fields and methods (ldtoken, call, ldfld, newobj, box…).</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        for (var at = 0; at < il.Length;)
        {
            var code = OpCodesByValue[il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Constraints(Type[] arguments) =>
        arguments.Where(a => a.IsGenericParameter).SelectMany(a => a.GetGenericParameterConstraints());

    private static IEnumerable<Type> Attributes(MemberInfo member) =>
        member.CustomAttributes.SelectMany(a => a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue))
            .Select(v => v.Value as Type).OfType<Type>().Append(a.AttributeType));

    /// <summary>A type and the types it is made of: element types of arrays and by-refs, generic definitions and arguments.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsConstructedGenericType)
        {
            foreach (var inner in type.GenericTypeArguments.SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }
}
