package dev.jpwsh.format.view;

import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import java.util.List;

/** The views of Microsoft.PowerShell.Utility's bytes-and-secrets objects: FileHashInfo's table. */
final class UtilityViews {
    private UtilityViews() {
    }

    static List<ViewDefinition> all() {
        return List.of(ViewDefinition.of("Microsoft.PowerShell.Commands.FileHashInfo",
                List.of("Microsoft.PowerShell.Commands.FileHashInfo"), new TableControl(List.of(
                        TableColumn.property("Algorithm", 15), TableColumn.property("Hash", 70),
                        TableColumn.property("Path", 0)))));
    }
}
