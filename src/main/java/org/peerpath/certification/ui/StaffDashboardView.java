package org.peerpath.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.certification.DashboardFilter;
import org.peerpath.certification.StaffDashboard;
import org.peerpath.certification.StaffStanding;
import org.peerpath.common.ui.BarChart;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The organization dashboard: who is certified, who is close, whose credential is about to lapse. The grid pages
 * lazily from the database, so it stays quick for organizations of thousands.
 */
@Route("org/staff")
@PageTitle("Staff | Peerpath")
@Menu(title = "Staff", order = 50, icon = "vaadin:users")
@RolesAllowed("ORG_ADMIN")
@AccessDeniedErrorRouter
public class StaffDashboardView extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final StaffDashboard dashboard;
    private final Grid<StaffStanding> grid = new Grid<>();
    private final TextField search = new TextField("Search by name");
    private final Select<CertificationStatus> status = new Select<>();
    private final Select<StaffMember> supervisor = new Select<>();
    private final IntegerField expiring = new IntegerField("Expires within (days)");
    // What the grid last showed, for the CSV export, whose request runs outside the UI's lock.
    private volatile DashboardFilter shownFilter = DashboardFilter.NONE;
    private volatile String sortBy = "displayName";
    private volatile boolean ascending = true;

    StaffDashboardView(StaffDashboard dashboard, StaffService staff) {
        this.dashboard = dashboard;
        addClassName("page");
        add(new H2("Staff certification"), charts(), filters(staff), grid, exportLink(),
                new Div(new Anchor("org/staff/manage", "Staff administration: invitations, roles, supervisors")));
        grid.addColumn(StaffStanding::name).setHeader("Name").setSortable(true).setKey("displayName");
        grid.addColumn(StaffStanding::roles).setHeader("Roles");
        grid.addColumn(StaffStanding::supervisor).setHeader("Supervisor").setSortable(true).setKey("supervisorName");
        grid.addColumn(s -> s.status() == null ? "—" : s.status().label()).setHeader("Status").setSortable(true).setKey("status");
        number(grid.addColumn(s -> s.status() == null ? "" : s.percent() + "%").setHeader("Progress").setSortable(true).setKey("percentDone"));
        number(grid.addColumn(s -> hours(s.educationHours())).setHeader("Education h").setSortable(true).setKey("educationHours"));
        number(grid.addColumn(s -> hours(s.practiceHours())).setHeader("Practice h").setSortable(true).setKey("practiceHours"));
        number(grid.addColumn(s -> hours(s.supervisionHours())).setHeader("Supervision h").setSortable(true).setKey("supervisionHours"));
        grid.addColumn(s -> s.certificateExpiresOn() == null ? "" : s.certificateExpiresOn().toString())
                .setHeader("Certificate expires").setSortable(true).setKey("certificateExpiresOn");
        grid.addComponentColumn(StaffDashboardView::recordLink).setHeader("Record").setKey("record");
        // Headers stay readable: every column is as wide as its header or first page of values.
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setAriaLabel("Staff and their certification standing");
        grid.setEmptyStateText("Nobody matches these filters.");
        grid.setPageSize(50);
        grid.setHeight("32rem");
        refresh();
    }

    /** Every row's link reads "Open"; its accessible name says whose record it opens. */
    private static Component recordLink(StaffStanding s) {
        if (s.status() == null) {
            return new Div();
        }
        RouterLink open = new RouterLink("Open", OrgCertificationsView.class, new RouteParameters("personId", Long.toString(s.personId())));
        open.getElement().setAttribute("aria-label", "Open the record of " + s.name());
        return open;
    }

    /** Numbers line up on the right so they can be compared down a column. */
    private static void number(Grid.Column<StaffStanding> column) {
        column.setTextAlign(ColumnTextAlign.END);
    }

    private Div charts() {
        Div charts = new Div();
        charts.addClassName("dashboard-charts");
        var byStatus = dashboard.staffByStatus();
        charts.add(new BarChart("Staff by status", Arrays.stream(CertificationStatus.values())
                .map(s -> new BarChart.Bar(s.label(), BigDecimal.valueOf(byStatus.get(s)), byStatus.get(s).toString())).toList(), null));
        charts.add(new BarChart("Certificates expiring per month", dashboard.expiringPerMonth().entrySet().stream()
                .map(e -> new BarChart.Bar(MONTH.format(e.getKey()), BigDecimal.valueOf(e.getValue()), e.getValue().toString())).toList(), null));
        charts.add(new BarChart("Signed practice hours per month", dashboard.hoursPerMonth().entrySet().stream()
                .map(e -> new BarChart.Bar(MONTH.format(e.getKey()), e.getValue(), hours(e.getValue()) + " h")).toList(), null));
        return charts;
    }

    private FlexLayout filters(StaffService staff) {
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(CertificationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.addValueChangeListener(e -> refresh());
        supervisor.setLabel("Supervisor");
        supervisor.setItems(staff.supervisors());
        supervisor.setItemLabelGenerator(m -> m == null ? "Any" : m.displayName());
        supervisor.setEmptySelectionAllowed(true);
        supervisor.setEmptySelectionCaption("Any");
        supervisor.addValueChangeListener(e -> refresh());
        expiring.setMin(0);
        expiring.setWidth("13em"); // the whole label stays readable
        expiring.setValueChangeMode(ValueChangeMode.LAZY);
        expiring.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear filters", e -> {
            search.clear();
            status.clear();
            supervisor.clear();
            expiring.clear();
        });
        FlexLayout row = new FlexLayout(search, status, supervisor, expiring, clear);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.END);
        row.addClassName("form-row");
        return row;
    }

    private DashboardFilter filter() {
        return new DashboardFilter(search.getValue(), status.getValue(), supervisor.getValue() == null ? null : supervisor.getValue().id(),
                expiring.getValue());
    }

    private void refresh() {
        DashboardFilter filter = filter();
        shownFilter = filter;
        grid.setItems(query -> {
            List<GridSortOrder<StaffStanding>> orders = grid.getSortOrder();
            sortBy = orders.isEmpty() ? "displayName" : orders.getFirst().getSorted().getKey();
            ascending = orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.ASCENDING;
            return dashboard.page(filter, query.getOffset(), query.getLimit(), sortBy, ascending).stream();
        }, query -> (int) dashboard.count(filter));
    }

    /** The list as filtered and sorted on screen, streamed to the browser as it is read. */
    private Anchor exportLink() {
        return new Anchor((DownloadHandler) event -> {
            event.setFileName("staff-certification.csv");
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                dashboard.writeCsv(shownFilter, sortBy, ascending, out);
            }
        }, "Export the filtered list (CSV)");
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
