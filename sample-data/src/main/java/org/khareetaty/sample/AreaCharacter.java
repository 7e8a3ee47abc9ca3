package org.khareetaty.sample;

/**
 * What kind of place a neighbourhood is, which sets how widely its incidents spread and which
 * offences it attracts more or less than its population alone predicts (crime concentrates at
 * commercial places and in dense, transient housing: Brantingham &amp; Brantingham 1995, "Criminality
 * of place"; Weisburd 2015, "The law of crime concentration and the criminology of place").
 */
enum AreaCharacter {
    /** Downtown and shopping districts: malls, souqs, offices, cruising on the Gulf Road. */
    COMMERCIAL(600, 0.35),
    /** Dense apartment blocks and labour housing with many single workers. */
    DENSE(700, 0.30),
    /** Suburbs of villas and family houses. */
    FAMILY(1000, 0.20),
    /** Industrial areas, scrapyards, warehouses. */
    INDUSTRIAL(1100, 0.25),
    /** Farms, border posts, chalets far from the city. */
    PERIPHERAL(2000, 0.30);

    private final double spreadMetres;
    private final double microPlaceShare;

    AreaCharacter(double spreadMetres, double microPlaceShare) {
        this.spreadMetres = spreadMetres;
        this.microPlaceShare = microPlaceShare;
    }

    /** Standard deviation of the area's main cluster, metres. */
    double spreadMetres() {
        return spreadMetres;
    }

    /** Share of the area's incidents at its few micro-places (a mall, a market, a bus station). */
    double microPlaceShare() {
        return microPlaceShare;
    }

    /** How much more (above 1) or less this kind of place attracts an offence than its population does. */
    double affinity(IncidentType type) {
        return switch (type) {
            case THEFT -> pick(1.6, 1.3, 0.8, 1.0, 0.5);
            // villas stand empty in summer travel and on weekdays; warehouses are easy targets
            case BURGLARY -> pick(0.8, 0.9, 1.4, 1.2, 0.8);
            case VEHICLE_THEFT -> pick(1.2, 1.4, 0.8, 1.3, 0.6);
            case ROBBERY -> pick(1.2, 1.8, 0.5, 0.8, 0.5);
            case ASSAULT -> pick(1.2, 1.4, 0.8, 0.9, 0.6);
            case DOMESTIC_VIOLENCE -> pick(0.5, 0.8, 1.4, 0.2, 0.6);
            case HARASSMENT -> pick(1.8, 1.0, 0.8, 0.5, 0.4);
            case FRAUD -> pick(2.0, 0.8, 0.8, 0.8, 0.3);
            case CYBERCRIME -> pick(1.2, 0.9, 1.1, 0.5, 0.3);
            case VANDALISM -> pick(1.1, 1.0, 1.1, 1.0, 0.8);
            // open drug markets sit in dense transient housing; smuggling routes cross the borders
            case DRUG_POSSESSION -> pick(1.0, 2.0, 0.6, 1.0, 1.5);
            case DRUG_TRAFFICKING -> pick(0.6, 2.0, 0.4, 1.0, 6.0);
            case WEAPONS_POSSESSION -> pick(0.6, 1.3, 0.9, 0.8, 4.0);
            case PUBLIC_DISTURBANCE -> pick(1.5, 1.3, 0.8, 0.5, 1.0);
            case TRESPASSING -> pick(0.8, 0.8, 0.9, 2.0, 2.0);
            case TRAFFIC_OFFENSE -> pick(1.5, 1.0, 1.0, 1.2, 1.0);
        };
    }

    private double pick(double commercial, double dense, double family, double industrial, double peripheral) {
        return switch (this) {
            case COMMERCIAL -> commercial;
            case DENSE -> dense;
            case FAMILY -> family;
            case INDUSTRIAL -> industrial;
            case PERIPHERAL -> peripheral;
        };
    }
}
