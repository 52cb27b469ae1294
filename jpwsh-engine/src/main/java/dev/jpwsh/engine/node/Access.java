package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.DotNetType;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodCallSite;
import dev.jpwsh.engine.types.MethodTypeArguments;
import dev.jpwsh.engine.types.PropertyReadSite;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.PSHashtable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Member access, method calls, indexing, casts and type literals. */
public final class Access {
    private Access() {
    }

    /** Whether a value is a constructed generic type ({@code [List[int]]}), whose static members are its class's. */
    static boolean constructed(Object value) {
        return value instanceof DotNetType type && !type.typeArguments().isEmpty();
    }

    /**
     * {@code [TypeName]}: resolved on first use (so types defined later in the script are found) and kept, with
     * whether it took a Java class name, which a session that hides Java types (every mode but FullLanguage) treats
     * as unknown. The node is shared by every runspace, so that is decided on each evaluation: one field read
     * for a PowerShell name.
     */
    public static final class TypeLiteral implements Expr {
        private final String name;
        /** The name, then the name in each namespace the script's {@code using namespace} statements name. */
        private final List<String> candidates;
        /** The namespaces of the script's {@code using namespace} statements. */
        private final List<String> namespaces;
        /** Written before {@link #resolved}, which publishes it. */
        private boolean javaName;
        private volatile Class<?> resolved;
        private volatile List<?> typeArguments;

        public TypeLiteral(String name) {
            this(name, List.of());
        }

        /** A type name that may also name a type of the {@code namespaces} of {@code using namespace}. */
        public TypeLiteral(String name, List<String> namespaces) {
            this.name = name;
            this.namespaces = List.copyOf(namespaces);
            List<String> names = new ArrayList<>();
            names.add(name);
            namespaces.forEach(ns -> names.add(ns + "." + name));
            this.candidates = List.copyOf(names);
        }

        /**
         * The names a generic literal's type arguments may take besides the shared table's: the session's own types
         * ({@code scriptTypes}, null for none), then the {@code using namespace} names ({@code List[WarningRecord]}
         * under {@code using namespace System.Management.Automation}); null when there are neither.
         */
        private java.util.function.Function<String, Class<?>> local(
                java.util.function.Function<String, Class<?>> scriptTypes) {
            if (namespaces.isEmpty() || name.indexOf('[') < 0) {
                return scriptTypes;
            }
            return key -> {
                Class<?> type = scriptTypes == null ? null : scriptTypes.apply(key);
                for (int i = 0; type == null && i < namespaces.size(); i++) {
                    type = TypeResolver.shared().resolve(namespaces.get(i) + "." + key, false, scriptTypes);
                }
                return type;
            };
        }

        /** The first candidate name that resolves, with the session's own types when {@code scriptTypes} is given. */
        private Class<?> find(boolean javaNames, java.util.function.Function<String, Class<?>> scriptTypes) {
            java.util.function.Function<String, Class<?>> local = local(scriptTypes);
            for (String candidate : candidates) {
                Class<?> type = TypeResolver.shared().resolve(candidate, javaNames, local);
                if (type != null) {
                    return type;
                }
            }
            return null;
        }

        public String name() {
            return name;
        }

        /**
         * The generic type arguments the name gives ({@code [int]} for {@code List[int]}), resolved once, unless the
         * session defined types of its own, which may be among them.
         */
        public List<?> typeArguments(Frame frame) {
            ExecutionContext context = frame.context();
            if (context.hasScriptTypes() && name.indexOf('[') > 0) {
                return TypeResolver.shared().typeArguments(name, local(context::scriptType));
            }
            List<?> known = typeArguments;
            if (known == null) {
                known = TypeResolver.shared().typeArguments(name, local(null));
                typeArguments = known;
            }
            return known;
        }

        /**
         * The literal's value: its class, or for a name with type arguments ({@code [List[int]]}) the constructed
         * type, which keeps them for reflection ({@code GenericTypeArguments}) and for {@code ::new()} through a
         * variable.
         */
        @Override
        public Object eval(Frame frame) {
            Class<?> type = type(frame);
            if (name.indexOf('[') >= 0) {
                return DotNetType.constructed(type, typeArguments(frame));
            }
            return name.indexOf('`') < 0 ? type : DotNetType.named(name, type);
        }

        /** The class the literal names (a constructed generic type's erased class). */
        public Class<?> type(Frame frame) {
            ExecutionContext context = frame.context();
            if (context.hasScriptTypes()) {
                Class<?> defined = name.indexOf('[') < 0 ? context.scriptType(name)
                        : find(MemberGate.javaTypesVisible(context), context::scriptType);
                if (defined != null) {
                    return defined;
                }
            }
            Class<?> type = resolved;
            if (type == null) {
                type = find(false, null);
                if (type == null) {
                    type = find(true, null);
                    if (type == null) {
                        throw RuntimeFailures.typeNotFound(name);
                    }
                    javaName = true;
                }
                resolved = type;
            }
            if (javaName && !MemberGate.javaTypesVisible(frame.context())) {
                throw RuntimeFailures.typeNotFound(name);
            }
            return type;
        }

    }

