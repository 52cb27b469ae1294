package dev.jpwsh.console.psreadline;

import java.util.Map;

/**
 * The group and description PSReadLine 2.3 gives each of its functions the line editor performs, as
 * Get-PSReadLineKeyHandler shows them. A function not listed (a user's script block) is in the Custom group.
 */
public final class BuiltInFunctions {
    private record Info(KeyHandlerGroup group, String description) {
    }

    private static final Map<String, Info> FUNCTIONS = Map.ofEntries(
            basic("Abort", "Abort the current operation, e.g. incremental history search"),
            basic("AddLine", "Move the cursor to the next line without attempting to execute the input"),
            basic("AcceptAndGetNext", "Accept the current line and recall the next line from history after the "
                    + "current line finishes executing"),
            basic("AcceptLine", "Accept the input or move to the next line if input is missing a closing token."),
            basic("BackwardDeleteChar", "Delete the character before the cursor"),
            basic("BackwardKillInput", "Move the text from the cursor to the beginning of the input to the kill ring"),
            basic("BackwardKillLine",
                    "Move the text from the start of the current logical line to the cursor to the kill ring"),
            basic("BackwardKillWord",
                    "Move the text from the start of the current or previous word to the cursor to the kill ring"),
            basic("CancelLine", "Abort editing the current line and re-evaluate the prompt"),
            basic("CapitalizeWord", "Find the next word starting from the current position and then upcase the first "
                    + "character and downcase the remaining characters."),
            basic("CopyOrCancelLine", "Either copy selected text to the clipboard, or if no text is selected, cancel "
                    + "editing the line with CancelLine."),
            basic("DeleteChar", "Delete the character under the cursor"),
            basic("DeleteCharOrExit", "Delete the character under the cursor, or if the line is empty, exit the "
                    + "process."),
            basic("DowncaseWord", "Find the next word starting from the current position and then make it lower case."),
            basic("KillLine", "Move the text from the cursor to the end of the input to the kill ring"),
            basic("KillWord", "Move the text from the cursor to the end of the current or next word to the kill ring"),
            basic("Redo", "Redo an undo"),
            basic("RevertLine", "Equivalent to undo all edits (clears the line except lines imported from history)"),
            basic("SwapCharacters", "Swap the current character with the character before it."),
            basic("Undo", "Undo a previous edit"),
            basic("UnixWordRubout", "Move the text from the cursor to the start of the current or previous whitespace "
                    + "delimited word to the kill ring"),
            basic("UpcaseWord", "Find the next word starting from the current position and then make it upper case."),
            basic("Yank", "Copy the text from the current kill ring position to the input"),
            basic("YankPop", "Replace the previously yanked text with the text from the next kill ring position"),
            basic("YankLastArg", "Copy the text of the last argument to the input"),
            basic("YankNthArg", "Copy the text of the first argument to the input"),
            entry("BackwardChar", KeyHandlerGroup.CursorMovement, "Move the cursor back one character"),
            entry("BackwardWord", KeyHandlerGroup.CursorMovement,
                    "Move the cursor to the beginning of the current or previous word"),
            entry("BeginningOfLine", KeyHandlerGroup.CursorMovement, "Move the cursor to the beginning of the line"),
            entry("EndOfLine", KeyHandlerGroup.CursorMovement, "Move the cursor to the end of the line"),
            entry("ForwardChar", KeyHandlerGroup.CursorMovement, "Move the cursor forward one character"),
            entry("ForwardWord", KeyHandlerGroup.CursorMovement, "Move the cursor forward to the end of the current "
                    + "word, or if between words, to the end of the next word. "),
            entry("BeginningOfHistory", KeyHandlerGroup.History, "Move to the first item in the history"),
            entry("EndOfHistory", KeyHandlerGroup.History, "Move to the last item (the current input) in the history"),
            entry("ForwardSearchHistory", KeyHandlerGroup.History, "Search history forward interactively"),
            entry("HistorySearchBackward", KeyHandlerGroup.History, "Search for the previous item in the history that "
                    + "starts with the current input - like PreviousHistory if the input is empty"),
            entry("HistorySearchForward", KeyHandlerGroup.History, "Search for the next item in the history that "
                    + "starts with the current input - like NextHistory if the input is empty"),
            entry("NextHistory", KeyHandlerGroup.History, "Replace the input with the next item in the history"),
            entry("PreviousHistory", KeyHandlerGroup.History, "Replace the input with the previous item in the history"),
            entry("ReverseSearchHistory", KeyHandlerGroup.History, "Search history backwards interactively"),
            entry("Complete", KeyHandlerGroup.Completion, "Complete the input if there is a single completion, "
                    + "otherwise complete the input with common prefix for all completions.  Show possible completions "
                    + "if pressed a second time."),
            entry("MenuComplete", KeyHandlerGroup.Completion, "Complete the input if there is a single completion, "
                    + "otherwise complete the input by selecting from a menu of possible completions."),
            entry("PossibleCompletions", KeyHandlerGroup.Completion,
                    "Display the possible completions without changing the input"),
            entry("ClearScreen", KeyHandlerGroup.Miscellaneous,
                    "Clear the screen and redraw the current line at the top of the screen"),
            entry("SelfInsert", KeyHandlerGroup.Miscellaneous, "Insert the key typed"),
            entry("DigitArgument", KeyHandlerGroup.Miscellaneous,
                    "Start or accumulate a numeric argument to other functions"),
            entry("ShowCommandHelp", KeyHandlerGroup.Miscellaneous,
                    "Shows help for the command at the cursor in an alternate screen buffer."),
            entry("ViEditVisually", KeyHandlerGroup.Miscellaneous,
                    "Invokes the console compatible editor specified by $env:VISUAL or $env:EDITOR on the current "
                    + "command line."),
            entry("ShowParameterHelp", KeyHandlerGroup.Miscellaneous, "Shows help for the parameter at the cursor."),
            entry("WhatIsKey", KeyHandlerGroup.Miscellaneous, "Show the key binding for the next chord entered"),
            entry("SetMark", KeyHandlerGroup.Selection, "Mark the location of the cursor"),
            entry("SelectBackwardChar", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include the previous character"),
            entry("SelectBackwardWord", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include the previous word"),
            entry("SelectForwardWord", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include the next word using ForwardWord"),
            entry("SelectForwardChar", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include the next character"),
            entry("SelectBackwardsLine", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include from the cursor to the start of the line"),
            entry("SelectLine", KeyHandlerGroup.Selection,
                    "Adjust the current selection to include from the cursor to the end of the line"),
            entry("ExchangePointAndMark", KeyHandlerGroup.Selection,
                    "Mark the location of the cursor and move the cursor to the position of the previous mark"),
            entry("CharacterSearch", KeyHandlerGroup.Search,
                    "Read a character and move the cursor to the next occurrence of that character"),
            entry("CharacterSearchBackward", KeyHandlerGroup.Search,
                    "Read a character and move the cursor to the previous occurrence of that character"));

    private BuiltInFunctions() {
    }

    private static Map.Entry<String, Info> basic(String name, String description) {
        return entry(name, KeyHandlerGroup.Basic, description);
    }

    private static Map.Entry<String, Info> entry(String name, KeyHandlerGroup group, String description) {
        return Map.entry(name, new Info(group, description));
    }

    /** {@return PSReadLine's description of {@code function}}, or null for one it does not describe */
    public static String description(String function) {
        Info info = function == null ? null : FUNCTIONS.get(function);
        return info == null ? null : info.description();
    }

    /** {@return the group PSReadLine lists {@code function} under}: Custom for one of its own */
    static KeyHandlerGroup group(String function) {
        Info info = function == null ? null : FUNCTIONS.get(function);
        return info == null ? KeyHandlerGroup.Custom : info.group();
    }
}
