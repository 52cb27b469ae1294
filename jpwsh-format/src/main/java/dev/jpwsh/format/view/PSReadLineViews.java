package dev.jpwsh.format.view;

import dev.jpwsh.engine.types.Members;
import dev.jpwsh.engine.types.MethodInvoker;
import dev.jpwsh.format.view.ViewDefinition.GroupBy;
import dev.jpwsh.format.view.ViewDefinition.PropertyValue;
import dev.jpwsh.format.view.ViewDefinition.TableColumn;
import dev.jpwsh.format.view.ViewDefinition.TableControl;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.util.List;

/**
 * PSReadLine's view of Get-PSReadLineKeyHandler's KeyHandler objects: a table of Key, Function and Description whose
 * rows wrap, grouped by the handler's Group under a heading the KeyHandler type's {@code GetGroupingDescription} gives,
 * underlined with {@code =}.
 */
final class PSReadLineViews {
    private static final String KEY_HANDLER = "Microsoft.PowerShell.KeyHandler";

    private PSReadLineViews() {
    }

    static List<ViewDefinition> all() {
        GroupBy byGroup = new GroupBy(new PropertyValue("Group"), PSReadLineViews::heading);
        return List.of(ViewDefinition.of("PSReadLine-KeyBindings", List.of(KEY_HANDLER), new TableControl(List.of(
                TableColumn.property("Key", 0), TableColumn.property("Function", 0),
                TableColumn.property("Description", 0)), byGroup, false, false, true)));
    }

    /** The group's description and a line of {@code =} as long, as PSReadLine's format data writes them. */
    private static String heading(Object handler) {
        Object group = Members.get(handler, "Group");
        var describe = MethodInvoker.find(handler.getClass(), true, "GetGroupingDescription", List.of(group));
        String text = describe == null ? LanguagePrimitives.toString(group)
                : LanguagePrimitives.toString(MethodInvoker.call(describe, null, List.of(group)));
        return text + "\n" + "=".repeat(text.length());
    }
}
