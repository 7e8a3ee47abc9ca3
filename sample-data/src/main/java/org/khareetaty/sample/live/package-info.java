/**
 * A realistic, deterministic live event stream made from the incidents in a store, for the feed
 * server ({@code khareetaty feed serve --generate}) and for replay files ({@code khareetaty feed
 * generate}). Every incident becomes a CAD call; a share is corroborated by sensors, CCTV or several
 * citizens' phones; gunshot sensors raise false positives at the rate the City of Chicago's Inspector
 * General measured; CCTV motion, accidental panic presses and vague citizen reports add noise. Entry
 * point: {@link org.khareetaty.sample.live.LiveStreamGenerator}; composition and parameters in
 * docs/feed.md. May depend on {@code sample}, core {@code event} and {@code store}.
 */
package org.khareetaty.sample.live;
