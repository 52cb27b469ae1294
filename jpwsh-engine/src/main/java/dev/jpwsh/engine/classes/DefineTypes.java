package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.ExecutionContext;
import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.languagemode.PSLanguageMode;
import dev.jpwsh.engine.node.Stmt;
import java.util.Map;

/**
 * The first statement of a script block that defines classes or enums: generates them (once per process, see
 * {@link TypeGroup}) and makes them known to the session by name, with the script scope they were defined in (their
 * methods' {@code $script:} scope: the script's, or the module's). ConstrainedLanguage refuses a class, as pwsh's
 * parser does, before anything of the block ran; it allows enums.
 */
public record DefineTypes(TypeGroup group) implements Stmt {
    @Override
    public void exec(Frame frame, Pipe out) {
        ExecutionContext session = frame.context();
        if (session.languageMode() != PSLanguageMode.FullLanguage) {
            for (TypeDefinition definition : group.definitions()) {
                if (!definition.isEnum()) {
                    throw ClassErrors.classesNotAllowed(definition.extent());
                }
            }
        }
        for (TypeDefinition definition : group.definitions()) {
            session.defineScriptScope(definition, frame.scriptScope());
        }
        Map<String, Class<?>> types = group.define(session);
        for (TypeDefinition definition : group.definitions()) {
            session.defineScriptType(definition.name(), types.get(TypeGroup.key(definition.name())));
        }
    }
}
