package org.khareetaty.sample;

import static org.khareetaty.sample.AreaCharacter.COMMERCIAL;
import static org.khareetaty.sample.AreaCharacter.DENSE;
import static org.khareetaty.sample.AreaCharacter.FAMILY;
import static org.khareetaty.sample.AreaCharacter.INDUSTRIAL;
import static org.khareetaty.sample.AreaCharacter.PERIPHERAL;

import java.util.List;

/**
 * Kuwait's populated neighbourhoods with approximate centres and rough relative populations
 * (thousands, rounded; enough to weight a demo, not a census). Nearly everyone lives in the coastal
 * strip from Kuwait Bay down to Fahaheel, plus Jahra; the interior desert is almost empty, so it has
 * only a few small peripheral entries.
 *
 * <p>Governorate labels are those of the bundled Natural Earth 10m polygons, whose coarse boundaries
 * cut through several districts: where the polygon holding an area's centre is not the area's real
 * governorate, the polygon wins (marked "NE:" below) so that the importer's point-in-polygon check
 * agrees with the label. Areas that the coarse coastline puts in the sea were moved a few hundred
 * metres inland.
 */
final class KuwaitAreas {
    private KuwaitAreas() {}

    private static final String CAPITAL = "Capital";
    private static final String HAWALLY = "Hawally";
    private static final String FARWANIYAH = "Al Farwaniyah";
    private static final String MUBARAK = "Mubarak Al-Kabeer";
    private static final String AHMADI = "Al Ahmadi";
    private static final String JAHRA = "Al Jahra";

