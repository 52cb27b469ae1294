package dev.jpwsh.dotnet.automation;

import dev.jpwsh.dotnet.ArgumentExceptions;
import dev.jpwsh.dotnet.collections.PSCollection;
import dev.jpwsh.runtime.error.AutomationExceptions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * System.Management.Automation.PSListModifier ({@code [pslistmodifier]}): items to add to and remove from a list,
 * or items to replace its contents with, as {@code @{Add=...; Remove=...; Replace=...}} writes them; ApplyTo makes
 * the change on a list. Its three collections may be changed before it is applied.
 */
@DotNetName("System.Management.Automation.PSListModifier")
public final class PSListModifier {
    private final PSCollection add = new PSCollection();
    private final PSCollection remove = new PSCollection();
    private final PSCollection replace = new PSCollection();

    public PSListModifier() {
    }

    /** {@code new(removeItems, addItems)}. */
    public PSListModifier(List<?> removeItems, List<?> addItems) {
        if (removeItems != null) {
            remove.addAll(removeItems);
        }
        if (addItems != null) {
            add.addAll(addItems);
        }
    }

    /** The keys Add, Remove and Replace (any case), each a value or a collection of them; any other key is refused. */
    public PSListModifier(Map<?, ?> hash) {
        ArgumentExceptions.notNull(hash, "hash");
        hash.forEach((key, value) -> {
            PSCollection items = key instanceof String name ? switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "add" -> add;
                case "remove" -> remove;
                case "replace" -> replace;
                default -> null;
            } : null;
            if (items == null) {
                throw new AutomationExceptions.PSArgumentException("The following unknown list modifier was detected: '"
                        + key + "'. Valid list modifiers are Add, Remove, and Replace.");
            }
            items.addAll(Enumeration.isEnumerable(value) ? Enumeration.toList(value) : java.util.Arrays.asList(value));
        });
    }

    /** {@code new(replacementItems)}: a value, or a list of them, to replace a list's contents with. */
    public PSListModifier(Object replacementItems) {
        if (replacementItems instanceof List<?> items) {
            replace.addAll(items);
        } else if (replacementItems instanceof Object[] items) {
            replace.addAll(java.util.Arrays.asList(items));
        } else if (replacementItems != null) {
            replace.add(replacementItems);
        }
    }

    public PSCollection getAdd() {
        return add;
    }

    public PSCollection getRemove() {
        return remove;
    }

    public PSCollection getReplace() {
        return replace;
    }

    /**
     * Changes the list: its contents become the replacement items when there are any, else the items to remove go
     * (the first equal one each) and the items to add are appended. Anything but a list is pwsh's
     * InvalidOperationException.
     */
    public void ApplyTo(Object collectionToUpdate) {
        ArgumentExceptions.notNull(collectionToUpdate, "collectionToUpdate");
        if (!(collectionToUpdate instanceof List<?>)) {
            throw new AutomationExceptions.PSInvalidOperationException(
                    "Cannot apply the update because the object is not a supported collection type.");
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) collectionToUpdate;
        if (!replace.isEmpty()) {
            list.clear();
            list.addAll(replace);
            return;
        }
        remove.forEach(list::remove);
        list.addAll(add);
    }
}
