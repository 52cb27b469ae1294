package dev.jpwsh.format;

import dev.jpwsh.runtime.object.PSObject;
import java.util.List;

/** The fixed column widths of the table views pwsh defines for particular types (0: as wide as needed). */
final class View {
    private View() {
    }

    static List<Integer> widthsFor(PSObject object, List<String> columns) {
        if (object.typeNames().contains("Microsoft.PowerShell.Commands.GroupInfo")) {
            return List.of(5, 25, 0).subList(0, columns.size());
        }
        return columns.stream().map(c -> 0).toList();
    }
}
