package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.number.UInt64;

/**
 * {@code $PSCmdlet.PagingParameters} of a command declared with {@code [CmdletBinding(SupportsPaging)]}: the values
 * of its -First (every item when not given), -Skip and -IncludeTotalCount parameters. One per call.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.PagingParameters")
public final class PagingParameters {
    private Object first = UInt64.MAX_VALUE;
    private Object skip = UInt64.MIN_VALUE;
    private boolean includeTotalCount;

    public Object getFirst() {
        return first;
    }

    public void setFirst(Object first) {
        this.first = first;
    }

    public Object getSkip() {
        return skip;
    }

    public void setSkip(Object skip) {
        this.skip = skip;
    }

    public boolean getIncludeTotalCount() {
        return includeTotalCount;
    }

    public void setIncludeTotalCount(boolean includeTotalCount) {
        this.includeTotalCount = includeTotalCount;
    }

    /** The object a command writes to report how many items there are in all, with how sure it is (0 to 1). */
    public TotalCount NewTotalCount(Object totalCount, double accuracy) {
        return new TotalCount(totalCount, Math.max(0.0, Math.min(1.0, accuracy)));
    }

    /**
     * A total count as {@link #NewTotalCount} makes it; its text says how accurate it is, as pwsh's does (pwsh's is
     * the count itself with an Accuracy note; this one shows only as its text).
     */
    public record TotalCount(Object count, double accuracy) {
        @Override
        public String toString() {
            return accuracy >= 1.0 ? "Total count: " + count
                    : accuracy <= 0.0 ? "Unknown total count" : "Estimated total count: " + count;
        }
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PagingParameters";
    }
}
