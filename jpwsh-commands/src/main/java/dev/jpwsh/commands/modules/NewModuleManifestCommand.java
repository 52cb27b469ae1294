package dev.jpwsh.commands.modules;

import dev.jpwsh.dotnet.DotNetEnvironment;
import dev.jpwsh.dotnet.time.DateTime;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.exec.ConfirmImpact;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.modules.VersionConstraint;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.object.DotNetName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * New-ModuleManifest: writes a {@code .psd1} manifest in pwsh's layout ({@link ManifestText}), every member under
 * its comment, the members not given commented out. With none of -RootModule, -NestedModules and
 * -RequiredModules, the export lists default to empty; otherwise to {@code '*'}. -PassThru also writes the text.
 */
@DotNetName("Microsoft.PowerShell.Commands.NewModuleManifestCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
@SupportsShouldProcess(ConfirmImpact.Low)
public final class NewModuleManifestCommand extends Cmdlet {
    private static final String DESKTOP_ONLY = "This prerequisite is valid for the PowerShell Desktop edition only.";

    @Parameter(position = 0, mandatory = true)
    private String path;
    @Parameter
    private Object[] nestedModules;
    @Parameter
    private String guid;
    @Parameter
    private String author;
    @Parameter
    private String companyName;
    @Parameter
    private String copyright;
    @Parameter(aliases = {"ModuleToProcess"})
    private String rootModule;
    @Parameter
    private Object moduleVersion = "0.0.1";
    @Parameter
    private String description;
    @Parameter
    private String processorArchitecture;
    @Parameter
    private Object powerShellVersion;
    @Parameter
    private Object clrVersion;
    @Parameter
    private Object dotNetFrameworkVersion;
    @Parameter
    private String powerShellHostName;
    @Parameter
    private Object powerShellHostVersion;
    @Parameter
    private Object[] requiredModules;
    @Parameter
    private String[] typesToProcess;
    @Parameter
    private String[] formatsToProcess;
    @Parameter
    private String[] scriptsToProcess;
    @Parameter
    private String[] requiredAssemblies;
    @Parameter
    private String[] fileList;
    @Parameter
    private Object[] moduleList;
    @Parameter
    private String[] functionsToExport;
    @Parameter
    private String[] aliasesToExport;
    @Parameter
    private String[] variablesToExport = {"*"};
    @Parameter
    private String[] cmdletsToExport;
    @Parameter
    private String[] dscResourcesToExport;
    @Parameter
    private String[] compatiblePSEditions;
    @Parameter
    private Object privateData;
    @Parameter
    private String[] tags;
    @Parameter
    private String projectUri;
    @Parameter
    private String licenseUri;
    @Parameter
    private String iconUri;
    @Parameter
    private String releaseNotes;
    @Parameter
    private String prerelease;
    @Parameter
    private boolean requireLicenseAcceptance;
    @Parameter
    private String[] externalModuleDependencies;
    @Parameter
    private String helpInfoUri;
    @Parameter
    private boolean passThru;
    @Parameter
    private String defaultCommandPrefix;

    @Override
    protected void endProcessing() {
        Path file = FileSystemPaths.of(frame(), path);
        if (file == null || !file.toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            throw terminatingError(invalid("Modules_InvalidModuleManifestPath", "The module manifest path '" + path
                    + "' is not valid. The value of the Path argument must resolve to a single file that has a "
                    + "'.psd1' extension. Change the value of the Path argument to point to a valid psd1 file, and "
                    + "then try again.", path));
        }
        checkArguments();
        if (rootModule != null || nestedModules != null || requiredModules != null) {
            aliasesToExport = aliasesToExport == null ? new String[] {"*"} : aliasesToExport;
            cmdletsToExport = cmdletsToExport == null ? new String[] {"*"} : cmdletsToExport;
            functionsToExport = functionsToExport == null ? new String[] {"*"} : functionsToExport;
        }
        String text = text(file);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw terminatingError(RuntimeFailures.create("FileOpenFailure", "OpenError", "Could not find a part of "
                    + "the path '" + file + "'.", file.toString(), "System.IO.DirectoryNotFoundException").record());
        }
        if (passThru) {
            writeObject(text);
        }
    }

    private void checkArguments() {
        if (guid != null) {
            try {
                UUID.fromString(guid);
            } catch (IllegalArgumentException e) {
                throw terminatingError(invalid("Modules_InvalidGuid", "Cannot convert value \"" + guid
                        + "\" to type \"System.Guid\". Error: \"Unrecognized Guid format.\"", guid));
            }
        }
        for (String[] uri : new String[][] {{projectUri, "ProjectUri"}, {licenseUri, "LicenseUri"},
                {iconUri, "IconUri"}, {helpInfoUri, "HelpInfoUri"}}) {
            if (uri[0] != null && !isAbsoluteUri(uri[0])) {
                throw terminatingError(invalid("Modules_InvalidUri", "The specified Uri '" + uri[0] + "' is not "
                        + "valid.", uri[1]));
            }
        }
        if (compatiblePSEditions != null) {
            for (String edition : compatiblePSEditions) {
                if (!edition.equalsIgnoreCase("Desktop") && !edition.equalsIgnoreCase("Core")) {
                    throw terminatingError(invalid("ParameterArgumentValidationError", "Cannot validate argument on "
                            + "parameter 'CompatiblePSEditions'. The argument \"" + edition + "\" does not belong to "
                            + "the set \"Desktop,Core\" specified by the ValidateSet attribute. Supply an argument "
                            + "that is in the set and then try the command again.", edition));
                }
            }
            if (Arrays.stream(compatiblePSEditions).map(e -> e.toLowerCase(Locale.ROOT)).distinct().count()
                    != compatiblePSEditions.length) {
                throw terminatingError(invalid("Modules_DuplicateEntriesInCompatiblePSEditions", "The specified value '"
                        + String.join(",", compatiblePSEditions) + "' for CompatiblePSEditions contains duplicate "
                        + "PowerShell Edition names. Try again after removing the duplicate PowerShell Edition names.",
                        compatiblePSEditions));
            }
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new java.net.URI(text).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static ErrorRecord invalid(String id, String message, Object target) {
        return RuntimeFailures.create(id, "InvalidArgument", message, target, "System.InvalidOperationException")
                .record();
    }

    private String text(Path file) {
        String name = file.getFileName().toString();
        String who = author == null || author.isEmpty() ? DotNetEnvironment.getUserName() : author;
        String company = companyName == null || companyName.isEmpty() ? "Unknown" : companyName;
        String rights = copyright == null || copyright.isEmpty() ? "(c) " + who + ". All rights reserved." : copyright;
        String id = guid != null ? guid.toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        String root = rootModule == null ? "" : rootModule;
        ManifestText manifest = new ManifestText(name.substring(0, name.length() - 5), who,
                DateTime.getNow().ToString("d"))
                .member("RootModule", "Script module or binary module file associated with this manifest.",
                        !root.isEmpty(), ManifestText.quote(root))
                .member("ModuleVersion", "Version number of this module.", moduleVersion != null, version(moduleVersion))
                .member("CompatiblePSEditions", "Supported PSEditions", given(compatiblePSEditions),
                        ManifestText.quoteNames(compatiblePSEditions))
                .member("GUID", "ID used to uniquely identify this module", true, ManifestText.quote(id))
                .member("Author", "Author of this module", true, ManifestText.quote(who))
                .member("CompanyName", "Company or vendor of this module", true, ManifestText.quote(company))
                .member("Copyright", "Copyright statement for this module", true, ManifestText.quote(rights))
                .member("Description", "Description of the functionality provided by this module",
                        description != null && !description.isEmpty(), ManifestText.quote(description))
                .member("PowerShellVersion", "Minimum version of the PowerShell engine required by this module",
                        powerShellVersion != null, version(powerShellVersion))
                .member("PowerShellHostName", "Name of the PowerShell host required by this module",
                        powerShellHostName != null && !powerShellHostName.isEmpty(),
                        ManifestText.quote(powerShellHostName))
                .member("PowerShellHostVersion", "Minimum version of the PowerShell host required by this module",
                        powerShellHostVersion != null, version(powerShellHostVersion))
                .member("DotNetFrameworkVersion", "Minimum version of Microsoft .NET Framework required by this "
                        + "module. " + DESKTOP_ONLY, dotNetFrameworkVersion != null, version(dotNetFrameworkVersion))
                .member("ClrVersion", "Minimum version of the common language runtime (CLR) required by this module. "
                        + DESKTOP_ONLY, clrVersion != null, version(clrVersion))
                .member("ProcessorArchitecture", "Processor architecture (None, X86, Amd64) required by this module",
                        processorArchitecture != null, ManifestText.quote(processorArchitecture))
                .member("RequiredModules", "Modules that must be imported into the global environment prior to "
                        + "importing this module", given(requiredModules), ManifestText.quoteModules(requiredModules))
                .member("RequiredAssemblies", "Assemblies that must be loaded prior to importing this module",
                        requiredAssemblies != null, ManifestText.quoteNames(requiredAssemblies))
                .member("ScriptsToProcess", "Script files (.ps1) that are run in the caller's environment prior to "
                        + "importing this module.", scriptsToProcess != null, ManifestText.quoteNames(scriptsToProcess))
                .member("TypesToProcess", "Type files (.ps1xml) to be loaded when importing this module",
                        typesToProcess != null, ManifestText.quoteNames(typesToProcess))
                .member("FormatsToProcess", "Format files (.ps1xml) to be loaded when importing this module",
                        formatsToProcess != null, ManifestText.quoteNames(formatsToProcess))
                .member("NestedModules", "Modules to import as nested modules of the module specified in "
                        + "RootModule/ModuleToProcess", nestedModules != null, ManifestText.quoteModules(nestedModules))
                .member("FunctionsToExport", "Functions to export from this module, for best performance, do not use "
                        + "wildcards and do not delete the entry, use an empty array if there are no functions to "
                        + "export.", true, ManifestText.quoteNames(functionsToExport))
                .member("CmdletsToExport", "Cmdlets to export from this module, for best performance, do not use "
                        + "wildcards and do not delete the entry, use an empty array if there are no cmdlets to "
                        + "export.", true, ManifestText.quoteNames(cmdletsToExport))
                .member("VariablesToExport", "Variables to export from this module", given(variablesToExport),
                        ManifestText.quoteNames(variablesToExport))
                .member("AliasesToExport", "Aliases to export from this module, for best performance, do not use "
                        + "wildcards and do not delete the entry, use an empty array if there are no aliases to "
                        + "export.", true, ManifestText.quoteNames(aliasesToExport))
                .member("DscResourcesToExport", "DSC resources to export from this module",
                        given(dscResourcesToExport), ManifestText.quoteNames(dscResourcesToExport))
                .member("ModuleList", "List of all modules packaged with this module", moduleList != null,
                        ManifestText.quoteModules(moduleList))
                .member("FileList", "List of all files packaged with this module", fileList != null,
                        ManifestText.quoteNames(fileList));
        privateData(manifest);
        return manifest.member("HelpInfoURI", "HelpInfo URI of this module",
                        helpInfoUri != null && !helpInfoUri.isEmpty(), ManifestText.quote(helpInfoUri))
                .member("DefaultCommandPrefix", "Default prefix for commands exported from this module. Override the "
                        + "default prefix using Import-Module -Prefix.",
                        defaultCommandPrefix != null && !defaultCommandPrefix.isEmpty(),
                        ManifestText.quote(defaultCommandPrefix))
                .close();
    }

    private void privateData(ManifestText manifest) {
        String description = "Private data to pass to the module specified in RootModule/ModuleToProcess. This may "
                + "also contain a PSData hashtable with additional module metadata used by PowerShell.";
        if (privateData != null && !(privateData instanceof Map<?, ?>)) {
            boolean psData = tags != null || releaseNotes != null || projectUri != null || iconUri != null
                    || licenseUri != null;
            if (psData) {
                throw terminatingError(RuntimeFailures.create("PrivateDataValueTypeShouldBeHashTable",
                        "InvalidArgument", "PrivateData should be defined as a Hashtable when Tags, ProjectUri, "
                        + "LicenseUri, IconUri or ReleaseNotes are specified.", privateData,
                        "System.InvalidOperationException").record());
            }
            manifest.member("PrivateData", description, true,
                    ManifestText.quote(LanguagePrimitives.toString(privateData)));
            return;
        }
        manifest.privateData(description, List.of(
                new Object[] {"Tags", "Tags applied to this module. These help with module discovery in online "
                        + "galleries.", given(tags), ManifestText.quoteNames(tags)},
                new Object[] {"LicenseUri", "A URL to the license for this module.", licenseUri != null,
                        ManifestText.quote(licenseUri)},
                new Object[] {"ProjectUri", "A URL to the main website for this project.", projectUri != null,
                        ManifestText.quote(projectUri)},
                new Object[] {"IconUri", "A URL to an icon representing this module.", iconUri != null,
                        ManifestText.quote(iconUri)},
                new Object[] {"ReleaseNotes", "ReleaseNotes of this module",
                        releaseNotes != null && !releaseNotes.isEmpty(), ManifestText.quote(releaseNotes)},
                new Object[] {"Prerelease", "Prerelease string of this module",
                        prerelease != null && !prerelease.isEmpty(), ManifestText.quote(prerelease)},
                new Object[] {"RequireLicenseAcceptance", "Flag to indicate whether the module requires explicit user "
                        + "acceptance for install/update/save", requireLicenseAcceptance,
                        requireLicenseAcceptance ? "$true" : "$false"},
                new Object[] {"ExternalModuleDependencies", "External dependent modules of this module",
                        given(externalModuleDependencies), ManifestText.quoteNames(externalModuleDependencies)}),
                (Map<?, ?>) privateData);
    }

    private static boolean given(Object[] values) {
        return values != null && values.length > 0;
    }

    /** A version parameter's value as a version's text, read as {@link VersionConstraint#version} reads it. */
    private String version(Object value) {
        if (value == null) {
            return ManifestText.quote(null);
        }
        String text = LanguagePrimitives.toString(value);
        try {
            return ManifestText.quote(VersionConstraint.version(value).toString());
        } catch (IllegalArgumentException e) {
            throw terminatingError(RuntimeFailures.create("ParameterArgumentTransformationError", "InvalidData",
                    "Cannot convert value \"" + text + "\" to type \"System.Version\".", value,
                    "System.Management.Automation.PSInvalidCastException").record());
        }
    }
}
