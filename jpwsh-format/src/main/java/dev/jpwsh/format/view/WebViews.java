package dev.jpwsh.format.view;

import dev.jpwsh.format.view.ViewDefinition.ComputedValue;
import dev.jpwsh.format.view.ViewDefinition.ListControl;
import dev.jpwsh.format.view.ViewDefinition.ListItem;
import java.util.List;

/**
 * The list views pwsh's format data gives the web cmdlets' response objects: Content (text only) and RawContent
 * cut to 200 characters with an ellipsis, then the headers, the parsed elements and the lengths.
 */
final class WebViews {
    private static final int SHOWN = 200;

    private WebViews() {
    }

    static List<ViewDefinition> all() {
        return List.of(
                ViewDefinition.of("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject",
                        List.of("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject"), new ListControl(List.of(
                                ListItem.property("StatusCode"), ListItem.property("StatusDescription"),
                                shortened("Content"), shortened("RawContent"), ListItem.property("Headers"),
                                ListItem.property("Images"), ListItem.property("InputFields"),
                                ListItem.property("Links"), ListItem.property("RawContentLength"),
                                ListItem.property("RelationLink")))),
                ViewDefinition.of("Microsoft.PowerShell.Commands.WebResponseObject",
                        List.of("Microsoft.PowerShell.Commands.WebResponseObject"), new ListControl(List.of(
                                ListItem.property("StatusCode"), ListItem.property("StatusDescription"),
                                ListItem.property("Content"), shortened("RawContent"), ListItem.property("Headers"),
                                ListItem.property("RawContentLength"), ListItem.property("RelationLink")))));
    }

    /** The property's text, cut to its first 200 characters followed by an ellipsis when that long. */
    private static ListItem shortened(String property) {
        return new ListItem(property, new ComputedValue(o -> {
            String text = ValueText.plain(ValueText.member(o, property));
            return text.length() < SHOWN ? text : text.substring(0, SHOWN) + "\u2026";
        }), null);
    }
}
