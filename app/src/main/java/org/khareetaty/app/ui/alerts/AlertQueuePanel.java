package org.khareetaty.app.ui.alerts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.khareetaty.app.ui.PlainWords;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertState;

/**
 * The Live alerts panel: the queue of open alerts (or those of one state, or the closed ones: the
 * history) coloured by priority (highest, then new before acknowledged, then newest first), the explanation of the one selected ({@link AlertExplanation}), and the analyst's actions
 * on it (acknowledge, dispatch, close with a note, each audited). It also holds the P0 banner that
 * the window lays over the map, and the feed's settings.
 */
public final class AlertQueuePanel extends BorderPane {
    private final LiveAlerts live;
    private final TableView<Alert> table = new TableView<>();
    private final VBox detail = new VBox(6);
    private final Label counts = new Label();
    private final Label feedLine = new Label();
    private final TextField note = new TextField();
    private final Button ack = new Button(Messages.text("alerts.ack"));
    private final Button dispatch = new Button(Messages.text("alerts.dispatch"));
    private final Button close = new Button(Messages.text("alerts.close"));
    private final HBox banner = new HBox(8);
    private final Label bannerText = new Label();
    private final P0Alarm alarm = new P0Alarm();
    private final ReadOnlyObjectWrapper<LiveAlerts.Details> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private FeedSettings settings = FeedSettings.load();
    private Consumer<Alert> onShow = a -> {};
    private Runnable onReveal = () -> {};
    private Alert bannerAlert;
    private long selectedId = -1;

    public AlertQueuePanel(LiveAlerts live) {
        this.live = live;
        getStyleClass().add("alert-panel");
        setId("alert-panel");
        counts.getStyleClass().add("section-title");
        counts.setId("alert-counts");
        feedLine.getStyleClass().add("hint");
        LineBreaks.wrap(feedLine);
        // followed, not bound: in Arabic LineBreaks sets the text it breaks, which a bound label refuses
        feedLine.setText(live.message().get());
        live.message().addListener((o, was, now) -> feedLine.setText(now));
        ComboBox<QueueFilter> filter = new ComboBox<>();
        filter.setId("alert-filter");
        filter.getItems().setAll(QueueFilter.values());
        filter.valueProperty().bindBidirectional(live.filter());
        filter.setTooltip(new Tooltip(Messages.text("alerts.filter.tip")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, counts, gap, new Label(Messages.text("alerts.show")), filter);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(2, head, feedLine);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);

        buildTable();
        detail.setId("alert-detail");
        detail.setPadding(new Insets(8));
        detail.getChildren().setAll(hint(Messages.text("alerts.select.hint")));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        setBottom(actions());
        buildBanner();

        live.setOnQueue(this::queueChanged);
        live.setOnP0(this::p0);
        queueChanged();
    }

