package org.khareetaty.feed;

/**
 * One encoded event as the feed sends it.
 *
 * @param seq  its sequence number
 * @param text the JSON message
 */
record FeedMessage(long seq, String text) {}
