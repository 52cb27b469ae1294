package dev.jpwsh.remoting.job;

import dev.jpwsh.dotnet.Version;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.Validation;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import dev.jpwsh.remoting.client.NewProcessConnectionInfo;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Start-Job: at the first input (or at once, with none piped) makes a {@link PSRemotingJob} of the -ScriptBlock, or
 * of the -FilePath or -LiteralPath script, lists it in the session's jobs, writes it and starts its child in a new
 * jpwsh process in the -WorkingDirectory (the current location unless given); every piped object is sent to the
 * job's input, which ends when this cmdlet ends. {@code $using:} values are read here, once. -Credential and
 * -Authentication are accepted and ignored (the child runs as this user); -RunAs32 and a script block from
 * ConstrainedLanguage are refused, as pwsh on Linux refuses them.
 */
@DefaultParameterSet(StartJobCommand.SCRIPT_BLOCK_SET)
@DotNetName("Microsoft.PowerShell.Commands.StartJobCommand")
public final class StartJobCommand extends Cmdlet {
    static final String SCRIPT_BLOCK_SET = "ComputerName";
    private static final String FILE_PATH_SET = "FilePathComputerName";
    private static final String LITERAL_PATH_SET = "LiteralFilePathComputerName";

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, position = 0, mandatory = true, aliases = {"Command"})
    private ScriptBlock scriptBlock;

    @Parameter(parameterSetName = FILE_PATH_SET, position = 0, mandatory = true)
    private String filePath;

    @Parameter(parameterSetName = LITERAL_PATH_SET, mandatory = true, aliases = {"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private String name;

    @Parameter(position = 1)
    private ScriptBlock initializationScript;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(aliases = {"Args"})
    private Object[] argumentList;

    /** A path that starts with a drive's name and a colon. */
    private static final java.util.regex.Pattern DRIVE_QUALIFIED = java.util.regex.Pattern.compile("[\\w.-]+:");

    @Parameter
    private String workingDirectory;

    @Parameter
    private Version psVersion;

    @Parameter
    private Object credential;

    @Parameter
    private String authentication;

    @Parameter
    private boolean runAs32;

    private final PSDataCollection<Object> input = new PSDataCollection<>();
    private PSRemotingJob job;

    @Override
    protected void beginProcessing() {
        if (workingDirectory != null && workingDirectory.isBlank()) {
            throw terminatingError(Validation.failed("WorkingDirectory", "The argument is null, empty, or consists of "
                    + "only white-space characters. Provide an argument that is not null, empty, or white-space, and "
                    + "then try the command again.", workingDirectory));
        }
        if (psVersion != null && !(psVersion.getMajor() == 5 && psVersion.getMinor() == 1)) {
            throw terminatingError(StartJobErrors.psVersionOutOfRange(psVersion));
        }
        if (runAs32) {
            throw terminatingError(StartJobErrors.runAs32NotSupported());
        }
        if (frame().context().languageMode() == PSLanguageMode.ConstrainedLanguage
                && (scriptBlock != null || initializationScript != null)) {
            throw terminatingError(StartJobErrors.inconsistentLanguageMode());
        }
    }

    @Override
    protected void processRecord() {
        if (job == null) {
            job = newJob();
            JobRepository.of(frame().context()).add(job);
            job.start();
            writeObject(job);
        }
        if (inputObject != null) {
            input.add(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        input.complete();
    }

    private PSRemotingJob newJob() {
        Path directory = directory();
        String text = scriptBlock != null ? scriptBlock.toString() : fileText();
        JobScript script;
        try {
            script = JobScript.of(text, frame());
        } catch (PSException e) {
            throw terminatingError(e);
        }
        if (psVersion != null) {
            throw terminatingError(StartJobErrors.windowsPowerShellMissing());
        }
        return new PSRemotingJob(name, script, text, initializationScript == null ? null
                : initializationScript.toString(), argumentList == null ? new Object[0] : argumentList, input,
                new NewProcessConnectionInfo(directory, onDrive(workingDirectory) ? workingDirectory
                        : directory.toString()));
    }

    /** Whether {@code path} names its drive ({@code Temp:/}): the job's location keeps it, as pwsh's does. */
    private static boolean onDrive(String path) {
        return path != null && DRIVE_QUALIFIED.matcher(path).lookingAt();
    }

    /**
     * The -WorkingDirectory (a PowerShell path, such as {@code Temp:/}), which must be a folder of the file system,
     * else the current location.
     */
    private Path directory() {
        if (workingDirectory == null) {
            return frame().context().location().currentFileSystemDirectory();
        }
        ProviderPath given = SessionProviders.of(frame().context()).paths().parse(workingDirectory);
        Path path = given.provider().name().equals("FileSystem")
                ? frame().context().location().resolveFileSystemPath(given.path()) : null;
        if (path == null || !Files.isDirectory(path)) {
            throw terminatingError(StartJobErrors.workingDirectoryNotFound(workingDirectory));
        }
        return path;
    }

    private String fileText() {
        String given = filePath != null ? filePath : literalPath;
        if (filePath != null && Wildcard.containsWildcardCharacters(filePath)) {
            throw terminatingError(StartJobErrors.wildcardInFilePath());
        }
        if (!given.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            throw terminatingError(StartJobErrors.notAScriptFile());
        }
        Path file = frame().context().location().resolveFileSystemPath(given);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw terminatingError(StartJobErrors.fileNotFound(file.toString()));
        }
    }
}
