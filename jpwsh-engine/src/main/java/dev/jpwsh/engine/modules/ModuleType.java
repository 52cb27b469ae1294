package dev.jpwsh.engine.modules;

import dev.jpwsh.runtime.object.DotNetName;

/** What a module is made of: a script module (.psm1 or .ps1), or a manifest (.psd1) without a root module. */
@DotNetName("System.Management.Automation.ModuleType")
public enum ModuleType {
    Script, Binary, Manifest, Cim
}
