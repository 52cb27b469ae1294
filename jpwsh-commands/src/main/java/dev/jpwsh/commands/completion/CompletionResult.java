package dev.jpwsh.commands.completion;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * One completion: the text that replaces the word, the text a list shows, its kind and its tool tip. Immutable;
 * scripts make them with {@code [System.Management.Automation.CompletionResult]::new(...)}.
 */
@DotNetName("System.Management.Automation.CompletionResult")
public final class CompletionResult {
    private final String completionText;
    private final String listItemText;
    private final CompletionResultType resultType;
    private final String toolTip;

    public CompletionResult(String completionText) {
        this(completionText, completionText, CompletionResultType.Text, completionText);
    }

    public CompletionResult(String completionText, String listItemText, CompletionResultType resultType,
            String toolTip) {
        this.completionText = completionText;
        this.listItemText = listItemText;
        this.resultType = resultType;
        this.toolTip = toolTip;
    }

    public String getCompletionText() {
        return completionText;
    }

    public String getListItemText() {
        return listItemText;
    }

    public CompletionResultType getResultType() {
        return resultType;
    }

    public String getToolTip() {
        return toolTip;
    }

    @Override
    public String toString() {
        return completionText;
    }
}
