package dev.jpwsh.engine.provider;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Copy-Item -ToSession and -FromSession: copies files and folders to and from a remote session. The remoting module
 * implements it (found as a service), since sessions live there; without it the parameters copy nothing.
 */
public interface SessionItemCopier {
    /** {@return whether {@code session} is a session this copier reaches} */
    boolean serves(Object session);

    /**
     * Copies the local file or folder {@code source} (a folder's content with {@code recurse}) to {@code destination}
     * on {@code session}: into it when it is an existing folder there, else to that name.
     *
     * @throws dev.jpwsh.engine.exec.PSException what failed, reported by Copy-Item as a non-terminating error
     */
    void copyTo(Object session, Path source, String destination, boolean recurse);

    /**
     * Copies the items {@code source} names on {@code session} (wildcards resolved there) to the local
     * {@code destination}: into it when it is an existing folder, else to that name.
     *
     * @throws dev.jpwsh.engine.exec.PSException what failed, reported by Copy-Item as a non-terminating error
     */
    void copyFrom(Object session, String source, Path destination, boolean recurse);

    /** {@return the copier that serves {@code session}, or null when none does} */
    static SessionItemCopier forSession(Object session) {
        for (SessionItemCopier copier : ServiceLoader.load(SessionItemCopier.class,
                SessionItemCopier.class.getClassLoader())) {
            if (copier.serves(session)) {
                return copier;
            }
        }
        return null;
    }
}