    private static final List<Area> ALL = List.of(
            // Capital: the old city and the first-ring suburbs
            new Area("Kuwait City", CAPITAL, 29.3720, 47.9780, 30, COMMERCIAL),
            new Area("Sharq", CAPITAL, 29.3790, 47.9900, 25, COMMERCIAL),
            new Area("Mirqab", CAPITAL, 29.3690, 47.9800, 20, COMMERCIAL),
            new Area("Qibla", CAPITAL, 29.3730, 47.9680, 20, COMMERCIAL),
            new Area("Dasman", CAPITAL, 29.3820, 47.9950, 8, FAMILY), // moved inland of NE's coast
            new Area("Dasma", CAPITAL, 29.3640, 48.0000, 15, FAMILY),
            new Area("Shuwaikh", CAPITAL, 29.3500, 47.9400, 15, COMMERCIAL),
            new Area("Shuwaikh Industrial", CAPITAL, 29.3260, 47.9350, 20, INDUSTRIAL),
            new Area("Kaifan", CAPITAL, 29.3370, 47.9570, 20, FAMILY),
            new Area("Shamiya", CAPITAL, 29.3460, 47.9650, 15, FAMILY),
            new Area("Faiha", CAPITAL, 29.3430, 47.9800, 20, FAMILY),
            new Area("Rawda", CAPITAL, 29.3310, 47.9900, 18, FAMILY),
            new Area("Adailiya", CAPITAL, 29.3300, 47.9820, 15, FAMILY),
            new Area("Bneid Al-Gar", HAWALLY, 29.3670, 48.0100, 25, DENSE), // NE: real governorate Capital
            new Area("Qadsiya", HAWALLY, 29.3500, 48.0000, 12, FAMILY), // NE: Capital
            new Area("Mansouriya", HAWALLY, 29.3570, 47.9930, 8, FAMILY), // NE: Capital
            new Area("Surra", HAWALLY, 29.3140, 48.0000, 30, FAMILY), // NE: Capital
            new Area("Khaldiya", FARWANIYAH, 29.3230, 47.9650, 12, FAMILY), // NE: Capital
            new Area("Yarmouk", FARWANIYAH, 29.3110, 47.9650, 20, FAMILY), // NE: Capital
            new Area("Qortuba", FARWANIYAH, 29.3060, 47.9870, 25, FAMILY), // NE: Capital
            new Area("Granada", FARWANIYAH, 29.3050, 47.8800, 15, FAMILY), // NE: Capital
            new Area("Sulaibikhat", JAHRA, 29.3200, 47.8350, 30, FAMILY), // NE: Capital
            new Area("Doha", JAHRA, 29.3550, 47.8100, 10, FAMILY), // NE: Capital

            // Hawalli: the densest governorate
            new Area("Hawalli", HAWALLY, 29.3390, 48.0270, 170, DENSE),
            new Area("Salmiya", HAWALLY, 29.3350, 48.0750, 150, COMMERCIAL),
            new Area("Jabriya", HAWALLY, 29.3200, 48.0200, 80, FAMILY),
            new Area("Rumaithiya", HAWALLY, 29.3150, 48.0750, 60, FAMILY),
            new Area("Bayan", HAWALLY, 29.3000, 48.0450, 30, FAMILY),
            new Area("Shaab", HAWALLY, 29.3500, 48.0350, 15, FAMILY),
            new Area("Bidaa", HAWALLY, 29.3300, 48.0900, 5, COMMERCIAL),
            new Area("Salwa", MUBARAK, 29.2950, 48.0780, 50, FAMILY), // NE: real governorate Hawalli
            new Area("Mishref", MUBARAK, 29.2780, 48.0600, 30, FAMILY), // NE: Hawalli
            new Area("Hateen", MUBARAK, 29.2850, 48.0150, 20, FAMILY), // NE: Hawalli
            new Area("Mubarak Al-Abdullah", MUBARAK, 29.2700, 48.0350, 20, FAMILY), // NE: Hawalli
            new Area("Zahra", FARWANIYAH, 29.2780, 47.9950, 25, FAMILY), // NE: Hawalli
            new Area("Salam", FARWANIYAH, 29.2930, 48.0000, 20, FAMILY), // NE: Hawalli
            new Area("Siddiq", FARWANIYAH, 29.2880, 47.9850, 20, FAMILY), // NE: Hawalli

            // Farwaniya: the most populous governorate, much of it dense expatriate housing
            new Area("Jleeb Al-Shuyoukh", FARWANIYAH, 29.2600, 47.9400, 270, DENSE),
            new Area("Farwaniya", FARWANIYAH, 29.2770, 47.9580, 90, COMMERCIAL),
            new Area("Khaitan", FARWANIYAH, 29.2900, 47.9750, 75, DENSE),
            new Area("Ardiya", FARWANIYAH, 29.2950, 47.9050, 70, FAMILY),
            new Area("Riggae", FARWANIYAH, 29.3180, 47.9320, 30, FAMILY),
            new Area("Andalous", FARWANIYAH, 29.3050, 47.8850, 30, FAMILY),
            new Area("Omariya", FARWANIYAH, 29.2950, 47.9450, 25, FAMILY),
            new Area("Rabiya", FARWANIYAH, 29.2950, 47.9300, 35, DENSE),
            new Area("Rehab", FARWANIYAH, 29.2850, 47.9200, 25, FAMILY),
            new Area("Ishbiliya", FARWANIYAH, 29.2750, 47.9200, 25, FAMILY),
            new Area("Abdullah Al-Mubarak", FARWANIYAH, 29.2500, 47.8900, 40, FAMILY),
            new Area("Sabah Al-Nasser", FARWANIYAH, 29.3100, 47.9000, 50, FAMILY),
            new Area("Firdous", FARWANIYAH, 29.3000, 47.8700, 45, FAMILY),
            new Area("Dhajeej", FARWANIYAH, 29.2500, 47.9700, 10, INDUSTRIAL),

            // Mubarak Al-Kabeer
            new Area("Sabah Al-Salem", MUBARAK, 29.2570, 48.0720, 100, FAMILY),
            new Area("Adan", MUBARAK, 29.2300, 48.0760, 45, FAMILY),
            new Area("Qusour", MUBARAK, 29.2150, 48.0850, 40, FAMILY),
            new Area("Masayel", MUBARAK, 29.2430, 48.0550, 20, FAMILY),
            new Area("Messila", MUBARAK, 29.2630, 48.0880, 20, FAMILY), // moved inland of NE's coast
            new Area("Fnaitees", MUBARAK, 29.2250, 48.0970, 15, FAMILY), // moved inland of NE's coast
            new Area(
                    "Mubarak Al-Kabeer",
                    AHMADI,
                    29.1900,
                    48.0800,
                    35,
                    FAMILY), // NE: real governorate Mubarak Al-Kabeer
            new Area("Qurain", AHMADI, 29.2020, 48.0650, 45, FAMILY), // NE: Mubarak Al-Kabeer
            new Area("Abu Fatira", AHMADI, 29.2050, 48.1050, 20, FAMILY), // NE: Mubarak Al-Kabeer

            // Al Ahmadi: the southern coastal strip and the oil towns
            new Area("Mahboula", AHMADI, 29.1500, 48.1250, 90, DENSE),
            new Area("Mangaf", AHMADI, 29.1000, 48.1300, 70, DENSE),
            new Area("Fahaheel", AHMADI, 29.0830, 48.1300, 70, COMMERCIAL),
            new Area("Fintas", AHMADI, 29.1700, 48.1200, 60, DENSE),
            new Area("Abu Halifa", AHMADI, 29.1350, 48.1250, 50, DENSE),
            new Area("Sabahiya", AHMADI, 29.1150, 48.1000, 50, FAMILY),
            new Area("Ali Sabah Al-Salem", AHMADI, 28.9650, 48.1040, 60, FAMILY),
            new Area("Riqqa", AHMADI, 29.1420, 48.0850, 40, FAMILY),
            new Area("Jaber Al-Ali", AHMADI, 29.1120, 48.0670, 35, FAMILY),
            new Area("Ahmadi", AHMADI, 29.0800, 48.0850, 30, FAMILY),
            new Area("Egaila", AHMADI, 29.1700, 48.1000, 25, FAMILY),
            new Area("Hadiya", AHMADI, 29.1250, 48.0900, 25, FAMILY),
            new Area("Fahad Al-Ahmad", AHMADI, 29.1200, 48.1150, 25, FAMILY),
            new Area("Dhaher", AHMADI, 29.1500, 48.0550, 25, FAMILY),
            new Area("Sabah Al-Ahmad", AHMADI, 28.7900, 48.0500, 15, FAMILY),
            new Area("Wafra", AHMADI, 28.5900, 47.9300, 10, PERIPHERAL),
            new Area("Khairan", AHMADI, 28.6600, 48.3700, 3, PERIPHERAL),

            // Al Jahra: the town at the head of Kuwait Bay, Sulaibiya, and the northern border
            new Area("Jahra", JAHRA, 29.3370, 47.6580, 120, DENSE),
            new Area("Saad Al-Abdullah", JAHRA, 29.3200, 47.7150, 90, FAMILY),
            new Area("Sulaibiya", JAHRA, 29.2850, 47.8250, 60, DENSE),
            new Area("Qasr", JAHRA, 29.3450, 47.6900, 50, FAMILY),
            new Area("Naeem", JAHRA, 29.3350, 47.6700, 40, FAMILY),
            new Area("Taima", JAHRA, 29.3200, 47.6800, 40, DENSE),
            new Area("Oyoun", JAHRA, 29.3300, 47.6950, 35, FAMILY),
            new Area("Amghara", JAHRA, 29.3050, 47.7700, 10, INDUSTRIAL),
            new Area("Abdali", JAHRA, 29.9700, 47.7800, 3, PERIPHERAL),
            new Area("Subiya", JAHRA, 29.5800, 47.8500, 2, PERIPHERAL));

    /** Every area, in a fixed order. */
    static List<Area> all() {
        return ALL;
    }
}
