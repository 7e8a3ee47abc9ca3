package org.khareetaty.core.event;

/** A frame that carries an event. */
public record EventFrame(Event event) implements Frame {}
