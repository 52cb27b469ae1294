package dev.jpwsh.console.rawui;

import dev.jpwsh.runtime.object.DotNetName;

/** A width and height in character cells; shown as {@code width,height}. */
@DotNetName("System.Management.Automation.Host.Size")
public final class Size {
    private int width;
    private int height;

    public Size(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int value) {
        width = value;
    }

    public int getHeight() {
        return height;
    }

    public void setHeight(int value) {
        height = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Size size && size.width == width && size.height == height;
    }

    @Override
    public int hashCode() {
        return width * 31 + height;
    }

    @Override
    public String toString() {
        return width + "," + height;
    }
}
