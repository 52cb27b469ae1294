package dev.jpwsh.engine.classes;

import java.util.Map;

/**
 * Defines the classes of one run of a {@link TypeGroup} (pwsh makes one assembly per script for the same purpose):
 * their class files, and the classes of earlier groups they name, which live in other loaders. When nothing refers
 * to the group's classes, their instances or this loader any more, all of it can be unloaded. Immutable after
 * construction; the JVM's class loading locks guard {@link #findClass}.
 */
final class DefinitionLoader extends ClassLoader {
    private final Map<String, byte[]> classFiles;
    private final Map<String, Class<?>> earlier;
    private final Map<String, ClassInfo> infos;

    /**
     * @param classFiles the group's class files by binary name
     * @param earlier    the script classes of other groups these name, by binary name
     * @param infos      what the runtime needs of each of the group's classes, by binary name
     */
    DefinitionLoader(Map<String, byte[]> classFiles, Map<String, Class<?>> earlier, Map<String, ClassInfo> infos) {
        super("jpwsh-script-types", DefinitionLoader.class.getClassLoader());
        this.classFiles = Map.copyOf(classFiles);
        this.earlier = Map.copyOf(earlier);
        this.infos = Map.copyOf(infos);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classFiles.get(name);
        if (bytes != null) {
            return defineClass(name, bytes, 0, bytes.length);
        }
        Class<?> other = earlier.get(name);
        if (other != null) {
            return other;
        }
        throw new ClassNotFoundException(name);
    }

    ClassInfo info(String name) {
        return infos.get(name);
    }
}
