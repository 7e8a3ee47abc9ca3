package org.khareetaty.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Free-text descriptions in the style of a duty officer's note: short, often naming a road or a
 * block and street number (Kuwaiti addresses are block/street), sometimes with commas or quoted
 * speech, and now and then an Arabic phrase.
 */
final class IncidentDescriptions {
    private static final double ARABIC_SHARE = 0.04;

    private static final List<String> ROADS = List.of(
            "Salem Al-Mubarak St",
            "Gulf Road",
            "Fahaheel Expressway",
            "Fourth Ring Road",
            "Fifth Ring Road",
            "Sixth Ring Road",
            "Seventh Ring Road",
            "Airport Road",
            "Damascus St",
            "Tunis St",
            "Amman St",
            "Beirut St",
            "Cairo St",
            "Maghreb Expressway",
            "Abdullah Al-Salem St",
            "Fahd Al-Salem St",
            "Mubarak Al-Kabeer St",
            "King Faisal Road",
            "Jahra Road",
            "Ghazali Expressway",
            "Arabian Gulf St",
            "Al-Mutanabbi St",
            "Qutaiba St",
            "Habib Munawer St");
    private static final List<String> PLACES = List.of(
            "co-op society",
            "mall car park",
            "petrol station",
            "mosque car park",
            "souq",
            "labour accommodation",
            "baqala",
            "bank ATM",
            "pharmacy",
            "clinic car park",
            "school gate",
            "bus stop",
            "restaurant",
            "apartment building lobby",
            "diwaniya",
            "money exchange",
            "car wash",
            "gym");
    private static final List<String> VEHICLES = List.of(
            "Toyota Land Cruiser",
            "Nissan Patrol",
            "Lexus LX",
            "Toyota Camry",
            "GMC Yukon",
            "Chevrolet Tahoe",
            "Hyundai Elantra",
            "Nissan Sunny",
            "Kia Cerato",
            "Toyota Hilux",
            "Mitsubishi Pajero",
            "Honda Accord");
    private static final List<String> ARABIC = List.of(
            "بلاغ من مواطن",
            "تم إبلاغ الدورية",
            "بلاغ عاجل",
            "المبلغ مقيم",
            "تمت إحالة البلاغ للمخفر",
            "لا توجد إصابات");

