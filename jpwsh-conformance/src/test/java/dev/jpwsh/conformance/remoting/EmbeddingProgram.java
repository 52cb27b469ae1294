package dev.jpwsh.conformance.remoting;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * A JVM program that embeds the engine through JSR-223 only, and nothing else of jpwsh: it runs one script, says
 * "ready", then waits to be ended. {@link EmbeddedListenerTest} connects to it.
 */
public final class EmbeddingProgram {
    private EmbeddingProgram() {
    }

    public static void main(String[] args) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("powershell");
        System.out.println(engine.eval("'ready'"));
        Thread.sleep(300_000);
    }
}
