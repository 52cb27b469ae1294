package dev.jpwsh.engine.types;

/**
 * What every instance of a script class has besides its properties: the session state its methods run against (the
 * global scope of the session that created it). Implemented by the generated classes, whose accessors have names no
 * script can call ({@code $home}); public only because those classes live in their own class loaders.
 */
public interface ScriptInstance {
    /** The instance's home: where it was created; null until its constructor ran. */
    Object $home();

    /** Sets the home, once, as the outermost constructor starts. */
    void $home(Object home);
}