    private static final List<List<String>> TEMPLATES = List.of(
            // THEFT
            List.of(
                    "Phone stolen from parked car, {road}",
                    "Wallet taken at {zone} {place}",
                    "Shoplifting reported at {zone} {place}",
                    "Bicycle stolen outside {place}",
                    "Gold jewellery missing from apartment, owner suspects visitor",
                    "Delivery parcels taken from {place}, {block}",
                    "Handbag snatched at {place}",
                    "Laptop stolen from unlocked car, {block}"),
            // BURGLARY
            List.of(
                    "Apartment broken into while family abroad, {block}",
                    "Villa entered through rear window, jewellery and cash taken, {block}",
                    "Shop shutter forced overnight, till emptied, {road}",
                    "Break-in at {place}, electronics taken",
                    "Storeroom lock cut, tools stolen, {block}"),
            // VEHICLE_THEFT
            List.of(
                    "{vehicle} stolen from parking lot, {road}", "{vehicle} left running outside {place}, driven away",
                    "{vehicle} stolen from outside owner's house, {block}", "Pickup truck stolen from {zone} {place}"),
            // ROBBERY
            List.of(
                    "Pedestrian robbed of phone and cash near {place}",
                    "Delivery driver robbed at knifepoint, {block}",
                    "Baqala cashier threatened, cash taken, {block}",
                    "Victim says robbers posed as detectives, \"show your civil ID\", then took wallet"),
            // ASSAULT
            List.of(
                    "Fight between two groups outside {place}",
                    "Man assaulted after parking dispute, {block}",
                    "Worker beaten at labour accommodation",
                    "Caller said \"he has a knife\", patrol dispatched, {road}",
                    "Brawl at {zone} {place}, two injured"),
            // DOMESTIC_VIOLENCE
            List.of(
                    "Wife reports assault by husband, children present",
                    "Domestic worker reports abuse by employer",
                    "Dispute between brothers escalated, police called, {block}",
                    "Neighbour reports screaming from apartment, {block}"),
            // HARASSMENT
            List.of(
                    "Woman followed and harassed at {zone} {place}", "Verbal harassment from passing car, {road}",
                    "Repeated unwanted calls and messages reported", "Group harassing shoppers at {place}"),
            // FRAUD
            List.of(
                    "Fake investment scheme, victim transferred KD {amount}",
                    "Bounced cheque reported by {place}",
                    "Card skimming at {place} ATM, {zone}",
                    "Fake charity collection at {place}",
                    "Rental deposit taken for apartment that does not exist, KD {amount}"),
            // CYBERCRIME
            List.of(
                    "Victim tricked by fake bank SMS, KD {amount} withdrawn",
                    "WhatsApp account hijacked, contacts asked for money",
                    "Blackmail over private photos via Instagram",
                    "Phishing link posing as KNET payment page",
                    "Online shop took payment, never delivered, KD {amount}"),
            // VANDALISM
            List.of(
                    "Car tyres slashed, {block}", "Graffiti on school wall, {zone}",
                    "Street lights and benches damaged at {place}", "Windows of parked cars smashed, {road}"),
            // DRUG_POSSESSION
            List.of(
                    "Suspect found with hashish during traffic stop, {road}",
                    "Captagon pills found on suspect at checkpoint, {road}",
                    "Youth caught with shabu in parked car, {block}"),
            // DRUG_TRAFFICKING
            List.of(
                    "Captagon pills seized from vehicle, {road}",
                    "Hashish consignment seized at {zone}",
                    "Suspect arrested selling shabu from apartment, {block}"),
            // WEAPONS_POSSESSION
            List.of(
                    "Unlicensed pistol found in vehicle during stop, {road}",
                    "Celebratory gunfire reported at wedding",
                    "Knife found on suspect after fight at {place}"),
            // PUBLIC_DISTURBANCE
            List.of(
                    "Loud gathering and reckless driving, {road}", "Drifting and crowd on {road}",
                    "Noise complaint, party in chalet", "Crowd blocking {place} entrance, {zone}"),
            // TRESPASSING
            List.of(
                    "Unauthorized entry into construction site, {block}",
                    "Person found inside vacant villa, {block}",
                    "Trespass into fenced plot at {zone}"),
            // TRAFFIC_OFFENSE
            List.of(
                    "Speeding on {road}, radar camera", "Red light violation at {road} junction",
                    "Reckless driving and drifting, {road}", "Hit and run, minor damage, {road}",
                    "Driving without licence, stopped at checkpoint", "Using phone while driving, {road}"));

    static {
        if (TEMPLATES.size() != IncidentType.values().length) {
            throw new IllegalStateException("one template list per IncidentType, in declaration order");
        }
    }

    private static final List<String> FOLLOW_UPS = List.of(
            "Neighbouring house also broken into, same block", "Second report in this street within days",
            "Same method as recent nearby case", "Another car targeted in same car park");

    /** A description for a new incident. */
    String describe(IncidentType type, Area area, LocalDate day, DemoRandom random) {
        String text;
        if (type == IncidentType.PUBLIC_DISTURBANCE && KuwaitCalendar.isNationalHoliday(day)) {
            text = fill("Water-balloon and foam-spray crowd blocking {road}, National Day", area, random);
        } else {
            text = fill(random.pick(TEMPLATES.get(type.ordinal())), area, random);
        }
        return withArabic(text, random);
    }

    /** A description for a near-repeat follow-up: often says it is one. */
    String followUp(IncidentType type, Area area, DemoRandom random) {
        String text = fill(random.pick(TEMPLATES.get(type.ordinal())), area, random);
        if (random.chance(0.4)) {
            text = random.pick(FOLLOW_UPS) + ", " + text;
        }
        return withArabic(text, random);
    }

    private String withArabic(String text, DemoRandom random) {
        return random.chance(ARABIC_SHARE) ? text + " - " + random.pick(ARABIC) : text;
    }

    private String fill(String template, Area area, DemoRandom random) {
        String text = template;
        if (text.contains("{road}")) {
            text = text.replace("{road}", random.pick(ROADS));
        }
        if (text.contains("{block}")) {
            text = text.replace(
                    "{block}",
                    String.format(Locale.ROOT, "Block %d, Street %d", random.between(1, 12), random.between(1, 150)));
        }
        if (text.contains("{place}")) {
            text = text.replace("{place}", random.pick(PLACES));
        }
        if (text.contains("{vehicle}")) {
            text = text.replace("{vehicle}", random.pick(VEHICLES));
        }
        if (text.contains("{amount}")) {
            text = text.replace("{amount}", Integer.toString(random.between(1, 300) * 25));
        }
        return text.replace("{zone}", area.name());
    }
}
