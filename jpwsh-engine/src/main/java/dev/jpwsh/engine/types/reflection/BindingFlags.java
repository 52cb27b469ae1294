package dev.jpwsh.engine.types.reflection;

import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.object.FlagNames;
import dev.jpwsh.runtime.object.FlagsEnum;

/**
 * System.Reflection.BindingFlags: which members a type's {@code GetMethods}, {@code GetProperty} and the rest
 * consider, from its members or text ({@code [Reflection.BindingFlags]'NonPublic,Instance'}).
 */
@DotNetName("System.Reflection.BindingFlags")
public record BindingFlags(int flags) implements FlagsEnum {
    private static final FlagNames NAMES = new FlagNames("Default", 0, "IgnoreCase", 1, "DeclaredOnly", 2,
            "Instance", 4, "Static", 8, "Public", 16, "NonPublic", 32, "FlattenHierarchy", 64, "InvokeMethod", 256,
            "CreateInstance", 512, "GetField", 1024, "SetField", 2048, "GetProperty", 4096, "SetProperty", 8192,
            "PutDispProperty", 16384, "PutRefDispProperty", 32768, "ExactBinding", 65536, "SuppressChangeType",
            131072, "OptionalParamBinding", 262144, "IgnoreReturn", 16777216, "DoNotWrapExceptions", 33554432);

    public static final BindingFlags Default = new BindingFlags(0);
    public static final BindingFlags IgnoreCase = new BindingFlags(1);
    public static final BindingFlags DeclaredOnly = new BindingFlags(2);
    public static final BindingFlags Instance = new BindingFlags(4);
    public static final BindingFlags Static = new BindingFlags(8);
    public static final BindingFlags Public = new BindingFlags(16);
    public static final BindingFlags NonPublic = new BindingFlags(32);
    public static final BindingFlags FlattenHierarchy = new BindingFlags(64);
    public static final BindingFlags InvokeMethod = new BindingFlags(256);
    public static final BindingFlags CreateInstance = new BindingFlags(512);
    public static final BindingFlags GetField = new BindingFlags(1024);
    public static final BindingFlags SetField = new BindingFlags(2048);
    public static final BindingFlags GetProperty = new BindingFlags(4096);
    public static final BindingFlags SetProperty = new BindingFlags(8192);
    public static final BindingFlags ExactBinding = new BindingFlags(65536);
    public static final BindingFlags IgnoreReturn = new BindingFlags(16777216);
    public static final BindingFlags DoNotWrapExceptions = new BindingFlags(33554432);

    /** What the members' lookups without flags use: public members, instance and static. */
    static final BindingFlags PUBLIC_MEMBERS = new BindingFlags(4 | 8 | 16);

    /** {@code [Reflection.BindingFlags]'NonPublic, Instance'}. */
    public static BindingFlags Parse(String text) {
        return new BindingFlags((int) NAMES.parse(text));
    }

    boolean has(BindingFlags flag) {
        return (flags & flag.flags) != 0;
    }

    /** Whether a member of this visibility and kind is among those these flags choose. */
    boolean admits(boolean isPublic, boolean isStatic) {
        return (isPublic ? has(Public) : has(NonPublic)) && (isStatic ? has(Static) : has(Instance));
    }

    @Override
    public long value() {
        return flags;
    }

    @Override
    public BindingFlags withValue(long value) {
        return new BindingFlags((int) value);
    }

    @Override
    public String toString() {
        return NAMES.format(flags);
    }
}
