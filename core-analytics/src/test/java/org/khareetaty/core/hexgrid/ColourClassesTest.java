package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColourClassesTest {
    @Test
    void quintilesOfOneToHundredBreakAtEveryTwentieth() {
        // ceil(i * 100 / 5) - 1 is the index of the i-th quintile: the values 20, 40, 60, 80
        ColourClasses c = ColourClasses.quantiles(
                IntStream.rangeClosed(1, 100).asDoubleStream().toArray(), 5, false, false);
        assertArrayEquals(new double[] {20, 40, 60, 80}, c.breaks());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, c.palette());
        assertEquals(0, c.classOf(20));
        assertEquals(1, c.classOf(21));
        assertEquals(4, c.classOf(81));
        assertEquals("up to 20", c.label(0));
        assertEquals("21 - 40", c.label(1));
        assertEquals("over 80", c.label(4));
    }

    @Test
    void repeatedValuesMakeFewerClassesSpreadOverThePalette() {
        // the quintiles of {1 x8, 2 x2} are 1, 1, 1, 1: one break, two classes, the lightest and the darkest colour
        ColourClasses c = ColourClasses.quantiles(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 2}, 5, false, false);
        assertArrayEquals(new double[] {1}, c.breaks());
        assertArrayEquals(new int[] {0, 4}, c.palette());
        ColourClasses inverted = ColourClasses.quantiles(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 2, 2}, 5, true, false);
        assertArrayEquals(new int[] {4, 0}, inverted.palette());
    }
}
