package dev.jpwsh.commands.security;

import dev.jpwsh.dotnet.ByteArrays;
import dev.jpwsh.dotnet.security.SecureString;
import dev.jpwsh.dotnet.security.SecureStrings;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;

/**
 * ConvertFrom-SecureString: the secure string encrypted with -Key or -SecureKey in pwsh's AES package, as plain
 * text with -AsPlainText, else in the local-machine form (see the package). An empty secure string is refused.
 */
@DotNetName("Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand")
@DefaultParameterSet("Secure")
@dev.jpwsh.engine.command.OutputType({"System.String"})
public final class ConvertFromSecureStringCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private SecureString secureString;

    @Parameter(parameterSetName = "Secure", position = 1)
    private SecureString secureKey;

    @Parameter(parameterSetName = "Open")
    private dev.jpwsh.runtime.number.UInt8[] key;

    @Parameter(parameterSetName = "AsPlainText")
    private boolean asPlainText;

    @Override
    protected void processRecord() {
        if (secureString.getLength() == 0) {
            throw terminatingError(SecurityErrors.emptySecureString());
        }
        try {
            if (secureKey != null) {
                writeObject(SecureStringPackage.encrypt(secureString, SecureStringPackage.keyBytes(secureKey)));
            } else if (key != null) {
                writeObject(SecureStringPackage.encrypt(secureString, ByteArrays.toJava(key, "Key")));
            } else if (asPlainText) {
                writeObject(SecureStrings.plainText(secureString));
            } else {
                writeObject(SecureStrings.toLocalForm(secureString));
            }
        } catch (SecureStringPackage.InvalidInput e) {
            throw terminatingError(SecurityErrors.badKey(e.getMessage()));
        }
    }
}
