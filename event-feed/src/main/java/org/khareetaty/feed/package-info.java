/**
 * The server side of the live stream: a WebSocket feed (Jetty 12) that plays a recorded or generated
 * event sequence at real or accelerated speed to any number of subscribers, with resume
 * ({@code since=SEQ}), heartbeats, bearer-token authentication and TLS. Entry point:
 * {@link org.khareetaty.feed.FeedServer}; the wire format is docs/events.md, the behaviour docs/feed.md.
 * May depend on core {@code event} only: never on the stream client ({@code core.stream}).
 */
package org.khareetaty.feed;
