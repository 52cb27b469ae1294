package dev.jpwsh.console.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpwsh.engine.exec.ProgressRecord;
import dev.jpwsh.engine.host.PSStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the progress display draws: pwsh's Minimal and Classic lines, children under parents, and its removal. */
class ProgressDisplayTest {
    private static final String ESC = "\u001b[";

    @AfterEach
    void minimalAgain() {
        PSStyle.instance().getProgress().setView("Minimal");
    }

    private static ProgressRecord record(int id, int parent, String activity, String status, int percent) {
        ProgressRecord record = new ProgressRecord(id, activity, status);
        record.setParentActivityId(parent);
        record.setPercentComplete(percent);
        return record;
    }

    @Test
    void minimalViewIsOneStyledLineWithTheDonePartReversed() {
        ProgressDisplay display = new ProgressDisplay();
        display.update(record(1, -1, "Copy", "Half", 50));
        String shown = display.show(0, 40, 30);
        // 40 columns: "Copy [" + bar + "]", the bar 40 - 4 - 4 = 32 cells with 16 of them reversed
        String bar = "Half" + " ".repeat(27);
        String expected = PSStyle.instance().getProgress().getStyle() + "Copy [" + ESC + "7m" + bar.substring(0, 16)
                + ESC + "27m" + bar.substring(16) + "]" + ESC + "0m";
        assertThat(shown).contains(expected);
        assertThat(display.isShowing()).isTrue();
        assertThat(display.hide()).startsWith("\r" + ESC + "J");
        assertThat(display.isShowing()).isFalse();
    }

    @Test
    void aChildIsDrawnTwoColumnsInUnderItsParentAndCompletionRemovesIt() {
        ProgressDisplay display = new ProgressDisplay();
        display.update(record(1, -1, "Outer", "o", 10));
        display.update(record(2, 1, "Inner", "i", 20));
        String shown = display.show(0, 60, 30);
        assertThat(shown).contains("\n  " + PSStyle.instance().getProgress().getStyle() + "Inner [");
        assertThat(shown).contains(ESC + "1A");
        display.hide();
        ProgressRecord done = record(2, 1, "Inner", "i", 100);
        done.setRecordType(ProgressRecord.RecordType.Completed);
        display.update(done);
        assertThat(display.show(0, 60, 30)).contains("Outer [").doesNotContain("Inner");
    }

    @Test
    void classicViewHasTheActivityTheStatusAndABarOfOs() {
        PSStyle.instance().getProgress().setView("Classic");
        ProgressDisplay display = new ProgressDisplay();
        display.update(record(1, -1, "Copy", "Copying files", 50));
        String shown = display.show(0, 30, 30);
        assertThat(shown).contains(" Copy ").contains("    Copying files ")
                .contains("    [" + "o".repeat(9) + " ".repeat(9) + "] ");
    }

    @Test
    void nothingIsDrawnWithoutActivitiesAndCompletedOnesAreForgotten() {
        ProgressDisplay display = new ProgressDisplay();
        assertThat(display.show(0, 80, 30)).isEmpty();
        display.update(record(1, -1, "A", "s", -1));
        display.clear();
        assertThat(display.show(0, 80, 30)).isEmpty();
        assertThat(display.hide()).isEmpty();
    }
}
