package dev.jpwsh.dotnet.collections;


/** Stands for null inside Java collections that cannot hold null (.NET queues and stacks can). */
enum NullItem {
    INSTANCE;

    static Object unwrap(Object item) {
        return item == INSTANCE ? null : item;
    }
}
