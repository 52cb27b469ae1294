/**
 * The host SPI: {@link dev.jpwsh.engine.host.Host} and {@link dev.jpwsh.engine.host.HostUserInterface}, through
 * which all engine output reaches the user, and the prompts any host that reads lines gets laid out as pwsh's console
 * lays them out ({@link dev.jpwsh.engine.host.ChoicePrompt}, {@link dev.jpwsh.engine.host.CredentialPrompt}, with
 * {@link dev.jpwsh.engine.host.ChoiceDescription}). Implementations must accept calls from any thread. Interpreter
 * core: uses exec only for the records it shows; the prompts are stateless.
 */
package dev.jpwsh.engine.host;
