package dev.jpwsh.commands.web;

import dev.jpwsh.engine.types.Members;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The Authorization header values of -Authentication with -Credential (Basic) or -Token (Bearer, OAuth). A credential
 * is read through its members as pwsh's PSCredential has them (UserName, GetNetworkCredential().Password); a token
 * may be a SecureString (read through a NetworkCredential-like GetNetworkCredential) or plain text.
 */
final class Secrets {
    private Secrets() {
    }

    /** The header -Authentication asks for, or null for None. */
    static String authorization(WebAuthenticationType authentication, Object credential, Object token) {
        return switch (authentication) {
            case None -> null;
            case Basic -> basic(credential);
            case Bearer, OAuth -> "Bearer " + plainText(token);
        };
    }

    /** {@code Basic base64(user:password)}, the user name and password in UTF-8. */
    static String basic(Object credential) {
        String user = LanguagePrimitives.toString(Members.get(credential, "UserName"));
        Object network = Members.invoke(credential, "GetNetworkCredential", List.of(), dev.jpwsh.engine.types.MemberGuard.NONE);
        String password = LanguagePrimitives.toString(Members.get(network, "Password"));
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String plainText(Object secret) {
        if (secret instanceof String text) {
            return text;
        }
        if (Members.has(secret, "Password")) {
            return LanguagePrimitives.toString(Members.get(secret, "Password"));
        }
        return LanguagePrimitives.toString(secret);
    }
}
