package dev.jpwsh.dotnet.security;

import dev.jpwsh.runtime.object.DotNetName;

/** System.Net.NetworkCredential: a user name, a domain and a password in plain text (and as a secure string). */
@DotNetName("System.Net.NetworkCredential")
@dev.jpwsh.runtime.object.DotNetProperties({"UserName", "Password", "SecurePassword", "Domain"})
public final class NetworkCredential {
    private String userName;
    private String domain;
    private SecureString password;

    public NetworkCredential() {
        this("", "", "");
    }

    public NetworkCredential(String userName, String password) {
        this(userName, password, "");
    }

    public NetworkCredential(String userName, String password, String domain) {
        this.userName = userName == null ? "" : userName;
        this.password = SecureStrings.of(password == null ? "" : password);
        this.domain = domain == null ? "" : domain;
    }

    public NetworkCredential(String userName, SecureString password) {
        this(userName, password, "");
    }

    public NetworkCredential(String userName, SecureString password, String domain) {
        this.userName = userName == null ? "" : userName;
        this.password = password == null ? new SecureString() : password.Copy();
        this.domain = domain == null ? "" : domain;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName == null ? "" : userName;
    }

    public String getPassword() {
        return SecureStrings.plainText(password);
    }

    public void setPassword(String password) {
        this.password = SecureStrings.of(password == null ? "" : password);
    }

    public SecureString getSecurePassword() {
        return password.Copy();
    }

    public void setSecurePassword(SecureString password) {
        this.password = password == null ? new SecureString() : password.Copy();
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain == null ? "" : domain;
    }

    @Override
    public String toString() {
        return "System.Net.NetworkCredential";
    }
}
