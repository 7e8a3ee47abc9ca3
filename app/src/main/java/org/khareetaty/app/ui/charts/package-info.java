/**
 * The scope's charts (JFreeChart in JavaFX). May depend on core {@code hexgrid} and {@code taxonomy}.
 */
package org.khareetaty.app.ui.charts;
