package dev.jpwsh.remoting.transport;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Get-PSHostProcessInfo (spec 9.2): the processes with a live PowerShell pipe, found as the {@code CoreFxPipe_PSHost*}
 * socket files of the temporary directory. A file whose process has ended, or whose name no longer fits the process
 * with its id (the id was reused), is stale and is deleted. -Name (wildcards), -Id and -Process select among them.
 */
@DefaultParameterSet(GetPSHostProcessInfoCommand.NAME_SET)
@DotNetName("Microsoft.PowerShell.Commands.GetPSHostProcessInfoCommand")
public final class GetPSHostProcessInfoCommand extends Cmdlet {
    static final String NAME_SET = "ProcessNameParameterSet";
    private static final String PROCESS_SET = "ProcessParameterSet";
    private static final String ID_SET = "ProcessIdParameterSet";

    @Parameter(parameterSetName = NAME_SET, position = 0)
    private String[] name;

    @Parameter(parameterSetName = PROCESS_SET, position = 0, mandatory = true, valueFromPipeline = true)
    private Object[] process;

    @Parameter(parameterSetName = ID_SET, position = 0, mandatory = true)
    private int[] id;

    private final List<Integer> wantedIds = new ArrayList<>();

    @Override
    protected void processRecord() {
        if (process != null) {
            for (Object p : process) {
                Object processId = p == null ? null : MemberGate.get(frame().context(), p, "Id");
                if (processId != null) {
                    wantedIds.add((Integer) Conversions.convert(processId, int.class));
                }
            }
        }
    }

    @Override
    protected void endProcessing() {
        List<PSHostProcessInfo> live = live();
        switch (parameterSetName()) {
            case ID_SET -> {
                for (int wanted : id) {
                    live.stream().filter(i -> i.getProcessId() == wanted).forEach(this::writeObject);
                }
            }
            case PROCESS_SET -> {
                for (int wanted : wantedIds) {
                    live.stream().filter(i -> i.getProcessId() == wanted).forEach(this::writeObject);
                }
            }
            default -> {
                if (name == null) {
                    live.forEach(this::writeObject);
                    return;
                }
                for (String pattern : name) {
                    Pattern wildcard = Wildcard.compile(pattern, false);
                    live.stream().filter(i -> wildcard.matcher(i.getProcessName()).matches())
                            .forEach(this::writeObject);
                }
            }
        }
    }

    /** The live pipes, in file-name order; stale files are deleted on the way. */
    static List<PSHostProcessInfo> live() {
        List<PSHostProcessInfo> found = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(PipeNames.tempDirectory(),
                PipeNames.FILE_PREFIX + PipeNames.PREFIX + "*")) {
            dir.forEach(files::add);
        } catch (IOException unreadable) {
            return found;
        }
        files.sort(null);
        for (Path file : files) {
            String pipe = file.getFileName().toString().substring(PipeNames.FILE_PREFIX.length());
            String[] parts = pipe.split("\\.", 5);
            if (parts.length < 5) {
                continue;
            }
            int pid;
            try {
                pid = Integer.parseInt(parts[2]);
            } catch (NumberFormatException notOurs) {
                continue;
            }
            Optional<String> current = PipeNames.forProcess(pid);
            if (current.isPresent() && current.get().equals(pipe)) {
                found.add(new PSHostProcessInfo(parts[4], pid, parts[3], file.toString()));
            } else {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException notOurs) {
                    // another user's stale file: left as it is
                }
            }
        }
        return found;
    }
}
