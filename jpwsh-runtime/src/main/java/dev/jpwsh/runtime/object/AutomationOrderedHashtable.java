package dev.jpwsh.runtime.object;

/**
 * System.Management.Automation.OrderedHashtable, what ConvertFrom-Json -AsHashtable gives: a hashtable (so
 * {@code -is [hashtable]} holds) whose entries keep the order they were added in and whose string keys compare
 * with case, as .NET's default comparer does.
 */
public final class AutomationOrderedHashtable extends PSHashtable {
    public AutomationOrderedHashtable() {
        super(false);
    }

    /** {@code [System.Management.Automation.OrderedHashtable]::new()}. */
    public static AutomationOrderedHashtable New() {
        return new AutomationOrderedHashtable();
    }

    /** {@code [System.Management.Automation.OrderedHashtable]::new(capacity)}: the capacity is only a hint. */
    public static AutomationOrderedHashtable New(int capacity) {
        return new AutomationOrderedHashtable();
    }

    @Override
    public String toString() {
        return "System.Management.Automation.OrderedHashtable";
    }
}
