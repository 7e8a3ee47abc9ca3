package org.khareetaty.geo;

/**
 * Why one feature's geometry cannot be used; becomes a {@link FeatureRejection}.
 *
 * @param reason  one of the {@link FeatureRejection} reason constants
 * @param message what is wrong, for the analyst
 */
record FeatureProblem(String reason, String message) {

    /** Thrown while reading one geometry; carries the problem. */
    static final class Thrown extends Exception {
        private final FeatureProblem problem;

        Thrown(String reason, String message) {
            super(message, null, false, false);
            this.problem = new FeatureProblem(reason, message);
        }

        FeatureProblem problem() {
            return problem;
        }
    }
}
