package dev.jpwsh.runtime.ops;

import dev.jpwsh.runtime.error.RuntimeErrors;
import dev.jpwsh.runtime.object.TypeNames;
import java.util.ServiceLoader;

/**
 * How a comparison converts its right operand to the left operand's type, as pwsh's comparison operators do
 * with LanguagePrimitives' conversions ({@code [datetime]$d -gt 5} makes 5 a DateTime). The engine implements it
 * with its casts and lists the implementation in {@code META-INF/services/dev.jpwsh.runtime.ops.ComparisonConversion};
 * without an engine (the runtime's own tests) nothing converts.
 */
public interface ComparisonConversion {
    /** The engine's conversions, found once, on first use. */
    ComparisonConversion ENGINE = ServiceLoader.load(ComparisonConversion.class,
            ComparisonConversion.class.getClassLoader()).findFirst()
            .orElse((value, type) -> {
                throw RuntimeErrors.invalidCast(value, TypeNames.ofValue(value), TypeNames.of(type));
            });

    /** {@code value} converted to {@code type}; throws the conversion's error when it does not convert. */
    Object convert(Object value, Class<?> type);
}
