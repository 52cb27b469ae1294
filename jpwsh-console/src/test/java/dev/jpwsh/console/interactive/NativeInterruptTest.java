package dev.jpwsh.console.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ctrl+C while a native program runs on the console's terminal: the program gets SIGINT and the line goes no further. */
class NativeInterruptTest extends TerminalTestBase {
    @Test
    void ctrlCEndsTheProgramAndTheRestOfTheLine() throws Exception {
        try (TmuxConsole console = TmuxConsole.start(home, "-NoProfile")) {
            console.enter("sh -c 'trap \"echo got-INT; exit 130\" INT; echo started; sleep 60 & wait'; 'not-reached'");
            console.waitFor("\nstarted\n");
            console.press("C-c");
            console.waitFor("got-INT");
            // each time the next prompt first: what is typed before it is drawn would be echoed by the terminal
            console.waitFor(s -> console.prompts(s) == 2, TmuxConsole.STEP_MILLIS);
            console.run("'next'");
            console.enter("sleep 60; 'not-reached'");
            Thread.sleep(1000);
            console.press("C-c");
            console.waitFor(s -> console.prompts(s) == 4, TmuxConsole.STEP_MILLIS);
            console.run("'last'");
            String screen = console.waitFor("\nlast\n");
            assertThat(screen).doesNotContain("\nnot-reached\n");
        }
    }
}
