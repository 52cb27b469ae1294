package dev.jpwsh.dotnet;

import dev.jpwsh.runtime.object.DotNetName;

/** System's argument exceptions that the facades raise with .NET's messages, and the checks that raise them. */
public final class ArgumentExceptions {
    private ArgumentExceptions() {
    }

    /** System.ArgumentNullException: {@code Value cannot be null. (Parameter 'path')}. */
    @DotNetName("System.ArgumentNullException")
    public static final class ArgumentNullException extends IllegalArgumentException {
        private final String paramName;

        public ArgumentNullException(String paramName) {
            super("Value cannot be null. (Parameter '" + paramName + "')");
            this.paramName = paramName;
        }

        public String getParamName() {
            return paramName;
        }
    }

    /** System.ArgumentOutOfRangeException, with the parameter's name in its message. */
    @DotNetName("System.ArgumentOutOfRangeException")
    public static final class ArgumentOutOfRangeException extends IllegalArgumentException {
        private final String paramName;

        public ArgumentOutOfRangeException(String paramName, String message) {
            super(message + " (Parameter '" + paramName + "')");
            this.paramName = paramName;
        }

        public String getParamName() {
            return paramName;
        }
    }

    /** {@code value} itself; an ArgumentNullException naming {@code paramName} when it is null. */
    public static <T> T notNull(T value, String paramName) {
        if (value == null) {
            throw new ArgumentNullException(paramName);
        }
        return value;
    }

    /** {@code value} itself; an ArgumentOutOfRangeException when it is negative. */
    public static int notNegative(int value, String paramName) {
        if (value < 0) {
            throw new ArgumentOutOfRangeException(paramName, "Non-negative number required.");
        }
        return value;
    }

    /** An ArgumentException with .NET's message and the parameter's name. */
    public static IllegalArgumentException argument(String message, String paramName) {
        return new IllegalArgumentException(message + " (Parameter '" + paramName + "')");
    }
}
