package dev.jpwsh.engine.runspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds scripts at a point the test controls: a script calls {@code $gate.Enter()}, which reports that it has
 * started and then waits until the test opens the gate (or the pipeline is stopped, which interrupts the
 * wait). Public, because scripts call it through reflection.
 */
public final class Gate {
    private final CountDownLatch started;
    private final CountDownLatch release = new CountDownLatch(1);

    Gate() {
        this(1);
    }

    /** A gate that {@code parties} scripts pass through. */
    Gate(int parties) {
        started = new CountDownLatch(parties);
    }

    public void Enter() throws InterruptedException {
        started.countDown();
        release.await();
    }

    /** Like {@link #Enter}, but a stop does not end the wait: it is kept pending until the gate opens. */
    public void EnterIgnoringStop() {
        started.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                release.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds to {@code shell} a script that enters this gate and then runs {@code then}. */
    PowerShell hold(PowerShell shell, String then) {
        return shell.addScript("param($gate) $gate.Enter(); " + then).addArgument(this);
    }

    void awaitStarted() throws InterruptedException {
        assertThat(started.await(10, TimeUnit.SECONDS)).as("scripts reached the gate").isTrue();
    }

    void open() {
        release.countDown();
    }
}
