package dev.jpwsh.engine.types;

import java.util.List;

/**
 * One method-call node's memory of the Java method its last call resolved to, so that a call repeated on the same
 * kind of receiver finds no method by name and resolves no overload again. The method {@link Members} chooses
 * depends only on whether the call is static, the receiver's class (the type itself for a static call), the name
 * and the classes of the arguments (null counting as a class of its own), so those are the key; the language mode
 * is no part of it, as its checks run on every call. Only calls that end in a plain Java method or constructor are
 * remembered, never the members the engine supplies itself.
 *
 * <p>The node is shared by every runspace and thread: each resolution is an immutable entry that replaces the last
 * one whole, so threads racing on the field see one entry or the other, never a mixture. An entry holds classes and
 * methods only, never a value of a session.
 */
public final class MethodCallSite {
    private Entry last;

    private record Entry(boolean isStatic, Class<?> receiver, String name, Class<?>[] argumentClasses,
            ResolvedMethod method) {
        boolean matches(boolean isStatic, Class<?> receiver, String name, List<Object> args) {
            if (this.receiver != receiver || this.isStatic != isStatic || argumentClasses.length != args.size()
                    || !this.name.equals(name)) {
                return false;
            }
            for (int i = 0; i < argumentClasses.length; i++) {
                Object arg = args.get(i);
                if (argumentClasses[i] != (arg == null ? null : arg.getClass())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The method the last call resolved to, when it had the same key; else null. */
    ResolvedMethod lookup(boolean isStatic, Class<?> receiver, String name, List<Object> args) {
        Entry entry = last;
        return entry != null && entry.matches(isStatic, receiver, name, args) ? entry.method() : null;
    }

    /** Remembers what a call with this key resolved to, in place of the last resolution. */
    ResolvedMethod remember(boolean isStatic, Class<?> receiver, String name, List<Object> args,
            ResolvedMethod method) {
        Class<?>[] argumentClasses = new Class<?>[args.size()];
        for (int i = 0; i < argumentClasses.length; i++) {
            Object arg = args.get(i);
            argumentClasses[i] = arg == null ? null : arg.getClass();
        }
        last = new Entry(isStatic, receiver, name, argumentClasses, method);
        return method;
    }
}
