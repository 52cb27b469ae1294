package dev.jpwsh.engine.provider.session;

import dev.jpwsh.engine.command.AliasInfo;
import dev.jpwsh.engine.command.CommandDiscovery;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code Alias:}: the aliases of the session's command table, as AliasInfo. The built-in table is shared by every
 * session, so this drive reads it only: making, changing or removing an alias through it is not supported.
 */
public final class AliasProvider extends SessionStateProvider {
    public AliasProvider() {
        super("Alias", "Alias");
    }

    @Override
    Map<String, Object> entries(ProviderContext context) {
        Map<String, Object> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AliasInfo alias : CommandDiscovery.aliases(context.frame())) {
            all.put(alias.name(), alias.definition());
        }
        return all;
    }

    @Override
    Object value(ProviderContext context, String name) {
        AliasInfo alias = CommandDiscovery.alias(context.frame(), name);
        return alias == null ? null : alias.definition();
    }

    @Override
    Object item(ProviderPath location, String name, Object value) {
        return new AliasInfo(name, (String) value);
    }

    @Override
    void set(ProviderContext context, String name, Object value) {
        throw ProviderErrors.notSupported("Alias:/" + name, "Set-Item");
    }

    @Override
    void remove(ProviderContext context, String name) {
        throw ProviderErrors.notSupported("Alias:/" + name, "Remove-Item");
    }
}
