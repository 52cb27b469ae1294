package dev.jpwsh.engine.modules;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * What a module is made of: a script module (.psm1 or .ps1, or New-Module's script block), or a manifest (.psd1)
 * without a root module; the names and order are pwsh's.
 */
@DotNetName("System.Management.Automation.ModuleType")
public enum ModuleType {
    Script, Binary, Manifest, Cim, Workflow
}
