package dev.jpwsh.engine.types;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;

/** The engine's conversions and errors for the .NET library below it (listed as its {@link EngineServices}). */
public final class DotNetServices implements EngineServices {
    @Override
    public Object convert(Object value, Class<?> type) {
        return Conversions.convert(value, type);
    }

    @Override
    public boolean isError(RuntimeException failure) {
        return failure instanceof PSException;
    }

    @Override
    public RuntimeException error(String errorId, String category, String message, Object target,
            String dotNetType) {
        return RuntimeFailures.create(errorId, category, message, target, dotNetType);
    }
}
