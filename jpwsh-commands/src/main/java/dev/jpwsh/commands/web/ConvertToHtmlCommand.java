package dev.jpwsh.commands.web;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.InformationalRecord;
import dev.jpwsh.engine.exec.MessageStreams;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ConvertTo-Html: objects as the lines of an XHTML page (or, with -Fragment, of its table alone), written line by
 * line as pwsh writes them: the page head (-Charset, -Meta, -Head or -Title, -CssUri), -Body, -PreContent, the table
 * (-As Table: a colgroup and a header row from the first object's properties, then one row per object; -As List:
 * name/value rows per object, objects apart by a rule), -PostContent and the page end.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertToHtmlCommand")
@DefaultParameterSet("Page")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertToHtmlCommand extends Cmdlet {
    private static final Set<String> HTTP_EQUIV = Set.of("content-type", "default-style", "x-ua-compatible");
    private static final Set<String> META_NAMES = Set.of("application-name", "author", "description", "generator",
            "keywords", "viewport");
    private static final Pattern CHARSET = Pattern.compile("^[A-Za-z0-9]\\w+\\S+[A-Za-z0-9]$");

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter(parameterSetName = "Page", position = 3)
    private String[] body;

    @Parameter(parameterSetName = "Page", position = 1)
    private String[] head;

    @Parameter(parameterSetName = "Page", position = 2)
    private String title = "HTML TABLE";

    @Parameter
    private String as = "Table";

    @Parameter(parameterSetName = "Page", aliases = {"cu", "uri"})
    private String cssUri;

    @Parameter(parameterSetName = "Fragment")
    private boolean fragment;

    @Parameter
    private String[] postContent;

    @Parameter
    private String[] preContent;

    @Parameter(parameterSetName = "Page")
    private Map<?, ?> meta;

    @Parameter(parameterSetName = "Page")
    private String charset;

    @Parameter(parameterSetName = "Page")
    private boolean transitional;

    private List<HtmlColumn> columns;
    private List<HtmlColumn> resolved;
    private boolean headerWritten;
    private int objects;

    @Override
    protected void beginProcessing() {
        checkArguments();
        columns = HtmlColumn.parse(property == null ? new Object[] {"*"} : property);
        if (!fragment) {
            writePageStart();
        }
        writeLines(preContent);
        writeObject("<table>");
    }

    private void checkArguments() {
        if (!as.equalsIgnoreCase("Table") && !as.equalsIgnoreCase("List")) {
            throw notValid("As", "The argument \"" + as + "\" does not belong to the set \"Table,List\" specified by "
                    + "the ValidateSet attribute. Supply an argument that is in the set and then try the command "
                    + "again.", as);
        }
        if (charset != null && !CHARSET.matcher(charset).matches()) {
            throw notValid("Charset", "The argument \"" + charset + "\" does not match the \""
                    + CHARSET.pattern() + "\" pattern. Supply an argument that matches \"" + CHARSET.pattern()
                    + "\" and try the command again.", charset);
        }
        if (cssUri != null && cssUri.isBlank()) {
            throw terminatingError(RuntimeFailures.create("ArgumentException", "InvalidArgument", "This command "
                    + "cannot be run because 'CSSUri' is empty or blank. Please specify CSSUri and then run the "
                    + "command.", "CSSUri", "System.ArgumentException"));
        }
    }

    private dev.jpwsh.engine.exec.PSException notValid(String parameter, String reason, Object value) {
        return terminatingError(RuntimeFailures.create("ParameterArgumentValidationError", "InvalidData",
                "Cannot validate argument on parameter '" + parameter + "'. " + reason, value,
                "System.Management.Automation.ParameterBindingValidationException"));
    }

    private void writePageStart() {
        writeObject(transitional
                ? "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"  "
                        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
                : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"  "
                        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">");
        writeObject("<html xmlns=\"http://www.w3.org/1999/xhtml\">");
        writeObject("<head>");
        if (charset != null) {
            writeObject("<meta charset=\"" + charset + "\">");
        }
        if (meta != null) {
            writeMeta();
        }
        if (head != null) {
            writeLines(head);
        } else {
            writeObject("<title>" + title + "</title>");
        }
        if (cssUri != null) {
            writeObject("<link rel=\"stylesheet\" type=\"text/css\" href=\"" + cssUri + "\" />");
        }
        writeObject("</head><body>");
        writeLines(body);
    }

    private void writeMeta() {
        for (Map.Entry<?, ?> entry : meta.entrySet()) {
            String name = LanguagePrimitives.toString(entry.getKey());
            String content = LanguagePrimitives.toString(entry.getValue());
            String lower = name.toLowerCase(Locale.ROOT);
            if (HTTP_EQUIV.contains(lower)) {
                writeObject("<meta http-equiv=\"" + name + "\" content=\"" + content + "\">");
                continue;
            }
            if (!META_NAMES.contains(lower)) {
                MessageStreams.write(frame(), new InformationalRecord.WarningRecord("Accepted meta properties are "
                        + "content-type, default-style, application-name, author, description, generator, keywords, "
                        + "x-ua-compatible, and viewport. The meta pair: " + name + " and " + content
                        + " may not function correctly."));
            }
            writeObject("<meta name=\"" + name + "\" content=\"" + content + "\">");
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        Object input = inputObject instanceof Map<?, ?> table ? asCustomObject(table) : inputObject;
        objects++;
        boolean list = as.equalsIgnoreCase("List");
        if (!headerWritten) {
            resolved = new ArrayList<>();
            for (HtmlColumn column : columns) {
                resolved.addAll(column.resolve(frame(), input));
            }
            if (resolved.isEmpty()) {
                return;
            }
            if (list) {
                if (objects > 1) {
                    writeObject("<tr><td><hr></td></tr>");
                }
                for (HtmlColumn column : resolved) {
                    writeObject("<tr><td>" + column.header() + ":</td><td>" + column.cell(frame(), input)
                            + "</td></tr>");
                }
            } else {
                writeColumnGroup();
                StringBuilder row = new StringBuilder("<tr>");
                resolved.forEach(column -> row.append("<th>").append(column.header()).append("</th>"));
                writeObject(row.append("</tr>").toString());
                headerWritten = true;
            }
        }
        if (!list) {
            StringBuilder row = new StringBuilder("<tr>");
            resolved.forEach(column -> row.append("<td>").append(column.cell(frame(), input)).append("</td>"));
            writeObject(row.append("</tr>").toString());
        }
    }

    private static PSObject asCustomObject(Map<?, ?> table) {
        PSObject custom = new PSObject();
        table.forEach((key, value) -> custom.set(LanguagePrimitives.toString(key), value));
        return custom;
    }

    private void writeColumnGroup() {
        StringBuilder group = new StringBuilder("<colgroup>");
        for (HtmlColumn column : resolved) {
            group.append("<col");
            if (column.width() != null) {
                group.append(" width = \"").append(column.width()).append('"');
            }
            if (column.alignment() != null) {
                group.append(" align = \"").append(column.alignment()).append('"');
            }
            group.append("/>");
        }
        writeObject(group.append("</colgroup>").toString());
    }

    @Override
    protected void endProcessing() {
        writeObject("</table>");
        writeLines(postContent);
        if (!fragment) {
            writeObject("</body></html>");
        }
    }

    private void writeLines(String[] lines) {
        if (lines != null) {
            for (String line : lines) {
                writeObject(line);
            }
        }
    }
}
