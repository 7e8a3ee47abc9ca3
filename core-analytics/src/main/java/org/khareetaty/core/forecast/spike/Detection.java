package org.khareetaty.core.forecast.spike;

/**
 * How fast planted spikes were caught.
 *
 * @param planted spikes planted (zone × start day)
 * @param detected spikes with an alarm within their length
 * @param delays {@code delays[k]} = spikes first alarmed on their day k (0 = the first day)
 */
public record Detection(int planted, int detected, int[] delays) {
    /** Share of the planted spikes detected. */
    public double rate() {
        return planted == 0 ? Double.NaN : (double) detected / planted;
    }

    /** Mean days from the start to the first alarm, over the detected spikes. */
    public double meanDelay() {
        long sum = 0;
        for (int k = 0; k < delays.length; k++) {
            sum += (long) k * delays[k];
        }
        return detected == 0 ? Double.NaN : (double) sum / detected;
    }
}
