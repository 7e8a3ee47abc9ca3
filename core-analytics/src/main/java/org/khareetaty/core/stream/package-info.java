/**
 * The live-stream client: a resilient WebSocket subscription (OkHttp) that validates, deduplicates
 * and hands events on, with its health. May depend on core {@code event} only.
 */
package org.khareetaty.core.stream;
