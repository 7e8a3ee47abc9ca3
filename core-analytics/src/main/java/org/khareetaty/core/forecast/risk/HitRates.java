package org.khareetaty.core.forecast.risk;

/**
 * How well one method's flagged cells caught the next day's incidents at one coverage (protocol B5):
 * the hit rate (share of the day's incidents in flagged cells) and the predictive accuracy index
 * (PAI = hit rate / flagged share of the area; Chainey, Tompson & Uhlig 2008), as the mean of the
 * daily values and pooled over all days.
 *
 * @param method the method's name
 * @param coverage percent of the universe flagged
 * @param flagged cells flagged (on H3, where their number follows their areas, the mean over the days)
 * @param hitRateMean mean of the daily hit rates
 * @param hitRatePooled all hits over all incidents
 * @param paiMean mean daily PAI
 * @param paiPooled pooled PAI
 */
public record HitRates(
        String method,
        double coverage,
        int flagged,
        double hitRateMean,
        double hitRatePooled,
        double paiMean,
        double paiPooled) {}
