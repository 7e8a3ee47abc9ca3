package org.khareetaty.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.khareetaty.core.event.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's WebSocket session (public because Jetty instantiates its listener through
 * reflection checks). Its sender thread takes events from the replay buffer after the subscriber's
 * {@code since} and sends them in order; when it has sent nothing for the heartbeat interval it sends
 * a heartbeat. Pings are answered by Jetty (this listener does not override the ping callback).
 * Messages from the client are ignored.
 */
public final class FeedEndpoint implements Session.Listener.AutoDemanding {
    private static final Logger LOG = LoggerFactory.getLogger(FeedEndpoint.class);
    /** Events sent before waiting for their writes to complete. */
    private static final int BATCH = 64;
    /** A subscriber that takes longer than this to accept a batch is dropped. */
    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private final FeedServer server;
    private final long since;
    private final String remote;
    private volatile Session session;
    private volatile ReplayBuffer.Cursor cursor;

    FeedEndpoint(FeedServer server, long since, String remote) {
        this.server = server;
        this.since = since;
        this.remote = remote;
    }

    @Override
    public void onWebSocketOpen(Session s) {
        this.session = s;
        this.cursor = server.buffer().subscribe(since);
        LOG.info("subscriber {} connected{}", remote, since >= 0 ? " (resuming after seq " + since + ")" : " (live)");
        server.subscriberThreads().execute(this::sendLoop);
    }

    @Override
    public void onWebSocketText(String message) {
        LOG.debug("ignoring a {}-character message from subscriber {}", message.length(), remote);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        LOG.info("subscriber {} left ({} {})", remote, statusCode, reason);
        leave();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("subscriber {} failed: {}", remote, cause.toString());
        leave();
    }

    private void leave() {
        ReplayBuffer.Cursor c = cursor;
        if (c != null) {
            server.buffer().unsubscribe(c);
        }
    }

    private void sendLoop() {
        ReplayBuffer.Cursor c = cursor;
        long heartbeatNanos = server.config().heartbeatInterval().toNanos();
        List<String> batch = new ArrayList<>(BATCH);
        try {
            send(List.of(heartbeat(c)));
            while (session.isOpen()) {
                batch.clear();
                if (!server.buffer().take(c, BATCH, heartbeatNanos, batch)) {
                    return;
                }
                send(batch.isEmpty() ? List.of(heartbeat(c)) : batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warn("subscriber {} accepted nothing for {} s; dropping it", remote, WRITE_TIMEOUT_SECONDS);
            session.close(StatusCode.TRY_AGAIN_LATER, "subscriber too slow", Callback.NOOP);
        } catch (ExecutionException e) {
            LOG.debug(
                    "sending to subscriber {} failed: {}", remote, e.getCause().toString());
        } finally {
            leave();
        }
    }

    private String heartbeat(ReplayBuffer.Cursor c) {
        return server.codec()
                .encode(new Heartbeat(c.heartbeatSeq(), server.config().clock().instant()));
    }

    private void send(List<String> texts) throws InterruptedException, ExecutionException, TimeoutException {
        List<CompletableFuture<Void>> writes = new ArrayList<>(texts.size());
        for (String text : texts) {
            Callback.Completable done = new Callback.Completable();
            session.sendText(text, done);
            writes.add(done);
        }
        CompletableFuture.allOf(writes.toArray(new CompletableFuture<?>[0]))
                .get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.sent(texts.size());
    }
}
