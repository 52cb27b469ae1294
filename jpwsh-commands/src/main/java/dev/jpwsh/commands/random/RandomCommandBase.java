package dev.jpwsh.commands.random;

import dev.jpwsh.engine.command.AllowNull;
import dev.jpwsh.engine.command.Cmdlet;
import dev.jpwsh.engine.command.DefaultParameterSet;
import dev.jpwsh.engine.command.Parameter;
import dev.jpwsh.engine.command.ValidateRange;
import dev.jpwsh.engine.exec.RuntimeFailures;
import dev.jpwsh.engine.types.Conversions;
import dev.jpwsh.runtime.convert.LanguagePrimitives;
import dev.jpwsh.runtime.object.Enumeration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What Get-Random and Get-SecureRandom share: numbers between -Minimum and -Maximum (as int, long or double by
 * their types), or -Count items picked from the input, or the input shuffled. Each command keeps one generator
 * per session, so a -SetSeed goes on to fix the numbers of later calls.
 */
@DefaultParameterSet(RandomCommandBase.NUMBER_SET)
abstract class RandomCommandBase extends Cmdlet {
    static final String NUMBER_SET = "RandomNumberParameterSet";
    private static final String LIST_SET = "RandomListItemParameterSet";
    private static final String SHUFFLE_SET = "ShuffleParameterSet";
    private static final Map<Object, RandomSource> GENERATORS = new WeakHashMap<>();

    @Parameter(parameterSetName = NUMBER_SET, position = 0)
    private Object maximum;

    @Parameter(parameterSetName = NUMBER_SET)
    private Object minimum;

    @Parameter(parameterSetName = LIST_SET, valueFromPipeline = true, position = 0, mandatory = true)
    @Parameter(parameterSetName = SHUFFLE_SET, valueFromPipeline = true, position = 0, mandatory = true)
    @AllowNull
    private Object[] inputObject;

    @Parameter(parameterSetName = NUMBER_SET)
    @Parameter(parameterSetName = LIST_SET)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int count = 1;

    @Parameter(parameterSetName = SHUFFLE_SET, mandatory = true)
    private boolean shuffle;

    private final List<Object> chosen = new ArrayList<>();
    private int processed;
    private boolean listMode;

    /** The generator key of this command in this session. */
    private Object generatorKey() {
        return List.of(getClass(), frame().context().global());
    }

    protected final RandomSource generator() {
        synchronized (GENERATORS) {
            return GENERATORS.computeIfAbsent(generatorKey(), k -> RandomSource.secure());
        }
    }

    protected final void reseed(int seed) {
        synchronized (GENERATORS) {
            GENERATORS.put(generatorKey(), RandomSource.seeded(seed));
        }
    }

    @Override
    protected void processRecord() {
        boolean listSet = LIST_SET.equals(parameterSetName()) || SHUFFLE_SET.equals(parameterSetName());
        if (!listSet && inputObject == null) {
            return;
        }
        listMode = true;
        for (Object item : inputObject == null ? new Object[] {null} : inputObject) {
            take(item);
        }
        inputObject = null;
    }

    private void take(Object item) {
        if (shuffle || processed < count) {
            chosen.add(item);
        } else if (generator().next(0, processed + 1) < count) {
            chosen.set(generator().next(0, chosen.size()), item);
        }
        processed++;
    }

    @Override
    protected void endProcessing() {
        if (!listMode && maximum != null && Enumeration.isEnumerable(maximum)) {
            listMode = true;
            Enumeration.toList(maximum).forEach(this::take);
        }
        if (listMode) {
            writeShuffled();
        } else {
            writeNumbers();
        }
    }

    private void writeShuffled() {
        int n = chosen.size();
        for (int i = 0; i < n; i++) {
            int j = generator().next(i, n);
            writeObject(chosen.get(j));
            if (i != j) {
                chosen.set(j, chosen.get(i));
            }
        }
    }

    private void writeNumbers() {
        Object max = operand(maximum);
        Object min = operand(minimum);
        RandomSource random = generator();
        if (isInt(max) && isInt(min)) {
            int low = min == null ? 0 : (Integer) min;
            int high = max == null ? Integer.MAX_VALUE : (Integer) max;
            checkOrder(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(random.next(low, high));
            }
        } else if (isIntOrLong(max) && isIntOrLong(min)) {
            long low = min == null ? 0 : ((Number) min).longValue();
            long high = max == null ? Long.MAX_VALUE : ((Number) max).longValue();
            checkOrder(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(random.nextLong(low, high));
            }
        } else {
            double low = min instanceof Double d ? d : toDouble(minimum, 0.0);
            double high = max instanceof Double d ? d : toDouble(maximum, Double.MAX_VALUE);
            checkOrder(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(random.nextDouble(low, high));
            }
        }
    }

    private void checkOrder(boolean ordered, Object low, Object high) {
        if (!ordered) {
            throw terminatingError(RuntimeFailures.create("MinGreaterThanOrEqualMax", "InvalidArgument",
                    "The Minimum value (" + LanguagePrimitives.toString(low) + ") cannot be greater than or equal to "
                            + "the Maximum value (" + LanguagePrimitives.toString(high) + ").",
                    null, "System.ArgumentException"));
        }
    }

    private static Object operand(Object value) {
        return value instanceof String s ? LanguagePrimitives.parseNumber(s) : value;
    }

    private static boolean isInt(Object value) {
        return value == null || value instanceof Integer;
    }

    private static boolean isIntOrLong(Object value) {
        return isInt(value) || value instanceof Long;
    }

    private static double toDouble(Object value, double whenNull) {
        if (value == null) {
            return whenNull;
        }
        return value instanceof Number n ? n.doubleValue() : (Double) Conversions.convert(value, Double.class);
    }
}
