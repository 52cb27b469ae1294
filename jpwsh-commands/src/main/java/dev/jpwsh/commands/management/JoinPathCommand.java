package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * Join-Path: each -Path joined with the child paths (-ChildPath, then -AdditionalChildPath) by {@code /}, one
 * separator between parts; {@code -Extension} replaces the last part's extension; {@code -Resolve} writes the
 * existing items the result names instead, reporting PathNotFound or DriveNotFound.
 */
@DotNetName("Microsoft.PowerShell.Commands.JoinPathCommand")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class JoinPathCommand extends ProviderCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, aliases = {"PSPath"})
    private String[] path;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true)
    private String[] childPath;

    @Parameter(position = 2, valueFromRemainingArguments = true)
    private String[] additionalChildPath;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String extension;

    @Parameter
    private boolean resolve;

    @Override
    protected void processRecord() {
        for (String parent : path) {
            String joined = parent == null ? "" : parent;
            boolean joinedAny = false;
            for (String[] parts : new String[][] {childPath, additionalChildPath}) {
                for (String child : parts == null ? new String[0] : parts) {
                    joined = join(joined, child);
                    joinedAny = true;
                }
            }
            if (!joinedAny) {
                joined = join(joined, "");
            }
            if (extension != null) {
                joined = withExtension(joined, extension);
            }
            if (!resolve) {
                writeObject(joined);
                continue;
            }
            ProviderContext context = providerContext(false);
            for (ProviderPath p : resolve(new String[] {joined}, false, false, context)) {
                writeObject(p.displayPath());
            }
        }
    }

    /** {@return {@code parent} and {@code child} joined by one {@code /}} */
    static String join(String parent, String child) {
        String head = parent.replace('\\', '/');
        String tail = child == null ? "" : child.replace('\\', '/');
        while (head.endsWith("/") && head.length() > 1 && !head.endsWith(":/")) {
            head = head.substring(0, head.length() - 1);
        }
        while (tail.startsWith("/")) {
            tail = tail.substring(1);
        }
        if (head.isEmpty()) {
            return tail;
        }
        return head.endsWith("/") ? head + tail : head + "/" + tail;
    }

    private static String withExtension(String path, String extension) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash + 1 ? path.substring(0, dot) : path;
        if (extension.isEmpty()) {
            return stem;
        }
        return stem + (extension.startsWith(".") ? extension : "." + extension);
    }
}
