package dev.jpwsh.dotnet.collections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** .NET's queues and stacks hold null like any other item, which Java's deques cannot; no engine needed. */
class QueueStackTest {
    @Test
    void queueIsFirstInFirstOutAndHoldsNull() {
        Queue queue = new Queue();
        queue.Enqueue(null);
        queue.Enqueue("b");
        assertThat(queue.Peek()).isNull();
        assertThat(queue.Dequeue()).isNull();
        assertThat(queue.Dequeue()).isEqualTo("b");
    }

    @Test
    void stackIsLastInFirstOutAndHoldsNull() {
        Stack stack = new Stack();
        stack.Push("a");
        stack.Push(null);
        assertThat(stack.Pop()).isNull();
        assertThat(stack.Pop()).isEqualTo("a");
    }
}
