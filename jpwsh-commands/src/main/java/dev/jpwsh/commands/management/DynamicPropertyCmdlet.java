package dev.jpwsh.commands.management;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;

/**
 * What New-, Remove-, Rename-, Copy- and Move-ItemProperty share: they need a provider with dynamic properties (the
 * Registry on Windows). No provider on Linux has them, so each item they name gets pwsh's NotSupported error;
 * missing paths get PathNotFound first, as in pwsh.
 */
abstract class DynamicPropertyCmdlet extends ProviderCmdlet {
    /** Reports NotSupported for each item {@code paths} (or {@code literalPaths}) names. */
    final void refuse(String[] paths, String[] literalPaths) {
        ProviderContext context = providerContext(false);
        for (ProviderPath p : resolve(paths, literalPaths, false, context)) {
            reportError(RuntimeFailures.create("NotSupported", "NotImplemented", "Cannot use interface. The"
                    + " IDynamicPropertyCmdletProvider interface is not implemented by this provider.", p.path(),
                    "System.Management.Automation.PSNotSupportedException"));
        }
    }
}
