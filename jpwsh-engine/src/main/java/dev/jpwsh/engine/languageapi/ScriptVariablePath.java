package dev.jpwsh.engine.languageapi;

import dev.jpwsh.language.ast.VariablePath;
import dev.jpwsh.runtime.object.DotNetName;

/** VariablePath: a variable's name as written, its scope or drive qualifier, and what kind of path it is. */
@DotNetName("System.Management.Automation.VariablePath")
public final class ScriptVariablePath {
    private final VariablePath path;

    ScriptVariablePath(VariablePath path) {
        this.path = path;
    }

    /** {@code [System.Management.Automation.VariablePath]::new('script:x')}. */
    public ScriptVariablePath(String path) {
        this(VariablePath.parse(path));
    }

    public String getUserPath() {
        return path.userPath();
    }

    public boolean getIsGlobal() {
        return path.isQualified("global");
    }

    public boolean getIsScript() {
        return path.isQualified("script");
    }

    public boolean getIsLocal() {
        return path.isQualified("local");
    }

    public boolean getIsPrivate() {
        return path.isQualified("private");
    }

    public boolean getIsUnqualified() {
        return path.qualifier().isEmpty();
    }

    public boolean getIsUnscopedVariable() {
        return path.qualifier().isEmpty();
    }

    public boolean getIsVariable() {
        return !path.isDriveQualified();
    }

    public boolean getIsDriveQualified() {
        return path.isDriveQualified();
    }

    /** The name without its scope or drive qualifier ({@code x} for {@code global:x}). */
    String unqualifiedPath() {
        return path.name();
    }

    /** The drive of a drive-qualified path ({@code env} of {@code $env:PATH}), else null. */
    public String getDriveName() {
        return path.isDriveQualified() ? path.qualifier() : null;
    }

    @Override
    public String toString() {
        return path.userPath();
    }
}
