package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jpwsh.runtime.error.PSRuntimeException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a runspace API call fails the way PowerShell's does: by error id and .NET exception type. */
final class PSErrorAssert {
    private PSErrorAssert() {
    }

    static PSRuntimeException assertPSError(ThrowingCallable call, String errorId, String dotNetType) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PSRuntimeException.class);
        PSRuntimeException error = (PSRuntimeException) thrown;
        assertThat(error.errorId()).as("error id").isEqualTo(errorId);
        assertThat(error.dotNetType()).as(".NET type").isEqualTo(dotNetType);
        return error;
    }
}
