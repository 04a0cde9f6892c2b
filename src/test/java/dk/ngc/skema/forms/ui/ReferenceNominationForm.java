package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The hand-built reference form of {@code ../shared/tools/baseline-app} ({@code NominationFormView}), copied as it is so
 * that benchmarks measure Skema's form engine against it in the same JVM and run: 40 input fields of mixed kinds in
 * five sections, plus a Grid of 5 rows x 4 always-editable columns (20 more input components), all bound with a
 * Binder to a Map-backed bean, as a hand-built form typically would be.
 */
class ReferenceNominationForm extends VerticalLayout {

    static final List<String> COUNTRIES = List.of("Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus",
            "Czechia", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland",
            "Ireland", "Italy", "Latvia", "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Netherlands",
            "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden");
    static final List<String> CATEGORIES = IntStream.rangeClosed(1, 30)
            .mapToObj(i -> "Category " + i).toList();
    static final List<String> RELATIONS = List.of("Colleague", "Manager", "Client", "Partner", "Other");

    /** One row of the references grid. */
    public static final class Reference {
        String name = "";
        String organisation = "";
        Integer years;
        String relation;
    }

    private final Map<String, Object> bean = new HashMap<>();
    private final Binder<Map<String, Object>> binder = new Binder<>();
    private int fieldCount;

    ReferenceNominationForm() {
        setWidthFull();
        add(new H2("Nomination form"));

        // 1. Nominee (11 fields)
        FormLayout nominee = section("Nominee");
        nominee.add(text("First name"), text("Last name"), text("Title"), text("Email"), text("Phone"),
                text("Organisation"), text("Department"), text("Position"), date("Date of birth"),
                combo("Nationality", COUNTRIES), radio("Gender", List.of("Female", "Male", "Diverse", "n/a")));

        // 2. Address (5 fields)
        FormLayout address = section("Address");
        address.add(text("Street"), text("Postal code"), text("City"), text("Region"),
                combo("Country", COUNTRIES));

        // 3. Nomination (9 fields)
        FormLayout nomination = section("Nomination");
        nomination.add(combo("Category", CATEGORIES), date("Nomination date"), date("In role since"),
                integer("Years of service"), integer("Team size"), integer("Budget (kEUR)"),
                area("Summary"), area("Achievements"), area("Impact"));

        // 4. Nominator (6 fields)
        FormLayout nominator = section("Nominator");
        nominator.add(text("Nominator name"), text("Nominator email"), text("Nominator phone"),
                radio("Relationship", RELATIONS), integer("Years known"), combo("Nominator country", COUNTRIES));

        // 5. Eligibility & consent (9 fields)
        FormLayout eligibility = section("Eligibility & consent");
        eligibility.add(
                checks("Criteria met", List.of("Innovation", "Leadership", "Teamwork", "Integrity",
                        "Customer focus", "Sustainability")),
                checks("Languages", List.of("English", "German", "French", "Spanish", "Italian")),
                radio("Consent to publish", List.of("Yes", "No", "Ask me later")),
                radio("Priority", List.of("Low", "Normal", "High")),
                area("Remarks"), date("Submission date"), integer("Reference number"),
                text("Internal tags"), text("Reviewer"));

        // 6. References grid: 5 rows x 4 editable columns
        add(new H3("Supporting references"));
        Grid<Reference> grid = new Grid<>();
        grid.addComponentColumn(r -> {
            TextField f = new TextField();
            f.setValue(r.name);
            f.addValueChangeListener(e -> r.name = e.getValue());
            return f;
        }).setHeader("Name");
        grid.addComponentColumn(r -> {
            TextField f = new TextField();
            f.setValue(r.organisation);
            f.addValueChangeListener(e -> r.organisation = e.getValue());
            return f;
        }).setHeader("Organisation");
        grid.addComponentColumn(r -> {
            IntegerField f = new IntegerField();
            f.setValue(r.years);
            f.addValueChangeListener(e -> r.years = e.getValue());
            return f;
        }).setHeader("Years known");
        grid.addComponentColumn(r -> {
            ComboBox<String> f = new ComboBox<>();
            f.setItems(RELATIONS);
            f.setValue(r.relation);
            f.addValueChangeListener(e -> r.relation = e.getValue());
            return f;
        }).setHeader("Relation");
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            refs.add(new Reference());
        }
        grid.setItems(refs);
        grid.setAllRowsVisible(true);
        add(grid);

        binder.setBean(bean);
        Button save = new Button("Submit nomination", e -> Notification.show(
                binder.validate().isOk() ? "Saved " + bean.size() + " values" : "Please fix the errors"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button reset = new Button("Reset", e -> binder.readBean(new HashMap<>()));
        add(new HorizontalLayout(save, reset));
    }

    int getFieldCount() {
        return fieldCount;
    }

    private FormLayout section(String title) {
        add(new H3(title));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(form);
        return form;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <F extends HasValue<?, ?>> F bind(String key, F field, boolean required) {
        fieldCount++;
        Binder.BindingBuilder b = binder.forField((HasValue) field);
        if (required) {
            b = b.asRequired(key + " is required");
        }
        b.bind(m -> ((Map) m).get(key), (m, v) -> ((Map) m).put(key, v));
        return field;
    }

    private TextField text(String label) {
        TextField f = new TextField(label);
        f.setClearButtonVisible(true);
        return bind(label, f, label.contains("name"));
    }

    private TextArea area(String label) {
        TextArea f = new TextArea(label);
        f.setMaxLength(2000);
        return bind(label, f, false);
    }

    private IntegerField integer(String label) {
        IntegerField f = new IntegerField(label);
        f.setMin(0);
        return bind(label, f, false);
    }

    private DatePicker date(String label) {
        return bind(label, new DatePicker(label), false);
    }

    private ComboBox<String> combo(String label, List<String> items) {
        ComboBox<String> f = new ComboBox<>(label);
        f.setItems(items);
        return bind(label, f, false);
    }

    private RadioButtonGroup<String> radio(String label, List<String> items) {
        RadioButtonGroup<String> f = new RadioButtonGroup<>(label);
        f.setItems(items);
        return bind(label, f, false);
    }

    private CheckboxGroup<String> checks(String label, List<String> items) {
        CheckboxGroup<String> f = new CheckboxGroup<>(label);
        f.setItems(items);
        return bind(label, f, false);
    }
}
