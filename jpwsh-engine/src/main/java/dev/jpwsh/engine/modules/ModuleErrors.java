package dev.jpwsh.engine.modules;

import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.error.ErrorRecord;
import java.nio.file.Path;

/**
 * The errors of module commands, with pwsh's ids and the texts of its Modules resources. Import errors name
 * Import-Module, whether a cmdlet or a runspace opening imports: their ids end with its implementing type.
 */
public final class ModuleErrors {
    /** Import-Module's implementing type, which the errors of every import end with. */
    public static final String IMPORT_MODULE_TYPE = "Microsoft.PowerShell.Commands.ImportModuleCommand";

    private ModuleErrors() {
    }

    static ErrorRecord moduleNotFound(String name) {
        return ofImport(notFound(name));
    }

    /** A manifest that is not a hashtable of module members: {@code reason} says why; the caller names itself. */
    static ErrorRecord invalidManifest(Path manifest, String reason) {
        return RuntimeFailures.create("Modules_InvalidManifest", "ResourceUnavailable", "The module manifest '"
                + manifest + "' could not be processed because it is not a valid PowerShell module manifest file. "
                + "Remove the elements that are not permitted: " + reason, manifest.toString(),
                "System.MissingMemberException").record();
    }

    static ErrorRecord manifestWithoutVersion(Path manifest) {
        return RuntimeFailures.create("Modules_InvalidManifest", "ResourceUnavailable", "The member "
                + "'ModuleVersion' is not present in the module manifest. This member must exist and be assigned a "
                + "version number of the form 'n.n.n.n'. Add the missing member to the file '" + manifest + "'.",
                manifest.toString(), "System.MissingMemberException").record();
    }

    /** Export-ModuleMember outside a module's code; the cmdlet reporting it names itself. */
    public static ErrorRecord exportOutsideModule() {
        return RuntimeFailures.create("Modules_CanOnlyExecuteExportModuleMemberInsideAModule", "PermissionDenied",
                "The Export-ModuleMember cmdlet can only be called from inside a module.", null,
                "System.InvalidOperationException").record();
    }

    /**
     * An entry of a manifest that names no file or module: Test-ModuleManifest's
     * Modules_Invalid{@code member}inModuleManifest (the ids spell {@code in} as pwsh does, {@code In} for some).
     */
    static ErrorRecord invalidEntry(String errorId, String member, String entry, Path manifest, Object target) {
        return RuntimeFailures.create(errorId, "ObjectNotFound", "The specified " + member + " entry '" + entry
                + "' in the module manifest '" + manifest + "' is invalid. Try again after updating this entry with "
                + "valid values.", target, "System.IO.DirectoryNotFoundException").record();
    }

    /** No module of that name meets the version constraint. */
    static ErrorRecord versionNotFound(String name, String version) {
        return ofImport(RuntimeFailures.create("Modules_ModuleWithVersionNotFound", "ResourceUnavailable",
                "The specified module '" + name + "' with version '" + version + "' was not loaded because no valid "
                + "module file was found in any module directory.", name, "System.IO.FileNotFoundException")
                .record());
    }

    /** Remove-Module found nothing to remove. */
    public static ErrorRecord noModulesRemoved() {
        return RuntimeFailures.create("Modules_NoModulesRemoved", "ResourceUnavailable", "No modules were removed. "
                + "Verify that the specification of modules to remove is correct and those modules exist in the "
                + "runspace.", null, "System.InvalidOperationException").record();
    }

    /** A module that -Name or a path names was not found. */
    public static ErrorRecord notFound(String name) {
        return RuntimeFailures.create("Modules_ModuleNotFound", "ResourceUnavailable", "The specified module '"
                + name + "' was not loaded because no valid module file was found in any module directory.", name,
                "System.IO.FileNotFoundException").record();
    }

    static ErrorRecord ofImport(ErrorRecord record) {
        return record.reportedBy("Import-Module", IMPORT_MODULE_TYPE);
    }
}
