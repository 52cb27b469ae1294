package dev.jpwsh.commands.data.psdata;

import dev.jpwsh.dotnet.text.Regex;
import dev.jpwsh.engine.command.AllowEmptyString;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.PSHashtable;

/**
 * ConvertFrom-StringData: a hashtable (keys without case) of the {@code name=value} lines of each input string; blank
 * lines and lines starting with {@code #} are skipped, names and values trimmed, and escapes in values such as
 * {@code \n} or {@code \u0041} resolved as .NET's Regex.Unescape does. A line without the -Delimiter (or starting
 * with it) and a name defined twice stop the command.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertFromStringDataCommand")
@dev.jpwsh.engine.command.OutputType({"System.Collections.Hashtable"})
public final class ConvertFromStringDataCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowEmptyString
    private String stringData;

    @Parameter(position = 1)
    private Character delimiter = '=';

    @Override
    protected void processRecord() {
        PSHashtable result = new PSHashtable();
        if (stringData != null) {
            for (String raw : stringData.split("\n", -1)) {
                String line = raw.strip();
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int at = line.indexOf(delimiter);
                if (at <= 0) {
                    throw invalid("Data line '" + line + "' is not in 'name=value' format. ");
                }
                String name = line.substring(0, at).strip();
                if (result.containsKey(name)) {
                    throw invalid("Data item '" + name + "' in line '" + line + "' is already defined. ");
                }
                result.put(name, unescape(line.substring(at + 1).strip()));
            }
        }
        writeObject(result);
    }

    private String unescape(String value) {
        try {
            return Regex.Unescape(value);
        } catch (RuntimeException e) {
            throw invalid(e.getMessage());
        }
    }

    private dev.jpwsh.engine.exec.PSException invalid(String message) {
        return terminatingError(RuntimeFailures.create("InvalidOperation", "InvalidOperation", message, null,
                "System.Management.Automation.PSInvalidOperationException"));
    }
}
