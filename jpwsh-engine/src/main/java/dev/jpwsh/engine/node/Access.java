package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.ConstrainedLanguage;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.MethodTypeArguments;
import dev.jpwsh.engine.types.TypeResolver;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Member access, method calls, indexing, casts and type literals. */
public final class Access {
    private Access() {
    }

    /** {@code [TypeName]}: resolved on first use (so types defined later in the script are found) and kept. */
    public static final class TypeLiteral implements Expr {
        private final String name;
        private volatile Class<?> resolved;
        private volatile List<Class<?>> typeArguments;

        public TypeLiteral(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** The generic type arguments the name gives ({@code [int]} for {@code List[int]}), resolved once. */
        public List<Class<?>> typeArguments() {
            List<Class<?>> known = typeArguments;
            if (known == null) {
                known = TypeResolver.shared().typeArguments(name);
                typeArguments = known;
            }
            return known;
        }

        @Override
        public Object eval(Frame frame) {
            Class<?> type = resolved;
            if (type == null) {
                type = TypeResolver.shared().resolve(name);
                if (type == null) {
                    throw RuntimeFailures.typeNotFound(name);
                }
                resolved = type;
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
            Class<?> target = (Class<?>) type.eval(frame);
            if (target == String.class && Enumerables.isEnumerable(value)) {
                Object ofs = frame.variable("ofs");
                return LanguagePrimitives.toString(value, ofs == null ? " " : LanguagePrimitives.toString(ofs));
            }
            ConstrainedLanguage.checkConversion(frame.context(), value, target);
            return Conversions.convert(value, target, type.typeArguments());
        }
    }

    /** {@code target.name}, {@code target::name}, {@code target?.name}. */
    public record Member(Expr target, Expr name, boolean isStatic, boolean nullConditional) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            Object t = target.eval(frame);
            if (t == null && nullConditional) {
                return null;
            }
            String n = LanguagePrimitives.toString(name.eval(frame));
            if (isStatic && t instanceof Class<?> type) {
                return Members.getStatic(type, n);
            }
            Object value = Members.get(t, n);
            if (value == null && StrictMode.of(frame) >= 2 && !Members.has(t, n)) {
                throw RuntimeFailures.propertyNotFoundStrict(n);
            }
            return value;
        }

        @Override
        public void assign(Frame frame, Object value) {
            Object t = target.eval(frame);
            String n = LanguagePrimitives.toString(name.eval(frame));
            ConstrainedLanguage.checkPropertySet(frame.context(), t, n, isStatic);
            Members.set(t, n, value);
        }
    }

    /**
     * {@code target.Name(args)} and {@code [T]::Name(args)}. As an expression a void method gives null; as a
     * statement ({@link #call}) it outputs nothing.
     */
    public record InvokeMember(Expr target, Expr name, List<Expr> arguments, boolean isStatic,
            boolean nullConditional, List<TypeLiteral> methodTypeArguments) implements Expr {
        @Override
        public Object eval(Frame frame) {
            Object result = call(frame);
            return result == MethodInvoker.VOID ? null : result;
        }

        /** The call's result, or {@link MethodInvoker#VOID} for a void method. */
        public Object call(Frame frame) {
            Object t = target.eval(frame);
            String n = LanguagePrimitives.toString(name.eval(frame));
            List<Object> args = Literals.evalAll(arguments, frame);
            if (!methodTypeArguments.isEmpty()) {
                args.addLast(new MethodTypeArguments(methodTypeArguments.stream()
                        .<Class<?>>map(type -> (Class<?>) type.eval(frame)).toList()));
            }
            if (t == null && nullConditional) {
                return null;
            }
            if (isStatic && t instanceof Class<?> type) {
                ConstrainedLanguage.checkStaticCall(frame.context(), type, n);
                List<Class<?>> typeArguments = target instanceof TypeLiteral literal ? literal.typeArguments()
                        : List.of();
                return Members.invokeStatic(type, typeArguments, n, args);
            }
            ConstrainedLanguage.checkMethodCall(frame.context(), t, n);
            if (t instanceof ScriptBlock block) {
                Object result = block.invokeMethod(frame, n, args);
                if (result != ScriptBlock.NOT_A_METHOD) {
                    return result;
                }
            }
            if (!args.isEmpty() && n.equalsIgnoreCase("Where") && args.getFirst() instanceof ScriptBlock block) {
                return IntrinsicMethods.where(frame, t, block, args.subList(1, args.size()));
            }
            if (!args.isEmpty() && n.equalsIgnoreCase("ForEach") && !(t instanceof java.util.Map<?, ?>)) {
                return IntrinsicMethods.forEach(frame, t, args.getFirst(), args.subList(1, args.size()));
            }
            return Members.invoke(t, n, args);
        }
    }

