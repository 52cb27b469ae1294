package dev.jpwsh.engine.classes;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.Pipe;
import dev.jpwsh.engine.node.Stmt;
import dev.jpwsh.language.source.Extent;

/**
 * {@code using module X}, run before the script's own statements and type definitions: imports the module, whose
 * classes and enums the script's classes may then name (as base classes, say). A module that cannot be found is
 * pwsh's ModuleNotFoundDuringParse, and nothing of the script runs.
 */
public record UsingModule(Stmt importModule, String name, Extent extent) implements Stmt {
    @Override
    public void exec(Frame frame, Pipe out) {
        try {
            importModule.exec(frame, Pipe.NULL);
        } catch (PSException failed) {
            String id = failed.record().getFullyQualifiedErrorId();
            if (id.startsWith("Modules_ModuleNotFound")) {
                throw ClassErrors.moduleNotFound(name, extent);
            }
            throw failed;
        }
    }
}
