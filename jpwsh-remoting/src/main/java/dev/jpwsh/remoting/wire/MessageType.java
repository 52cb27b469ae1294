package dev.jpwsh.remoting.wire;

/** The PSRP message types (MS-PSRP 2.2.1) and their values on the wire. */
public enum MessageType {
    SESSION_CAPABILITY(0x00010002),
    CLOSE_SESSION(0x00010003),
    INIT_RUNSPACEPOOL(0x00010004),
    PUBLIC_KEY(0x00010005),
    ENCRYPTED_SESSION_KEY(0x00010006),
    PUBLIC_KEY_REQUEST(0x00010007),
    CONNECT_RUNSPACEPOOL(0x00010008),
    SET_MAX_RUNSPACES(0x00021002),
    SET_MIN_RUNSPACES(0x00021003),
    RUNSPACE_AVAILABILITY(0x00021004),
    RUNSPACEPOOL_STATE(0x00021005),
    CREATE_PIPELINE(0x00021006),
    GET_AVAILABLE_RUNSPACES(0x00021007),
    USER_EVENT(0x00021008),
    APPLICATION_PRIVATE_DATA(0x00021009),
    GET_COMMAND_METADATA(0x0002100A),
    RUNSPACEPOOL_INIT_DATA(0x0002100B),
    RESET_RUNSPACE_STATE(0x0002100C),
    RUNSPACEPOOL_HOST_CALL(0x00021100),
    RUNSPACEPOOL_HOST_RESPONSE(0x00021101),
    PIPELINE_INPUT(0x00041002),
    END_OF_PIPELINE_INPUT(0x00041003),
    PIPELINE_OUTPUT(0x00041004),
    ERROR_RECORD(0x00041005),
    PIPELINE_STATE(0x00041006),
    DEBUG_RECORD(0x00041007),
    VERBOSE_RECORD(0x00041008),
    WARNING_RECORD(0x00041009),
    PROGRESS_RECORD(0x00041010),
    INFORMATION_RECORD(0x00041011),
    STOP_PIPELINE(0x00041012),
    PIPELINE_HOST_CALL(0x00041100),
    PIPELINE_HOST_RESPONSE(0x00041101);

    private final int value;

    MessageType(int value) {
        this.value = value;
    }

    /** {@return the value in a message's MessageType field} */
    public int value() {
        return value;
    }

    /**
     * {@return the type whose value is {@code value}}
     *
     * @param value a MessageType field; one no type has is a {@link WireException}
     */
    public static MessageType of(int value) {
        for (MessageType type : values()) {
            if (type.value == value) {
                return type;
            }
        }
        throw new WireException("Unknown message type 0x" + Integer.toHexString(value) + ".");
    }
}
