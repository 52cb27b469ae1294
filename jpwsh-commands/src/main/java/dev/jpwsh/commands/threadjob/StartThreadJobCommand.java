package dev.jpwsh.commands.threadjob;

import dev.jpwsh.language.ast.ScriptBlockAst;
import dev.jpwsh.language.parse.Parser;
import dev.jpwsh.engine.job.JobRepository;
import dev.jpwsh.commands.core.parallel.UsingValues;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.host.Host;
import dev.jpwsh.engine.runspaces.ChildSessions;
import dev.jpwsh.engine.exec.PSDataCollection;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-ThreadJob: at the first input (or at once, with none piped) makes a {@link ThreadJob} of the -ScriptBlock
 * text or the -FilePath script, lists it in the session's jobs, writes it and queues it on the process-wide
 * {@link ThreadJobQueue}; every piped object goes to the job's {@code $input}, which is complete when this cmdlet
 * ends. The {@code $using:} values are read here, once, as live references. -ThrottleLimit changes the process-wide
 * limit for every later job.
 */
@DefaultParameterSet(StartThreadJobCommand.SCRIPT_BLOCK_SET)
@DotNetName("ThreadJob.StartThreadJobCommand")
public final class StartThreadJobCommand extends Cmdlet {
    static final String SCRIPT_BLOCK_SET = "ScriptBlock";
    private static final String FILE_PATH_SET = "FilePath";

    @Parameter(parameterSetName = SCRIPT_BLOCK_SET, position = 0, mandatory = true, aliases = {"Command"})
    private ScriptBlock scriptBlock;

    @Parameter(parameterSetName = FILE_PATH_SET, position = 0, mandatory = true)
    private String filePath;

    @Parameter
    private String name;

    @Parameter
    private ScriptBlock initializationScript;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(aliases = {"Args"})
    private Object[] argumentList;

    @Parameter
    @ValidateRange(min = 1, max = 1_000_000)
    private Integer throttleLimit;

    @Parameter
    private Host streamingHost;

    private final PSDataCollection<Object> input = new PSDataCollection<>();
    private ThreadJob job;

    @Override
    protected void beginProcessing() {
        if (throttleLimit != null) {
            ThreadJobQueue.PROCESS.setLimit(throttleLimit);
        }
    }

    @Override
    protected void processRecord() {
        if (job == null) {
            job = newJob();
            JobRepository.of(frame().context()).add(job);
            writeObject(job);
            ThreadJobQueue.PROCESS.submit(job);
        }
        if (inputObject != null) {
            input.add(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        input.complete();
    }

    private ThreadJob newJob() {
        String script = scriptBlock != null ? scriptBlock.toString() : fileText();
        ScriptBlockAst ast = Parser.parse(script).ast();
        List<String> refused = UsingValues.beyondAVariable(ast);
        if (!refused.isEmpty()) {
            throw terminatingError(ThreadJobErrors.usingNotAVariable(refused.getFirst()));
        }
        Map<String, Object> usingValues;
        try {
            usingValues = UsingValues.forThreadJob(ast, frame());
        } catch (PSException e) {
            throw terminatingError(e);
        }
        return new ThreadJob(name, script, initializationScript == null ? null : initializationScript.toString(),
                argumentList == null ? new Object[0] : argumentList, input, usingValues,
                frame().context().location().currentFileSystemDirectory(), streamingHost,
                ChildSessions.createDefault2(frame().context(), scriptBlock, initializationScript));
    }

    private String fileText() {
        if (Wildcard.containsWildcardCharacters(filePath)) {
            throw terminatingError(ThreadJobErrors.wildcardInFilePath(filePath));
        }
        if (!filePath.toLowerCase(Locale.ROOT).endsWith(".ps1")) {
            throw terminatingError(ThreadJobErrors.notAScriptFile(filePath));
        }
        Path file = frame().context().location().resolveFileSystemPath(filePath);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw terminatingError(ThreadJobErrors.fileNotFound(file.toString()));
        }
    }
}
