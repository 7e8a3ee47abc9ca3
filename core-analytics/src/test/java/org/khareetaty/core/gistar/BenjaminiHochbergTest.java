package org.khareetaty.core.gistar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The false-discovery-rate correction against the example of Benjamini & Hochberg (1995), §4.2. */
class BenjaminiHochbergTest {
    // the 15 p-values of the paper's example (Neuhaus et al., a thrombolysis trial), sorted
    static final double[] PAPER = {
        0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590,
        1.0000
    };

    @Test
    void rejectsTheFourHypothesesThePaperRejectsAtFivePercent() {
        // q i/m = 0.05 i/15: i=4 -> 0.0133 >= 0.0095; every later p exceeds its line (0.0201 > 0.0167, ..., 0.0459 >
        // 0.03)
        assertEquals(4, BenjaminiHochberg.rejections(PAPER, 0.05));
        double[] adj = BenjaminiHochberg.adjust(PAPER);
        int below = 0;
        for (double a : adj) {
            below += a <= 0.05 ? 1 : 0;
        }
        assertEquals(4, below, "adjusted p <= q exactly for the rejected hypotheses");
    }

    @Test
    void adjustsPValuesAsTheStepUpMinimum() {
        // p_adj(i) = min over j >= i of m p(j) / j, worked by hand:
        //   i=15: 1.0;  i=14: 15/14*0.7590 = 0.813214;  i=13: 15/13*0.6528 = 0.753231;  i=12: 15/12*0.5719 = 0.714875;
        //   i=11: 15/11*0.4262 = 0.581182;  i=10: 1.5*0.3240 = 0.486;  i=9: 15/9*0.0459 = 0.0765;
        //   i=8: 15/8*0.0344 = 0.0645;  i=7: 15/7*0.0298 = 0.063857;  i=6: 2.5*0.0278 = 0.0695 -> min with i=7:
        // 0.063857;
        //   i=5: 3*0.0201 = 0.0603;  i=4: 3.75*0.0095 = 0.035625;  i=3: 5*0.0019 = 0.0095;
        //   i=2: 7.5*0.0004 = 0.003;  i=1: 15*0.0001 = 0.0015
        double[] expected = {
            0.0015,
            0.003,
            0.0095,
            0.035625,
            0.0603,
            0.0638571428571,
            0.0638571428571,
            0.0645,
            0.0765,
            0.486,
            0.5811818181818,
            0.714875,
            0.7532307692308,
            0.8132142857143,
            1.0
        };
        assertArrayEquals(expected, BenjaminiHochberg.adjust(PAPER), 1e-12);
    }

    @Test
    void keepsTheOrderOfTheInput() {
        double[] shuffled = {PAPER[9], PAPER[0], PAPER[14], PAPER[3]};
        double[] adj = BenjaminiHochberg.adjust(shuffled);
        // m = 4: sorted 0.0001, 0.0095, 0.3240, 1.0 -> 0.0004, 0.019, 0.432, 1.0
        assertArrayEquals(new double[] {0.432, 0.0004, 1.0, 0.019}, adj, 1e-12);
    }

    @Test
    void rejectsPValuesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {0.5, 1.5}));
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.adjust(new double[] {Double.NaN}));
    }

    @Test
    void classesCellsByTheAdjustedPAndTheSignOfZ() {
        assertEquals(GiBin.HOT_99, GiBin.of(4.0, 0.01));
        assertEquals(GiBin.HOT_95, GiBin.of(2.5, 0.03));
        assertEquals(GiBin.HOT_90, GiBin.of(2.0, 0.08));
        assertEquals(GiBin.NOT_SIGNIFICANT, GiBin.of(2.0, 0.11));
        assertEquals(GiBin.COLD_95, GiBin.of(-2.5, 0.05));
        assertEquals(-3, GiBin.of(-5, 1e-6).value());
    }
}