    /**
     * {@code [T] value}. A collection cast to string is joined with {@code $OFS}; a cast to {@code [T[]]}
     * converts each element ({@code [char[]]'abc'} splits the string).
     */
    public record Convert(TypeLiteral type, Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object value = child.eval(frame);
            Class<?> target = type.type(frame);
            if (target == String.class && Enumeration.isEnumerable(value)) {
                Object ofs = frame.variable("ofs");
                return LanguagePrimitives.toString(value, ofs == null ? " " : LanguagePrimitives.toString(ofs));
            }
            return MemberGate.convert(frame.context(), value, target, type.typeArguments(frame));
        }
    }

    /**
     * {@code [pscustomobject] expr}: a dictionary becomes a custom object, anything else stays itself. The name
     * written decides, as in pwsh, where {@code [psobject]} and {@code [pscustomobject]} are otherwise one type.
     */
    public record CustomObject(Expr child) implements Expr {
        @Override
        public Object eval(Frame frame) {
            return Conversions.toCustomObject(child.eval(frame));
        }
    }

    /**
     * {@code target.name}, {@code target::name}, {@code target?.name}. The node remembers the Java getter its last
     * read called ({@link PropertyReadSite}).
     */
    public static final class Member implements Assignable {
        private final Expr target;
        private final Expr name;
        private final boolean isStatic;
        private final boolean nullConditional;
        private final PropertyReadSite site = new PropertyReadSite();

        public Member(Expr target, Expr name, boolean isStatic, boolean nullConditional) {
            this.target = target;
            this.name = name;
            this.isStatic = isStatic;
            this.nullConditional = nullConditional;
        }

        @Override
        public Object eval(Frame frame) {
            Object t = target.eval(frame);
            if (t == null && nullConditional) {
                return null;
            }
            String n = LanguagePrimitives.toString(name.eval(frame));
            if (isStatic && (t instanceof Class<?> || constructed(t))) {
                return MemberGate.getStatic(frame.context(), DotNetType.classOf(t), n);
            }
            Object value = MemberGate.get(frame.context(), t, n, site);
            if (value == null && StrictMode.of(frame) >= 2 && !Members.has(t, n)) {
                throw RuntimeFailures.propertyNotFoundStrict(n);
            }
            return value;
        }

        @Override
        public void assign(Frame frame, Object value) {
            Object t = target.eval(frame);
            String n = LanguagePrimitives.toString(name.eval(frame));
            MemberGate.set(frame.context(), t, n, value, isStatic);
        }
    }

    /**
     * {@code target.Name(args)} and {@code [T]::Name(args)}. As an expression a void method gives null; as a
     * statement ({@link #call}) it outputs nothing. The node remembers the Java method its last call resolved to
     * ({@link MethodCallSite}), so a loop's repeated call on the same kind of receiver resolves it once.
     */
    public static final class InvokeMember implements Expr {
        private final Expr target;
        private final Expr name;
        private final List<Expr> arguments;
        private final boolean isStatic;
        private final boolean nullConditional;
        private final List<TypeLiteral> methodTypeArguments;
        /**
         * Whether the target is {@code ([Base]$this)}: in a class method, a call of the base class's method itself,
         * not of the override the instance's class has.
         */
        private final boolean baseCall;
        private final MethodCallSite site = new MethodCallSite();

        public InvokeMember(Expr target, Expr name, List<Expr> arguments, boolean isStatic, boolean nullConditional,
                List<TypeLiteral> methodTypeArguments) {
            this(target, name, arguments, isStatic, nullConditional, methodTypeArguments, false);
        }

        public InvokeMember(Expr target, Expr name, List<Expr> arguments, boolean isStatic, boolean nullConditional,
                List<TypeLiteral> methodTypeArguments, boolean baseCall) {
            this.baseCall = baseCall;
            this.target = target;
            this.name = name;
            this.arguments = arguments;
            this.isStatic = isStatic;
            this.nullConditional = nullConditional;
            this.methodTypeArguments = methodTypeArguments;
        }

        @Override
        public Object eval(Frame frame) {
            Object result = call(frame);
            return result == AutomationNull.VALUE ? null : result;
        }

        @Override
        public Object evalKeepingNothing(Frame frame) {
            return call(frame);
        }

        /** The call's result, or {@link AutomationNull#VALUE} for a void method. */
        public Object call(Frame frame) {
            Object t = target.eval(frame);
            String n = LanguagePrimitives.toString(name.eval(frame));
            List<Object> args = Literals.evalAll(arguments, frame);
            if (!methodTypeArguments.isEmpty()) {
                args.addLast(new MethodTypeArguments(methodTypeArguments.stream()
                        .<Class<?>>map(type -> type.type(frame)).toList()));
            }
            if (t == null && nullConditional) {
                return null;
            }
            if (isStatic && (t instanceof Class<?> || constructed(t))) {
                List<?> typeArguments = target instanceof TypeLiteral literal ? literal.typeArguments(frame)
                        : DotNetType.argumentsOf(t);
                return MemberGate.invokeStatic(frame.context(), DotNetType.classOf(t), typeArguments, n, args, site);
            }
            MemberGate.checkCall(frame.context(), t, n);
            if (baseCall && target instanceof Convert cast && cast.type().type(frame) instanceof Class<?> base
                    && dev.jpwsh.engine.classes.ClassRuntime.declares(base, n, args.size())) {
                return dev.jpwsh.engine.classes.ClassRuntime.invokeAs(base, t, n, args);
            }
            if (t instanceof ScriptBlock block) {
                Object result = block.invokeMethod(frame, n, args);
                if (result != ScriptBlock.NOT_A_METHOD) {
                    return result;
                }
            }
            if (!args.isEmpty() && n.equalsIgnoreCase("Where") && args.getFirst() instanceof ScriptBlock block) {
                return IntrinsicMethods.where(frame, t, block, args.subList(1, args.size()));
            }
            // a List[T]'s own ForEach(Action[T]) comes first, as pwsh falls back to the intrinsic only without one
            if (!args.isEmpty() && n.equalsIgnoreCase("ForEach") && !(t instanceof java.util.Map<?, ?>)
                    && !(t instanceof dev.jpwsh.dotnet.collections.GenericList)) {
                return IntrinsicMethods.forEach(frame, t, args.getFirst(), args.subList(1, args.size()));
            }
            if (t instanceof dev.jpwsh.engine.host.Host host && args.isEmpty()
                    && n.equalsIgnoreCase("EnterNestedPrompt")) {
                // the nested prompt runs in this frame's scope, as pwsh's runs in the scope that entered it
                host.enterNestedPrompt(frame);
                return AutomationNull.VALUE;
            }
            return MemberGate.invoke(frame.context(), t, n, args, site);
        }
    }

    /**
     * {@code target[index]}: arrays (negative counts from the end, arrays of indexes slice), maps, strings. A
     * hashtable with a string key, and an array or list with an int index, are read before anything else is tried;
     * strict mode is looked up only for an index out of range.
     */
    public record Index(Expr target, Expr index, boolean nullConditional) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            Object value = evalKeepingNothing(frame);
            return value == AutomationNull.VALUE ? null : value;
        }

        /** The element itself: an array literal's element that wrote nothing is AutomationNull. */
        @Override
        public Object evalKeepingNothing(Frame frame) {
            Object t = target.eval(frame);
            Object i = index.eval(frame);
            if (i instanceof String key && t instanceof PSHashtable table) {
                return table.get(key);
            }
            if (t == null) {
                if (nullConditional) {
                    return null;
                }
                throw RuntimeFailures.nullArray();
            }
            if (t instanceof dev.jpwsh.runtime.object.OrderedHashtable ordered && i instanceof Integer position) {
                return ordered.valueAt(position);
            }
            if (t instanceof dev.jpwsh.runtime.object.NamedIndexer indexer && i instanceof String key) {
                return indexer.item(key);
            }
            if (t instanceof Map<?, ?> map) {
                if (Enumeration.isEnumerable(i)) {
                    List<Object> values = new ArrayList<>();
                    for (Object key : Enumeration.toList(i)) {
                        values.add(map.get(key));
                    }
                    return values.toArray();
                }
                return map.get(i);
            }
            if (Enumeration.isEnumerable(i)) {
                List<Object> slice = new ArrayList<>();
                for (Object one : Enumeration.toList(i)) {
                    Object v = element(t, one, null);
                    if (v != null) {
                        slice.add(v);
                    }
                }
                return slice.toArray();
            }
            return element(t, i, frame);
        }

        /**
         * One element; out of range it is null, or an error under strict mode 3 when {@code strictIn}, the frame
         * whose strict mode applies, is given (a slice skips elements out of range).
         */
        private static Object element(Object target, Object index, Frame strictIn) {
            int i = ((Number) Conversions.convert(index, Integer.class)).intValue();
            if (target instanceof String s) {
                int at = i < 0 ? s.length() + i : i;
                return at >= 0 && at < s.length() ? s.charAt(at) : null;
            }
            if (target instanceof Object[] || target instanceof List<?>) {
                int size = target instanceof Object[] array ? array.length : ((List<?>) target).size();
                int at = i < 0 ? size + i : i;
                if (at >= 0 && at < size) {
                    return target instanceof Object[] array ? array[at] : ((List<?>) target).get(at);
                }
                if (strictIn != null && StrictMode.of(strictIn) >= 3) {
                    throw RuntimeFailures.create("IndexOutOfRange", "InvalidOperation",
                            "Index was outside the bounds of the array.", index);
                }
                return null;
            }
            if (i == 0 || i == -1) {
                return target;
            }
            return null;
        }

        @Override
        public void assign(Frame frame, Object value) {
            Object t = target.eval(frame);
            MemberGate.setIndex(frame.context(), t, index.eval(frame), value);
        }
    }
}
