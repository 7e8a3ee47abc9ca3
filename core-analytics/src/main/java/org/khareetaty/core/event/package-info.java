/**
 * The live event model and its versioned JSON wire format (docs/events.md), shared by the feed
 * server and the stream client. Depends on Jackson only.
 */
package org.khareetaty.core.event;
