package dev.jpwsh.format;

import dev.jpwsh.engine.runspaces.Runspace;
import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.object.PSObject;
import java.util.List;

/** The table views pwsh defines for particular types: fixed column widths, and for .NET types the columns. */
final class View {
    /**
     * {@code System.Management.Automation.Runspaces.Runspace} in PowerShellCore_format_ps1xml: a runspace without
     * connection info is a Local one on localhost.
     */
    private static final TableView RUNSPACE = new TableView(List.of(
            new TableView.Column("Id", 3, r -> ((Runspace) r).getId()),
            new TableView.Column("Name", 15, r -> ((Runspace) r).getName()),
            new TableView.Column("ComputerName", 15, r -> computerName((Runspace) r)),
            new TableView.Column("Type", 13, r -> ((Runspace) r).getConnectionInfo() == null ? "Local" : "Remote"),
            new TableView.Column("State", 13, r -> ((Runspace) r).getRunspaceStateInfo().getState()),
            new TableView.Column("Availability", 15, r -> ((Runspace) r).getRunspaceAvailability())));

    private View() {
    }

    /** The column widths for a custom object's properties (0: as wide as needed). */
    static List<Integer> widthsFor(PSObject object, List<String> columns) {
        if (object.typeNames().contains("Microsoft.PowerShell.Commands.GroupInfo")) {
            return List.of(5, 25, 0).subList(0, columns.size());
        }
        return columns.stream().map(c -> 0).toList();
    }

    /** The table view of {@code value}'s type, or null when pwsh defines none. */
    static TableView tableOf(Object value) {
        return value instanceof Runspace ? RUNSPACE : null;
    }

    private static Object computerName(Runspace runspace) {
        Object connection = runspace.getConnectionInfo();
        return connection == null ? "localhost" : Members.get(connection, "ComputerName");
    }
}
