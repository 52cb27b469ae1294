package dev.jpwsh.language.ast;

import java.util.Locale;

/**
 * A variable's name as written, split into its qualifier ({@code script}, {@code global}, {@code env}, ... or
 * empty) and the unqualified name.
 */
public record VariablePath(String userPath, String qualifier, String name) {
    public static VariablePath parse(String userPath) {
        int colon = userPath.indexOf(':');
        if (colon > 0 && colon < userPath.length() - 1) {
            return new VariablePath(userPath, userPath.substring(0, colon), userPath.substring(colon + 1));
        }
        return new VariablePath(userPath, "", userPath);
    }

    public boolean isQualified(String scope) {
        return qualifier.equalsIgnoreCase(scope);
    }

    /** {@code $global:}, {@code $script:}, {@code $local:}, {@code $private:}, {@code $using:}, {@code $workflow:}. */
    public boolean isScopeQualified() {
        return switch (qualifier.toLowerCase(Locale.ROOT)) {
            case "global", "script", "local", "private", "using", "workflow" -> true;
            default -> false;
        };
    }

    /** A drive-qualified path such as {@code env:PATH} or {@code function:f}. */
    public boolean isDriveQualified() {
        return !qualifier.isEmpty() && !isScopeQualified();
    }

    @Override
    public String toString() {
        return userPath;
    }
}
