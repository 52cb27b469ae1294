package dev.jpwsh.engine.exec;

import dev.jpwsh.runtime.number.UInt64;
import dev.jpwsh.runtime.number.UnsignedInteger;
import dev.jpwsh.runtime.object.InstanceMembers;
import dev.jpwsh.runtime.object.PSMember;
import dev.jpwsh.runtime.object.PSMemberTypes;

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

    /**
     * The object a command writes to report how many items there are in all, with how sure it is (0 to 1): as in pwsh,
     * the count itself (a UInt64) with an Accuracy note, whose text says how accurate it is.
     */
    public Object NewTotalCount(UInt64 totalCount, double accuracy) {
        return totalCount(totalCount, accuracy);
    }

    /** {@link #NewTotalCount}'s object, for the commands that page (Import-Clixml). */
    public static Object totalCount(UInt64 totalCount, double accuracy) {
        double clamped = Math.max(0.0, Math.min(1.0, accuracy));
        Object count = UnsignedInteger.exact(UInt64.class, totalCount.bigValue());
        InstanceMembers.forUpdate(count).add(new PSMember(PSMemberTypes.NoteProperty, "Accuracy", clamped, null));
        InstanceMembers.setText(count, clamped >= 1.0 ? "Total count: " + totalCount
                : clamped <= 0.0 ? "Unknown total count" : "Estimated total count: " + totalCount);
        return count;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PagingParameters";
    }
}
