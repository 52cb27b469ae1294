package dev.jpwsh.remoting.wire;

/** Who a message is for (MS-PSRP 2.2.1, Destination field). */
public enum Destination {
    CLIENT(1),
    SERVER(2);

    private final int value;

    Destination(int value) {
        this.value = value;
    }

    /** {@return the value in a message's Destination field} */
    public int value() {
        return value;
    }

    static Destination of(int value) {
        return switch (value) {
            case 1 -> CLIENT;
            case 2 -> SERVER;
            default -> throw new WireException("Invalid message destination " + value + ".");
        };
    }
}
