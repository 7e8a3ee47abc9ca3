package org.khareetaty.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.stream.FeedHealth;
import org.khareetaty.core.stream.FeedHealthListener;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.Rejection;

/** Records what a client reports. */
final class HealthLog implements FeedHealthListener {
    final List<FeedHealth> reports = new CopyOnWriteArrayList<>();
    final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    final List<String> handlerFailures = new CopyOnWriteArrayList<>();

    @Override
    public void onHealth(FeedHealth health) {
        reports.add(health);
    }

    @Override
    public void onRejected(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void onHandlerFailure(Event event, Exception error, int attempt, boolean skipped) {
        handlerFailures.add(event.id() + " attempt " + attempt + (skipped ? " skipped" : ""));
    }

    /** The states reported, in order, without repeats. */
    List<FeedState> states() {
        List<FeedState> out = new ArrayList<>();
        for (FeedHealth h : reports) {
            if (out.isEmpty() || out.get(out.size() - 1) != h.state()) {
                out.add(h.state());
            }
        }
        return out;
    }

    String last() {
        return reports.isEmpty() ? "no report" : reports.get(reports.size() - 1).toString();
    }
}
