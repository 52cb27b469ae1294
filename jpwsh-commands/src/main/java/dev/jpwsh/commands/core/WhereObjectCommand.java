package dev.jpwsh.commands.core;

import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.exec.Enumerables;
import dev.jpwsh.engine.exec.ScriptBlock;
import dev.jpwsh.engine.languagemode.MemberGate;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.DotNetName;
import dev.jpwsh.runtime.ops.Comparison;
import dev.jpwsh.runtime.ops.RegexOperators;
import dev.jpwsh.runtime.ops.Wildcard;

/**
 * Where-Object: passes on the input objects for which the filter script block is true, or, in the simplified
 * syntax, whose property compares to a value ({@code Where-Object Status -eq 'Open'}).
 */
@DotNetName("Microsoft.PowerShell.Commands.WhereObjectCommand")
public final class WhereObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter(position = 0, aliases = {"Property"})
    private Object filterScript;

    @Parameter
    private boolean not;

    @Parameter(position = 1)
    private Object value;

    @Parameter
    private boolean eq;

    @Parameter
    private boolean ne;

    @Parameter
    private boolean gt;

    @Parameter
    private boolean ge;

    @Parameter
    private boolean lt;

    @Parameter
    private boolean le;

    @Parameter
    private boolean like;

    @Parameter
    private boolean notLike;

    @Parameter
    private boolean match;

    @Parameter
    private boolean notMatch;

    @Parameter
    private boolean contains;

    @Parameter
    private boolean in;

    @Parameter
    private boolean cEQ;

    @Override
    protected void processRecord() {
        if (filterScript instanceof ScriptBlock block) {
            Enumerables.Collector result = new Enumerables.Collector();
            block.invokeInScope(frame(), inputObject, result);
            if (LanguagePrimitives.isTrue(result.result())) {
                writeObject(inputObject);
            }
            return;
        }
        Object property = MemberGate.get(frame().context(), inputObject, LanguagePrimitives.toString(filterScript));
        if (test(property)) {
            writeObject(inputObject);
        }
    }

    private boolean test(Object property) {
        if (eq || cEQ) {
            return Comparison.test(Comparison.Kind.EQ, property, value, cEQ);
        }
        if (ne) {
            return Comparison.test(Comparison.Kind.NE, property, value, false);
        }
        if (gt) {
            return Comparison.test(Comparison.Kind.GT, property, value, false);
        }
        if (ge) {
            return Comparison.test(Comparison.Kind.GE, property, value, false);
        }
        if (lt) {
            return Comparison.test(Comparison.Kind.LT, property, value, false);
        }
        if (le) {
            return Comparison.test(Comparison.Kind.LE, property, value, false);
        }
        String text = LanguagePrimitives.toString(property);
        String pattern = LanguagePrimitives.toString(value);
        if (like || notLike) {
            return Wildcard.matches(text, pattern, false) != notLike;
        }
        if (match || notMatch) {
            return RegexOperators.compile(pattern, false).matcher(text).find() != notMatch;
        }
        if (contains) {
            return Comparison.contains(property, value, false);
        }
        if (in) {
            return Comparison.contains(value, property, false);
        }
        return LanguagePrimitives.isTrue(property) != not;
    }
}
