package dev.jpwsh.engine.types;

import dev.jpwsh.dotnet.EngineServices;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.exec.RuntimeFailures;
import java.util.function.Function;

/** The engine's conversions and errors for the .NET library below it (listed as its {@link EngineServices}). */
public final class DotNetServices implements EngineServices {
    @Override
    public Object convert(Object value, Class<?> type) {
        return Conversions.convert(value, type);
    }

    @Override
    public Object convert(Object value, Class<?> type, Function<String, RuntimeException> failure) {
        try {
            return Conversions.convert(value, type);
        } catch (PSException e) {
            throw failure.apply(e.getMessage());
        }
    }

    @Override
    public RuntimeException error(String errorId, String category, String message, Object target,
            String dotNetType) {
        return RuntimeFailures.create(errorId, category, message, target, dotNetType);
    }
}
