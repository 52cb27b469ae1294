package dev.jpwsh.format.view;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Get-FormatData returns: the session's views grouped by the type names they are for, as pwsh's
 * ExtendedTypeDefinition and FormatViewDefinition objects.
 */
public final class FormatTypeDefinitions {
    private FormatTypeDefinitions() {
    }

    /** A set of views for some type names ({@code System.Management.Automation.ExtendedTypeDefinition}). */
    @DotNetName("System.Management.Automation.ExtendedTypeDefinition")
    public record ExtendedTypeDefinition(List<String> typeNames, List<FormatViewDefinition> views) {
        /** The first type name the views apply to. */
        public String getTypeName() {
            return typeNames.getFirst();
        }

        public List<String> getTypeNames() {
            return typeNames;
        }

        public List<FormatViewDefinition> getFormatViewDefinition() {
            return views;
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    /** One view: its name and its control ({@code System.Management.Automation.FormatViewDefinition}). */
    @DotNetName("System.Management.Automation.FormatViewDefinition")
    public record FormatViewDefinition(ViewDefinition view) {
        public String getName() {
            return view.name();
        }

        /** The control: a table, list, wide or custom one. */
        public ViewControl getControl() {
            return new ViewControl(view.control());
        }

        @Override
        public String toString() {
            return view.name();
        }
    }

    /** A view's control, shown as its .NET type ({@code System.Management.Automation.TableControl}, ...). */
    @DotNetName("System.Management.Automation.PSControl")
    public record ViewControl(ViewDefinition.Control control) {
        @Override
        public String toString() {
            return "System.Management.Automation." + switch (control) {
                case ViewDefinition.TableControl t -> "TableControl";
                case ViewDefinition.ListControl l -> "ListControl";
                case ViewDefinition.WideControl w -> "WideControl";
                case ViewDefinition.CustomControl c -> "CustomControl";
            };
        }
    }

    /**
     * The type definitions of {@code views} whose type names match one of {@code patterns} (wildcards, without
     * regard to case; null or empty: all), in the order their first view was defined; for an {@code oldClient}
     * (before 5.1) only the views it can read.
     */
    public static List<ExtendedTypeDefinition> of(ViewDatabase views, List<String> patterns, boolean oldClient) {
        Map<String, List<FormatViewDefinition>> byTypes = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (ViewDefinition view : views.all()) {
            if (view.shownFor().isEmpty() || !matches(view.shownFor(), patterns) || oldClient && !readableByOld(view)) {
                continue;
            }
            String key = String.join("\n", view.shownFor()).toLowerCase(java.util.Locale.ROOT);
            names.putIfAbsent(key, view.shownFor());
            byTypes.computeIfAbsent(key, k -> new ArrayList<>()).add(new FormatViewDefinition(view));
        }
        List<ExtendedTypeDefinition> out = new ArrayList<>();
        byTypes.forEach((key, list) -> out.add(new ExtendedTypeDefinition(names.get(key), List.copyOf(list))));
        return out;
    }

    /** pwsh before 5.1 knows no GroupBy and no custom control. */
    private static boolean readableByOld(ViewDefinition view) {
        return switch (view.control()) {
            case ViewDefinition.TableControl t -> t.groupBy() == null;
            case ViewDefinition.ListControl l -> l.groupBy() == null;
            case ViewDefinition.WideControl w -> w.groupBy() == null;
            case ViewDefinition.CustomControl c -> false;
            default -> true;
        };
    }

    private static boolean matches(List<String> typeNames, List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            return true;
        }
        for (String typeName : typeNames) {
            for (String pattern : patterns) {
                if (Wildcard.matches(typeName, pattern, false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
