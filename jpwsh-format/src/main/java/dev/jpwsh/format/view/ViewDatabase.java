package dev.jpwsh.format.view;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.format.view.ViewDefinition.Control;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The views formatting chooses from: pwsh's built-in ones, and in a session those its format.ps1xml files added
 * (Update-FormatData), in front of the built-in ones with -PrependPath, after them with -AppendPath. Safe for
 * any thread.
 */
public final class ViewDatabase {
    private static final ViewDatabase PROCESS = new ViewDatabase();
    private static final Map<ExecutionContext, ViewDatabase> SESSIONS = Collections.synchronizedMap(
            new WeakHashMap<>());

    private final List<ViewDefinition> views = new CopyOnWriteArrayList<>(DefaultViews.all());

    private ViewDatabase() {
    }

    /** The built-in views, as a session that loaded no format file sees them. */
    public static ViewDatabase process() {
        return PROCESS;
    }

    /** The views of {@code session}: the built-in ones and those its format files added. */
    public static ViewDatabase of(ExecutionContext session) {
        return SESSIONS.computeIfAbsent(session, s -> new ViewDatabase());
    }

    /** Adds views in front of the others ({@code prepend}) or after them. */
    public void add(List<ViewDefinition> added, boolean prepend) {
        if (prepend) {
            views.addAll(0, added);
        } else {
            views.addAll(added);
        }
    }

    public List<ViewDefinition> all() {
        return List.copyOf(views);
    }

    /**
     * The first view for {@code value} of {@code kind} (null: any) named {@code name} (null: any), matching
     * the object's most specific type name first; null when there is none.
     */
    public ViewDefinition find(Object value, Class<? extends Control> kind, String name) {
        for (ViewDefinition v : views) {
            if (v.test() != null && v.test().test(value) && fits(v, kind, name)) {
                return v;
            }
        }
        for (String typeName : ObjectProperties.typeNames(value)) {
            for (ViewDefinition v : views) {
                if (v.appliesTo(typeName) && fits(v, kind, name)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The names of the views of {@code kind} that apply to {@code value}, for an error message. */
    public List<String> namesFor(Object value, Class<? extends Control> kind) {
        return views.stream().filter(v -> kind.isInstance(v.control()) && (v.test() != null && v.test().test(value)
                || ObjectProperties.typeNames(value).stream().anyMatch(v::appliesTo))).map(ViewDefinition::name)
                .distinct().toList();
    }

    private static boolean fits(ViewDefinition v, Class<? extends Control> kind, String name) {
        return (kind == null || kind.isInstance(v.control())) && (name == null || name.equalsIgnoreCase(v.name()));
    }
}
