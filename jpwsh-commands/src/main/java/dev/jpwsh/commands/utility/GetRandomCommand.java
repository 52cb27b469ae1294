package dev.jpwsh.commands.utility;

import dev.jpwsh.runtime.object.Enumeration;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.runtime.object.DotNetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Get-Random: a number in [Minimum, Maximum), or -Count items picked from the input. -SetSeed repeats. */
@DotNetName("Microsoft.PowerShell.Commands.GetRandomCommand")
public final class GetRandomCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true, position = 0)
    private Object inputObject;

    @Parameter
    private Integer minimum;

    @Parameter
    private Integer maximum;

    @Parameter
    private Integer count;

    @Parameter
    private Integer setSeed;

    private final List<Object> items = new ArrayList<>();

    @Override
    protected void processRecord() {
        if (inputObject != null) {
            items.addAll(Enumeration.toList(inputObject));
        }
    }

    @Override
    protected void endProcessing() {
        Random random = setSeed == null ? new Random() : new Random(setSeed);
        if (!items.isEmpty() && maximum == null && minimum == null) {
            List<Object> pool = new ArrayList<>(items);
            int n = count == null ? 1 : Math.min(count, pool.size());
            for (int i = 0; i < n; i++) {
                writeObject(pool.remove(random.nextInt(pool.size())));
            }
            return;
        }
        int min = minimum == null ? 0 : minimum;
        int max = maximum == null ? (items.isEmpty() ? Integer.MAX_VALUE : ((Number) items.getFirst()).intValue())
                : maximum;
        writeObject(min + random.nextInt(Math.max(max - min, 1)));
    }
}
