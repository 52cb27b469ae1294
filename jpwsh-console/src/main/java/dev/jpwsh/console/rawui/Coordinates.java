package dev.jpwsh.console.rawui;

import dev.jpwsh.runtime.object.DotNetName;

/** A cell's column (X) and row (Y), from 0; shown as {@code x,y}. */
@DotNetName("System.Management.Automation.Host.Coordinates")
public final class Coordinates {
    private int x;
    private int y;

    public Coordinates(int x, int y) {
        this.x = x;
        this.y = y;
    }

    public int getX() {
        return x;
    }

    public void setX(int value) {
        x = value;
    }

    public int getY() {
        return y;
    }

    public void setY(int value) {
        y = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coordinates c && c.x == x && c.y == y;
    }

    @Override
    public int hashCode() {
        return x * 31 + y;
    }

    @Override
    public String toString() {
        return x + "," + y;
    }
}
