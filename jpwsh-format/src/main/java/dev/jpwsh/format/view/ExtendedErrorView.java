package dev.jpwsh.format.view;

import dev.jpwsh.format.view.ViewDefinition.CustomControl;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.error.ExceptionNames;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.MemberTable;
import dev.jpwsh.runtime.object.PSMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * pwsh's GetErrorInstance view of what Get-Error writes (type names ending {@code #PSExtendedError}): every
 * property with a value, one per line as {@code Name : value} with the names padded to the longest, nested error
 * records, exceptions and invocation infos indented by four, dictionaries as sorted key/value lines, multi-line
 * text aligned under its first line; several errors headed by their {@code ErrorIndex}. Showing an error takes its
 * {@code #PSExtendedError} name back, as pwsh's view does.
 */
public final class ExtendedErrorView {
    private static final String RECORD = "System.Management.Automation.ErrorRecord#PSExtendedError";
    private static final String EXCEPTION = "System.Exception#PSExtendedError";
    private static final String INDEX = "PSErrorIndex";
    private static final int MAX_DEPTH = 10;
    private static final List<String> RECORD_PROPERTIES = List.of("Exception", "TargetObject", "CategoryInfo",
            "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo");
    private static final List<String> EXCEPTION_PROPERTIES = List.of("Message", "InnerException");
    private static final List<String> INVOCATION_PROPERTIES = List.of("MyCommand", "BoundParameters",
            "UnboundArguments", "ScriptLineNumber", "OffsetInLine", "HistoryId", "ScriptName", "Line", "Statement",
            "PositionMessage", "PSScriptRoot", "PSCommandPath", "InvocationName", "PipelineLength",
            "PipelinePosition", "ExpectingInput", "CommandOrigin");
    /** .NET's HResult of the exception types scripts meet most, by full name. */
    private static final Map<String, Integer> HRESULTS = Map.ofEntries(
            Map.entry("System.Exception", -2146233088),
            Map.entry("System.SystemException", -2146233087),
            Map.entry("System.Management.Automation.RuntimeException", -2146233087),
            Map.entry("System.Management.Automation.ItemNotFoundException", -2146233087),
            Map.entry("System.Management.Automation.CommandNotFoundException", -2146233087),
            Map.entry("System.Management.Automation.ParameterBindingException", -2146233087),
            Map.entry("System.Management.Automation.MethodInvocationException", -2146233087),
            Map.entry("System.Management.Automation.ActionPreferenceStopException", -2146233087),
            Map.entry("Microsoft.PowerShell.Commands.WriteErrorException", -2146233087),
            Map.entry("System.Management.Automation.PSArgumentException", -2147024809),
            Map.entry("System.Management.Automation.PSInvalidCastException", -2147467262),
            Map.entry("System.Management.Automation.PSInvalidOperationException", -2146233079),
            Map.entry("System.DivideByZeroException", -2147352558),
            Map.entry("System.ArgumentException", -2147024809),
            Map.entry("System.ArgumentNullException", -2147467261),
            Map.entry("System.ArgumentOutOfRangeException", -2146233086),
            Map.entry("System.InvalidOperationException", -2146233079),
            Map.entry("System.InvalidCastException", -2147467262),
            Map.entry("System.NotSupportedException", -2146233067),
            Map.entry("System.NotImplementedException", -2147467263),
            Map.entry("System.FormatException", -2146233033),
            Map.entry("System.IndexOutOfRangeException", -2146233080),
            Map.entry("System.NullReferenceException", -2147467261),
            Map.entry("System.OverflowException", -2146233066),
            Map.entry("System.TimeoutException", -2146233083),
            Map.entry("System.UnauthorizedAccessException", -2147024891),
            Map.entry("System.Collections.Generic.KeyNotFoundException", -2146232969),
            Map.entry("System.IO.IOException", -2146232800),
            Map.entry("System.IO.FileNotFoundException", -2147024894),
            Map.entry("System.IO.DirectoryNotFoundException", -2147024893));

    private ExtendedErrorView() {
    }

    static List<ViewDefinition> all() {
        return List.of(ViewDefinition.of("GetErrorInstance", "System.Management.Automation.ErrorRecord#PSExtendedError",
                ExtendedErrorView::isExtended, new CustomControl(ExtendedErrorView::text)));
    }

    /** Whether {@code value} is an error Get-Error wrote for its detailed view, not yet shown. */
    public static boolean isExtended(Object value) {
        if (!(value instanceof ErrorRecord) && !(value instanceof Throwable) || !InstanceMembers.any()) {
            return false;
        }
        MemberTable members = InstanceMembers.of(value);
        return members != null && (members.typeNames().contains(RECORD) || members.typeNames().contains(EXCEPTION));
    }

    private static String text(Object error) {
        MemberTable members = InstanceMembers.of(error);
        members.removeTypeName(RECORD);
        members.removeTypeName(EXCEPTION);
        PSMember index = members.find(INDEX);
        String body = show(error, 0, 1);
        if (index == null) {
            return body;
        }
        String header = "   ErrorIndex: " + LanguagePrimitives.toString(index.value()) + "\n\n";
        return (Integer.valueOf(0).equals(index.value()) ? "" : "\n") + header + body;
    }

    private static String show(Object value, int indent, int depth) {
        List<Map.Entry<String, Object>> properties = properties(value);
        int width = 0;
        for (Map.Entry<String, Object> p : properties) {
            if (hasValue(p.getValue())) {
                width = Math.max(width, p.getKey().length());
            }
        }
        String prefix = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> p : properties) {
            Object v = p.getValue();
            if (!hasValue(v) || p.getKey().equals(INDEX)) {
                continue;
            }
            out.append(prefix).append(p.getKey()).append(" ".repeat(width - p.getKey().length())).append(" : ");
            appendValue(out, p.getKey(), v, prefix, width, indent + 4, depth);
            out.append('\n');
        }
        if (!out.isEmpty()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static void appendValue(StringBuilder out, String name, Object v, String prefix, int width,
            int newIndent, int depth) {
        if (expands(v)) {
            out.append(depth >= MAX_DEPTH ? "\u2026" : "\n" + show(v, newIndent, depth + 1));
        } else if (v instanceof Map<?, ?> map) {
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
                out.append(first ? "\n" : "").append(prefix).append("    ").append(e.getKey()).append(" : ")
                        .append(LanguagePrimitives.toString(e.getValue())).append('\n');
                first = false;
            }
        } else if (!(v instanceof String) && items(v) != null && !name.equals("Data")) {
            appendItems(out, items(v), prefix, newIndent, depth);
        } else if (v instanceof Class<?>) {
            out.append('[').append(LanguagePrimitives.toString(v)).append(']');
        } else {
            String text = LanguagePrimitives.toString(v);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(i == 0 ? "" : "\n" + prefix + " ".repeat(width + 3)).append(i == 0 && lines.length == 1
                        ? lines[i] : lines[i].strip());
            }
        }
    }

    private static void appendItems(StringBuilder out, Iterable<?> items, String prefix, int newIndent, int depth) {
        if (depth >= MAX_DEPTH) {
            out.append('\u2026');
            return;
        }
        String itemIndent = prefix + " ".repeat(newIndent + 2);
        boolean first = true;
        for (Object item : items) {
            out.append('\n');
            if (item instanceof Class<?> || item instanceof String || item instanceof Number
                    || item instanceof Boolean || item instanceof Character) {
                out.append(itemIndent).append(item instanceof Class<?> ? "[" + LanguagePrimitives.toString(item)
                        + "]" : LanguagePrimitives.toString(item));
            } else {
                out.append(first ? "" : "\n").append(show(item, newIndent, depth + 1));
            }
            first = false;
        }
    }

    /** The properties pwsh's view walks, in .NET's order, instance members first. */
    private static List<Map.Entry<String, Object>> properties(Object value) {
        List<Map.Entry<String, Object>> properties = new ArrayList<>();
        MemberTable members = InstanceMembers.of(value);
        if (members != null) {
            for (PSMember m : members.members()) {
                properties.add(new java.util.AbstractMap.SimpleEntry<>(m.name(), m.value()));
            }
        }
        List<String> names = switch (value) {
            case ErrorRecord r -> RECORD_PROPERTIES;
            case Throwable t -> EXCEPTION_PROPERTIES;
            case ErrorRecord.InvocationInfo i -> INVOCATION_PROPERTIES;
            default -> ObjectProperties.names(value);
        };
        if (value instanceof Throwable t) {
            properties.add(new java.util.AbstractMap.SimpleEntry<>("Type", ExceptionNames.of(t)));
        }
        for (String name : names) {
            if (members == null || members.find(name) == null) {
                properties.add(new java.util.AbstractMap.SimpleEntry<>(name, ValueText.member(value, name)));
            }
        }
        if (value instanceof Throwable t && HRESULTS.containsKey(ExceptionNames.of(t))) {
            properties.add(new java.util.AbstractMap.SimpleEntry<>("HResult", HRESULTS.get(ExceptionNames.of(t))));
        }
        return properties;
    }

    /** pwsh's test: not null, not empty text, not false or zero, not an empty collection. */
    private static boolean hasValue(Object v) {
        return switch (v) {
            case null -> false;
            case String s -> !s.isEmpty();
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case Map<?, ?> m -> !m.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            case Object[] a -> a.length > 0;
            default -> true;
        };
    }

    private static boolean expands(Object v) {
        return v instanceof Throwable || v instanceof ErrorRecord || v instanceof ErrorRecord.InvocationInfo;
    }

    private static Iterable<?> items(Object v) {
        return switch (v) {
            case Iterable<?> i -> i;
            case Object[] a -> java.util.Arrays.asList(a);
            default -> null;
        };
    }

    private static TreeMap<String, Object> sorted(Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.forEach((k, v) -> sorted.put(LanguagePrimitives.toString(k), v));
        return sorted;
    }
}
