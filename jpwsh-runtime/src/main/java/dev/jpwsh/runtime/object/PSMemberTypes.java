package dev.jpwsh.runtime.object;

/**
 * System.Management.Automation.PSMemberTypes: the kind of one member, as Get-Member's MemberType shows it and
 * Add-Member's -MemberType names it. The composite values ({@code Properties}, {@code Methods}, {@code All}) are
 * filters of Get-Member, not kinds of a member, so they have no constant here.
 */
@DotNetName("System.Management.Automation.PSMemberTypes")
public enum PSMemberTypes {
    AliasProperty(1), CodeProperty(2), Property(4), NoteProperty(8), ScriptProperty(16), PropertySet(32),
    Method(64), CodeMethod(128), ScriptMethod(256), ParameterizedProperty(512), MemberSet(1024), Event(2048),
    Dynamic(4096), InferredProperty(8192);

    /** The flag bits of the composite names a filter may use. */
    public static final int PROPERTIES = 31;
    public static final int METHODS = 448;
    public static final int ALL = 16383;

    private final int bit;

    PSMemberTypes(int bit) {
        this.bit = bit;
    }

    /** The kind's flag, as .NET's enum value. */
    public int bit() {
        return bit;
    }

    public boolean isProperty() {
        return (bit & (PROPERTIES | ParameterizedProperty.bit)) != 0;
    }

    public boolean isMethod() {
        return (bit & METHODS) != 0;
    }
}
