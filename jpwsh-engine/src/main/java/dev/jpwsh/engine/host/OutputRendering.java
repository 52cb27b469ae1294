package dev.jpwsh.engine.host;

import dev.jpwsh.runtime.object.DotNetName;

/** {@code $PSStyle.OutputRendering}: Host decorates only what goes to a terminal, PlainText never, Ansi always. */
@DotNetName("System.Management.Automation.OutputRendering")
public enum OutputRendering { Host, PlainText, Ansi }
