package org.khareetaty.core.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a live event comes from. The wire name is what the JSON {@code source} field carries.
 * Sources are independent of each other for corroboration, except that several phones reporting one
 * incident are all {@link #CITIZEN_REPORT}.
 */
public enum EventSource {
    /** A computer-aided dispatch call. */
    CAD("cad", false),
    /** An acoustic gunshot sensor. */
    GUNSHOT_SENSOR("sensor.gunshot", true),
    /** A panic button. */
    PANIC_SENSOR("sensor.panic", true),
    /** CCTV metadata: object counts, motion, crowding. */
    CCTV("cctv", false),
    /** A report from a citizen's phone, possibly with video. */
    CITIZEN_REPORT("citizen_report", false),
    /** A new record in the records system. */
    RECORDS("records", false);

    private final String wire;
    private final boolean hardware;

    EventSource(String wire, boolean hardware) {
        this.wire = wire;
        this.hardware = hardware;
    }

    /** The name used in the JSON schema. */
    public String wire() {
        return wire;
    }

    /** True for hardware sensors, which always alert (marked unverified). */
    public boolean hardware() {
        return hardware;
    }

    /** The source with this wire name, if any. */
    public static Optional<EventSource> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(name)).findFirst();
    }
}
