package dev.jpwsh.engine.host;

import dev.jpwsh.dotnet.security.PSCredential;
import dev.jpwsh.dotnet.security.SecureStrings;

/**
 * PromptForCredential as pwsh's console asks it, for any host that reads lines: the caption and message as a choice
 * prompt starts, {@code User: } until a name is typed (unless one is given), then {@code Password for user NAME: }
 * read masked. A target name goes before the user name with a backslash. Stateless.
 */
public final class CredentialPrompt {
    private CredentialPrompt() {
    }

    /** {@return the credential typed}, or null when the host cannot ask (no user, or its input ended) */
    public static PSCredential ask(HostUserInterface ui, String caption, String message, String userName,
            String targetName) {
        if (!ui.canRead()) {
            return null;
        }
        ChoicePrompt.writeHeading(ui, caption, message);
        String user = userName;
        while (user == null || user.isEmpty()) {
            user = ui.readLine("User: ", false);
            if (user == null) {
                return null;
            }
        }
        String password = ui.readLine("Password for user " + user + ": ", true);
        if (password == null) {
            return null;
        }
        String name = targetName == null || targetName.isEmpty() ? user : targetName + "\\" + user;
        return new PSCredential(name, SecureStrings.of(password));
    }
}
