package dev.jpwsh.commands.text;

import dev.jpwsh.runtime.object.DotNetName;

/**
 * Microsoft.PowerShell.Commands.MatchInfoContext: the lines around a match (PreContext, PostContext) and the part of
 * them its display shows (DisplayPreContext, DisplayPostContext: no line another match already shows).
 */
@DotNetName("Microsoft.PowerShell.Commands.MatchInfoContext")
public final class MatchInfoContext {
    private static final String[] NONE = new String[0];
    private String[] preContext = NONE;
    private String[] postContext = NONE;
    private String[] displayPreContext = NONE;
    private String[] displayPostContext = NONE;

    public String[] getPreContext() {
        return preContext;
    }

    public void setPreContext(String[] lines) {
        preContext = lines;
    }

    public String[] getPostContext() {
        return postContext;
    }

    public void setPostContext(String[] lines) {
        postContext = lines;
    }

    public String[] getDisplayPreContext() {
        return displayPreContext;
    }

    public void setDisplayPreContext(String[] lines) {
        displayPreContext = lines;
    }

    public String[] getDisplayPostContext() {
        return displayPostContext;
    }

    public void setDisplayPostContext(String[] lines) {
        displayPostContext = lines;
    }

    public MatchInfoContext Clone() {
        MatchInfoContext copy = new MatchInfoContext();
        copy.preContext = preContext.clone();
        copy.postContext = postContext.clone();
        copy.displayPreContext = displayPreContext.clone();
        copy.displayPostContext = displayPostContext.clone();
        return copy;
    }
}
