package dev.jpwsh.format.view;

import dev.jpwsh.format.view.ViewDefinition.Control;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The views formatting chooses from: pwsh's built-in ones, then those format.ps1xml files added. Views added later
 * come first, as Update-FormatData -PrependPath puts them. Safe for any thread.
 */
public final class ViewDatabase {
    private static final ViewDatabase PROCESS = new ViewDatabase();

    private final List<ViewDefinition> views = new CopyOnWriteArrayList<>(DefaultViews.all());

    private ViewDatabase() {
    }

    /** The views every runspace of the process sees. */
    public static ViewDatabase process() {
        return PROCESS;
    }

    /** Adds views in front of the others. */
    public void prepend(List<ViewDefinition> added) {
        views.addAll(0, added);
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