    /** {@code target[index]}: arrays (negative counts from the end, arrays of indexes slice), maps, strings. */
    public record Index(Expr target, Expr index, boolean nullConditional) implements Assignable {
        @Override
        public Object eval(Frame frame) {
            Object t = target.eval(frame);
            Object i = index.eval(frame);
            if (t == null) {
                if (nullConditional) {
                    return null;
                }
                throw RuntimeFailures.nullArray();
            }
            if (t instanceof dev.jpwsh.runtime.object.OrderedHashtable ordered && i instanceof Integer position) {
                return ordered.valueAt(position);
            }
            if (t instanceof dev.jpwsh.engine.types.StringIndexer indexer && i instanceof String key) {
                return indexer.item(key);
            }
            if (t instanceof Map<?, ?> map) {
                if (Enumerables.isEnumerable(i)) {
                    List<Object> values = new ArrayList<>();
                    for (Object key : Enumerables.toList(i)) {
                        values.add(map.get(key));
                    }
                    return values.toArray();
                }
                return map.get(i);
            }
            if (Enumerables.isEnumerable(i)) {
                List<Object> slice = new ArrayList<>();
                for (Object one : Enumerables.toList(i)) {
                    Object v = element(t, one);
                    if (v != null) {
                        slice.add(v);
                    }
                }
                return slice.toArray();
            }
            return element(t, i, StrictMode.of(frame) >= 3);
        }

        private static Object element(Object target, Object index) {
            return element(target, index, false);
        }

        private static Object element(Object target, Object index, boolean strict) {
            int i = ((Number) Conversions.convert(index, Integer.class)).intValue();
            if (target instanceof String s) {
                int at = i < 0 ? s.length() + i : i;
                return at >= 0 && at < s.length() ? s.charAt(at) : null;
            }
            if (target instanceof Object[] || target instanceof List<?>) {
                List<Object> items = Enumerables.toList(target);
                int at = i < 0 ? items.size() + i : i;
                if ((at < 0 || at >= items.size()) && strict) {
                    throw RuntimeFailures.create("IndexOutOfRange", "InvalidOperation",
                            "Index was outside the bounds of the array.", index);
                }
                return at >= 0 && at < items.size() ? items.get(at) : null;
            }
            if (i == 0 || i == -1) {
                return target;
            }
            return null;
        }

        @Override
        public void assign(Frame frame, Object value) {
            Object t = target.eval(frame);
            Object i = index.eval(frame);
            switch (t) {
                case null -> throw RuntimeFailures.nullArray();
                case Map<?, ?> map -> {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> m = (Map<Object, Object>) map;
                    m.put(i, value);
                }
                case Object[] array -> {
                    int at = (Integer) Conversions.convert(i, Integer.class);
                    at = at < 0 ? array.length + at : at;
                    if (at < 0 || at >= array.length) {
                        throw RuntimeFailures.create("IndexOutOfRange", "InvalidOperation",
                                "Index was outside the bounds of the array.", i);
                    }
                    array[at] = Conversions.toElement(value, array.getClass().getComponentType());
                }
                case List<?> list -> {
                    @SuppressWarnings("unchecked")
                    List<Object> l = (List<Object>) list;
                    l.set((Integer) Conversions.convert(i, Integer.class), value);
                }
                default -> throw RuntimeFailures.create("CannotIndex", "InvalidOperation",
                        "Unable to index into an object of type \"" + TypeNames.ofValue(t) + "\".", t);
            }
        }
    }
}
