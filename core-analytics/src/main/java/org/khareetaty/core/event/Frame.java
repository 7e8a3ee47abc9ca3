package org.khareetaty.core.event;

/** One message of the feed: an event or a heartbeat ({@link EventCodec#decode}). */
public sealed interface Frame permits EventFrame, Heartbeat {}
