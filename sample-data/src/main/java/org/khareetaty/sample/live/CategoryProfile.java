package org.khareetaty.sample.live;

import java.util.List;
import java.util.Locale;

/**
 * How incidents of one taxonomy category show in the stream besides their CAD call: the share
 * corroborated by a sensor or camera (and which kinds), the share reported by several citizens, the
 * types a citizen may confuse it with. Violent and public-order incidents are seen and heard more
 * than drug or fraud cases.
 */
enum CategoryProfile {
    VIOLENT(
            0.30,
            0.30,
            0.30,
            List.of("fight_detected", "person_down", "crowd"),
            List.of("assault", "fight", "robbery", "harassment")),
    WEAPONS(0.30, 0.00, 0.25, List.of("weapon_detected", "crowd"), List.of("shots_fired", "weapons", "assault")),
    PROPERTY(0.20, 0.25, 0.10, List.of("motion", "loitering"), List.of("theft", "burglary", "vandalism", "robbery")),
    PUBLIC_ORDER(
            0.25, 0.00, 0.30, List.of("crowd", "fight_detected"), List.of("fight", "public_disturbance", "harassment")),
    DRUGS(0.05, 0.00, 0.05, List.of("loitering"), List.of("drug_activity", "suspicious_activity")),
    OTHER(0.05, 0.00, 0.05, List.of("motion"), List.of("suspicious_activity", "public_disturbance"));

    /** The share of incidents with a corroborating sensor, panic button or camera event. */
    final double sensorShare;
    /** Of those, the share from a panic button (the rest: CCTV). */
    final double panicShare;
    /** The share reported by several citizens. */
    final double citizenShare;
    /** What a camera reports. */
    final List<String> cctvTypes;
    /** What a citizen might call it instead. */
    final List<String> confusions;

    CategoryProfile(
            double sensorShare,
            double panicShare,
            double citizenShare,
            List<String> cctvTypes,
            List<String> confusions) {
        this.sensorShare = sensorShare;
        this.panicShare = panicShare;
        this.citizenShare = citizenShare;
        this.cctvTypes = cctvTypes;
        this.confusions = confusions;
    }

    static CategoryProfile of(String category) {
        if (category == null) {
            return OTHER;
        }
        return switch (category.toLowerCase(Locale.ROOT)) {
            case "violent" -> VIOLENT;
            case "weapons" -> WEAPONS;
            case "property" -> PROPERTY;
            case "public_order" -> PUBLIC_ORDER;
            case "drugs" -> DRUGS;
            default -> OTHER;
        };
    }

    /**
     * The chance that a gunshot sensor detects real gunfire at the incident: weapons offences 0.35,
     * homicides 0.6, other grave violence (severity 0.8 and above: robbery, aggravated assault) 0.08.
     */
    static double gunshotChance(StoreIncident i) {
        String type = i.offenseType() == null ? "" : i.offenseType().toLowerCase(Locale.ROOT);
        if (type.contains("homicide")) {
            return 0.6;
        }
        CategoryProfile p = of(i.category());
        if (p == WEAPONS) {
            return 0.35;
        }
        return p == VIOLENT && i.severity() >= 0.8 ? 0.08 : 0;
    }
}
