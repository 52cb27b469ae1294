package dev.jpwsh.engine.node;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.exec.AutomationNull;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.PSHashtable;
import dev.jpwsh.dotnet.collections.PSCollection;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.List;
import java.util.Locale;

/** The {@code .ForEach()} and {@code .Where()} methods every value has. */
final class IntrinsicMethods {
    private IntrinsicMethods() {
    }

    /**
     * {@code .ForEach(scriptblock)}, {@code .ForEach('PropertyName')}, {@code .ForEach('Method', args)} and
     * {@code .ForEach([type])}; each element's member and conversion goes through the {@link MemberGate}.
     */
    static PSCollection forEach(Frame frame, Object target, Object what, List<Object> args) {
        PSCollection results = new PSCollection();
        ExecutionContext context = frame.context();
        for (Object item : Enumeration.toList(target)) {
            Object result = switch (what) {
                case ScriptBlock block -> {
                    Enumerables.write(block.invokeWithUnderscore(frame, item), results::add);
                    yield AutomationNull.VALUE;
                }
                case Class<?> type -> MemberGate.convert(context, item, type, List.of());
                default -> {
                    String name = LanguagePrimitives.toString(what);
                    if (!args.isEmpty()) {
                        yield setOrInvoke(context, item, name, args);
                    }
                    Object value = MemberGate.get(context, item, name);
                    yield value != null ? value : invokeIfMethod(context, item, name);
                }
            };
            // a member's value or a method's result is one element, a collection too, as in pwsh
            if (result != AutomationNull.VALUE) {
                results.add(result);
            }
        }
        return results;
    }

    /**
     * {@code .ForEach('Name', args)} on one element, as pwsh decides: a hashtable's key or a property is set, to the
     * one argument or to all of them as an array, and gives nothing; otherwise the method is called with them.
     */
    private static Object setOrInvoke(ExecutionContext context, Object item, String name, List<Object> args) {
        Object value = args.size() == 1 ? args.getFirst() : args.toArray();
        if (item instanceof PSHashtable table) {
            table.put(name, value);
        } else if (item != null && !Enumeration.isEnumerable(item) && !hasMethod(item, name)
                && Members.has(item, name)) {
            MemberGate.set(context, item, name, value, false);
        } else {
            return MemberGate.invoke(context, item, name, args);
        }
        return AutomationNull.VALUE;
    }

    /** Whether the element's class has a public method of that name, which pwsh calls rather than sets. */
    private static boolean hasMethod(Object item, String name) {
        return !(item instanceof dev.jpwsh.runtime.object.PSObject) && java.util.Arrays.stream(
                item.getClass().getMethods()).anyMatch(m -> m.getName().equalsIgnoreCase(name));
    }

    /** A method with no arguments called by name, or null when there is none; the language mode may refuse it. */
    private static Object invokeIfMethod(ExecutionContext context, Object item, String name) {
        MemberGate.checkCall(context, item, name);
        try {
            return MemberGate.invoke(context, item, name, List.of());
        } catch (RuntimeException notAMethod) {
            return null;
        }
    }

    /**
     * {@code .Where(scriptblock[, mode[, count]])}: modes Default, First, Last, SkipUntil, Until and Split (which
     * returns the matches and the rest).
     */
    static Object where(Frame frame, Object target, ScriptBlock block, List<Object> options) {
        String mode = options.isEmpty() ? "default" : LanguagePrimitives.toString(options.get(0))
                .toLowerCase(Locale.ROOT);
        int count = options.size() > 1 ? ((Number) LanguagePrimitives.toNumber(options.get(1))).intValue() : 0;
        List<Object> items = Enumeration.toList(target);
        PSCollection matched = new PSCollection();
        PSCollection rest = new PSCollection();
        boolean switched = false;
        for (Object item : items) {
            boolean test = LanguagePrimitives.isTrue(block.invokeWithUnderscore(frame, item));
            switch (mode) {
                case "skipuntil" -> {
                    switched |= test;
                    if (switched) {
                        matched.add(item);
                    }
                }
                case "until" -> {
                    switched |= test;
                    if (!switched) {
                        matched.add(item);
                    }
                }
                default -> (test ? matched : rest).add(item);
            }
        }
        return switch (mode) {
            case "first" -> new PSCollection(matched.subList(0, Math.min(matched.size(), Math.max(count, 1))));
            case "last" -> new PSCollection(matched.subList(Math.max(matched.size() - Math.max(count, 1), 0),
                    matched.size()));
            case "split" -> new Object[] {count > 0 ? limit(matched, count) : matched, rest};
            default -> count > 0 ? limit(matched, count) : matched;
        };
    }

    private static PSCollection limit(PSCollection items, int count) {
        return new PSCollection(items.subList(0, Math.min(count, items.size())));
    }
}
