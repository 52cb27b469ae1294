package dev.jpwsh.engine.node;

import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.engine.types.dotnet.PSCollection;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.List;
import java.util.Locale;

/** The {@code .ForEach()} and {@code .Where()} methods every value has. */
final class IntrinsicMethods {
    private IntrinsicMethods() {
    }

    /**
     * {@code .ForEach(scriptblock)}, {@code .ForEach('PropertyName')}, {@code .ForEach('Method', args)} and
     * {@code .ForEach([type])}.
     */
    static PSCollection forEach(Frame frame, Object target, Object what, List<Object> args) {
        PSCollection results = new PSCollection();
        for (Object item : Enumerables.toList(target)) {
            Object result = switch (what) {
                case ScriptBlock block -> block.invokeWithUnderscore(frame, item);
                case Class<?> type -> Conversions.convert(item, type);
                default -> {
                    String name = LanguagePrimitives.toString(what);
                    if (!args.isEmpty()) {
                        yield Members.invoke(item, name, args);
                    }
                    Object value = Members.get(item, name);
                    yield value != null ? value : invokeIfMethod(item, name);
                }
            };
            if (result != MethodInvoker.VOID) {
                Enumerables.write(result, results::add);
            }
        }
        return results;
    }

    private static Object invokeIfMethod(Object item, String name) {
        try {
            return Members.invoke(item, name, List.of());
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
        List<Object> items = Enumerables.toList(target);
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
