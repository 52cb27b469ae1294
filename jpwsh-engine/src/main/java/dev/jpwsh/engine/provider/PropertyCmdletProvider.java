package dev.jpwsh.engine.provider;

import java.util.List;
import java.util.Map;

/** The optional capability of reading and changing an item's properties (the *-ItemProperty cmdlets). */
public interface PropertyCmdletProvider {
    /**
     * {@return the item's properties named {@code names} (wildcards allowed; all when empty), by name in order}
     *
     * @throws dev.jpwsh.engine.exec.PSException PropertyNotFound for a name without wildcards that it lacks
     */
    Map<String, Object> getProperties(ProviderContext context, ProviderPath path, List<String> names);

    /**
     * Sets one property of the item.
     *
     * @throws dev.jpwsh.engine.exec.PSException when the item has no such property or it cannot be set
     */
    void setProperty(ProviderContext context, ProviderPath path, String name, Object value);
}
