package dev.jpwsh.commands.management;

import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.provider.ProviderErrors;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Split-Path: the parent of each path (the default), its -Leaf, -LeafBase, -Extension, -Qualifier (the drive
 * {@code Env:}), the path with -NoQualifier, or -IsAbsolute; {@code -Resolve} splits the items a wildcard path
 * names. Works on text: the path need not exist.
 */
@DotNetName("Microsoft.PowerShell.Commands.SplitPathCommand")
@dev.jpwsh.engine.command.OutputType({"System.String", "System.Boolean"})
public final class SplitPathCommand extends ProviderCmdlet {
    private static final Pattern QUALIFIED = Pattern.compile("^([^:/\\\\]+:)(.*)$", Pattern.DOTALL);

    @Parameter(position = 0, valueFromPipeline = true)
    private String[] path;

    @Parameter(aliases = {"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean parent;

    @Parameter
    private boolean leaf;

    @Parameter
    private boolean leafBase;

    @Parameter
    private boolean extension;

    @Parameter
    private boolean qualifier;

    @Parameter
    private boolean noQualifier;

    @Parameter
    private boolean isAbsolute;

    @Parameter
    private boolean resolve;

    @Override
    protected void processRecord() {
        String[] paths = literalPath != null ? literalPath : path;
        if (paths == null) {
            return;
        }
        for (String p : paths) {
            if (!resolve) {
                split(p);
                continue;
            }
            for (ProviderPath resolved : resolve(new String[] {p}, literalPath != null, false,
                    providerContext(false))) {
                split(resolved.displayPath());
            }
        }
    }

    private void split(String original) {
        String p = original.replace('\\', '/');
        Matcher drive = QUALIFIED.matcher(p);
        boolean qualified = drive.matches() && !p.contains("::");
        if (isAbsolute) {
            writeObject(p.startsWith("/") || qualified || p.contains("::"));
        } else if (qualifier) {
            if (!qualified) {
                reportError(ProviderErrors.invalidArgument("ParsePathFormatError", "Cannot parse path because path '"
                        + original + "' does not have a qualifier specified.", original));
                return;
            }
            writeObject(drive.group(1));
        } else if (noQualifier) {
            writeObject(qualified ? drive.group(2) : p);
        } else if (leaf || leafBase || extension) {
            String name = leafOf(qualified ? drive.group(2) : p);
            int dot = name.lastIndexOf('.');
            if (leaf) {
                writeObject(name);
            } else if (leafBase) {
                writeObject(dot > 0 ? name.substring(0, dot) : name);
            } else {
                writeObject(dot >= 0 ? name.substring(dot) : "");
            }
        } else {
            writeObject(qualified ? parentOfQualified(drive.group(1), drive.group(2)) : parentOf(p));
        }
    }

    private static String trimmed(String p) {
        String t = p;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String leafOf(String p) {
        String t = trimmed(p);
        int slash = t.lastIndexOf('/');
        return t.equals("/") ? "" : t.substring(slash + 1);
    }

    private static String parentOf(String p) {
        String t = trimmed(p);
        int slash = t.lastIndexOf('/');
        if (slash < 0 || t.equals("/")) {
            return "";
        }
        return slash == 0 ? "/" : t.substring(0, slash);
    }

    private static String parentOfQualified(String driveName, String rest) {
        String t = trimmed(rest);
        if (t.isEmpty() || t.equals("/")) {
            return "";
        }
        String parent = parentOf(t.startsWith("/") ? t : "/" + t);
        return driveName + parent;
    }
}