    private void buildTable() {
        table.setId("alert-queue");
        table.setItems(live.queue());
        table.setPlaceholder(hint(Messages.text("alerts.none.hint")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Alert, Alert> priority = column("", 40);
        priority.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Alert a, boolean empty) {
                super.updateItem(a, empty);
                setText(null);
                setGraphic(empty || a == null ? null : AlertExplanation.badge(a.priority()));
            }
        });
        TableColumn<Alert, Alert> when = column(Messages.text("alerts.column.updated"), 72);
        when.setCellFactory(c -> textCell(a -> AlertExplanation.time(a.updatedAt())));
        TableColumn<Alert, Alert> what = column(Messages.text("alerts.column.what"), 150);
        what.setMinWidth(100);
        what.setCellFactory(c -> {
            TableCell<Alert, Alert> cell = textCell(
                    a -> PlainWords.of(a.eventType()) + (a.unverified() ? Messages.text("alerts.unverified") : ""));
            cell.setWrapText(true);
            cell.setTooltip(new Tooltip());
            cell.textProperty().addListener((o, was, now) -> cell.getTooltip().setText(now));
            return cell;
        });
        TableColumn<Alert, Alert> zone = column(Messages.text("alerts.column.zone"), 110);
        zone.setCellFactory(c -> textCell(a -> a.zone() == null ? "-" : live.zoneName(a)));
        TableColumn<Alert, Alert> state = column(Messages.text("alerts.column.state"), 92);
        state.setCellFactory(
                c -> textCell(a -> Messages.text("alerts.state." + a.state().wire())));
        TableColumn<Alert, Alert> score = column(Messages.text("alerts.column.score"), 50);
        score.setCellFactory(
                c -> textCell(a -> a.score() == null ? "-" : String.format(Locale.ROOT, "%.2f", a.score())));
        for (TableColumn<Alert, Alert> c : List.of(priority, when, zone, state, score)) {
            c.setMinWidth(c.getPrefWidth());
            c.setMaxWidth(c.getPrefWidth() + 20);
        }
        table.getColumns().setAll(List.of(priority, when, what, zone, state, score));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && now.id() != selectedId) {
                select(now);
            }
        });
    }

    private static TableColumn<Alert, Alert> column(String title, double width) {
        TableColumn<Alert, Alert> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        return c;
    }

    private static TableCell<Alert, Alert> textCell(java.util.function.Function<Alert, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Alert a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : text.apply(a));
                getStyleClass().remove("alert-new");
                if (!empty && a != null && a.state() == AlertState.NEW) {
                    getStyleClass().add("alert-new");
                }
            }
        };
    }

    private HBox actions() {
        note.setId("alert-note");
        note.setPromptText(Messages.text("alerts.note.prompt"));
        note.setTooltip(new Tooltip(Messages.text("alerts.note.tip")));
        HBox.setHgrow(note, Priority.ALWAYS);
        ack.setId("alert-ack");
        dispatch.setId("alert-dispatch");
        close.setId("alert-close");
        ack.setTooltip(new Tooltip(Messages.text("alerts.ack.tip")));
        dispatch.setTooltip(new Tooltip(Messages.text("alerts.dispatch.tip")));
        close.setTooltip(new Tooltip(Messages.text("alerts.close.tip")));
        ack.setOnAction(e -> act(AlertState.ACKNOWLEDGED));
        dispatch.setOnAction(e -> act(AlertState.DISPATCHED));
        close.setOnAction(e -> {
            if (confirmClose()) {
                act(AlertState.CLOSED);
            }
        });
        close.disableProperty().bind(note.textProperty().isEmpty());
        HBox box = new HBox(6, note, ack, dispatch, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getStyleClass().add("alert-actions");
        box.disableProperty().bind(shown.isNull());
        return box;
    }

    private void act(AlertState to) {
        LiveAlerts.Details d = shown.get();
        if (d == null) {
            return;
        }
        String text = note.getText();
        live.act(d.alert().id(), to, text, a -> {
            note.clear();
            live.details(a.id(), this::show);
        });
    }

    /** Closing is final: asks first, naming the alert and the note it is closed with. */
    private boolean confirmClose() {
        LiveAlerts.Details d = shown.get();
        if (d == null) {
            return false;
        }
        Alert a = d.alert();
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Messages.text("alerts.close.confirm", note.getText()),
                closeAlert,
                new javafx.scene.control.ButtonType(
                        Messages.text("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.setTitle(Messages.text("alerts.close.title"));
        ask.setHeaderText(Messages.text(
                "alerts.close.header", a.id(), a.priority(), PlainWords.of(a.eventType()), live.zoneName(a)));
        ask.getDialogPane().setId("close-confirm");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().filter(closeAlert::equals).isPresent();
    }

    /** The confirmation's button that closes the alert. */
    private final javafx.scene.control.ButtonType closeAlert = new javafx.scene.control.ButtonType(
            Messages.text("alerts.close.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    private void buildBanner() {
        banner.setId("p0-banner");
        banner.getStyleClass().add("p0-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        bannerText.getStyleClass().add("p0-banner-text");
        Button show = new Button(Messages.text("alerts.banner.show"));
        show.setId("p0-banner-show");
        show.setOnAction(e -> {
            if (bannerAlert != null) {
                reveal(bannerAlert.id());
            }
            banner.setVisible(false);
        });
        Button dismiss = new Button("×");
        dismiss.getStyleClass().add("small-button");
        dismiss.setOnAction(e -> banner.setVisible(false));
        banner.getChildren().setAll(bannerText, show, dismiss);
        banner.setVisible(false);
        banner.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(52, 10, 10, 10));
    }

    private void p0(Alert a) {
        bannerAlert = a;
        String text = Messages.text(
                "alerts.p0",
                a.id(),
                PlainWords.of(a.eventType()),
                live.zoneName(a),
                AlertExplanation.time(a.lastEventAt()),
                a.score() == null ? "-" : String.format(Locale.ROOT, "%.2f", a.score()));
        bannerText.setText(text);
        banner.setVisible(true);
        alarm.raise(Messages.text("alerts.p0.title"), text, settings.muted());
    }

    /** Selects alert {@code id} in the queue (shows its explanation and centres the map) and brings the panel forward. */
    public void reveal(long id) {
        onReveal.run();
        for (Alert a : table.getItems()) {
            if (a.id() == id) {
                table.getSelectionModel().select(a);
                table.scrollTo(a);
                return;
            }
        }
    }

    private void select(Alert a) {
        selectedId = a.id();
        onShow.accept(a);
        live.details(a.id(), d -> {
            if (d.alert().id() == selectedId) {
                show(d);
            }
        });
    }

    private void show(LiveAlerts.Details d) {
        shown.set(d);
        detail.getChildren().setAll(AlertExplanation.of(d, live.weights(), live.zoneNames()));
        boolean open = d.alert().state().open();
        ack.setDisable(!open || !d.alert().state().mayMoveTo(AlertState.ACKNOWLEDGED));
        dispatch.setDisable(!open || !d.alert().state().mayMoveTo(AlertState.DISPATCHED));
    }

    private void queueChanged() {
        Map<org.khareetaty.core.alert.score.Priority, Integer> by =
                new EnumMap<>(org.khareetaty.core.alert.score.Priority.class);
        for (Alert a : live.queue()) {
            by.merge(a.priority(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        by.forEach((p, n) -> parts.add(p + " " + n));
        String kind = live.filter().get().adjective();
        counts.setText(
                live.queue().isEmpty()
                        ? Messages.text("alerts.count.none." + kind)
                        : Messages.text("alerts.count." + kind, live.queue().size(), String.join(" · ", parts)));
        if (selectedId >= 0) {
            for (Alert a : live.queue()) {
                if (a.id() == selectedId) {
                    table.getSelectionModel().select(a);
                    return;
                }
            }
        }
    }

    /** Opens the feed settings; connects with them when the analyst asks. */
    public void openSettings(Window owner) {
        FeedSettingsDialog.open(owner, settings, chosen -> {
            chosen.save();
            settings = chosen;
            live.connect(chosen);
        });
    }

    /** Connects with the saved settings, or opens them when no URL is set. */
    public void connect(Window owner) {
        if (settings.configured()) {
            live.connect(settings);
        } else {
            openSettings(owner);
        }
    }

    /** Starts the demo feed at {@code speed} times real time. */
    public void startDemo(double speed) {
        live.startDemo(speed);
    }

    public void disconnect() {
        live.disconnect();
    }

    /** The banner a P0 alert raises, for the window to lay over the map. */
    public HBox banner() {
        return banner;
    }

    /** Called with the alert selected (the window centres the map on it). */
    public void setOnShow(Consumer<Alert> r) {
        onShow = r;
    }

    /** Called when an alert is revealed from the banner (the window brings the panel forward). */
    public void setOnReveal(Runnable r) {
        onReveal = r;
    }

    /** The queue. */
    public TableView<Alert> table() {
        return table;
    }

    /** The alert whose explanation is shown, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<LiveAlerts.Details> shown() {
        return shown.getReadOnlyProperty();
    }

    public LiveAlerts live() {
        return live;
    }

    /** The alerts as points of the map's alert layer. */
    public static List<org.khareetaty.app.ui.map.AlertLayer.AlertPoint> mapPoints(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> new org.khareetaty.app.ui.map.AlertLayer.AlertPoint(
                        a.id(), a.lon(), a.lat(), a.priority().ordinal(), PriorityColours.of(a.priority())))
                .toList();
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        LineBreaks.wrap(l);
        return l;
    }
}
