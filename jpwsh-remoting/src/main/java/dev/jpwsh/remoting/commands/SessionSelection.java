package dev.jpwsh.remoting.commands;

import dev.jpwsh.dotnet.SystemStatics.Guid;
import dev.jpwsh.runtime.error.ErrorRecord;
import dev.jpwsh.runtime.ops.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which listed sessions Get-PSSession and Remove-PSSession take: by -Id, -Name (wildcards), -InstanceId or
 * -ComputerName (wildcards), or all. A value that matches none is an error naming it, as pwsh's
 * RunspaceRepository lookups report it.
 */
record SessionSelection(int[] ids, String[] names, Guid[] instanceIds, String[] computerNames) {
    List<PSSession> select(List<PSSession> listed, Consumer<ErrorRecord> missing) {
        if (ids != null) {
            return matching(listed, ids.length, i -> s -> s.getId() == ids[i], i -> RemotingCommandErrors
                    .noSuchSession("RemoteRunspaceNotAvailableForSpecifiedSessionId", "The remote session with the "
                            + "session ID " + ids[i] + " is not available.", ids[i]), missing);
        }
        if (names != null) {
            return matching(listed, names.length, i -> s -> Wildcard.matches(s.getName(), names[i], false),
                    i -> RemotingCommandErrors.noSuchSession("RemoteRunspaceNotAvailableForSpecifiedName",
                            "The remote session with the name " + names[i] + "  is not available.", names[i]),
                    missing);
        }
        if (instanceIds != null) {
            return matching(listed, instanceIds.length, i -> s -> s.getInstanceId().equals(instanceIds[i]),
                    i -> RemotingCommandErrors.noSuchSession("RemoteRunspaceNotAvailableForSpecifiedRunspaceId",
                            "Remote session is not available for " + instanceIds[i] + ".", instanceIds[i]),
                    missing);
        }
        if (computerNames != null) {
            return matching(listed, computerNames.length,
                    i -> s -> Wildcard.matches(s.getComputerName(), computerNames[i], false),
                    i -> RemotingCommandErrors.noSuchSession(
                    "RemoteRunspaceNotAvailableForSpecifiedComputer", "Remote session is not available for "
                            + "ComputerName " + computerNames[i] + ".", computerNames[i]), missing);
        }
        return listed;
    }

    private static List<PSSession> matching(List<PSSession> listed, int count,
            java.util.function.IntFunction<java.util.function.Predicate<PSSession>> test,
            java.util.function.IntFunction<ErrorRecord> error, Consumer<ErrorRecord> missing) {
        List<PSSession> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var predicate = test.apply(i);
            List<PSSession> hits = listed.stream().filter(predicate).filter(s -> !found.contains(s)).toList();
            if (hits.isEmpty() && listed.stream().noneMatch(predicate)) {
                missing.accept(error.apply(i));
            }
            found.addAll(hits);
        }
        return found;
    }
}
