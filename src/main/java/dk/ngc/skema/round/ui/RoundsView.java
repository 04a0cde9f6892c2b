package dk.ngc.skema.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.ngc.skema.base.DanishTime;
import dk.ngc.skema.forms.definition.NumberInput;
import dk.ngc.skema.base.ui.MainLayout;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.time.LocalDateTime;

/** NGC plans rounds (windows in Danish time, A threshold) and moves them through their states. */
@Route(value = "runder", layout = MainLayout.class)
@RolesAllowed(Roles.NGC)
@Menu(order = 4, title = "base.nav.rounds", icon = "vaadin:calendar-clock")
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService service;
    private final Grid<RoundInfo> grid = new Grid<>();

    public RoundsView(RoundService service) {
        this.service = service;
        add(new H1(getTranslation("round.heading")));
        grid.setId("rounds-grid");
        grid.addColumn(RoundInfo::code).setHeader(getTranslation("round.code")).setAutoWidth(true);
        grid.addColumn(RoundInfo::name).setHeader(getTranslation("round.name")).setWidth("10rem").setFlexGrow(2);
        // One column each, sized to its content: the window in one column wrapped onto three lines.
        grid.addColumn(round -> DanishTime.dateTime(round.nominationOpensAt(), getLocale()))
                .setHeader(getTranslation("round.opens")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(round -> DanishTime.dateTime(round.nominationClosesAt(), getLocale()))
                .setHeader(getTranslation("round.closes")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(round -> round.thresholdPercent().stripTrailingZeros().toPlainString() + " %").setHeader(getTranslation("round.threshold")).setAutoWidth(true);
        grid.addColumn(round -> round.reported() == null ? "" : getTranslation("round.reported.value",
                        round.reported().nominations(), round.reported().qualified(), round.reported().groups()))
                .setHeader(getTranslation("round.reported")).setTooltipGenerator(round -> round.reported() == null ? null
                        : getTranslation("round.reported.help")).setWidth("11rem").setFlexGrow(2);
        grid.addComponentColumn(this::stateSelect).setHeader(getTranslation("round.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        refresh();
        add(grid, new H2(getTranslation("round.new")), newRoundForm());
    }

    /** Planned, open and closed are set here; the assessment's states only show, as the assessment sets them. */
    private com.vaadin.flow.component.Component stateSelect(RoundInfo round) {
        if (!RoundState.NOMINATION_PHASES.contains(round.state())) {
            return new com.vaadin.flow.component.html.Span(getTranslation("round.state." + round.state().name()));
        }
        var select = new Select<RoundState>();
        select.setItems(RoundState.NOMINATION_PHASES);
        select.setItemLabelGenerator(state -> getTranslation("round.state." + state.name()));
        select.setValue(round.state());
        select.setAriaLabel(getTranslation("round.state") + " " + round.name());
        // Wide enough for the longest phase ("Lukket for indstillinger") instead of cutting it.
        select.setWidth("13rem");
        select.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                try {
                    service.setNominationPhase(round.id(), event.getValue());
                    Notification.show(getTranslation("round.stateChanged"), 3000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                } catch (Refusal e) {
                    Notification.show(getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.ERROR);
                    refresh();
                }
            }
        });
        return select;
    }

    private FormLayout newRoundForm() {
        var code = new TextField(getTranslation("round.code"));
        code.setHelperText(getTranslation("round.code.help"));
        var name = new TextField(getTranslation("round.name"));
        var opens = new DateTimePicker(getTranslation("round.opens"));
        var closes = new DateTimePicker(getTranslation("round.closes"));
        opens.setLocale(getLocale());
        closes.setLocale(getLocale());
        // A text field read exactly: the browser's number field dropped what it could not read ("1e9" became 19 %).
        var threshold = new TextField(getTranslation("round.threshold"));
        threshold.setValue("50");
        threshold.getElement().setAttribute("inputmode", "decimal");
        threshold.setHelperText(getTranslation("round.threshold.help"));
        threshold.addValueChangeListener(change -> threshold.setInvalid(false));
        var create = new Button(getTranslation("round.create"), click -> {
            NumberInput.Result percent = NumberInput.parse(threshold.getValue(), false, getLocale());
            if (!percent.ok()) {
                threshold.setErrorMessage(getTranslation("forms.number." + percent.refused().name(), threshold.getValue().strip()));
                threshold.setInvalid(true);
                return;
            }
            service.createRound(code.getValue().trim().toUpperCase(java.util.Locale.ROOT), name.getValue(),
                    toInstant(opens.getValue()), toInstant(closes.getValue()), percent.value());
            Notification.show(getTranslation("round.created"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-round");
        var form = new FormLayout(code, name, opens, closes, threshold, create);
        form.setMaxWidth("48rem");
        return form;
    }

    /** Windows are entered in Danish time, whatever the server's zone. */
    private static Instant toInstant(LocalDateTime value) {
        return value == null ? null : DanishTime.instant(value);
    }

    private void refresh() {
        grid.setItems(service.rounds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.heading") + " – " + getTranslation("base.app.name");
    }
}
