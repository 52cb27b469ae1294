package dev.jpwsh.dotnet.security;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * System.Management.Automation.PSCredential ({@code [pscredential]}): a user name and a secure password.
 * {@link #GetNetworkCredential()} gives them in plain text, a name with a domain (DOMAIN, backslash, user) split
 * into domain and user as pwsh splits it.
 */
@DotNetName("System.Management.Automation.PSCredential")
@dev.jpwsh.runtime.object.DotNetProperties({"UserName", "Password"})
public final class PSCredential {
    private static final PSCredential EMPTY = new PSCredential();

    private final String userName;
    private final SecureString password;

    private PSCredential() {
        this.userName = null;
        this.password = null;
    }

    public PSCredential(String userName, SecureString password) {
        if (userName == null || userName.isEmpty()) {
            throw new IllegalArgumentException("Cannot process argument because the value of argument \"userName\""
                    + " is not valid. Change the value of the \"userName\" argument and run the operation again.");
        }
        if (password == null) {
            throw new IllegalArgumentException("Cannot process argument because the value of argument \"password\""
                    + " is null. Change the value of argument \"password\" to a non-null value.");
        }
        this.userName = userName;
        this.password = password;
    }

    public static PSCredential getEmpty() {
        return EMPTY;
    }

    public String getUserName() {
        return userName;
    }

    public SecureString getPassword() {
        return password;
    }

    public NetworkCredential GetNetworkCredential() {
        if (this == EMPTY) {
            return null;
        }
        int slash = userName.indexOf('\\');
        String user = slash < 0 ? userName : userName.substring(slash + 1);
        String domain = slash < 0 ? "" : userName.substring(0, slash);
        return new NetworkCredential(user, password, domain);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }
}
