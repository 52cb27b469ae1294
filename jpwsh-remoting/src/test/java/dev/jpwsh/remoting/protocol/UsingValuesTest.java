package dev.jpwsh.remoting.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.jpwsh.engine.runspaces.Command;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code $using:} values as pwsh 5 and later send them over a pipe, SSH or a job's child: a table keyed by each using
 * expression's text in UTF-16LE base64, lower-cased for a plain variable, in a parameter named {@code --%}; and the
 * server's reading of that table.
 */
class UsingValuesTest {
    private static String key(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_16LE));
    }

    @Test
    void theTableIsKeyedByEachUsingExpressionsText() {
        Map<String, Object> table = UsingValues.table("$Using:X + ${using:y} + $using:x + $using:h.Count",
                name -> name.toUpperCase());
        assertThat(key("$using:x")).isEqualTo("JAB1AHMAaQBuAGcAOgB4AA==");
        assertThat(table).containsExactly(entry(key("$using:x"), "X"), entry(key("${using:y}"), "Y"),
                entry(key("$using:h"), "H"));
    }

    @Test
    void createPipelineCarriesTheTableAsTheVerbatimArgumentParameter() {
        Map<String, Object> table = UsingValues.table("$using:x * 2", name -> 21);
        Command command = new Command("$using:x * 2", true, false, List.of(
                new Command.CommandParameter(UsingValues.TABLE_PARAMETER, table)), false);
        String xml = Clixml.serialize(MessageData.createPipeline(List.of(command), true, false, 0))
                .replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<S N=\"Cmd\">$using:x * 2</S>").contains("<B N=\"IsScript\">true</B>")
                .contains("<S N=\"N\">--%</S>").contains("<DCT><En><S N=\"Key\">JAB1AHMAaQBuAGcAOgB4AA==</S>"
                        + "<I32 N=\"Value\">21</I32></En></DCT>");
        Object cmds = MessageData.property(MessageData.property(Clixml.deserialize(xml), "PowerShell"), "Cmds");
        Object args = MessageData.property(((List<?>) cmds).getFirst(), "Args");
        Object argument = ((List<?>) args).getFirst();
        assertThat(MessageData.property(argument, "N")).isEqualTo("--%");
        assertThat(MessageData.property(argument, "V")).isEqualTo(Map.of("JAB1AHMAaQBuAGcAOgB4AA==", 21));
    }

    @Test
    void theServerTurnsTheTableIntoParametersOfTheScript() {
        UsingValues.Parameterized plain = UsingValues.parameterized("$USING:x + $using:x + $using:other",
                Map.of(key("$using:x"), 5));
        assertThat(plain.script()).isEqualTo("param($__using_0)\n$__using_0 + $__using_0 + $using:other");
        assertThat(plain.parameters()).containsExactly(entry("__using_0", 5));
        UsingValues.Parameterized declared = UsingValues.parameterized("param($a) $a + ${using:y}",
                Map.of(key("${using:y}"), 1));
        assertThat(declared.script()).isEqualTo("param($__using_0, $a) $a + $__using_0");
        assertThat(UsingValues.parameterized("1", Map.of()).parameters()).isEmpty();
        assertThat(UsingValues.isTableParameter("--%")).isTrue();
        assertThat(UsingValues.isTableParameter("-%")).isTrue();
        assertThat(UsingValues.isTableParameter("%")).isFalse();
    }
}
