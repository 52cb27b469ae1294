package dev.jpwsh.engine.serialization;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import java.util.ServiceLoader;

/**
 * Where the serializer gets a session's view of objects' properties: the commands module provides it (listed in
 * {@code META-INF/services/dev.jpwsh.engine.serialization.PropertySources}) with the member listing Get-Member
 * shows; without one, objects other than primitives, containers and custom objects serialize without properties.
 */
public interface PropertySources {
    /** {@return the properties as code running in {@code frame} sees them} */
    PropertySource of(Frame frame);

    /** {@return the installed source's view from {@code frame}} */
    static PropertySource forFrame(Frame frame) {
        return Installed.SOURCES.of(frame);
    }

    /** {@return the view from the global scope of the calling thread's session, or none outside a session} */
    static PropertySource ofThisThread() {
        ExecutionContext context = ExecutionContext.onThisThread();
        return context == null ? PropertySource.NONE : forFrame(new Frame(context, context.global(), context.global()));
    }

    /** Finds the installed source once per process. */
    final class Installed {
        private static final PropertySources SOURCES = ServiceLoader.load(PropertySources.class,
                PropertySources.class.getClassLoader()).findFirst().orElse(frame -> PropertySource.NONE);

        private Installed() {
        }
    }
}
