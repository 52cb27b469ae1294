package dev.jpwsh.engine.host;

/** The program that hosts the engine: its name and user interface ({@code $Host}). */
public interface Host {
    String name();

    HostUserInterface ui();
}
