package dev.jpwsh.commands.history;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.SupportsShouldProcess;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.runspaces.HistoryInfo;
import dev.jpwsh.engine.runspaces.SessionHistory;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.List;

/**
 * Clear-History: removes the whole history, the entries {@code -Id} names (with {@code -Count}: that many ending at
 * the id, or starting at it with {@code -Newest}), the oldest (or {@code -Newest}) {@code -Count} entries, or the
 * entries whose command line matches a {@code -CommandLine} wildcard (at most {@code -Count} of each, the oldest
 * unless {@code -Newest}).
 */
@DotNetName("Microsoft.PowerShell.Commands.ClearHistoryCommand")
@SupportsShouldProcess
public final class ClearHistoryCommand extends Cmdlet {
    @Parameter(parameterSetName = "IDParameter", position = 0)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer[] id;

    @Parameter(parameterSetName = "CommandLineParameter")
    private String[] commandLine;

    @Parameter(position = 1)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private Integer count;

    @Parameter
    private boolean newest;

    @Override
    protected void endProcessing() {
        SessionHistory history = SessionHistory.of(frame().context());
        if (commandLine != null) {
            if (count != null && commandLine.length > 1) {
                throw terminatingError(dev.jpwsh.engine.exec.RuntimeFailures.create(
                        "ClearHistoryNoCountWithMultipleCmdLine", "InvalidArgument",
                        "The count cannot be combined with multiple CommandLine parameters.", count,
                        "System.ArgumentException").record());
            }
            for (String pattern : commandLine) {
                List<HistoryInfo> matching = history.entries().stream()
                        .filter(e -> Wildcard.matches(e.getCommandLine(), pattern, false)).toList();
                removeCounted(history, matching);
            }
        } else if (id != null) {
            if (count != null && id.length > 1) {
                throw terminatingError(HistoryErrors.noCountWithMultipleIds("ClearHistory", count));
            }
            for (int one : id) {
                if (history.find(one) == null) {
                    writeError(HistoryErrors.noHistoryForId("GetHistory", one));
                } else if (count == null) {
                    history.remove(history.find(one));
                } else {
                    long first = newest ? one : one - count + 1;
                    history.entries().stream().filter(e -> e.getId() >= first && e.getId() < first + count)
                            .forEach(history::remove);
                }
            }
        } else {
            removeCounted(history, history.entries());
        }
    }

    /** Removes {@code entries}, or the first (the last with -Newest) {@code -Count} of them. */
    private void removeCounted(SessionHistory history, List<HistoryInfo> entries) {
        int n = count == null ? entries.size() : Math.min(count, entries.size());
        List<HistoryInfo> removed = newest ? entries.subList(entries.size() - n, entries.size()) : entries.subList(0, n);
        removed.forEach(history::remove);
    }
}
