package dev.jpwsh.engine.types;

/**
 * What the session's language mode lets a script do with members, asked by {@link Members} and
 * {@link MethodInvoker} at the point where a Java method is about to run: on the object that actually receives the
 * call (each element, when a call enumerates a collection) and for each argument converted to a parameter type.
 * The languagemode package supplies the guard of ConstrainedLanguage; {@link #NONE} lets everything through.
 * Implementations are stateless, so any thread may use them.
 */
public interface MemberGuard {
    /** FullLanguage's guard: every call and conversion, and property reads through any no-argument method. */
    MemberGuard NONE = new MemberGuard() {
        @Override
        public void checkCall(Object receiver, String name) {
        }

        @Override
        public void checkConversion(Object value, Class<?> type) {
        }

        @Override
        public boolean readsGettersOnly() {
            return false;
        }
    };

    /** Throws the language mode's error when {@code receiver.name(...)} may not run; the receiver is never null. */
    void checkCall(Object receiver, String name);

    /** Throws the language mode's error when {@code value} may not be converted to a method parameter's type. */
    void checkConversion(Object value, Class<?> type);

    /**
     * Whether reading a property may call only Java getters ({@code getName}, {@code isName}, but not
     * {@code getClass}) and fields, never another no-argument method of that name.
     */
    boolean readsGettersOnly();
}
