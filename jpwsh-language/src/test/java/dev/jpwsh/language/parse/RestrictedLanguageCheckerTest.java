package dev.jpwsh.language.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The restricted-language rules, for a RestrictedLanguage session's script and for data sections. */
class RestrictedLanguageCheckerTest {
    private static List<String> scriptErrors(String text) {
        ParseResult parsed = Parser.parse(text);
        assertThat(parsed.errors()).as("syntax errors").isEmpty();
        return RestrictedLanguageChecker.checkScript(parsed.ast()).stream()
                .map(e -> e.extent().startPosition() + " " + e.errorId()).toList();
    }

    private static List<String> parseErrors(String text) {
        return Parser.parse(text).errors().stream().map(e -> e.extent().startPosition() + " " + e.errorId())
                .toList();
    }

    /** Commands with constant arguments, literals, hashtables, simple casts, if and comparisons are allowed. */
    @Test
    void plainCommandsAndValuesPass() {
        assertThat(scriptErrors("Get-Date -Format 'yyyy'; 1 + 2; @{ a = 1; b = @(1, 'x') }; [int[]]'5'\n"
                + "if ($true -and 3 -gt 2) { 'yes' } else { $null }; [System.DateTime]'2020-01-01'; $PSCulture"))
                .isEmpty();
    }

    /** An assignment breaks the rules twice: the statement, and the variable it assigns. */
    @Test
    void assignmentReportsStatementThenVariable() {
        assertThat(scriptErrors("$x = 1")).containsExactly("1:1 AssignmentStatementNotSupportedInDataSection",
                "1:1 VariableReferenceNotSupportedInDataSection");
    }

    /** The operators that loop, build strings or arrays, set $Matches or convert are refused at the operator. */
    @Test
    void largeValueOperatorsAreRefused() {
        assertThat(scriptErrors("1..3; 'a' -f 1; 'a' -match 'b'; 'a' -as [int]"))
                .containsExactly("1:2 OperatorNotSupportedInDataSection", "1:11 OperatorNotSupportedInDataSection",
                        "1:21 OperatorNotSupportedInDataSection", "1:37 OperatorNotSupportedInDataSection");
        ParseError error = RestrictedLanguageChecker.checkScript(Parser.parse("'a' -replace 'a'").ast()).getFirst();
        assertThat(error.message())
                .isEqualTo("The '-ireplace' operator is not allowed in restricted language mode or a Data section.");
    }

    /** Only $PSCulture, $PSUICulture, $true, $false and $null may be read; the message lists them. */
    @Test
    void otherVariablesAreRefused() {
        ParseError error = RestrictedLanguageChecker.checkScript(Parser.parse("Write-Output $env:HOME").ast())
                .getFirst();
        assertThat(error.errorId()).isEqualTo("VariableReferenceNotSupportedInDataSection");
        assertThat(error.message()).isEqualTo("A variable that cannot be referenced in restricted language mode or a "
                + "Data section is being referenced. Variables that can be referenced include the following: "
                + "$PSCulture, $PSUICulture, $true, $false, $null.");
    }

    /** A script with a param block or a begin block is refused as a whole, and any command may still run. */
    @Test
    void namedBlocksAndParamBlockAreRefused() {
        assertThat(scriptErrors("param($a)\nbegin { 'x' }\nend { Get-Date }"))
                .containsExactly("2:1 InvalidScriptBlockInDataSection");
        assertThat(scriptErrors("param($a)\n'x'")).containsExactly("1:1 InvalidScriptBlockInDataSection");
    }

    /** A script block literal is reported once, though both the literal and its body break the rule. */
    @Test
    void scriptBlockLiteralIsReportedOnce() {
        assertThat(scriptErrors("Write-Output { 1 }")).containsExactly("1:14 ScriptBlockNotSupportedInDataSection");
    }

    /** Only simple types may be named: numbers, strings, DateTime and their arrays. */
    @Test
    void onlySimpleTypesMayBeNamed() {
        assertThat(scriptErrors("[hashtable]@{}; [int]; [string[]]'a'; [System.Collections.ArrayList]"))
                .containsExactly("1:1 TypeNotAllowedInDataSection", "1:39 TypeNotAllowedInDataSection");
    }

    /** A data section runs ConvertFrom-StringData and the commands -SupportedCommand names, nothing else. */
    @Test
    void dataSectionAllowsOnlyItsCommands() {
        assertThat(parseErrors("data { ConvertFrom-StringData 'a=b' }")).isEmpty();
        assertThat(parseErrors("data -SupportedCommand Get-Date { Get-Date }")).isEmpty();
        assertThat(parseErrors("data { Get-Date }")).containsExactly("1:8 CmdletNotInAllowedListForDataSection");
        assertThat(parseErrors("data { & $command }")).containsExactly("1:8 OperatorNotSupportedInDataSection",
                "1:10 VariableReferenceNotSupportedInDataSection");
    }

    /** A supported command that is not a constant is known only at run time: the parse lets any command pass. */
    @Test
    void dataSectionWithComputedCommandLetsAnyCommandPass() {
        assertThat(parseErrors("data -SupportedCommand ('Get-' + 'Date') { Get-Random }")).isEmpty();
    }
}
